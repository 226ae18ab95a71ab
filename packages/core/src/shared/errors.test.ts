import { describe, expect, it } from 'vitest';
import { ClubError, isClubError } from './errors.js';

describe('ClubError', () => {
  it('carries code, message, issues, details and cause', () => {
    const cause = new Error('root');
    const e = new ClubError('membership/duplicate-vehicle', 'taken', { details: { plate: 'A1' }, cause });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ClubError');
    expect([e.code, e.message, e.issues, e.details, e.cause]).toEqual([
      'membership/duplicate-vehicle',
      'taken',
      [],
      { plate: 'A1' },
      cause,
    ]);
  });

  it('is recognised by isClubError even when thrown by another copy of the package', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'ClubError',
      code: 'invalid-input',
      [Symbol.for('clubkit.ClubError')]: true,
    });
    expect(isClubError(foreign)).toBe(true);
    expect(isClubError(new ClubError('a', 'b'))).toBe(true);
  });

  it('rejects look-alikes without the brand', () => {
    expect(isClubError(Object.assign(new Error('x'), { name: 'ClubError', code: 'x' }))).toBe(false);
    expect(isClubError(null)).toBe(false);
    expect(isClubError('ClubError')).toBe(false);
  });
});
