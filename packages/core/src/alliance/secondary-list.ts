import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { AllianceErrorCode } from './errors.js';
import { DealersPerCounty, suggestedDealerCount } from './market.js';
import type { AllianceCounty } from './network.js';

// The secondary-dealer list (《二級客戶一覽表》, A1 操作程序 1–2 and 6): a salesperson lists the
// secondary dealers of their territory with their business state, development potential, leader
// quality and monthly volume and files the list with the region; then chooses one or two per
// county against the county's market volume (千人月消費分析); the market manager knows each
// primary dealer's ten largest secondary dealers.

const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const CountyId = entityId(IdPrefix.county);

/**
 * The three grades a salesperson gives a candidate on each of the list's judgements: business
 * state (經營狀況), development potential (發展潛力) and leader quality (領導人素質).
 * `good`: better than most secondary dealers of the market; `fair`: like most; `poor`: worse.
 */
export const ListGrade = { good: 'good', fair: 'fair', poor: 'poor' } as const;
/** A grade of the secondary-dealer list. */
export type ListGrade = (typeof ListGrade)[keyof typeof ListGrade];
const Grade = z.enum([ListGrade.good, ListGrade.fair, ListGrade.poor]);

/** Most candidates one list holds. */
export const MAX_LIST_ENTRIES = 500;

/** How many secondary dealers of each primary dealer the market manager knows (A1 操作程序 6: 前10名). */
export const LARGEST_SECONDARY_DEALERS = 10;

/** One candidate as the salesperson lists it. */
export const NewListEntry = z.object({
  /** The secondary dealer's name. */
  name: Name,
  /** The county it sells in. */
  countyId: CountyId,
  /** The primary dealer (一級經銷商) it buys from, by name as the region knows it. */
  primaryDealer: Name,
  /** Its business state (經營狀況). */
  businessState: Grade,
  /** Its development potential (發展潛力). */
  developmentPotential: Grade,
  /** Its leader's quality (領導人素質). */
  leaderQuality: Grade,
  /** What it sells a month (月銷量), in the unit the county's market volume is counted in (cases). */
  monthlyVolume: z.int().check(z.minimum(0), z.maximum(100_000_000)),
  /** The alliance's record of it, when it has applied already. */
  dealerId: z.optional(entityId(IdPrefix.dealer)),
});
/** One candidate as the salesperson lists it. */
export type NewListEntry = z.infer<typeof NewListEntry>;

/** Body of a secondary-dealer list: the sales centre (region) it is filed with and its candidates. */
export const NewSecondaryList = z.object({
  centreId: entityId(IdPrefix.salesCentre),
  /** The day it is filed; the day it is recorded when left out. */
  filedOn: z.optional(IsoDate),
  entries: z.array(NewListEntry).check(z.minLength(1), z.maxLength(MAX_LIST_ENTRIES)),
});
/** Body of a secondary-dealer list. */
export type NewSecondaryList = z.infer<typeof NewSecondaryList>;

/** A listed candidate: its line on the list (1 for the first) and whether it is chosen for its county. */
export const ListEntry = z.extend(NewListEntry, {
  line: z.int().check(z.minimum(1)),
  chosen: z.boolean(),
});
/** A listed candidate. */
export type ListEntry = z.infer<typeof ListEntry>;

/** A county's choice on the list, weighed against its market volume. */
export const CountyChoice = z.object({
  countyId: CountyId,
  /** The county's monthly market volume when the list was filed, or null when it has no analysis (0). */
  marketVolume: z.nullable(z.number().check(z.minimum(0))),
  /** Candidates listed in the county. */
  candidates: z.int().check(z.minimum(0)),
  /** The lines chosen, in line order: at most two. */
  chosen: z.array(z.int().check(z.minimum(1))),
  /** The chosen candidates' monthly volumes added up. */
  chosenVolume: z.int().check(z.minimum(0)),
  /** chosenVolume / marketVolume, or null without a market volume. */
  share: z.nullable(z.number().check(z.minimum(0))),
  /**
   * How many to choose by `suggestedDealerCount`, the largest candidate's volume standing for what
   * one dealer carries: 1 when it alone carries the market, else 2; null without a market volume.
   */
  suggested: z.nullable(z.int().check(z.minimum(DealersPerCounty.min), z.maximum(DealersPerCounty.max))),
});
/** A county's choice on the list. */
export type CountyChoice = z.infer<typeof CountyChoice>;

