import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { focused, smallTargets, tabTo, textOf } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
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

/** Waits until the card (signed in or out) and the form are on widgets.html, so the tab order no longer changes. */
async function settled(page: Page): Promise<void> {
  await page.locator('#card [part~="card"], #card [part~="signed-out"]').first().waitFor();
  await page.locator('#directory [part~="row"]').first().waitFor();
  await page.locator('#complaint #name').waitFor();
}

async function expectFocusOn(page: Page, id: string): Promise<void> {
  expect(await focused(page)).toMatchObject({ hosts: ['club-complaint-form#complaint'], id });
}

const value = (page: Page, id: string) => page.locator(`#complaint #${id}`).inputValue();

/** Files a complaint through the form (signed out), and gives its reference. */
async function file(page: Page): Promise<string> {
  await page.locator('#complaint #name').fill(complaint.name);
  await page.locator('#complaint #unit').fill(complaint.unit);
  await page.locator('#complaint #category').selectOption('facility');
  await page.locator('#complaint #content').fill(complaint.content);
  await page.locator('#complaint #phone').fill(complaint.phone);
  await page.locator('#complaint #submit').click();
  await page.locator('#complaint #receipt').waitFor();
  return (await textOf(page.locator('#complaint #reference'))).trim();
}

describe("<club-complaint-form> filled in from a signed-in member's records", () => {
  it("fills in the member's name, phone, plate and card number and says so; Clear empties them", async () => {
    portal.signIn = 'member';
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await settled(page);
      await page.locator('#complaint #prefilled-note').waitFor();
      expect(await textOf(page.locator('#complaint #prefilled-note'))).toContain('已帶入您的會員資料');
      expect(await value(page, 'name')).toBe(portal.api.demo.member.name);
      expect(await value(page, 'plate')).toBe('雲K8A123');
      expect(await value(page, 'card-number')).toMatch(/^\d{16}$/);
      expect(await value(page, 'phone')).not.toBe('');
      expect(await value(page, 'content')).toBe('');
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page, '#complaint')).toEqual([]);

      await tabTo(page, 'complaint', 'prefill-clear');
      await page.keyboard.press('Enter');
      await expectFocusOn(page, 'name');
      expect(await value(page, 'name')).toBe('');
      expect(await value(page, 'card-number')).toBe('');
      expect(await page.locator('#complaint #prefilled').count()).toBe(0);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps what the person typed over the prefill, after a reload too', async () => {
    portal.signIn = 'member';
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await settled(page);
      await page.locator('#complaint #prefilled-note').waitFor();
      await page.locator('#complaint #name').fill('李大華');
      await page.locator('#complaint #content').fill('停車場照明不足');
      await page.reload();
      await settled(page);
      await page.locator('#complaint #prefilled-note').waitFor();
      expect(await value(page, 'name')).toBe('李大華');
      expect(await value(page, 'content')).toBe('停車場照明不足');
      expect(await value(page, 'plate')).toBe('雲K8A123');
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fills in nothing when no member is signed in', async () => {
    portal.signIn = 'nobody';
    const { page, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await settled(page);
      await page.locator('#card [part~="signed-out"]').waitFor();
      expect(await value(page, 'name')).toBe('');
      expect(await value(page, 'plate')).toBe('');
      expect(await page.locator('#complaint #prefilled').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('<club-complaint-form> receipt kept on the device, and "check progress"', () => {
  it('finds the complaint by reference and phone digits, with the keyboard, and says the status in words', async () => {
    portal.signIn = 'nobody';
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await settled(page);
      const reference = await file(page);
      await tabTo(page, 'complaint', 'check-progress');
      await page.keyboard.press('Enter');
      // The reference comes filled in; focus waits on the digits.
      await expectFocusOn(page, 'progress-digits');
      expect(await value(page, 'progress-reference')).toBe(reference);
      await page.keyboard.type('8000');
      await page.keyboard.press('Enter');
      await page.locator('#complaint #progress-status').waitFor();
      expect(await textOf(page.locator('#complaint #progress-status'))).toBe('已登記，正在安排負責部門');
      const history = await textOf(page.locator('#complaint #progress-history'));
      expect(history).toContain('俱樂部收到投訴');
      expect(history).toContain('預定在');
      expect(history).not.toMatch(/received|assigned/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page, '#complaint')).toEqual([]);

      await tabTo(page, 'complaint', 'progress-back');
      await page.keyboard.press('Enter');
      await expectFocusOn(page, 'check-progress');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('answers a wrong digit with "not found", without saying which part was wrong', async () => {
    portal.signIn = 'nobody';
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await settled(page);
      const reference = await file(page);
      await page.locator('#complaint #check-progress').click();
      await page.locator('#complaint #progress-digits').fill('8001');
      await page.locator('#complaint #progress-check').click();
      const error = page.locator('#complaint #progress-error');
      await error.waitFor();
      const wrongDigit = await textOf(error);
      expect(wrongDigit).toContain('找不到符合的投訴');
      expect(await page.locator('#complaint #progress-status').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // An unknown reference with the right digits reads the same.
      expect(reference).not.toBe('C20200101-0001');
      await page.locator('#complaint #progress-reference').fill('C20200101-0001');
      await page.locator('#complaint #progress-digits').fill('8000');
      await page.locator('#complaint #progress-check').click();
      await page.waitForFunction(
        () => !document.querySelector('#complaint')?.shadowRoot?.querySelector('#progress-check[aria-disabled="true"]'),
      );
      await error.waitFor();
      expect(await textOf(error)).toBe(wrongDigit);

      // Digits that cannot match are refused before asking, at the field.
      await page.locator('#complaint #progress-digits').fill('80');
      await page.locator('#complaint #progress-check').click();
      await page.locator('#complaint #progress-digits-error').waitFor();
      await expectFocusOn(page, 'progress-digits');
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the last receipt after a reload until it is dismissed', async () => {
    portal.signIn = 'nobody';
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await settled(page);
      const reference = await file(page);
      await page.reload();
      await settled(page);
      await page.locator('#complaint #kept-receipt').waitFor();
      expect((await textOf(page.locator('#complaint #kept-reference'))).trim()).toBe(reference);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page, '#complaint')).toEqual([]);

      await tabTo(page, 'complaint', 'dismiss');
      await page.keyboard.press('Enter');
      await expectFocusOn(page, 'check-progress');
      expect(await page.locator('#complaint #kept-receipt').count()).toBe(0);
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clubkit:receipt:'))),
      ).toEqual([]);
      await page.reload();
      await settled(page);
      expect(await page.locator('#complaint #kept-receipt').count()).toBe(0);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
