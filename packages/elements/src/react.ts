/**
 * `@clubkit/elements/react`: the widgets as React components (through `@lit/react`), with typed
 * props and `on…` event props. Importing this module registers the tags.
 *
 * @example
 * import { ClubProvider, ClubComplaintForm } from '@clubkit/elements/react';
 * <ClubProvider baseUrl={url} publishableKey="pk_…" locale="zh-Hant">
 *   <ClubComplaintForm onSubmitted={(e) => console.log(e.receipt.reference)} />
 * </ClubProvider>
 * @packageDocumentation
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ClubComplaintForm as ComplaintFormElement } from './complaint-form/complaint-form.js';
import { ClubMemberCard as MemberCardElement } from './member-card/member-card.js';
import { ClubMerchantDirectory as MerchantDirectoryElement } from './merchant-directory/merchant-directory.js';
import { ClubProvider as ProviderElement } from './provider/provider.js';
import type {
  ClubErrorEvent,
  ClubRenewEvent,
  ClubSelectEvent,
  ClubSubmitEvent,
  ClubSubmittedEvent,
} from './shared/events.js';
import './define.js';

/** `<club-provider>`: configures the widgets inside it. */
export const ClubProvider = createComponent({ tagName: 'club-provider', elementClass: ProviderElement, react: React });

/** `<club-member-card>`: the signed-in member's card; `onRenew` when they ask to renew. */
export const ClubMemberCard = createComponent({
  tagName: 'club-member-card',
  elementClass: MemberCardElement,
  react: React,
  events: { onRenew: 'club-renew' as EventName<ClubRenewEvent>, onError: 'club-error' as EventName<ClubErrorEvent> },
});

/** `<club-complaint-form>`: files a complaint; `onSubmitted` carries the receipt. */
export const ClubComplaintForm = createComponent({
  tagName: 'club-complaint-form',
  elementClass: ComplaintFormElement,
  react: React,
  events: {
    onSubmit: 'club-submit' as EventName<ClubSubmitEvent>,
    onSubmitted: 'club-submitted' as EventName<ClubSubmittedEvent>,
    onError: 'club-error' as EventName<ClubErrorEvent>,
  },
});

/** `<club-merchant-directory>`: searches the merchant directory; `onSelect` when a merchant is opened. */
export const ClubMerchantDirectory = createComponent({
  tagName: 'club-merchant-directory',
  elementClass: MerchantDirectoryElement,
  react: React,
  events: { onSelect: 'club-select' as EventName<ClubSelectEvent>, onError: 'club-error' as EventName<ClubErrorEvent> },
});
