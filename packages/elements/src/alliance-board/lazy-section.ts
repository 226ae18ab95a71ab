// What the board asks of a section it loads on demand: each section's chunk exports `open`, which
// keeps the section's state for the board and renders it in the board's words. Types only: the
// board's first file carries no section.
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import type { AllianceBoardState } from './alliance-board-controller.js';

/** A section the board has opened: it loads its data, then renders it. */
export interface OpenSection {
  /** Loads the section's data (and what the signed-in role may submit). Never rejects. */
  load(): Promise<void>;
  /** The section's view, in the board's locale; the board's standing for a section that uses it. */
  render(common: CommonMessages, board: AllianceBoardState): TemplateResult;
}

/** A section's chunk: `open` makes the section over its client, the board its host. */
export interface SectionChunk<C> {
  open(host: ReactiveControllerHost, client: C): OpenSection;
}
