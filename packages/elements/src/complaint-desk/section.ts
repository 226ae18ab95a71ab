import type { Complaint } from '@clubkit/core/service';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import type { ComplaintDeskMessages } from './messages.js';
import type { DeskRecordsClient } from './records-client.js';

/** The words a desk section renders with: the common ones and the desk's. */
export type DeskWords = CommonMessages & ComplaintDeskMessages;

/** A section of the complaint desk loaded on demand (`./conduct.js`, `./surveys.js`), once opened. */
export interface DeskSection {
  /** The section's view in the desk's words. */
  render(t: DeskWords): TemplateResult;
}

/** What a section module exports: how to open it over the desk and the sections' client. */
export interface DeskSectionModule {
  /** Opens the section; `changed` runs after it logged a complaint, so the desk's queue reloads. */
  open(host: ReactiveControllerHost, client: DeskRecordsClient, changed: () => void): DeskSection;
}

/** A conduct complaint's part of the record, as the conduct module renders it. */
export type ConductRecord = NonNullable<Complaint['conduct']>;
