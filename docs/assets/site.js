// Every page's script: the navigation folds behind a Menu button on a narrow screen, and the
// search box looks words up in the guides' index (assets/search-index.json, built with the site).
// Without it the navigation stays open and the search box stays hidden.

const toggle = document.querySelector('.nav-toggle');
const nav = document.getElementById('site-nav');
if (toggle && nav) {
  nav.classList.add('foldable');
  toggle.hidden = false;
  const open = (yes) => {
    toggle.setAttribute('aria-expanded', String(yes));
    nav.classList.toggle('open', yes);
  };
  toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
  // Escape folds it again, from the button or from a link in it.
  for (const el of [toggle, nav])
    el.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
      open(false);
      toggle.focus();
    });
}

const search = document.querySelector('.search');
const input = document.getElementById('search-input');
const status = document.getElementById('search-status');
const results = document.getElementById('search-results');
if (search && input && status && results) {
  search.hidden = false;
  /** @type {Promise<{ title: string, href: string, heading: string, words: string }[]> | undefined} */
  let index;
  const load = () =>
    (index ??= fetch(input.dataset.index).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText)))));
  input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  let asked = 0;
  input.addEventListener('input', async () => {
    const ask = ++asked;
    const words = input.value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    let sections;
    try {
      sections = await load();
    } catch {
      status.textContent = 'Search is not available here: the index could not be loaded.';
      return;
    }
    if (ask !== asked) return;
    const found = sections
      .map((s) => {
        const heading = `${s.title} ${s.heading}`.toLowerCase();
        let score = 0;
        for (const word of words) {
          if (heading.includes(word)) score += 3;
          else if (` ${s.words}`.includes(` ${word}`)) score += 1;
          else return undefined;
        }
        return { s, score };
      })
      .filter((r) => r !== undefined)
      .sort((a, b) => b.score - a.score)
      .slice(0, 8);
    results.replaceChildren(
      ...found.map(({ s }) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `${input.dataset.root}${s.href}`;
        a.textContent = s.heading && s.heading !== s.title ? `${s.title} › ${s.heading}` : s.title;
        li.append(a);
        return li;
      }),
    );
    status.textContent =
      found.length === 0 ? 'No guide matches.' : `${found.length} ${found.length === 1 ? 'result' : 'results'}.`;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    input.value = '';
    results.replaceChildren();
    status.textContent = '';
  });
}
