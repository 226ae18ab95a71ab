// The single-file CDN build: every widget and controller, `<club-provider>`, and the pieces a page
// needs to drive a controller with its own markup (a client of the directory, complaints and
// the member's records; money and category labels), in one ES module that registers the tags:
// <script type="module" src="…/clubkit.js"></script>.
export * from './index.js';
export {
  complaintsResource,
  createClubTransport,
  meResource,
  merchantsResource,
  sessionFromEndpoint,
} from '@clubkit/client';
export { formatMoney } from '@clubkit/core/shared';
export { categoryLabel } from '@clubkit/core/merchants';
import './define.js';
