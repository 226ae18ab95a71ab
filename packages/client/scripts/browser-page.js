// The browser page's share of the client: the transport and the resources the widgets use.
export { createClubTransport, merchantsResource, complaintsResource, meResource } from '../dist/index.js';
