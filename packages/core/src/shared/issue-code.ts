import type * as z from 'zod/mini';

/** A zod issue's code in clubkit's issues: its own, or for a custom rule the code the rule gives in its params. */
export function issueCode(issue: z.core.$ZodIssue): string {
  return issue.code === 'custom' ? String(issue.params?.['code'] ?? 'custom') : issue.code;
}
