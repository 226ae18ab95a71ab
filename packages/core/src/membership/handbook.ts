import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { invalidField, membershipError, MembershipErrorCode } from './errors.js';

// The member handbook (A3 art.4 "按照「一車一會員」的原則發放會員卡和會員手冊", art.6 "重新發放會員卡及會員
// 手冊") with the member's rights (art.7, five) and duties (art.8, three). The club publishes it in
// versions, each from a day on; the member card shows the one in force.

/**
 * Whether `text` holds a control character (C0, DEL, C1, or a Unicode line or paragraph
 * separator); a line feed counts only unless `lineBreaks` are allowed.
 */
function hasControl(text: string, lineBreaks: boolean): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0x0a && lineBreaks) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** One line of text for display: trimmed, not empty, at most `max` characters, no control characters. */
function line(max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((s) => !hasControl(s, false), { error: 'Expected one line without control characters' }),
  );
}

/** The most characters of a handbook's text together: what a phone shows without a reader giving up. */
export const HANDBOOK_MAX_CHARS = 20_000;

/** One section of the handbook: a heading and its text (paragraphs split by line breaks). */
export const HandbookSection = z.object({
  heading: line(100),
  /** Paragraphs separated by line breaks; no other control characters. */
  body: z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(4000),
    z.refine((s) => !hasControl(s, true), { error: 'Expected text without control characters but line breaks' }),
  ),
});
/** One section of the handbook. */
export type HandbookSection = z.infer<typeof HandbookSection>;

/** A handbook version as the club writes it: its title, language, first day, sections, rights and duties. */
export const NewHandbook = z.object({
  title: line(100),
  /** The language the text is written in (a BCP 47 tag, `zh-Hant`), so a page reads it out right. */
  lang: z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, { error: 'Expected a language tag' })),
  /** The day this version takes the place of the one before, `YYYY-MM-DD`. */
  effectiveFrom: IsoDate,
  /** The handbook's sections, in order; none for a handbook of rights and duties only. */
  sections: z.array(HandbookSection).check(z.maxLength(30)),
  /** The member's rights (A3 art.7), in order. */
  rights: z.array(line(300)).check(z.minLength(1), z.maxLength(20)),
  /** The member's duties (A3 art.8), in order. */
  duties: z.array(line(300)).check(z.minLength(1), z.maxLength(20)),
});
/** A new handbook version. */
export type NewHandbook = z.infer<typeof NewHandbook>;

/** One published version of the member handbook. */
export const Handbook = z.object({
  /** `hbk_…` */
  id: entityId(IdPrefix.handbook),
  /** 1 for the club's first handbook, one more for each later one. */
  version: z.int().check(z.minimum(1)),
  title: z.string(),
  lang: z.string(),
  effectiveFrom: IsoDate,
  sections: z.array(HandbookSection),
  rights: z.array(z.string()),
  duties: z.array(z.string()),
  publishedAt: IsoInstant,
});
/** One published version of the member handbook. */
export type Handbook = z.infer<typeof Handbook>;

/** The characters of a handbook's text: its title, headings, bodies, rights and duties. */
export function handbookLength(handbook: Pick<NewHandbook, 'title' | 'sections' | 'rights' | 'duties'>): number {
  const texts = [
    handbook.title,
    ...handbook.sections.flatMap((s) => [s.heading, s.body]),
    ...handbook.rights,
    ...handbook.duties,
  ];
  return texts.reduce((sum, text) => sum + text.length, 0);
}

function assertDistinct(items: readonly string[], path: (field: number) => (string | number)[], what: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item)) throw invalidField(path(i), 'custom', `The ${what} “${item}” is listed twice`);
    seen.add(item);
  });
}

/**
 * Publishes a handbook version, the next after `latest` (the club's newest version, none for its
 * first). Checks the text is fit to show (trimmed, within its lengths, no control characters, no
 * heading, right or duty listed twice, at most {@link HANDBOOK_MAX_CHARS} in all) and that the
 * version takes effect neither before `today` (a club date) nor before the latest version does:
 * what members were shown on a day is never rewritten.
 *
 * @throws ClubError `invalid-input`; `membership/handbook-backdated` (details:
 *   `{ effectiveFrom, today, latestEffectiveFrom? }`).
 *
 * @example
 * publishHandbook({ title: '會員手冊', lang: 'zh-Hant', effectiveFrom: '2026-12-01', sections: [],
 *   rights: ['享受客戶俱樂部提供的相關服務'], duties: ['客戶之間相互幫助、協助'] },
 *   { id: 'hbk_1', now: '2026-12-01T02:00:00.000Z', today: '2026-12-01' }).version // 1
 */
export function publishHandbook(
  input: NewHandbook,
  options: { id: string; now: string; today: string; latest?: Pick<Handbook, 'version' | 'effectiveFrom'> },
): Handbook {
  const body = parseInput(NewHandbook, input, 'handbook');
  const today = parseInput(IsoDate, options.today, 'today');
  assertDistinct(
    body.sections.map((s) => s.heading),
    (i) => ['sections', i, 'heading'],
    'heading',
  );
  assertDistinct(body.rights, (i) => ['rights', i], 'right');
  assertDistinct(body.duties, (i) => ['duties', i], 'duty');
  const length = handbookLength(body);
  if (length > HANDBOOK_MAX_CHARS) {
    throw invalidField(
      ['sections'],
      'too_big',
      `A handbook holds at most ${HANDBOOK_MAX_CHARS} characters, this one ${length}`,
    );
  }
  const latest = options.latest;
  if (body.effectiveFrom < today || (latest && body.effectiveFrom < latest.effectiveFrom)) {
    throw membershipError(
      MembershipErrorCode.handbookBackdated,
      latest && body.effectiveFrom < latest.effectiveFrom
        ? `A handbook version takes effect on or after version ${latest.version}'s day, ${latest.effectiveFrom}`
        : `A handbook version takes effect today (${today}) or later, not on ${body.effectiveFrom}`,
      {
        effectiveFrom: body.effectiveFrom,
        today,
        ...(latest ? { latestEffectiveFrom: latest.effectiveFrom } : {}),
      },
    );
  }
  return {
    id: options.id,
    version: (latest?.version ?? 0) + 1,
    ...body,
    publishedAt: parseInput(IsoInstant, options.now, 'now'),
  };
}

/**
 * The handbook in force on `today` (a club date): of the versions already in effect, the one that
 * took effect last, and of two from the same day the later version. Undefined before the first.
 *
 * @example
 * handbookInForce([v1, v2], '2026-12-31') // v2 once its effectiveFrom has come, v1 before
 */
export function handbookInForce<H extends Pick<Handbook, 'version' | 'effectiveFrom'>>(
  versions: readonly H[],
  today: string,
): H | undefined {
  const day = parseInput(IsoDate, today, 'today');
  let best: H | undefined;
  for (const v of versions) {
    if (v.effectiveFrom > day) continue;
    if (
      !best ||
      v.effectiveFrom > best.effectiveFrom ||
      (v.effectiveFrom === best.effectiveFrom && v.version > best.version)
    )
      best = v;
  }
  return best;
}
