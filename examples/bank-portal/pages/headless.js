// The merchant directory with the bank's own markup: MerchantDirectoryController (from the CDN
// build) holds the query, the pages of hits, the active row and the opened merchant; this file
// only draws them with DOM APIs (never innerHTML: the page enforces Trusted Types).
import { MerchantDirectoryController, DirectoryStatus, clubContextFrom, loadMessages, offerTerms } from '/clubkit.js';

const main = document.getElementById('directory');
const form = document.getElementById('search');
const status = document.getElementById('status');
const results = document.getElementById('results');
const t = await loadMessages('zh-Hant');
const money = new Intl.NumberFormat('zh-Hant', { style: 'currency', currency: 'CNY' });
const yuan = (fen) => money.format(fen / 100);

const { publicClient } = clubContextFrom({
  baseUrl: main.dataset.baseUrl,
  publishableKey: main.dataset.publishableKey,
  locale: 'zh-Hant',
});

/** Builds an element: `el('li', { id: 'x', className: 'row' }, child, 'text')`. */
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== undefined && c !== null));
  return node;
}

// A reactive host without a framework: the controller asks for an update, the page redraws once.
let scheduled = false;
let focusNext;
const host = {
  addController() {},
  removeController() {},
  requestUpdate() {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      render();
    });
  },
  updateComplete: Promise.resolve(true),
};
const dir = new MerchantDirectoryController(host, { client: () => publicClient, tier: () => 'vip' });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const amount = form.elements.amount.value.trim();
  void dir.search({ text: form.elements.text.value, amountYuan: amount === '' ? undefined : Number(amount) });
});
form.elements.text.addEventListener(
  'input',
  (event) => void dir.search({ text: event.target.value }, { debounce: true }),
);

function onListKey(event) {
  const moves = {
    ArrowDown: 1,
    ArrowUp: -1,
    Home: 'home',
    End: 'end',
    PageDown: dir.rowsPerPage,
    PageUp: -dir.rowsPerPage,
  };
  if (event.key in moves) {
    event.preventDefault();
    dir.move(moves[event.key]);
  } else if ((event.key === 'Enter' || event.key === ' ') && dir.activeIndex >= 0) {
    event.preventDefault();
    void open(dir.items[dir.activeIndex].merchant.id);
  }
}

async function open(id) {
  if (await dir.select(id)) {
    focusNext = 'detail';
    render();
  }
}

function renderList() {
  const list = el('ul', { id: 'list', className: 'list', tabIndex: 0 });
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', '搜尋結果');
  dir.items.forEach(({ merchant, best }, index) => {
    const row = el(
      'li',
      { id: `row-${merchant.id}`, className: index === dir.activeIndex ? 'row active' : 'row' },
      el('span', { className: 'name' }, merchant.name),
      el('span', { className: 'meta' }, merchant.address),
      best ? el('span', { className: 'badge' }, `省 ${yuan(best.savingFen)}`) : undefined,
    );
    row.setAttribute('role', 'option');
    row.setAttribute('aria-selected', String(index === dir.activeIndex));
    row.addEventListener('click', () => void open(merchant.id));
    list.append(row);
  });
  if (dir.activeIndex >= 0) list.setAttribute('aria-activedescendant', `row-${dir.items[dir.activeIndex].merchant.id}`);
  list.addEventListener('keydown', onListKey);
  list.addEventListener('focus', () => dir.activeIndex < 0 && dir.setActive(0));
  const more = dir.hasMore
    ? el('button', { type: 'button', className: 'page-button more', textContent: '載入更多' })
    : undefined;
  more?.addEventListener('click', () => void dir.loadMore());
  return [list, more];
}

function renderDetail(merchant) {
  const back = el('button', { type: 'button', className: 'page-button', textContent: '← 返回列表' });
  back.addEventListener('click', () => {
    dir.back();
    focusNext = 'list';
  });
  const best = dir.best;
  const offers = merchant.offers.map((offer) =>
    el(
      'li',
      { className: best?.offer.id === offer.id ? 'offer best' : 'offer' },
      el('strong', {}, offer.title),
      el('ul', {}, ...offerTerms(offer, t).map((term) => el('li', {}, term))),
      dir.savingOf(offer) ? el('p', {}, `本次可省 ${yuan(dir.savingOf(offer))}`) : undefined,
    ),
  );
  return [
    back,
    el('h3', { id: 'detail-name', tabIndex: -1 }, merchant.name),
    el(
      'p',
      {},
      `${merchant.address} · `,
      el('a', { href: `tel:${merchant.phone.replace(/[^\d+]/g, '')}` }, merchant.phone),
    ),
    offers.length ? el('ul', { className: 'offers' }, ...offers) : el('p', {}, '這家商戶目前沒有優惠。'),
  ];
}

function render() {
  const old = document.getElementById('list');
  const hadFocus = old !== null && document.activeElement === old;
  if (dir.status === DirectoryStatus.loading) status.textContent = '載入中…';
  else if (dir.status === DirectoryStatus.error) status.textContent = '暫時無法取得商戶資料，請稍後再試。';
  else if (dir.amountInvalid) status.textContent = '預計消費請輸入金額，例如 150 或 89.5。';
  else if (dir.status === DirectoryStatus.ready)
    status.textContent =
      dir.items.length === 0 ? '沒有符合的商戶。' : `找到 ${dir.items.length}${dir.hasMore ? '+' : ''} 家商戶`;
  form.hidden = dir.selected !== undefined;
  results.replaceChildren(...(dir.selected ? renderDetail(dir.selected) : renderList()).filter(Boolean));
  if (focusNext === 'detail') document.getElementById('detail-name')?.focus();
  const list = document.getElementById('list');
  if (list && old) list.scrollTop = old.scrollTop;
  if (focusNext === 'list' || hadFocus) list?.focus();
  focusNext = undefined;
  document.querySelector('#list .active')?.scrollIntoView({ block: 'nearest' });
}

dir.hostConnected();
