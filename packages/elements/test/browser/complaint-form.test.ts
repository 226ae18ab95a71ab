import type { Browser, Page, Route } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeAtWidths, axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { clubEvents, focused, smallTargets, tabTo, textOf } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
  // Stops them after the file's tests (only when both started).
  return async () => {
    await browser.close();
    await portal.close();
  };
});

const complaint = {
  name: '王小明',
  unit: 'A-1203',
  content: '地下停車場的電梯已經停運三天，沒有任何通知。',
  phone: '+86 138-0013-8000',
};

/** Waits until every widget on widgets.html has its data, so the tab order no longer changes. */
async function settled(page: Page): Promise<void> {
  await page.locator('#card [part~="card"], #card [part~="signed-out"]').first().waitFor();
  await page.locator('#directory [part~="row"]').first().waitFor();
  await page.locator('#complaint #name').waitFor();
}

/** Asserts that focus is on `id` inside the complaint form. */
async function expectFocusOn(page: Page, id: string): Promise<void> {
  expect(await focused(page)).toMatchObject({ hosts: ['club-complaint-form#complaint'], id });
}

/**
 * Fills the complaint form with the keyboard alone: Tab from the top of the page to the name,
 * then typing, Tab past the optional company, plate and card number, ArrowDown in the category
 * select, and Tab on to the submit button, checking where each Tab lands.
 */
async function fillByKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'complaint', 'name');
  await page.keyboard.type(complaint.name);
  for (const id of ['company', 'unit']) {
    await page.keyboard.press('Tab');
    await expectFocusOn(page, id);
  }
  await page.keyboard.type(complaint.unit);
  for (const id of ['plate', 'card-number', 'category']) {
    await page.keyboard.press('Tab');
    await expectFocusOn(page, id);
  }
  await page.keyboard.press('ArrowDown');
  expect(await page.locator('#complaint #category').inputValue()).toBe('service-attitude');
  await page.keyboard.press('Tab');
  await expectFocusOn(page, 'content');
  await page.keyboard.type(complaint.content);
  await page.keyboard.press('Tab');
  await expectFocusOn(page, 'phone');
  await page.keyboard.type(complaint.phone);
  await page.keyboard.press('Tab');
  await expectFocusOn(page, 'submit');
}

/** The complaint the club filed under `reference` (its receipt by reference, then the record by id), read with the admin key. */
async function filed(
  reference: string,
): Promise<{ name: string; content: string; phone: string; subject: { unit?: string } }> {
  const get = async (path: string) => {
    const response = await portal.api.server.fetch(
      new Request(`${portal.api.url}${path}`, { headers: { Authorization: `Bearer ${portal.api.secretKey}` } }),
    );
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  };
  const receipt = await get(`/v1/complaint-receipts/${encodeURIComponent(reference)}?phoneLast4=8000`);
  return (await get(`/v1/complaints/${String(receipt['id'])}`)) as unknown as {
    name: string;
    content: string;
    phone: string;
    subject: { unit?: string };
  };
}

/** The POSTs the page made to file a complaint, with their idempotency keys. */
function complaintPosts(page: Page): string[] {
  const keys: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === `${portal.api.url}/v1/complaints`)
      keys.push(request.headers()['idempotency-key'] ?? '');
  });
  return keys;
}

