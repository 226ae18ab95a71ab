// `npm run gallery`: screenshots of the member widgets in each of their states, in zh-Hant,
// zh-Hans and en at 390 and 1280 px, on a strict-CSP partner page in Chromium against the real
// Club API with the demo data, and of each operator widget as the demo staff member of its role
// sees it on the club's intranet page, gathered into gallery/index.html. It fails when any state logs a
// page error, a console error or a CSP violation, or cannot be reached in time.
//
// Run it after a build (`pnpm gallery` from the root builds first). It loads the browser tests'
// harness, which is TypeScript: Node strips its types (Node 22.18+ and 24 do so by default).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { addDays, dateInZone } from '@clubkit/core';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, startPortal } from '../test/browser/harness.ts';
import { galleryIndex } from './gallery-index.mjs';

const out = fileURLToPath(new URL('../gallery/', import.meta.url));
const locales = ['zh-Hant', 'zh-Hans', 'en'];
const widths = [390, 1280];
/** How long one state may take to show before the gallery gives up on it, in ms. */
const STATE_TIMEOUT = 20_000;
/** How long the whole run may take, in ms. */
const RUN_TIMEOUT = 300_000;
/** The browser's own line for a request that failed or was answered with an error status. */
const failedResource = /^Failed to load resource: /;

const LONG_MEMBER_NAME = '歐陽司徒・阿不都熱依木・買買提明・長名字測試會員';
const LONG_MERCHANT = {
  name: '天成自助洗車美容養護中心（昆明市官渡區金馬寺立交橋東側旗艦分店）',
  address: '雲南省昆明市官渡區金馬街道金馬寺立交橋東側環城東路與東郊路交叉口往北二百五十米停車場內',
};
const NO_OFFER_MERCHANT = { name: '金馬寺無優惠示範汽車修理廠', address: '昆明市官渡區東郊路 18 號' };
const COMPLAINT = {
  name: '李小華',
  unit: '天成自助洗車',
  content: '洗車後車門邊仍有泥水，店員說已經洗好了。',
  phone: '13800138000',
};
const LONG_COMPLAINT = {
  name: LONG_MEMBER_NAME,
  unit: LONG_MERCHANT.name,
  content: '今日下午三點到店做精洗，等候兩個多小時，交車時發現後保險槓有新刮痕，店員不承認。'.repeat(3),
  phone: '13800138000',
};

/**
 * A request the page makes, held open until `release` is called: the widget stays in its
 * loading state for the screenshot.
 * @param {import('playwright-core').Page} page
 * @param {string} url a glob Playwright routes
 * @param {string} [method] only this method is held
 */
async function hold(page, url, method) {
  /** @type {(() => void)[]} */
  const waiting = [];
  let released = false;
  /** @type {() => void} */
  let heldOne = () => {};
  const reached = new Promise((resolve) => (heldOne = () => resolve(undefined)));
  await page.route(url, async (route) => {
    if (released || (method && route.request().method() !== method)) return route.continue();
    heldOne();
    await new Promise((resolve) => waiting.push(() => resolve(undefined)));
    // The page may be gone by then: a request of a closed page cannot continue.
    await route.continue().catch(() => {});
  });
  return {
    reached,
    release: () => {
      released = true;
      for (const go of waiting.splice(0)) go();
    },
  };
}

/** @param {import('playwright-core').Page} page @param {Record<string, string>} fields ids to text */
async function fill(page, fields) {
  for (const [id, value] of Object.entries(fields)) await page.locator(`#widget #${id}`).fill(value);
}

/** @param {import('playwright-core').Page} page */
async function fillComplaint(page, complaint = COMPLAINT) {
  await page.locator('#widget [part~="submit-button"]').waitFor();
  await fill(page, { name: complaint.name, unit: complaint.unit, content: complaint.content, phone: complaint.phone });
  await page.locator('#widget #category').selectOption({ index: 1 });
}

/**
 * @typedef {object} StateContext
 * @property {import('playwright-core').Page} page
 * @property {(url: string, method?: string) => ReturnType<typeof hold>} hold
 * @property {(release: () => void) => void} afterShot called once the screenshots are taken
 * @property {import('../test/browser/harness.ts').Portal} portal
 */
