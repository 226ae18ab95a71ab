import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { HANDBOOK_MAX_CHARS, handbookInForce, handbookLength, publishHandbook, type NewHandbook } from './handbook.js';

// A3 art.7 and art.8, as the charter words them.
const RIGHTS = [
  '享受客戶俱樂部提供的相關服務',
  '對客戶俱樂部所提供的服務內容、方式有知情權',
  '對客戶俱樂部所提供的服務有接受或拒絕權',
  '對客戶俱樂部所提供的服務有建議權',
  '對客戶俱樂部所提供的服務有不履行承諾批評權和申訴權',
];
const DUTIES = [
  '為客戶俱樂部的發展無保留地提出建議與批評的義務',
  '參與客戶俱樂部所組織的社會性或公益性活動的義務',
  '客戶之間相互幫助、協助的義務',
];

const draft = (over: Partial<NewHandbook> = {}): NewHandbook => ({
  title: '會員手冊',
  lang: 'zh-Hant',
  effectiveFrom: '2026-12-01',
  sections: [{ heading: '會員卡和會員手冊', body: '客戶俱樂部按照「一車一會員」的原則發放會員卡和會員手冊。' }],
  rights: RIGHTS,
  duties: DUTIES,
  ...over,
});
const at = { id: 'hbk_1', now: '2026-12-01T02:00:00.000Z', today: '2026-12-01' };

function codeOf(fn: () => unknown): { code: string; path?: unknown; details?: unknown } {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return { code: e.code, path: e.issues[0]?.path, details: e.details };
    throw e;
  }
  throw new Error('expected a ClubError');
}

describe('publishHandbook', () => {
  it('publishes the club’s first handbook as version 1 with the charter’s five rights and three duties', () => {
    const h = publishHandbook(draft(), at);
    expect(h).toMatchObject({ id: 'hbk_1', version: 1, effectiveFrom: '2026-12-01', publishedAt: at.now });
    expect(h.rights).toHaveLength(5);
    expect(h.duties).toHaveLength(3);
  });

  it('numbers a later version one after the latest and lets it take effect on the latest’s own day', () => {
    const h = publishHandbook(draft({ effectiveFrom: '2027-01-01' }), {
      ...at,
      latest: { version: 3, effectiveFrom: '2027-01-01' },
    });
    expect(h.version).toBe(4);
  });

  it('trims the text it keeps', () => {
    const h = publishHandbook(draft({ title: '  會員手冊 ', rights: [' 享受服務 '] }), at);
    expect([h.title, h.rights]).toEqual(['會員手冊', ['享受服務']]);
  });

  it('refuses a version that would take effect before today', () => {
    expect(codeOf(() => publishHandbook(draft({ effectiveFrom: '2026-11-30' }), at))).toMatchObject({
      code: 'membership/handbook-backdated',
      details: { effectiveFrom: '2026-11-30', today: '2026-12-01' },
    });
  });

  it('refuses a version that would take effect before the latest one does', () => {
    const latest = { version: 2, effectiveFrom: '2027-01-01' };
    expect(codeOf(() => publishHandbook(draft({ effectiveFrom: '2026-12-31' }), { ...at, latest }))).toMatchObject({
      code: 'membership/handbook-backdated',
      details: { latestEffectiveFrom: '2027-01-01' },
    });
  });

  it.each([
    ['no right', { rights: [] }, ['rights']],
    ['no duty', { duties: [] }, ['duties']],
    ['a blank title', { title: '   ' }, ['title']],
    ['a title of 101 characters', { title: '會'.repeat(101) }, ['title']],
    ['a right of 301 characters', { rights: ['權'.repeat(301)] }, ['rights', 0]],
    ['a right with a line break', { rights: ['享受\n服務'] }, ['rights', 0]],
    ['a duty with a control character', { duties: ['互助\u0007'] }, ['duties', 0]],
    [
      'a section body with a control character',
      { sections: [{ heading: '總則', body: '文字\u0000' }] },
      ['sections', 0, 'body'],
    ],
    ['an empty section body', { sections: [{ heading: '總則', body: ' ' }] }, ['sections', 0, 'body']],
    ['a language that is no tag', { lang: 'Chinese traditional' }, ['lang']],
    ['21 rights', { rights: Array.from({ length: 21 }, (_, i) => `權利 ${i}`) }, ['rights']],
    ['a right listed twice', { rights: ['享受服務', '享受服務'] }, ['rights', 1]],
    [
      'a heading used twice',
      {
        sections: [
          { heading: '總則', body: 'a' },
          { heading: '總則', body: 'b' },
        ],
      },
      ['sections', 1, 'heading'],
    ],
  ])('refuses %s as invalid input at its field', (_, over, path) => {
    expect(codeOf(() => publishHandbook(draft(over as Partial<NewHandbook>), at))).toMatchObject({
      code: 'invalid-input',
      path,
    });
  });

  it('keeps line breaks between a section’s paragraphs', () => {
    const h = publishHandbook(draft({ sections: [{ heading: '總則', body: '第一段\n第二段' }] }), at);
    expect(h.sections[0]?.body).toBe('第一段\n第二段');
  });

  it('accepts a handbook of exactly the most characters and refuses one more', () => {
    const fixed = handbookLength(draft({ sections: [] }));
    const room = HANDBOOK_MAX_CHARS - fixed;
    const sections = Array.from({ length: Math.ceil(room / 4000) }, (_, i) => ({
      heading: `第${i}節`,
      body: 'x'.repeat(4000),
    }));
    // Fill the room exactly: headings count too, so the last body takes what is left.
    const used = () => fixed + sections.reduce((n, s) => n + s.heading.length + s.body.length, 0);
    const last = sections[sections.length - 1];
    if (!last) throw new Error('no section');
    last.body = 'x'.repeat(4000 - (used() - HANDBOOK_MAX_CHARS));
    expect(handbookLength(draft({ sections }))).toBe(HANDBOOK_MAX_CHARS);
    expect(publishHandbook(draft({ sections }), at).version).toBe(1);
    last.body += 'x';
    expect(codeOf(() => publishHandbook(draft({ sections }), at))).toMatchObject({ code: 'invalid-input' });
  });
});

describe('handbookInForce', () => {
  const v1 = { version: 1, effectiveFrom: '2026-01-01' };
  const v2 = { version: 2, effectiveFrom: '2027-01-01' };
  const v3 = { version: 3, effectiveFrom: '2027-01-01' };

  it('has no handbook before the first takes effect', () => {
    expect(handbookInForce([v1], '2025-12-31')).toBeUndefined();
    expect(handbookInForce<typeof v1>([], '2026-12-01')).toBeUndefined();
  });

  it('keeps the current version up to the day before the newer one, and the newer from its day', () => {
    expect(handbookInForce([v1, v2], '2026-12-31')).toBe(v1);
    expect(handbookInForce([v2, v1], '2027-01-01')).toBe(v2);
  });

  it('takes the later of two versions from the same day, in any order', () => {
    expect(handbookInForce([v3, v1, v2], '2027-06-01')).toBe(v3);
    expect(handbookInForce([v1, v2, v3], '2027-06-01')).toBe(v3);
  });

  it('refuses a day that is not a calendar date', () => {
    expect(codeOf(() => handbookInForce([v1], '2026-13-01')).code).toBe('invalid-input');
  });
});
