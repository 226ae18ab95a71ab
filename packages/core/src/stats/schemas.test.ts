import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import * as stats from './index.js';

const schemas = Object.entries(stats as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodMiniType] => typeof entry[1] === 'object',
);

describe('stats schemas', () => {
  it('exports a schema for every report, its parts and its options', () => {
    expect(schemas.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'MemberStats',
        'ComplaintStats',
        'AllianceStats',
        'MerchantStats',
        'MemberStatsOptions',
        'AllianceStatsInput',
        'MerchantStatsOptions',
        'RevenueStats',
        'RevenueStatsOptions',
        'PaidVipOrder',
      ]),
    );
  });

  it('turns every schema into JSON Schema for the OpenAPI document', () => {
    for (const [name, schema] of schemas) {
      for (const io of ['input', 'output'] as const) {
        const json = z.toJSONSchema(schema, { io });
        expect(json.type, `${name} (${io})`).toBe('object');
      }
    }
  });
});