/** A filed secondary-dealer list (《二級客戶一覽表》) with the choice made on it. */
export const SecondaryList = z.object({
  id: entityId(IdPrefix.secondaryList),
  centreId: entityId(IdPrefix.salesCentre),
  /** The salesperson who filed it, or null for one the sales centre's staff filed. */
  salespersonId: z.nullable(entityId(IdPrefix.salesperson)),
  filedOn: IsoDate,
  entries: z.array(ListEntry),
  /** One per county listed, by county id. */
  counties: z.array(CountyChoice),
  createdAt: IsoInstant,
});
/** A filed secondary-dealer list. */
export type SecondaryList = z.infer<typeof SecondaryList>;

/** Body of a choice: the line, and whether it is chosen for its county (false takes it back). */
export const ListChoice = z.object({ line: z.int().check(z.minimum(1)), chosen: z.boolean() });
/** Body of a choice. */
export type ListChoice = z.infer<typeof ListChoice>;

function invalid(path: (string | number)[], message: string): ClubError {
  return new ClubError(INVALID_INPUT, `Invalid secondary-dealer list: ${message}`, {
    issues: [{ path, code: 'custom', message }],
  });
}

function weigh(countyId: string, marketVolume: number | null, entries: readonly ListEntry[]): CountyChoice {
  const listed = entries.filter((e) => e.countyId === countyId);
  const chosen = listed.filter((e) => e.chosen);
  const chosenVolume = chosen.reduce((sum, e) => sum + e.monthlyVolume, 0);
  const largest = Math.max(0, ...listed.map((e) => e.monthlyVolume));
  return {
    countyId,
    marketVolume,
    candidates: listed.length,
    chosen: chosen.map((e) => e.line),
    chosenVolume,
    share: marketVolume === null ? null : chosenVolume / marketVolume,
    suggested:
      marketVolume === null
        ? null
        : largest === 0
          ? DealersPerCounty.max
          : suggestedDealerCount({ marketVolume, volumePerDealer: largest }),
  };
}

/** Where a list is filed: its id, the filer, the counties its entries name, and the day. */
export interface ListPlacement {
  id: string;
  salespersonId: string | null;
  counties: readonly Pick<AllianceCounty, 'id' | 'centreId' | 'marketVolume'>[];
  today: string;
  now: string;
}

/**
 * Files a secondary-dealer list: each candidate numbered by its line, none chosen yet, and each
 * county's market volume taken as it stands. `invalid-input` for a county of another sales
 * centre (or not given) and for a candidate listed twice in one county.
 */
export function fileSecondaryList(input: NewSecondaryList, placement: ListPlacement): SecondaryList {
  const body = parseInput(NewSecondaryList, input, 'secondary-dealer list');
  const volumes = new Map<string, number | null>();
  const seen = new Set<string>();
  body.entries.forEach((entry, i) => {
    const county = placement.counties.find((c) => c.id === entry.countyId);
    if (!county || county.centreId !== body.centreId)
      throw invalid(['entries', i, 'countyId'], `${entry.countyId} is not a county of ${body.centreId}`);
    volumes.set(county.id, county.marketVolume > 0 ? county.marketVolume : null);
    const key = `${entry.countyId}\u0000${entry.name}`;
    if (seen.has(key)) throw invalid(['entries', i, 'name'], `${entry.name} is listed twice in ${entry.countyId}`);
    seen.add(key);
  });
  const entries = body.entries.map((e, i) => ({ ...e, line: i + 1, chosen: false }));
  return {
    id: placement.id,
    centreId: body.centreId,
    salespersonId: placement.salespersonId,
    filedOn: body.filedOn ?? placement.today,
    entries,
    counties: [...volumes.keys()].sort().map((id) => weigh(id, volumes.get(id) ?? null, entries)),
    createdAt: placement.now,
  };
}

/**
 * Refuses a choice on a list its filer has replaced: the choice is made, and taken back, on the
 * filer's newest list only (the one the market manager reads, A1 操作程序 6), so a choice on an
 * older one would never be seen. `newestListId` is the id of the filer's newest list (same
 * sales centre, same salesperson or none); ids sort by creation. `alliance/list-replaced` names it.
 *
 * @example
 * assertListCurrent(list, list.id) // passes: the list is its filer's newest
 */
export function assertListCurrent(list: Pick<SecondaryList, 'id'>, newestListId: string): void {
  if (newestListId > list.id) {
    throw new ClubError(
      AllianceErrorCode.listReplaced,
      `${list.id} is replaced by ${newestListId}: choose on the newest list`,
      { details: { listId: list.id, newestListId } },
    );
  }
}

/**
 * Chooses a candidate for its county, or takes the choice back. A county takes at most two
 * (`alliance/county-choice-full` for a third); a county without a market volume takes one until
 * its thousand-person analysis is entered (`alliance/no-market-data` for a second), since the
 * source sizes the second by that analysis. Choosing a chosen line again changes nothing.
 *
 * @example
 * chooseCandidate(list, { line: 3, chosen: true }).counties // the county of line 3 with [3] chosen
 */
