// Page logic of widgets.html, in its own file because the page's CSP allows no inline script.
// It keeps the club-* events the widgets dispatch, in order, for the tests to read.
/** @type {{ type: string, tag: string, detail?: string }[]} */
const events = [];
window.clubEvents = events;

for (const type of ['club-submit', 'club-submitted', 'club-error', 'club-select', 'club-renew']) {
  document.addEventListener(type, (event) => {
    const target = /** @type {Element} */ (event.composedPath()[0]);
    const detail =
      type === 'club-submitted' ? event.receipt?.reference : type === 'club-select' ? event.merchant?.id : undefined;
    events.push({ type, tag: target.localName, ...(detail === undefined ? {} : { detail }) });
  });
}
