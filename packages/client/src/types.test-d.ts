import type {
  ApiKey,
  CardReplacementResult,
  ComplaintReceipt,
  CreatedApiKey,
  MemberCardView,
  MemberSession,
  MerchantListItem,
  MerchantPage,
  Page,
} from '@clubkit/core/api';
import type { Complaint, PaidService, RepairOrder, Visit } from '@clubkit/core/service';
import type { Merchant } from '@clubkit/core/merchants';
import { describe, expectTypeOf, it } from 'vitest';
import { checkResponses } from './check.js';
import type { OperatorClient, VisitQuery } from './operator.js';
import {
  createClubClient,
  type Answers,
  type ClubClient,
  type ClubClientOptions,
  type PageIterable,
  type ResponseCheck,
  type StatsPeriod,
} from './index.js';

declare const club: ClubClient;
declare const operator: OperatorClient;

describe('public types', () => {
  it('creates a ClubClient', () => {
    expectTypeOf(createClubClient).returns.toEqualTypeOf<ClubClient>();
    expectTypeOf(createClubClient).parameter(0).toHaveProperty('baseUrl').toEqualTypeOf<string>();
  });

  it('types lists as page iterables of core records', () => {
    // A merchant search's pages carry the search's total beside the page.
    expectTypeOf(club.merchants.list()).toEqualTypeOf<PageIterable<MerchantListItem, MerchantPage>>();
    expectTypeOf(club.merchants.list().page()).resolves.toEqualTypeOf<MerchantPage>();
    expectTypeOf<MerchantPage>().toExtend<Page<MerchantListItem>>();
    expectTypeOf(club.complaints.list()).toEqualTypeOf<PageIterable<Complaint>>();
    expectTypeOf<MerchantListItem['merchant']>().toEqualTypeOf<Merchant>();
  });

  it('takes a typed period for the member and merchant statistics', () => {
    expectTypeOf(club.stats)
      .toHaveProperty('members')
      .parameter(0)
      .toEqualTypeOf<(StatsPeriod & { branchId?: string }) | undefined>();
    expectTypeOf(club.stats)
      .toHaveProperty('merchants')
      .parameter(0)
      .toEqualTypeOf<(StatsPeriod & { date?: string; tier?: 'standard' | 'vip' }) | undefined>();
    expectTypeOf<StatsPeriod>().toEqualTypeOf<{ from?: string; to?: string; asOf?: string }>();
  });

  it('types each call by its core schema', () => {
    expectTypeOf(club.complaints).toHaveProperty('create').returns.resolves.toEqualTypeOf<ComplaintReceipt>();
    expectTypeOf(club.complaints).toHaveProperty('byReference').returns.resolves.toEqualTypeOf<ComplaintReceipt>();
    expectTypeOf(club.sessions).toHaveProperty('create').returns.resolves.toEqualTypeOf<MemberSession>();
    expectTypeOf(club.me).toHaveProperty('card').returns.resolves.toEqualTypeOf<MemberCardView>();
    expectTypeOf(club.offers).toHaveProperty('delete').returns.resolves.toBeVoid();
  });

  it('types the service desk by its records, each paired with its page in Answers', () => {
    expectTypeOf<Answers['RepairOrderPage']>().toEqualTypeOf<Page<Answers['RepairOrder']>>();
    expectTypeOf<Answers['PaidServicePage']>().toEqualTypeOf<Page<Answers['PaidService']>>();
    expectTypeOf(club.repairs.list()).toEqualTypeOf<PageIterable<RepairOrder>>();
    expectTypeOf(club.paidServices.list().page()).resolves.toEqualTypeOf<Page<PaidService>>();
    expectTypeOf(club.paidServices).toHaveProperty('get').returns.resolves.toEqualTypeOf<PaidService>();
  });

  it('types system and card management by core’s contract', () => {
    expectTypeOf(operator.keys.list()).toEqualTypeOf<PageIterable<ApiKey>>();
    expectTypeOf(operator.visits.list({ kind: 'return', subjectKind: 'complaint' })).toEqualTypeOf<
      PageIterable<Visit>
    >();
    expectTypeOf<VisitQuery['subjectKind']>().toEqualTypeOf<'complaint' | 'repair' | 'paid-service' | undefined>();
    // @ts-expect-error -- visits follow up complaints, repairs and paid services only
    void operator.visits.list({ subjectKind: 'procedure' });
    expectTypeOf(operator.keys).toHaveProperty('create').returns.resolves.toEqualTypeOf<CreatedApiKey>();
    expectTypeOf(operator.keys).toHaveProperty('revoke').returns.resolves.toBeVoid();
    expectTypeOf(operator.cards).toHaveProperty('replace').returns.resolves.toEqualTypeOf<CardReplacementResult>();
    // @ts-expect-error a secret key acts as a staff principal, which it must name
    void operator.keys.create({ kind: 'secret', label: 'no principal' });
    void operator.keys.create({
      kind: 'publishable',
      allowedOrigins: ['https://a.example'],
      // @ts-expect-error a publishable key always acts as the public: it names no principal
      principal: { role: 'admin' },
    });
    void operator.keys.create({
      kind: 'publishable',
      allowedOrigins: ['https://a.example'],
      // @ts-expect-error demo keys are made by the demo seed only
      demo: true,
    });
    void club.members.list({ status: 'grace', tier: 'vip', plate: '雲k 8a123', policyEndFrom: '2026-01-01' });
    // @ts-expect-error status is a membership state of core
    void club.members.list({ status: 'lapsed' });
  });

  it('takes the check of @clubkit/client/check as checkResponses', () => {
    expectTypeOf(checkResponses).toEqualTypeOf<ResponseCheck>();
    expectTypeOf<ClubClientOptions['checkResponses']>().toEqualTypeOf<ResponseCheck | undefined>();
    // @ts-expect-error an answer is named by a key of Answers
    void checkResponses('Nonsense', {});
  });

  it('checks request bodies at compile time', () => {
    const body = {
      name: 'x',
      subject: { unit: 'A' },
      content: 'x',
      phone: '13800138000',
      category: 'weather',
    } as const;
    // @ts-expect-error category must be one of core's complaint categories
    void club.complaints.create(body);
    // @ts-expect-error a complaint event needs a known type
    void club.complaints.events('cmp_1', { type: 'delete' });
    void club.complaints.events('cmp_1', { type: 'assign', department: 'engineering', dueAt: '2026-11-28T00:00:00Z' });
    // @ts-expect-error purchase needs a tier
    void club.merchants.list({ purchase: { amountFen: 100 } });
  });
});
