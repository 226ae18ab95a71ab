// Page logic of bench.html (scripts/bench-elements.mjs drives it). In its own file because the
// page's CSP allows no inline script; it runs under the same strict policy as the widgets.
// Every time is taken in the page with performance.now().

/** Resolves at the next animation frame, after what was rendered so far. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const provider = /** @type {HTMLElement} */ (document.querySelector('#provider'));

/** What makes each widget's first render count as one with data. */
const firstContent = {
  'club-member-card': '[part~="card"]',
  'club-merchant-directory': '[part~="row"]',
  'club-complaint-form': '#form',
};

/**
 * Creates `tag` inside the provider (in `locale`) and resolves with the ms from its creation to
 * the first animation frame after its content with data is in its shadow root.
 */
async function firstRender(tag, locale = 'zh-Hant') {
  await customElements.whenDefined(tag);
  provider.setAttribute('locale', locale);
  const selector = firstContent[tag];
  const start = performance.now();
  const el = document.createElement(tag);
  provider.append(el);
  const root = /** @type {ShadowRoot} */ (el.shadowRoot);
  await new Promise((resolve) => {
    if (root.querySelector(selector)) return resolve(undefined);
    const observer = new MutationObserver(() => {
      if (!root.querySelector(selector)) return;
      observer.disconnect();
      resolve(undefined);
    });
    observer.observe(root, { childList: true, subtree: true });
  });
  await nextFrame();
  return performance.now() - start;
}

/**
 * Watches a directory's controller: every time a request answers (its status turns `ready`), the
 * ms from that moment to the next frame after Lit's update (`updateComplete`, then
 * requestAnimationFrame) are kept, with the query text and the number of hits at the time.
 */
function watchResponses(el) {
  const dir = el.controller;
  /** @type {{ ms: number, text: string, items: number, at: number }[]} */
  const samples = [];
  let status = dir.status;
  const requestUpdate = el.requestUpdate;
  el.requestUpdate = function (...args) {
    const result = requestUpdate.apply(this, args);
    const was = status;
    status = dir.status;
    if (was !== 'ready' && status === 'ready') {
      const start = performance.now();
      const text = dir.query.text;
      const items = dir.items.length;
      void el.updateComplete.then(nextFrame).then(() => {
        const end = performance.now();
        samples.push({ ms: end - start, text, items, at: end });
      });
    }
    return result;
  };
  return samples;
}

/** The directory the bench uses, created on first use and kept for the page's life. */
let directory;
let responses;
async function useDirectory() {
  if (directory) return directory;
  directory = document.createElement('club-merchant-directory');
  directory.setAttribute('tier', 'vip');
  provider.append(directory);
  responses = watchResponses(directory);
  await new Promise((resolve) => {
    const poll = () =>
      directory.controller.status === 'ready' && responses.length > 0 ? resolve(undefined) : setTimeout(poll, 10);
    poll();
  });
  return directory;
}

/** The render times of responses kept after `from` (an index into the samples). */
function responsesSince(from) {
  return responses.slice(from);
}

/**
 * Runs `searches` (directory queries) one after another, then scrolls through `pages` further
 * pages; returns the render time of each answer: first pages and appended pages apart.
 */
async function renderAfterResponse(searches, pages) {
  const el = await useDirectory();
  const firstPages = [];
  for (const change of searches) {
    const from = responses.length;
    await el.controller.search(change);
    while (responses.length === from) await nextFrame();
    await nextFrame();
    firstPages.push(...responsesSince(from).map((s) => s.ms));
  }
  await el.controller.search({ text: '', category: undefined });
  while (el.controller.status !== 'ready') await nextFrame();
  await nextFrame();
  await nextFrame();
  const list = el.shadowRoot.querySelector('#list');
  const from = responses.length;
  while (responses.length - from < pages && el.controller.hasMore) {
    list.scrollTop = list.scrollHeight;
    await nextFrame();
  }
  await nextFrame();
  await nextFrame();
  return { firstPages, nextPages: responsesSince(from).map((s) => s.ms) };
}

/** The keystroke being timed: its time, and the promise of its result. */
let keystroke;

/**
 * Starts timing the next keystroke in the directory's search box: from the keydown event to the
 * frame after the list shows the answer for the text the box then holds (debounce included).
 */
async function armKeystroke() {
  const el = await useDirectory();
  const input = el.shadowRoot.querySelector('#search-input');
  const from = responses.length;
  let down;
  const onKeydown = (event) => {
    down = event.timeStamp;
  };
  input.addEventListener('keydown', onKeydown, { once: true });
  keystroke = new Promise((resolve, reject) => {
    const deadline = performance.now() + 10_000;
    const poll = () => {
      const hit = responses.slice(from).find((s) => s.text === input.value.trim() || s.text === input.value);
      if (hit && down !== undefined) return resolve(hit.at - down);
      if (performance.now() > deadline) return reject(new Error(`no answer for "${input.value}"`));
      setTimeout(poll, 5);
    };
    poll();
  });
}

/** Focuses the directory's search box (the bench then types with the keyboard). */
async function focusSearch() {
  const el = await useDirectory();
  el.shadowRoot.querySelector('#search-input').focus();
}

/**
 * Scrolls the directory through every hit of the empty query (loading page after page), then
 * sweeps it from the top to the bottom; returns the most row elements the DOM ever held (after
 * every change, by a MutationObserver), the rows at the end, and how many hits were loaded.
 */
async function scrollThroughAll(total) {
  const el = await useDirectory();
  await el.controller.search({ text: '', category: undefined, amountYuan: undefined });
  const root = el.shadowRoot;
  let most = 0;
  const count = () => (most = Math.max(most, root.querySelectorAll('[part~="row"]').length));
  const observer = new MutationObserver(count);
  observer.observe(root, { childList: true, subtree: true });
  count();
  const list = root.querySelector('#list');
  const started = performance.now();
  while ((el.controller.hasMore || el.controller.items.length < total) && performance.now() - started < 60_000) {
    list.scrollTop = list.scrollHeight;
    await nextFrame();
  }
  for (let top = 0; top < list.scrollHeight; top += list.clientHeight * 5) {
    list.scrollTop = top;
    await nextFrame();
  }
  await nextFrame();
  observer.disconnect();
  count();
  return {
    most,
    atEnd: root.querySelectorAll('[part~="row"]').length,
    loaded: el.controller.items.length,
    ms: performance.now() - started,
  };
}

window.clubBench = {
  firstRender,
  renderAfterResponse,
  armKeystroke,
  keystrokeResult: () => keystroke,
  focusSearch,
  scrollThroughAll,
  ready: () => Promise.all(Object.keys(firstContent).map((tag) => customElements.whenDefined(tag))).then(() => true),
};
