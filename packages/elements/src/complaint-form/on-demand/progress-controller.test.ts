import { createClubClient, type ClubClient } from '@clubkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/api.js';
import { ComplaintProgressController, fourDigits, normalReference } from './progress-controller.js';
import { PlainHost } from '../../testing/plain-host.js';

let api: TestApi;
let club: ClubClient;
let reference: string;
const requests: string[] = [];
beforeAll(async () => {
  api = await startTestApi({ members: 5, merchants: 5, complaints: 2 });
  club = createClubClient({
    baseUrl: api.baseUrl,
    publishableKey: api.publishableKey,
    locale: 'en',
    fetch: (input, init) => {
      requests.push(new Request(input, init).url);
      return fetch(input, init);
    },
  });
  const receipt = await club.complaints.create({
    name: '王小明',
    subject: { unit: 'A-1203' },
    category: 'facility',
    content: '電梯經常停運',
    phone: '+86 138-0013-8000',
  });
  reference = receipt.reference;
});
afterAll(() => api.close());

function setup() {
  const host = new PlainHost();
  return new ComplaintProgressController(host, () => club);
}

describe('ComplaintProgressController', () => {
  it('finds a complaint by its reference and the last four digits of its phone', async () => {
    const progress = setup();
    await progress.check(` ${reference.toLowerCase()} `, '8000');
    const s = progress.state;
    expect(s.status).toBe('found');
    if (s.status === 'found') expect(s.receipt).toMatchObject({ reference, status: 'received', category: 'facility' });
  });

  it('answers "not found" for a wrong digit, as for an unknown reference', async () => {
    const progress = setup();
    await progress.check(reference, '8001');
    expect(progress.state).toEqual({ status: 'not-found' });
    await progress.check('C20200101-0001', '8000');
    expect(progress.state).toEqual({ status: 'not-found' });
  });

  it('tells a reference with a typing mistake from an unknown one', async () => {
    const progress = setup();
    await progress.check(`${reference.slice(0, -1)}${reference.endsWith('0') ? '1' : '0'}`, '8000');
    expect(progress.state).toEqual({ status: 'mistyped' });
    await progress.check('D1234', '8000');
    expect(progress.state).toEqual({ status: 'mistyped' });
  });

  it('asks the club nothing when the reference is empty or the digits are not four digits', async () => {
    const progress = setup();
    const before = requests.length;
    await progress.check('', '80');
    expect(progress.state).toEqual({ status: 'invalid', problems: { reference: 'required', digits: 'format' } });
    await progress.check(reference, '80a0');
    expect(progress.state).toEqual({ status: 'invalid', problems: { digits: 'format' } });
    expect(requests.length).toBe(before);
  });

  it('reports a failed request as an error, not as "not found"', async () => {
    const down = createClubClient({ baseUrl: 'http://127.0.0.1:9', publishableKey: api.publishableKey, retry: false });
    const progress = new ComplaintProgressController(new PlainHost(), () => down);
    await progress.check(reference, '8000');
    expect(progress.state.status).toBe('error');
  });
});

describe('typed values', () => {
  it('reads a reference without spaces in capitals, and exactly four digits', () => {
    expect(normalReference(' c79zh-5h4yw ')).toBe('C79ZH-5H4YW');
    expect(fourDigits('80 00')).toBe('8000');
    expect(fourDigits('800')).toBeUndefined();
    expect(fourDigits('80000')).toBeUndefined();
  });
});