/**
 * @typedef {object} State
 * @property {string} widget
 * @property {string} state
 * @property {boolean} [serverDown] taken after the Club API's server was stopped
 * @property {boolean} [failedRequests] the state itself makes requests fail (the browser logs them)
 * @property {(c: StateContext) => Promise<void>} [before] before the page loads (routes)
 * @property {(c: StateContext) => Promise<void>} show after it loaded: brings the state about
 * @property {string} [page] an intranet page of the operator widgets (`alliance-board.html?role=alliance`) in
 *   place of the partner page; the locale is switched on its provider once it has loaded
 */

const signedOut = /** @param {StateContext} c */ ({ page, portal }) =>
  page.route(`${portal.url}/api/club-session`, (route) =>
    route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":"not signed in"}' }),
  );
const part = (/** @type {string} */ name) => `#widget [part~="${name}"]`;
/** @param {StateContext} c @param {string} selector */
const shows = ({ page }, selector) => page.locator(selector).first().waitFor();

/**
 * The "loading" state of a widget whose first request (to `path` on the Club API) is held open
 * until the screenshots are taken.
 * @param {string} widget @param {string} path
 * @returns {State}
 */
const loadingWhile = (widget, path) => ({
  widget,
  state: 'loading',
  before: async (c) => {
    const held = await c.hold(`${c.portal.api.url}${path}`);
    c.afterShot(held.release);
    c.reached = held.reached;
  },
  show: (c) => c.reached,
});

