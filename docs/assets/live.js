// Live examples: when the docs are served by `pnpm start`, the demo's Club API URL and
// publishable key come from /demo/config.json and the examples on the page come alive.
const providers = document.querySelectorAll('club-provider[data-live]');
if (providers.length > 0) {
  fetch('/demo/config.json')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((config) => {
      for (const provider of providers) {
        provider.setAttribute('base-url', config.baseUrl);
        provider.setAttribute('publishable-key', config.publishableKey);
        if (config.sessionEndpoint) provider.setAttribute('session-endpoint', config.sessionEndpoint);
      }
    })
    .catch(() => {
      for (const note of document.querySelectorAll('.live-note')) note.hidden = false;
    });
}