describe('<club-complaint-form> on a strict-CSP partner page in Chromium', () => {
  // Signed out: nothing is filled in from a member's records (see the signed-in tests below).
  beforeEach(() => {
    portal.signIn = 'nobody';
  });

  it('is filled in and sent with the keyboard alone, and the receipt shows a reference the club holds', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await settled(page);
      const before = await portal.count('complaints');
      await fillByKeyboard(page);
      await page.keyboard.press('Space');

      await page.locator('#complaint #receipt').waitFor();
      await expectFocusOn(page, 'receipt');
      const reference = (await textOf(page.locator('#complaint #reference'))).trim();
      expect(reference).toMatch(/^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(await portal.count('complaints')).toBe(before + 1);
      expect(await filed(reference)).toMatchObject({
        name: complaint.name,
        content: complaint.content,
        phone: complaint.phone,
        subject: { unit: complaint.unit },
      });
      expect((await clubEvents(page)).filter((e) => e.tag === 'club-complaint-form')).toEqual([
        { type: 'club-submit', tag: 'club-complaint-form' },
        { type: 'club-submitted', tag: 'club-complaint-form', detail: reference },
      ]);
      // The draft is gone once the club acknowledged it.
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clubkit:draft:'))),
      ).toEqual([]);

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('loads core’s complaint rules when focus first enters the form, not with the page', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    const rules: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/complaint-check-')) rules.push(request.url());
    });
    try {
      await settled(page);
      expect(rules).toEqual([]);
      await tabTo(page, 'complaint', 'name');
      await page.keyboard.press('Tab');
      // Leaving the empty name shows its error: the rules came with the focus.
      await page.locator('#complaint #name-error').waitFor();
      expect(rules).toHaveLength(1);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('moves focus to the error summary on a failed submit, and each entry leads to its field', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await settled(page);
      const before = await portal.count('complaints');
      await tabTo(page, 'complaint', 'name');
      await page.keyboard.type(complaint.name);
      await tabTo(page, 'complaint', 'submit');
      await page.keyboard.press('Enter');

      await page.locator('#complaint #error-summary').waitFor();
      await expectFocusOn(page, 'error-summary');
      const fields = await page
        .locator('#complaint [part~="error-link"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('data-field')));
      expect(fields).toEqual(['subject', 'category', 'content', 'phone']);
      for (const id of ['unit', 'plate', 'card-number', 'category', 'content', 'phone']) {
        expect(await page.locator(`#complaint #${id}`).getAttribute('aria-invalid')).toBe('true');
      }
      expect(await page.locator('#complaint #name').getAttribute('aria-invalid')).toBe('false');

      // The first entry (the subject group) takes focus to the unit, the group's first input.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ part: 'error-link' });
      await page.keyboard.press('Enter');
      await expectFocusOn(page, 'unit');

      expect(await portal.count('complaints')).toBe(before);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('moves focus to the error summary when the club refuses what was sent', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      // The club itself refuses the phone number: the request is changed on its way, as an
      // older widget talking to a stricter server would send it.
      await page.route(`${portal.api.url}/v1/complaints`, (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        return route.continue({
          postData: JSON.stringify({ ...(route.request().postDataJSON() as object), phone: 'call me' }),
        });
      });
      await settled(page);
      const before = await portal.count('complaints');
      await fillByKeyboard(page);
      await page.keyboard.press('Enter');

      await page.locator('#complaint [part~="error-summary-detail"]').waitFor();
      await expectFocusOn(page, 'error-summary');
      const fields = await page
        .locator('#complaint [part~="error-link"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('data-field')));
      expect(fields).toEqual(['phone']);
      expect(await page.locator('#complaint #phone').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#complaint #phone').inputValue()).toBe(complaint.phone);
      expect(await portal.count('complaints')).toBe(before);

      expect(watch.cspViolations).toEqual([]);
      // The browser logs the 400 answer itself; nothing else may be logged.
      expect(watch.consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('files exactly one complaint when the page is reloaded after the club got it but before the answer arrived', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      const keys = complaintPosts(page);
      let first: { reference: string } | undefined;
      let reached: () => void = () => {};
      const atClub = new Promise<void>((resolve) => (reached = resolve));
      await page.route(`${portal.api.url}/v1/complaints`, async (route: Route) => {
        if (route.request().method() !== 'POST' || first) return route.continue();
        // The club files it; the answer never reaches the page, which is reloaded meanwhile.
        const response = await route.fetch();
        first = (await response.json()) as { reference: string };
        reached();
      });
      await page.goto(`${portal.url}/widgets.html`);
      await settled(page);
      const before = await portal.count('complaints');
      await fillByKeyboard(page);
      await page.keyboard.press('Enter');
      await atClub;
      expect(await portal.count('complaints')).toBe(before + 1);

      await page.reload();
      await page.locator('#complaint #receipt').waitFor();
      expect((await textOf(page.locator('#complaint #reference'))).trim()).toBe(first?.reference);
      expect(await portal.count('complaints')).toBe(before + 1);
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clubkit:draft:'))),
      ).toEqual([]);

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('files exactly one complaint when the page is reloaded before the club got it', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      const keys = complaintPosts(page);
      let held = false;
      let sent: () => void = () => {};
      const inFlight = new Promise<void>((resolve) => (sent = resolve));
      await page.route(`${portal.api.url}/v1/complaints`, (route: Route) => {
        if (route.request().method() !== 'POST' || held) return route.continue();
        // Held on its way: the club never sees this attempt.
        held = true;
        sent();
        return undefined;
      });
      await page.goto(`${portal.url}/widgets.html`);
      await settled(page);
      const before = await portal.count('complaints');
      await fillByKeyboard(page);
      await page.keyboard.press('Enter');
      await inFlight;
      await page.locator('#complaint #submit[aria-disabled="true"]').waitFor();
      expect(await portal.count('complaints')).toBe(before);

      await page.reload();
      await page.locator('#complaint #receipt').waitFor();
      const reference = (await textOf(page.locator('#complaint #reference'))).trim();
      expect(await portal.count('complaints')).toBe(before + 1);
      expect(await filed(reference)).toMatchObject({ name: complaint.name, content: complaint.content });
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('restores what was typed after a reload, passes axe, and Discard starts over with focus on the name', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await settled(page);
      await tabTo(page, 'complaint', 'name');
      await page.keyboard.type(complaint.name);
      await page.keyboard.press('Tab');
      // Leaving the page saves the draft at once (pagehide), whatever the typing delay.
      await page.reload();
      await settled(page);
      expect(await page.locator('#complaint #name').inputValue()).toBe(complaint.name);
      expect(await page.locator('#complaint #status').textContent()).toContain('已為您還原先前填寫的內容');
      expect(await axeAtWidths(page)).toEqual([]);
      expect(await smallTargets(page, '#complaint')).toEqual([]);

      await tabTo(page, 'complaint', 'discard');
      await page.keyboard.press('Enter');
      await expectFocusOn(page, 'name');
      expect(await page.locator('#complaint #name').inputValue()).toBe('');
      expect(await page.locator('#complaint #discard').count()).toBe(0);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reports no axe violation when loaded, with the error summary shown, and with the receipt', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await settled(page);
      expect(await axeAtWidths(page)).toEqual([]);

      await tabTo(page, 'complaint', 'submit');
      await page.keyboard.press('Enter');
      await page.locator('#complaint #error-summary').waitFor();
      expect(await axeAtWidths(page)).toEqual([]);

      await fillByKeyboard(page);
      await page.keyboard.press('Enter');
      await page.locator('#complaint #receipt').waitFor();
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('gives every input, select and button a target of at least 24×24 px, when loaded, with errors and with the receipt', async () => {
    const { page, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await settled(page);
      expect(await smallTargets(page, '#complaint')).toEqual([]);
      await tabTo(page, 'complaint', 'submit');
      await page.keyboard.press('Enter');
      await page.locator('#complaint #error-summary').waitFor();
      expect(await smallTargets(page, '#complaint')).toEqual([]);
      await fillByKeyboard(page);
      await page.keyboard.press('Enter');
      await page.locator('#complaint #receipt').waitFor();
      expect(await smallTargets(page, '#complaint')).toEqual([]);
    } finally {
      await close();
    }
  });

  it('is checked by axe inside its shadow root (a label taken away is reported)', async () => {
    const { page, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await settled(page);
      await page.evaluate(() => {
        const label = document.querySelector('#complaint')?.shadowRoot?.querySelector('label[for="name"]');
        if (!label) throw new Error('the form has no label for #name');
        label.remove();
      });
      expect((await axeViolations(page)).map((v) => v.id)).toContain('label');
    } finally {
      await close();
    }
  });
});