/** @type {State[]} */
const states = [
  // <club-member-card>
  {
    widget: 'club-member-card',
    state: 'empty',
    failedRequests: true,
    before: signedOut,
    show: (c) => shows(c, part('signed-out')),
  },
  loadingWhile('club-member-card', '/v1/me/card'),
  { widget: 'club-member-card', state: 'filled', show: (c) => shows(c, part('holder')) },
  {
    widget: 'club-member-card',
    state: 'long names',
    // The VIP member, renamed before the run (see addGalleryData), is the one signed in.
    before: async (c) => {
      const { token } = await adminApi(c.portal)('POST', '/v1/member-sessions', {
        memberId: c.portal.api.demo.vipMember?.id,
      });
      await c.page.route(`${c.portal.url}/api/club-session`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ token }) }),
      );
    },
    show: (c) => shows(c, part('holder')),
  },
  {
    widget: 'club-member-card',
    state: 'handbook',
    // The rights and duties panel, loaded when the member first opens it.
    show: async (c) => {
      await c.page.locator(part('handbook-button')).click();
      await shows(c, part('handbook-duties'));
    },
  },
  {
    widget: 'club-member-card',
    state: 'server down',
    serverDown: true,
    failedRequests: true,
    show: (c) => shows(c, part('error')),
  },

  // <club-complaint-form>
  { widget: 'club-complaint-form', state: 'empty', show: (c) => shows(c, part('submit-button')) },
  { widget: 'club-complaint-form', state: 'filled', show: ({ page }) => fillComplaint(page) },
  {
    widget: 'club-complaint-form',
    state: 'error',
    show: async (c) => {
      await shows(c, part('submit-button'));
      await fill(c.page, { phone: 'abc' });
      await c.page.locator('#widget #submit').press('Enter');
      await shows(c, part('error-summary'));
    },
  },
  {
    widget: 'club-complaint-form',
    state: 'loading',
    show: async (c) => {
      const held = await c.hold(`${c.portal.api.url}/v1/complaints`, 'POST');
      c.afterShot(held.release);
      await fillComplaint(c.page);
      await c.page.locator('#widget #submit').press('Enter');
      await held.reached;
    },
  },
  {
    widget: 'club-complaint-form',
    state: 'success',
    show: async (c) => {
      await fillComplaint(c.page);
      await c.page.locator('#widget #submit').press('Enter');
      await shows(c, part('reference'));
    },
  },
  { widget: 'club-complaint-form', state: 'long names', show: ({ page }) => fillComplaint(page, LONG_COMPLAINT) },
  {
    widget: 'club-complaint-form',
    state: 'server down',
    serverDown: true,
    failedRequests: true,
    show: async (c) => {
      await fillComplaint(c.page);
      await c.page.locator('#widget #submit').press('Enter');
      await shows(c, '#widget [role="alert"]:not(:empty)');
    },
  },

  // <club-merchant-directory>
  loadingWhile('club-merchant-directory', '/v1/merchants?*'),
  { widget: 'club-merchant-directory', state: 'filled', show: (c) => shows(c, part('row-name')) },
  {
    widget: 'club-merchant-directory',
    state: 'empty',
    show: async (c) => {
      await shows(c, part('row-name'));
      await searchDirectory(c, '不存在的商戶名稱');
      await shows(c, part('empty'));
    },
  },
  {
    widget: 'club-merchant-directory',
    state: 'error',
    show: async (c) => {
      await shows(c, part('row-name'));
      // On a phone the filters fold behind a button: open them first.
      const toggle = c.page.locator('#widget #filters-toggle');
      if (await toggle.isVisible()) await toggle.click();
      await fill(c.page, { 'amount-input': 'abc' });
      await shows(c, '#widget #amount-error');
    },
  },
  {
    widget: 'club-merchant-directory',
    state: 'long names',
    show: async (c) => {
      await shows(c, part('row-name'));
      await searchDirectory(c, LONG_MERCHANT.name.slice(0, 8));
      // A row names the business and its branch apart: look for the business's name.
      await c.page
        .locator(part('row-name'))
        .filter({ hasText: LONG_MERCHANT.name.slice(0, 8) })
        .first()
        .waitFor();
    },
  },
  {
    widget: 'club-merchant-directory',
    state: 'no offers',
    show: async (c) => {
      await shows(c, part('row-name'));
      await searchDirectory(c, NO_OFFER_MERCHANT.name);
      await c.page.locator(part('row-name')).filter({ hasText: NO_OFFER_MERCHANT.name }).first().click();
      await shows(c, part('no-offers'));
    },
  },
  {
    widget: 'club-merchant-directory',
    state: 'server down',
    serverDown: true,
    failedRequests: true,
    show: (c) => shows(c, part('error')),
  },

  // <club-vip-offer>
  {
    widget: 'club-vip-offer',
    state: 'empty',
    failedRequests: true,
    before: signedOut,
    show: (c) => shows(c, part('signed-out')),
  },
  loadingWhile('club-vip-offer', '/v1/me/card'),
  { widget: 'club-vip-offer', state: 'filled', show: (c) => shows(c, part('buy-button')) },
  {
    // What the card would save: the estimate over the directory's best VIP offers, loaded on demand.
    widget: 'club-vip-offer',
    state: 'estimate',
    show: async (c) => {
      await shows(c, part('buy-button'));
      await fill(c.page, { 'spend-car-wash': '120', 'spend-dining': '800' });
      await c.page.locator('#widget #spend-dining').press('Enter');
      await shows(c, part('verdict'));
    },
  },
  {
    widget: 'club-vip-offer',
    state: 'error',
    show: async (c) => {
      await shows(c, part('buy-button'));
      await c.page.locator('#widget #spend-dining').fill('很多');
      await c.page.locator('#widget #spend-dining').press('Enter');
      await shows(c, part('summary'));
    },
  },
  {
    widget: 'club-vip-offer',
    state: 'success',
    show: async (c) => {
      await c.page.locator(part('buy-button')).click();
      await shows(c, part('order-status'));
    },
  },
  {
    widget: 'club-vip-offer',
    state: 'server down',
    serverDown: true,
    failedRequests: true,
    show: (c) => shows(c, part('error')),
  },

  // <club-vip-activities>
  {
    widget: 'club-vip-activities',
    state: 'empty',
    failedRequests: true,
    before: signedOut,
    show: (c) => shows(c, part('signed-out')),
  },
  loadingWhile('club-vip-activities', '/v1/activities?*'),
  { widget: 'club-vip-activities', state: 'filled', show: (c) => shows(c, part('sign-up-button')) },
  {
    widget: 'club-vip-activities',
    state: 'error',
    failedRequests: true,
    // The club's answer when another member took the last seat first (the browser tests bring it
    // about for real); answered here so that the other states keep their seats.
    before: ({ page, portal }) =>
      page.route(`${portal.api.url}/v1/activities/*/sign-ups`, (route) =>
        route.fulfill({
          status: 409,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            title: 'Every seat of this activity is taken.',
            status: 409,
            code: 'vip/activity-full',
          }),
        }),
      ),
    show: async (c) => {
      await c.page.locator(part('sign-up-button')).first().click();
      await shows(c, part('refusal'));
    },
  },
  {
    widget: 'club-vip-activities',
    state: 'server down',
    serverDown: true,
    failedRequests: true,
    show: (c) => shows(c, part('error')),
  },

  // The operator widgets, each on its intranet page as the demo staff member of its role sees it.
  ...[
    ['club-alliance-board', 'alliance-board.html?role=alliance'],
    ['club-card-check', 'card-check.html?role=merchant'],
    ['club-complaint-desk', 'complaint-desk.html?role=desk'],
    ['club-handover-desk', 'handover-desk.html?role=desk'],
    ['club-member-desk', 'member-desk.html?role=admin'],
    ['club-offer-manager', 'offer-manager.html?role=merchant'],
    ['club-procedure-desk', 'procedure-desk.html?role=desk'],
    ['club-service-catalogue', 'service-catalogue.html?role=admin'],
    ['club-stats-board', 'stats-board.html?role=admin'],
  ].map(([widget, page]) => /** @type {State} */ ({ widget, page, state: 'filled', show: operatorSettled })),
];

