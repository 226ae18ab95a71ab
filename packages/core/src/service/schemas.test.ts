import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import * as service from './index.js';

const schemas = Object.entries(service as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodMiniType] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'safeParse' in entry[1],
);

describe('the service schemas', () => {
  it('all turn into JSON Schema for the OpenAPI document', () => {
    expect(schemas.length).toBeGreaterThan(30);
    for (const [name, schema] of schemas) {
      for (const io of ['input', 'output'] as const) {
        expect(() => z.toJSONSchema(schema, { io }), name).not.toThrow();
      }
    }
  });

  it('keep the form paths of a new complaint as plain properties', () => {
    const json = z.toJSONSchema(service.NewComplaint, { io: 'input' }) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(json.properties)).toEqual([
      'name',
      'company',
      'subject',
      'content',
      'phone',
      'channel',
      'category',
      'severity',
    ]);
    expect(json.required).toEqual(['name', 'subject', 'content', 'phone', 'category']);
  });

  it('names the twelve kinds of customer archive record', () => {
    const kinds = Object.values(service.ArchiveRecordKind);
    expect(new Set(kinds).size).toBe(12);
    for (const kind of kinds) expect(service.ArchiveRecordKindSchema.safeParse(kind).success).toBe(true);
    expect(service.ArchiveRecordKindSchema.safeParse('photos').success).toBe(false);
  });

  it('gives every error code the kebab-case context/name shape', () => {
    for (const code of Object.values(service.ServiceErrorCode))
      expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$/);
  });
});
