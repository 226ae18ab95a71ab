import { isClubApiError } from '@clubkit/client';
import { MAX_ACTIVITY_PLACE_LENGTH } from '@clubkit/core/vip';
import { describe, expect, it } from 'vitest';
import { PlainHost, sectionApi } from '../testing/section.js';
import { incomeBoardClient, type IncomeBoardClient } from './income-client.js';
import { IncomeSection, incomeMessages } from './income.js';

const board = sectionApi(incomeBoardClient, 'admin');

const trip = {
  kind: 'gathering',
  title: '單身車友會',
  startsOn: '2026-12-20',
  endsOn: '2026-12-20',
  capacity: '30',
  price: '０',
  signUpFrom: '2026-11-27',
  signUpUntil: '2026-12-19',
};

describe('IncomeSection', () => {
  it('loads the demo club’s activities, and sets up a free gathering from the typed fields', async () => {
    let saved = 0;
    const section = new IncomeSection(new PlainHost(), board.client, () => (saved += 1));
    await section.load();
    const before = section.activities?.length ?? 0;
    expect(before).toBe(4);
    await section.createActivity(trip);
    expect(section.outcome).toEqual({ status: 'created', title: '單身車友會' });
    expect(section.activities?.at(-1)).toMatchObject({ kind: 'gathering', priceFen: 0, capacity: 30, seatsTaken: 0 });
    expect(saved).toBe(1);
  });

  it('names the first field to fix before asking the Club API: no seats, a price that is not an amount', async () => {
    const section = new IncomeSection(new PlainHost(), board.client, () => undefined);
    await section.createActivity({ ...trip, capacity: '0' });
    expect(section.outcome).toEqual({ status: 'invalid', form: 'activity', field: 'capacity' });
    await section.createActivity({ ...trip, price: '1.005' });
    expect(section.outcome).toEqual({ status: 'invalid', form: 'activity', field: 'price' });
    await section.recordAd({ merchantId: 'mch_x', amount: '', from: '2026-11-01', to: '2026-11-30' });
    expect(section.outcome).toEqual({ status: 'invalid', form: 'ad', field: 'amount' });
    expect(incomeMessages('en').fieldInvalid('Amount (CNY)')).toBe('Enter a valid “Amount (CNY)”.');
  });

  it('sends the place trimmed, and leaves out a place left blank', async () => {
    const section = new IncomeSection(new PlainHost(), board.client, () => undefined);
    await section.createActivity({ ...trip, title: '普洱茶山自駕游', place: '  景洪 會員服務中心 ' });
    const named = (title: string) => section.activities?.find((a) => a.title === title);
    expect(named('普洱茶山自駕游')).toMatchObject({ place: '景洪 會員服務中心' });
    await section.createActivity({ ...trip, title: '無地點聚會', place: '   ' });
    const created = named('無地點聚會');
    expect(created).toBeDefined();
    expect(created && 'place' in created).toBe(false);
  });

  it('refuses a place longer than the Club API takes at the field, and sends nothing', async () => {
    let sent = 0;
    const counting: IncomeBoardClient = {
      ...board.client,
      activities: {
        ...board.client.activities,
        create: (body, options) => ((sent += 1), board.client.activities.create(body, options)),
      },
    };
    const section = new IncomeSection(new PlainHost(), counting, () => undefined);
    await section.createActivity({ ...trip, place: `  ${'地'.repeat(MAX_ACTIVITY_PLACE_LENGTH + 1)}  ` });
    expect(section.outcome).toEqual({ status: 'too-long', form: 'activity', field: 'place' });
    expect(sent).toBe(0);
    expect(incomeMessages('en').tooLong('Place', MAX_ACTIVITY_PLACE_LENGTH)).toBe(
      '“Place” takes at most 100 characters.',
    );
    // Exactly the limit, with spaces around it the Club API trims, is taken.
    await section.createActivity({ ...trip, place: ` ${'地'.repeat(MAX_ACTIVITY_PLACE_LENGTH)} ` });
    expect(section.outcome.status).toBe('created');
    expect(sent).toBe(1);
  });

  it('keeps the Club API’s refusal: a window that runs into the first day, an unknown merchant', async () => {
    let saved = 0;
    const section = new IncomeSection(new PlainHost(), board.client, () => (saved += 1));
    await section.createActivity({ ...trip, signUpUntil: '2026-12-20' });
    const refused = section.outcome;
    expect(refused.status === 'error' && isClubApiError(refused.error) && refused.error.code).toBe('invalid-input');
    await section.recordAd({ merchantId: 'mch_nobody', amount: '1,200', from: '2026-11-01', to: '2026-11-30' });
    const unknown = section.outcome;
    expect(
      unknown.status === 'error' && unknown.form === 'ad' && isClubApiError(unknown.error) && unknown.error.status,
    ).toBe(404);
    expect(saved).toBe(0);
    expect(section.busy).toBe(false);
  });
});
