/**
 * `@clubkit/core/service/vocabulary`: the words of the service desk's records (complaint
 * channels, severities, categories and statuses, departments, escalation levels) and the longest
 * complaint text, without a rule or a schema; `@clubkit/core/service` exports the same names.
 *
 * It is for a page's first file. A bundler that splits code puts into the first file every module
 * an entry it imports re-exports and some lazy chunk uses, so a widget that imports these from
 * `@clubkit/core/service` and loads the rules from there on demand gets the rules in its first
 * file anyway. Importing the words from here keeps the rules in the chunk that loads them.
 *
 * @module
 */
export * from './complaint-types.js';
