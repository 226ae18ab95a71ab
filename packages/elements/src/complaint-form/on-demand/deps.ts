import type { css, html, nothing } from 'lit';
import type { describeError } from '../../shared/errors.js';
import type { formatInstant } from '../../shared/intl.js';
import type { followUpHours } from '../complaint-fields.js';

/**
 * What this module's views use of lit and of the widgets' helpers, handed in by the form that
 * loads it. The module imports none of them itself: a bundler that splits code (the CDN build)
 * would otherwise move everything it shares with the page's first file into a chunk of its own,
 * and the first file would need that chunk at once.
 */
export interface OnDemandDeps {
  html: typeof html;
  nothing: typeof nothing;
  css: typeof css;
  formatInstant: typeof formatInstant;
  describeError: typeof describeError;
  followUpHours: typeof followUpHours;
}