export function chooseCandidate(list: SecondaryList, input: ListChoice): SecondaryList {
  const choice = parseInput(ListChoice, input, 'choice');
  const entry = list.entries.find((e) => e.line === choice.line);
  if (!entry) throw invalid(['line'], `the list has no line ${choice.line}`);
  if (entry.chosen === choice.chosen) return list;
  const county = list.counties.find((c) => c.countyId === entry.countyId);
  const chosenHere = county?.chosen.length ?? 0;
  if (choice.chosen && chosenHere >= DealersPerCounty.max) {
    throw new ClubError(
      AllianceErrorCode.countyChoiceFull,
      `${entry.countyId} has ${DealersPerCounty.max} candidates chosen already; take one back first`,
      { details: { countyId: entry.countyId, chosen: county?.chosen ?? [] } },
    );
  }
  if (choice.chosen && (county?.marketVolume ?? null) === null && chosenHere >= DealersPerCounty.min) {
    throw new ClubError(
      AllianceErrorCode.noMarketData,
      `${entry.countyId} has no market volume: enter its thousand-person analysis before choosing a second candidate`,
      { details: { countyId: entry.countyId } },
    );
  }
  const entries = list.entries.map((e) => (e.line === choice.line ? { ...e, chosen: choice.chosen } : e));
  return {
    ...list,
    entries,
    counties: list.counties.map((c) =>
      c.countyId === entry.countyId ? weigh(c.countyId, c.marketVolume, entries) : c,
    ),
  };
}

/** A candidate among a primary dealer's largest, with the list and line it comes from. */
export const LargestCandidate = z.extend(ListEntry, {
  /** 1 for the largest; candidates of equal volume take consecutive ranks in the order given below. */
  rank: z.int().check(z.minimum(1)),
  listId: entityId(IdPrefix.secondaryList),
});
/** A candidate among a primary dealer's largest. */
export type LargestCandidate = z.infer<typeof LargestCandidate>;

/** One primary dealer's largest secondary dealers. */
export const PrimaryDealerLargest = z.object({
  primaryDealer: Name,
  /** Candidates listed as buying from it. */
  listed: z.int().check(z.minimum(0)),
  /** Its ten largest (fewer when fewer are listed), largest first. */
  largest: z.array(LargestCandidate),
});
/** One primary dealer's largest secondary dealers. */
export type PrimaryDealerLargest = z.infer<typeof PrimaryDealerLargest>;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Each primary dealer's largest secondary dealers over the lists given (the current list of each
 * filer): by monthly volume, largest first; equal volumes by name, then county id, list id and
 * line, each in code-point order, so the same lists always give the same ranks. Primary dealers
 * come in code-point order of their names.
 *
 * @example
 * largestSecondaryDealers([list])[0].largest.map((c) => c.name) // up to ten names, largest first
 */
export function largestSecondaryDealers(
  lists: readonly Pick<SecondaryList, 'id' | 'entries'>[],
  limit: number = LARGEST_SECONDARY_DEALERS,
): PrimaryDealerLargest[] {
  const groups = new Map<string, (ListEntry & { listId: string })[]>();
  for (const list of lists)
    for (const entry of list.entries) {
      const group = groups.get(entry.primaryDealer) ?? [];
      group.push({ ...entry, listId: list.id });
      groups.set(entry.primaryDealer, group);
    }
  return [...groups.keys()].sort(byCodePoint).map((primaryDealer) => {
    const group = groups.get(primaryDealer) ?? [];
    const ordered = [...group].sort(
      (a, b) =>
        b.monthlyVolume - a.monthlyVolume ||
        byCodePoint(a.name, b.name) ||
        byCodePoint(a.countyId, b.countyId) ||
        byCodePoint(a.listId, b.listId) ||
        a.line - b.line,
    );
    return {
      primaryDealer,
      listed: group.length,
      largest: ordered.slice(0, limit).map((c, i) => ({ ...c, rank: i + 1 })),
    };
  });
}

/** The market manager's view: the current list of each filer, and each primary dealer's largest over them. */
export const LargestSecondaryDealers = z.object({
  /** The lists read: each filer's newest, in id order. */
  lists: z.array(
    z.object({
      id: entityId(IdPrefix.secondaryList),
      salespersonId: z.nullable(entityId(IdPrefix.salesperson)),
      filedOn: IsoDate,
    }),
  ),
  /** Each primary dealer's ten largest, by `largestSecondaryDealers`. */
  primaryDealers: z.array(PrimaryDealerLargest),
});
/** The market manager's view of the largest secondary dealers. */
export type LargestSecondaryDealers = z.infer<typeof LargestSecondaryDealers>;
