import * as z from 'zod/mini';

/** An event as a client sends it: the server records who (`actor`) and when (`at`). */
export type WithoutActor<T> = T extends unknown ? Omit<T, 'actor' | 'at'> : never;

/** An event body: its `type`; the server adds `actor` and `at` and checks the whole event with core's schema. */
export function eventBody<T extends string>(types: Record<string, T>) {
  return z.looseObject({ type: z.enum(Object.values(types) as [T, ...T[]]) });
}