/**
 * An operator widget has loaded what it shows: the page's requests are done and nothing in the
 * widget is busy.
 * @param {StateContext} c
 */
async function operatorSettled({ page }) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => {
    const widget = document.querySelector('club-provider > *');
    const root = widget?.shadowRoot;
    return Boolean(root && root.childElementCount > 0 && !root.querySelector('[aria-busy="true"]'));
  });
}

/** @param {StateContext} c @param {string} text */
async function searchDirectory({ page }, text) {
  await page.locator('#widget #search-input').fill(text);
  await page.locator('#widget #search-input').press('Enter');
}

/**
 * A call to the Club API with the admin key; throws on an error status.
 * @param {import('../test/browser/harness.ts').Portal} portal
 */
function adminApi(portal) {
  const headers = { Authorization: `Bearer ${portal.api.secretKey}`, 'Content-Type': 'application/json' };
  return async (/** @type {string} */ method, /** @type {string} */ path, /** @type {unknown} */ body) => {
    const response = await portal.api.server.fetch(
      new Request(`${portal.api.url}${path}`, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      }),
    );
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return /** @type {Record<string, any>} */ (await response.json());
  };
}

/**
 * The data of the "long names" and "no offers" states and the activities' list: two merchants made through the Club API
 * (the demo merchant's category, region and location, a long name and address; no offers), and
 * the VIP member's name made long in the club's database (the API has no route that renames a
 * member).
 * @param {import('../test/browser/harness.ts').Portal} portal
 */
async function addGalleryData(portal) {
  const api = adminApi(portal);
  const model = await api('GET', `/v1/merchants/${portal.api.demo.merchantId}`);
  const profile = { category: model.category, region: model.region, location: model.location, phone: model.phone };
  // The offers as sent to create them: the server assigns their ids.
  const copyOffers = model.offers.map((/** @type {Record<string, unknown>} */ offer) =>
    Object.fromEntries(Object.entries(offer).filter(([key]) => key !== 'id')),
  );
  await api('POST', '/v1/merchants', { ...profile, ...LONG_MERCHANT, offers: copyOffers });
  await api('POST', '/v1/merchants', { ...profile, ...NO_OFFER_MERCHANT, offers: [] });
  // An activity the demo member holds no seat on (the demo's open ones are taken by its first
  // members), with a long title and place, for the activities' "filled" and "error" states.
  const today = dateInZone(new Date(), 'Asia/Shanghai');
  await api('POST', '/v1/activities', {
    kind: 'self-drive-trip',
    title: '瀾滄江—湄公河沿岸三日自駕遊：景洪、橄欖壩、勐臘與磨憨口岸',
    place: '景洪市會員服務中心（宣慰大道 88 號）停車場集合',
    startsOn: addDays(today, 20),
    endsOn: addDays(today, 22),
    capacity: 12,
    priceFen: 128_000,
    signUpFrom: today,
    signUpUntil: addDays(today, 14),
  });
  const vip = portal.api.demo.vipMember;
  if (!vip) throw new Error('The demo seed made no VIP member');
  const { db } = portal.api.server;
  const { doc } = await db.selectFrom('members').select('doc').where('id', '=', vip.id).executeTakeFirstOrThrow();
  const renamed = JSON.stringify({ ...JSON.parse(doc), name: LONG_MEMBER_NAME });
  await db.updateTable('members').set({ name: LONG_MEMBER_NAME, doc: renamed }).where('id', '=', vip.id).execute();
}

/**
 * Takes one state's screenshots (every locale, both widths) and returns what went wrong.
 * @param {import('playwright-core').Browser} browser
 * @param {import('../test/browser/harness.ts').Portal} portal
 * @param {State} state
 * @param {string} locale
 * @param {import('./gallery-index.d.mts').GalleryShot[]} shots
 */
