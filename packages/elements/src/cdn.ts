// The single-file CDN build: every widget, its controller and the client in one ES module that
// registers the tags when loaded: <script type="module" src="…/clubkit.js"></script>.
export * from './index.js';
import './define.js';
