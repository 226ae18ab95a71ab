// What every script here does with its command line: parse flags strictly, print help,
// turn a bad flag or a ClubError into one clear line on stderr and exit code 1.
import { parseArgs } from 'node:util';
import { isClubError } from '@clubkit/core';

/** Prints `message` and the one-line usage to stderr and exits with code 1. */
export function fail(message, usage) {
  console.error(`${message}\n${usage}\nRun with --help for every option.`);
  process.exit(1);
}

/**
 * Parses `process.argv` with `node:util` parseArgs (unknown flags and stray arguments are
 * errors) and adds `--help`/`-h`, which prints `help` and exits 0.
 */
export function parseFlags(options, { usage, help, args = process.argv.slice(2) }) {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    fail(error.message, usage);
  }
  if (values.help) {
    console.log(help);
    process.exit(0);
  }
  return values;
}

/** Runs `compute`; a ClubError (core's invalid input or broken rule) becomes a usage error. */
export function orFail(compute, usage) {
  try {
    return compute();
  } catch (error) {
    if (isClubError(error)) fail(`${error.code}: ${error.message}`, usage);
    throw error;
  }
}

/**
 * A flag's value as a number, or `undefined` when the flag is absent. `integer` asks for a
 * whole number, `min` and `max` for bounds.
 */
export function numberFlag(flag, text, usage, { integer = false, min, max } = {}) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    fail(`--${flag} needs a number, got ${JSON.stringify(text)}`, usage);
  if (integer && !Number.isInteger(value)) fail(`--${flag} needs a whole number, got ${JSON.stringify(text)}`, usage);
  if (min !== undefined && value < min) fail(`--${flag} must be at least ${min}, got ${JSON.stringify(text)}`, usage);
  if (max !== undefined && value > max) fail(`--${flag} must be at most ${max}, got ${JSON.stringify(text)}`, usage);
  return value;
}

/** The locales the scripts print in. */
export const LOCALES = ['en', 'zh-Hant', 'zh-Hans'];

/** The `--locale` flag checked against {@link LOCALES}. */
export function localeFlag(text, usage) {
  if (!LOCALES.includes(text))
    fail(`--locale must be one of ${LOCALES.join(', ')}, got ${JSON.stringify(text)}`, usage);
  return text;
}

/** A `YYYY-MM-DD` flag checked as a real calendar date. */
export function dateFlag(flag, text, usage) {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  // Date.parse rolls 02-30 over to 03-02; a real date reads back unchanged.
  const valid = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
  if (!valid) fail(`--${flag} needs a calendar date as YYYY-MM-DD, got ${JSON.stringify(text)}`, usage);
  return text;
}
