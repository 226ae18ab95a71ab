import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { isClubError, type ClubError } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';
import { ProjectionInput } from './input.js';
import { projectRevenue } from './project.js';
import { RevenueProjection } from './result.js';

function clubErrorOf(run: () => unknown): ClubError {
  try {
    run();
  } catch (error) {
    if (isClubError(error)) return error;
    throw error;
  }
  throw new Error('expected a ClubError');
}

const paths = (error: ClubError) => error.issues.map((issue) => issue.path.join('.'));

describe('ProjectionInput', () => {
  it("resolves an empty scenario to the source's mid-size city branch", () => {
    const resolved = parseInput(ProjectionInput, {});
    expect(resolved).toEqual({
      months: 60,
      channels: [
        { id: 'direct', perMonth: 150 },
        { id: 'bank', perMonth: 100 },
        { id: 'partners', perMonth: 50 },
      ],
      annualFeeFen: 36_500,
      renewalRate: 1,
      vehicleParc: { start: 100_000, growthPerMonth: 1_000 },
      otherIncome: [],
    });
  });

  it('keeps the default growth when only the starting parc is given', () => {
    expect(parseInput(ProjectionInput, { vehicleParc: { start: 50_000 } }).vehicleParc).toEqual({
      start: 50_000,
      growthPerMonth: 1_000,
    });
  });

  it('fills zero for the missing amount of an other income line', () => {
    const [line] = parseInput(ProjectionInput, { otherIncome: [{ id: 'ads', yearlyFen: 1_200 }] }).otherIncome;
    expect(line).toEqual({ id: 'ads', monthlyFen: 0, yearlyFen: 1_200 });
  });

  it('hands out fresh default channels that a caller cannot corrupt', () => {
    const first = projectRevenue({ months: 1 });
    const channel = first.input.channels[0];
    if (channel) channel.perMonth = 9_999;
    expect(projectRevenue({ months: 1 }).input.channels[0]?.perMonth).toBe(150);
  });

  it('leaves the caller input untouched', () => {
    const input = {
      months: 24,
      channels: [{ id: 'bank', perMonth: 10 }],
      otherIncome: [{ id: 'events', monthlyFen: 100 }],
    };
    const copy = JSON.parse(JSON.stringify(input)) as typeof input;
    const projection = projectRevenue(input);
    expect(input).toEqual(copy);
    expect(projection.input.channels).not.toBe(input.channels);
  });

  it.each([
    ['a negative perMonth', { channels: [{ id: 'bank', perMonth: -1 }] }, 'channels.0.perMonth'],
    ['a renewal rate above 1', { renewalRate: 1.5 }, 'renewalRate'],
    ['a negative renewal rate', { renewalRate: -0.1 }, 'renewalRate'],
    ['zero months', { months: 0 }, 'months'],
    ['more than 600 months', { months: 601 }, 'months'],
    ['a fractional month count', { months: 12.5 }, 'months'],
    ['a fractional fee', { annualFeeFen: 365.5 }, 'annualFeeFen'],
    ['a negative fee', { annualFeeFen: -36_500 }, 'annualFeeFen'],
    ['a fee given as text', { annualFeeFen: '365' }, 'annualFeeFen'],
    ['an empty channel id', { channels: [{ id: '', perMonth: 1 }] }, 'channels.0.id'],
    ['an infinite perMonth', { channels: [{ id: 'bank', perMonth: Infinity }] }, 'channels.0.perMonth'],
    ['a zero starting parc', { vehicleParc: { start: 0 } }, 'vehicleParc.start'],
    ['fractional other income', { otherIncome: [{ id: 'ads', monthlyFen: 0.5 }] }, 'otherIncome.0.monthlyFen'],
    ['negative other income', { otherIncome: [{ id: 'ads', yearlyFen: -100 }] }, 'otherIncome.0.yearlyFen'],
  ])('refuses %s with invalid-input at its path', (_, input, path) => {
    const error = clubErrorOf(() => projectRevenue(input as ProjectionInput));
    expect(error.code).toBe('invalid-input');
    expect(paths(error)).toContain(path);
    expect(error.message).toContain(path);
  });

  it('refuses duplicate channel and income ids', () => {
    const channels = clubErrorOf(() =>
      projectRevenue({
        channels: [
          { id: 'bank', perMonth: 1 },
          { id: 'bank', perMonth: 2 },
        ],
      }),
    );
    expect(channels.issues).toEqual([{ path: ['channels'], code: 'custom', message: 'Channel ids must be unique' }]);
    const income = clubErrorOf(() => projectRevenue({ otherIncome: [{ id: 'ads' }, { id: 'ads' }] }));
    expect(paths(income)).toEqual(['otherIncome']);
  });

  it('refuses a mistyped field instead of silently using its default', () => {
    const error = clubErrorOf(() => projectRevenue({ renewal: 0.9 } as ProjectionInput));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.code).toBe('unrecognized_keys');
    expect(error.issues[0]?.message).toContain('renewal');
  });

  it('refuses mistyped fields inside channels, income lines and the parc', () => {
    const error = clubErrorOf(() =>
      projectRevenue({
        channels: [{ id: 'bank', perMonth: 1, perMoth: 2 }],
        otherIncome: [{ id: 'ads', yearly: 100 }],
        vehicleParc: { growth: 2_000 },
      } as unknown as ProjectionInput),
    );
    expect(paths(error)).toEqual(['channels.0', 'vehicleParc', 'otherIncome.0']);
  });

  it('refuses a scenario that is not an object', () => {
    for (const bad of [null, 60, 'five years', []]) {
      expect(clubErrorOf(() => projectRevenue(bad as ProjectionInput)).code).toBe('invalid-input');
    }
  });

  it('converts to JSON Schema with its defaults, for the OpenAPI document', () => {
    const schema = z.toJSONSchema(ProjectionInput, { io: 'input' }) as {
      properties: Record<string, { default?: unknown }>;
      required?: string[];
    };
    expect(schema.required ?? []).toEqual([]);
    expect(schema.properties['months']?.default).toBe(parseInput(ProjectionInput, {}).months);
    expect(schema.properties['channels']?.default).toEqual(parseInput(ProjectionInput, {}).channels);
    const output = z.toJSONSchema(RevenueProjection) as { required: string[] };
    expect(output.required).toEqual(['input', 'months', 'years', 'totals']);
  });
});
