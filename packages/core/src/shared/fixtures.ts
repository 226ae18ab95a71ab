/** Helpers for the contexts' tests. Not part of the public entry. */
import { isClubError, type ClubError } from './errors.js';

/** The ClubError that `run` throws; fails the test when it throws none, and rethrows any other error. */
export function errorOf(run: () => unknown): ClubError {
  try {
    run();
  } catch (e) {
    if (isClubError(e)) return e;
    throw e;
  }
  throw new Error('expected a ClubError');
}

/** Whatever `fn` throws; fails the test when it throws nothing. */
export function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}
