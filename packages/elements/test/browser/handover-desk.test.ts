import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import type { Handover } from '@clubkit/core/service';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { focused, smallTargets, tabTo } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([
    startPortal({ operator: true, members: 20, merchants: 20, complaints: 5 }),
    launchChromium(),
  ]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

/** The desk's two shifts: the day shift (the demo desk user) and the night shift. */
function shifts(): { day: string; night: string } {
  const desk = portal.api.demo.staff.filter((s) => s.principal.role === 'desk');
  const [day, night] = desk;
  if (!day || !night) throw new Error('The demo has no two desk shifts');
  return { day: day.id, night: night.id };
}

/** A shift's own client in Node, to see what the Club API holds. */
async function clientOf(staffId: string): Promise<OperatorClient> {
  const token = await portal.staffToken(staffId);
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

interface DeskHost extends HTMLElement {
  controller: { loading: boolean; state: { status: string; latest?: Handover }; action: unknown };
}

/** Waits until the desk shows a latest hand-over that `expected` describes, and returns it. */
async function latestShown(
  page: Page,
  expected: { status?: string; by?: string; questions?: number; answered?: number },
): Promise<Handover> {
  const handle = await page
    .waitForFunction(
      (want) => {
        const desk = document.querySelector<DeskHost>('#desk');
        const s = desk?.controller.state;
        const h = s?.status === 'ready' && !desk?.controller.loading ? s.latest : undefined;
        if (!h) return false;
        if (want.status !== undefined && h.status !== want.status) return false;
        if (want.by !== undefined && h.handedOverBy !== want.by) return false;
        if (want.questions !== undefined && h.questions.length !== want.questions) return false;
        if (want.answered !== undefined && h.questions.filter((q) => q.answer).length !== want.answered) return false;
        return h;
      },
      expected,
      { timeout: 10_000 },
    )
    .catch(async (error: unknown) => {
      // What the desk showed instead, to tell why.
      const shown = await page.evaluate(() => {
        const desk = document.querySelector<DeskHost>('#desk');
        return JSON.stringify({ state: desk?.controller.state, action: desk?.controller.action });
      });
      throw new Error(`The desk never showed ${JSON.stringify(expected)}: ${shown}`, { cause: error });
    });
  return (await handle.jsonValue()) as Handover;
}

/** Tabs to the field `id` of the desk and types `text` into it. */
async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, 'desk', id, { max: 60 });
  await page.keyboard.type(text);
}

/** Tabs to the button `id` of the desk and presses Enter on it. */
async function press(page: Page, id: string): Promise<void> {
  await tabTo(page, 'desk', id, { max: 60 });
  await page.keyboard.press('Enter');
}

describe('<club-handover-desk> on a strict-CSP console page in Chromium', () => {
  it('lets two desk people hand over by keyboard alone: one writes, the other asks, the writer answers, the other takes over and writes the next with an item done', async () => {
    const { day, night } = shifts();
    // The night shift's seeded hand-over was taken over by the day shift: the night shift writes the next.
    const dayApi = await clientOf(day);
    const seeded = await dayApi.handovers.latest();
    await dayApi.handovers.events(seeded.id, { type: 'accept' });

    const a = await openPage(browser, `${portal.url}/handover-desk.html?role=${night}&axe`);
    let b: Awaited<ReturnType<typeof openPage>> | undefined;
    try {
      // A writes: a log, the first carried item done, two new items.
      await latestShown(a.page, { status: 'accepted' });
      await typeInto(a.page, 'log', '夜班：巡查正常，A-1203 業主已領回備用鑰匙。');
      await tabTo(a.page, 'desk', 'carried-0');
      await a.page.keyboard.press('Space');
      await typeInto(a.page, 'new-items', 'D-0101 水錶讀數待抄\n會議室投影機待維修');
      await press(a.page, 'handover-submit');
      const written = await latestShown(a.page, { status: 'handed-over', by: `staff:${night}` });
      expect(written.previousId).toBe(seeded.id);
      expect(written.items.map((i) => [i.text.slice(0, 6), i.done?.by ?? null])).toEqual([
        ['A-1203', `staff:${night}`],
        ['B-2101', null],
        ['快遞代收 3', null],
        ['D-0101', null],
        ['會議室投影機', null],
      ]);
      expect((await focused(a.page))?.id).toBe('handover-title');
      await expect(a.page.locator('#desk [part~="status"]').textContent()).resolves.toBe('已交班。');

      // B comes in, reads it and asks; taking over waits for the answer, and says so.
      b = await openPage(browser, `${portal.url}/handover-desk.html?role=desk&axe`);
      await latestShown(b.page, { status: 'handed-over', by: `staff:${night}` });
      await expect(b.page.locator('#desk [part~="log"]').textContent()).resolves.toBe(written.log);
      await expect(b.page.locator('#desk [part~="item"]').count()).resolves.toBe(5);
      await typeInto(b.page, 'question', '投影機報修了嗎？');
      await press(b.page, 'ask-submit');
      await latestShown(b.page, { questions: 1, answered: 0 });
      const accept = b.page.locator('#desk #accept');
      await expect(accept.getAttribute('aria-disabled')).resolves.toBe('true');
      await expect(b.page.locator('#desk #accept-waits').textContent()).resolves.toBe(
        '還有 1 個問題未回答，回答後才能接班。',
      );
      await press(b.page, 'accept');
      await expect(dayApi.handovers.latest()).resolves.toMatchObject({ id: written.id, status: 'handed-over' });

      // A refreshes and answers.
      await press(a.page, 'reload');
      await latestShown(a.page, { questions: 1 });
      await typeInto(a.page, 'answer-0', '已報工程部，明早來修。');
      await press(a.page, 'answer-0-submit');
      await latestShown(a.page, { answered: 1 });
      await expect(a.page.locator('#desk [part~="answer"]').textContent()).resolves.toBe(
        '你答：已報工程部，明早來修。',
      );

      // B refreshes, takes over, and writes the next hand-over with the projector done.
      await press(b.page, 'reload');
      await latestShown(b.page, { answered: 1 });
      await expect(accept.getAttribute('aria-disabled')).resolves.toBe('false');
      await press(b.page, 'accept');
      const taken = await latestShown(b.page, { status: 'accepted' });
      expect(taken.acceptedBy).toBe(`staff:${day}`);
      await typeInto(b.page, 'log', '早班：投影機已修好，水錶待抄。');
      const projector = await b.page
        .locator('#desk input[type="checkbox"]')
        .evaluateAll((boxes) => boxes.findIndex((box) => box.nextElementSibling?.textContent.includes('投影機')));
      await tabTo(b.page, 'desk', `carried-${String(projector)}`);
      await b.page.keyboard.press('Space');
      await press(b.page, 'handover-submit');
      const next = await latestShown(b.page, { status: 'handed-over', by: `staff:${day}` });
      expect(next.previousId).toBe(written.id);
      expect(next.items.filter((i) => i.done).map((i) => [i.text, i.done?.by])).toEqual([
        ['會議室投影機待維修', `staff:${day}`],
      ]);
      await expect(dayApi.handovers.latest()).resolves.toMatchObject({
        id: next.id,
        log: '早班：投影機已修好，水錶待抄。',
      });

      for (const { page, watch } of [a, b]) {
        expect(await smallTargets(page, '#desk')).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        expect(watch.cspViolations).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
      }
    } finally {
      await a.close();
      await b?.close();
    }
  });
});
