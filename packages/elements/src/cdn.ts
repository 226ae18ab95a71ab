// The single-file CDN build: every widget and controller, `<club-provider>`, and the pieces a page
// needs to drive a controller with its own markup (a client of the directory, complaints and
// the member's records; money), in one ES module that registers the tags:
// <script type="module" src="…/clubkit.js"></script>. Category names are messages:
// `(await loadMessages(locale)).categoryNames`, one locale's table loaded with its messages.
export * from './index.js';
export {
  complaintsResource,
  createClubTransport,
  meResource,
  merchantsResource,
  sessionFromEndpoint,
} from '@clubkit/client';
export { formatMoney } from '@clubkit/core/shared';
import './define.js';