async function takeState(browser, portal, state, locale, shots) {
  const { page, watch, close } = await openPage(browser, 'about:blank');
  /** @type {(() => void)[]} */
  const after = [];
  const problems = [];
  try {
    page.setDefaultTimeout(STATE_TIMEOUT);
    await page.setViewportSize({ width: widths[0], height: 844 });
    /** @type {StateContext & { reached?: Promise<unknown> }} */
    const c = { page, portal, hold: (url, method) => hold(page, url, method), afterShot: (f) => after.push(f) };
    await state.before?.(c);
    if (state.page) {
      await page.goto(`${portal.url}/${state.page}`);
      await state.show(c);
      // The intranet pages start in zh-Hant; another language is switched to at run time.
      await page.evaluate((l) => {
        document.documentElement.lang = l;
        document.querySelector('club-provider')?.setAttribute('locale', l);
      }, locale);
    } else await page.goto(`${portal.url}/gallery.html?widget=${state.widget}&locale=${locale}`);
    await Promise.race([
      state.show(c),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`not shown in ${STATE_TIMEOUT} ms`)), STATE_TIMEOUT).unref(),
      ),
    ]);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    for (const width of widths) {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const file = `${state.widget}--${state.state.replace(/\W+/g, '-')}--${locale}--${width}.png`;
      await page.screenshot({ path: `${out}${file}`, fullPage: true, animations: 'disabled', caret: 'hide' });
      shots.push({ widget: state.widget, state: state.state, locale, width, file });
    }
  } catch (error) {
    problems.push(`did not show: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    for (const f of after) f();
    // What the page logs while it winds down (a released request answering) counts too.
    await page.evaluate(() => undefined).catch(() => {});
    await close();
  }
  const errors = watch.consoleErrors.filter((e) => !(state.failedRequests && failedResource.test(e)));
  for (const e of errors) problems.push(`console error: ${e}`);
  for (const v of watch.cspViolations) problems.push(`CSP violation: ${v}`);
  return problems.map((p) => `${state.widget} · ${state.state} · ${locale}: ${p}`);
}

async function main() {
  const started = performance.now();
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const [portal, browser] = await Promise.all([startPortal({ operator: true }), launchChromium()]);
  /** @type {import('./gallery-index.d.mts').GalleryShot[]} */
  const shots = [];
  /** @type {string[]} */
  const problems = [];
  try {
    await addGalleryData(portal);
    // Two pages at a time: the machine's cores are shared with the browser and the server.
    const run = async (/** @type {[State, string][]} */ jobs) => {
      const queue = [...jobs];
      const worker = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const from = performance.now();
          const found = await takeState(browser, portal, job[0], job[1], shots);
          problems.push(...found);
          const took = ((performance.now() - from) / 1000).toFixed(1);
          console.log(
            `gallery: ${job[0].widget} · ${job[0].state} · ${job[1]} ${found.length ? 'FAILED' : 'ok'} (${took} s)`,
          );
        }
      };
      await Promise.all([worker(), worker()]);
    };
    // GALLERY_ONLY=<text> takes only the states whose "widget · state" contains the text.
    const only = process.env['GALLERY_ONLY'] ?? '';
    const jobs = (/** @type {boolean} */ down) =>
      states
        .filter((s) => Boolean(s.serverDown) === down && `${s.widget} · ${s.state}`.includes(only))
        .flatMap((s) => locales.map((l) => /** @type {[State, string]} */ ([s, l])));
    await run(jobs(false));
    await portal.stopApi();
    await run(jobs(true));
  } finally {
    await browser.close();
    await portal.close();
  }
  await writeFile(
    `${out}index.html`,
    galleryIndex(shots, {
      title: 'clubkit widget gallery',
      widgets: [...new Set(states.map((s) => s.widget))],
      states: [
        'empty',
        'loading',
        'filled',
        'estimate',
        'error',
        'success',
        'long names',
        'no offers',
        'handbook',
        'server down',
      ],
      locales,
    }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`gallery: ${shots.length} screenshots in ${seconds} s: ${out}index.html`);
  if (problems.length > 0) {
    console.error(`gallery: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

const deadline = setTimeout(() => {
  console.error(`gallery: not done after ${RUN_TIMEOUT / 1000} s; stopping`);
  process.exit(1);
}, RUN_TIMEOUT);
deadline.unref();
await main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
