import type { Merchant } from '@clubkit/core/merchants';
import { sampleMerchants, seededRandom } from '@clubkit/core/samples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../db/connect.js';
import { merchantRow } from '../store/records.js';
import { MerchantDirectory, Repeats } from './merchant-directory.js';
import { nextSequence } from './sequences.js';

let opened: OpenDatabase;
beforeEach(async () => {
  opened = await openDatabase(':memory:');
});
afterEach(() => opened.close());

/** Writes merchants as a route does: the directory's counter moves and the rows carry its value. */
async function writeMerchants(merchants: readonly Merchant[]): Promise<void> {
  await opened.db.transaction().execute(async (trx) => {
    const version = await nextSequence(trx, 'merchants');
    for (const m of merchants)
      await trx
        .insertInto('merchants')
        .values(merchantRow(m, version, '2026-12-01T00:00:00.000Z'))
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: m.name, version, doc: JSON.stringify(m) }))
        .execute();
  });
}

const byId = (a: Merchant, b: Merchant) => (a.id < b.id ? -1 : 1);
const samples = (count: number) => {
  let n = 0;
  return sampleMerchants(seededRandom(11), {
    count,
    today: '2026-12-01',
    newId: (prefix) => `${prefix}_${String(n++).padStart(26, '0')}`,
  });
};

describe('the merchant directory loads page by page', () => {
  it.each([
    ['a last page that is short', 12, 5],
    ['pages that divide the merchants exactly', 10, 5],
    ['one merchant a page', 3, 1],
    ['every merchant in one page', 7, 100],
  ])('loads every merchant, in id order, with %s', async (_, count, loadPage) => {
    const merchants = samples(count);
    await writeMerchants(merchants);
    const directory = new MerchantDirectory(opened.db, { loadPage });
    expect(await directory.all()).toEqual([...merchants].sort(byId));
  });

  it('reloads only what was written since, across pages, and keeps the rest', async () => {
    const merchants = samples(12);
    await writeMerchants(merchants);
    const directory = new MerchantDirectory(opened.db, { loadPage: 2 });
    await directory.all();
    const sorted = [...merchants].sort(byId);
    const renamed = [0, 5, 11].map((i) => ({ ...(sorted[i] as Merchant), name: `改名 ${i}` }));
    await writeMerchants(renamed);
    const after = await directory.all();
    expect(after).toHaveLength(12);
    for (const m of renamed) expect(await directory.get(m.id)).toEqual(m);
    expect(after.filter((m) => m.name.startsWith('改名'))).toHaveLength(3);
  });

  it('refuses a page size that is not a positive integer', () => {
    for (const loadPage of [0, -5, 2.5, Number.NaN])
      expect(() => new MerchantDirectory(opened.db, { loadPage })).toThrow(/positive integer/);
  });
});

describe('the merchant directory keeps one copy of what merchants repeat', () => {
  const tiersOf = (m: Merchant | undefined) => m?.offers.map((o) => o.tiers).filter((t) => t !== undefined) ?? [];

  it('gives offers with the same tiers one frozen list, across pages and after a reload', async () => {
    const merchants = samples(40);
    await writeMerchants(merchants);
    const directory = new MerchantDirectory(opened.db, { loadPage: 7 });
    const loaded = await directory.all();
    expect(loaded).toEqual([...merchants].sort(byId));
    const lists = loaded.flatMap(tiersOf);
    const distinct = new Set(lists.map((t) => t.join(',')));
    // Every list alike is one object: as many objects as distinct lists, each frozen.
    expect(lists.length).toBeGreaterThan(distinct.size);
    expect(new Set(lists).size).toBe(distinct.size);
    expect(lists.every((t) => Object.isFrozen(t))).toBe(true);
    // A merchant written again is read again, and its lists are the same objects as before.
    const first = loaded.find((m) => tiersOf(m).length > 0) as Merchant;
    await writeMerchants([{ ...first, name: '改名' }]);
    const again = await directory.get(first.id);
    expect(again?.name).toBe('改名');
    tiersOf(again).forEach((t, i) => expect(t).toBe(tiersOf(first)[i]));
  });

  it('keeps at most 65,536 values, and leaves those beyond as they were parsed', () => {
    const repeats = new Repeats();
    for (let i = 0; i < 65_536; i++) repeats.list([`tier-${String(i)}`]);
    const kept = repeats.list(['tier-1']);
    expect(repeats.list(['tier-1'])).toBe(kept);
    const beyond = ['vip'] as const;
    const first = repeats.list([...beyond]);
    const second = repeats.list([...beyond]);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  it('leaves a document that is not a merchant for core to name', () => {
    const odd = { id: 'mch_odd', name: '無優惠', category: 'car-wash', region: 'jinghong' } as unknown as Merchant;
    expect(new Repeats().share(odd)).toBe(odd);
    expect(odd).toEqual({ id: 'mch_odd', name: '無優惠', category: 'car-wash', region: 'jinghong' });
  });
});

describe('the reports kept by the merchant directory', () => {
  it('computes a report once while no merchant is written, and again after a write', async () => {
    await writeMerchants(samples(3));
    const directory = new MerchantDirectory(opened.db);
    let computed = 0;
    const count = () =>
      directory.report('merchants', async () => {
        computed++;
        const rows = await opened.db.selectFrom('merchants').select('id').execute();
        return rows.length;
      });
    expect(await count()).toBe(3);
    expect(await count()).toBe(3);
    expect(computed).toBe(1);
    // Another process's write moves the counter in the database; this directory sees it on the next call.
    await writeMerchants(samples(5));
    expect(await count()).toBe(5);
    expect(computed).toBe(2);
  });

  it('shares one computation between calls that arrive together, and keeps each key apart', async () => {
    const directory = new MerchantDirectory(opened.db);
    let computed = 0;
    const slow = (answer: string) => async () => {
      computed++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return answer;
    };
    const answers = await Promise.all([
      directory.report('a', slow('first')),
      directory.report('a', slow('second')),
      directory.report('b', slow('other')),
    ]);
    expect(answers).toEqual(['first', 'first', 'other']);
    expect(computed).toBe(2);
  });

  it('does not keep a computation that failed', async () => {
    const directory = new MerchantDirectory(opened.db);
    await expect(directory.report('a', () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    expect(await directory.report('a', () => Promise.resolve('recovered'))).toBe('recovered');
  });

  it('keeps the 32 reports used last, dropping the least recently used', async () => {
    const directory = new MerchantDirectory(opened.db);
    const computed: string[] = [];
    const report = (key: string) =>
      directory.report(key, () => {
        computed.push(key);
        return Promise.resolve(key);
      });
    for (let i = 0; i < 32; i++) await report(`r${i}`);
    await report('r0'); // used again: now the most recent
    await report('r32'); // one too many: r1, the least recently used, goes
    computed.length = 0;
    await report('r0');
    await report('r1');
    expect(computed).toEqual(['r1']);
  });
});
