import type {
  Assessment,
  AssessmentDecision,
  AssessmentSheet,
  AssessmentStep,
  NewAssessment,
  NewAssessmentSheet,
  NewRewardFund,
  RewardFund,
} from '@clubkit/core/alliance';
import type {
  AllianceCalendar,
  AllianceCounty,
  AllianceStanding,
  AlliancePenalty,
  AlliancePenaltyKind,
  BudgetPlan,
  Dealer,
  DealerPurchase,
  DealerReview,
  DealerStatus,
  MonthlyDealerReport,
  NewAlliancePenalty,
  NewBudgetPlan,
  NewCounty,
  NewDealer,
  NewSalesCentre,
  NewSalesperson,
  NewVisitNote,
  PayStatement,
  PurchaseRecord,
  SalesCentre,
  SalesCentrePatch,
  SalesMonth,
  SalesMonthBody,
  Salesperson,
  Violation,
  VisitNoteRecord,
  WeeklyVisitList,
} from '@clubkit/core/alliance';
import type { AllianceMarketStats } from '@clubkit/core/stats';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';
import { statsResource } from './stats.js';

/** The reports of one salesperson, or of every salesperson the caller sees. */
interface ReportScope {
  salespersonId?: string;
}

/** Sales centres: opened by the club (admin), each read by its own staff. */
function centres(t: Transport) {
  return {
    /** Opens a sales centre, under an id the club chose (`ctr_baoding`) or a new one (admin). */
    create(body: NewSalesCentre, options?: RequestOptions): Promise<SalesCentre> {
      return t.send({ method: 'post', path: '/v1/alliance/centres', body, answer: 'SalesCentre', options });
    },
    /** Sales centres: all of them for the club, its own for a centre. */
    list(query: ListOptions = {}, options?: RequestOptions): PageIterable<SalesCentre> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/alliance/centres',
          query: { ...query, cursor },
          answer: 'SalesCentrePage',
          options,
        }),
      );
    },
    /** Corrects the day a centre's alliance was founded, which its time rules count from (admin). */
    update(id: string, body: SalesCentrePatch, options?: RequestOptions): Promise<SalesCentre> {
      return t.send({ method: 'patch', path: path`/v1/alliance/centres/${id}`, body, answer: 'SalesCentre', options });
    },
    /**
     * The alliance's time rules on a day (the club's today when left out): its first half-year
     * from the founding day, the visit fund then, and the member visit lists the centre receives —
     * weekly in the first half-year, monthly after it.
     */
    calendar(id: string, query: { on?: string } = {}, options?: RequestOptions): Promise<AllianceCalendar> {
      return t.send({
        method: 'get',
        path: path`/v1/alliance/centres/${id}/calendar`,
        query,
        answer: 'AllianceCalendar',
        options,
      });
    },
  };
}

/** Counties: each centre's markets, sized by the thousand-person analysis. */
function counties(t: Transport) {
  return {
    /**
     * Adds a county; the server sizes its market with core's `marketVolume`.
     *
     * @example
     * await club.alliance.counties.create({ centreId: 'ctr_baoding', name: '清苑', population: 450_000, monthlyPerThousand: 12 });
     */
    create(body: NewCounty, options?: RequestOptions): Promise<AllianceCounty> {
      return t.send({ method: 'post', path: '/v1/alliance/counties', body, answer: 'County', options });
    },
    /** Counties, oldest first: a centre's, or one salesperson's territory. */
    list(
      query: ListOptions & { centreId?: string; salespersonId?: string } = {},
      options?: RequestOptions,
    ): PageIterable<AllianceCounty> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/alliance/counties',
          query: { ...query, cursor },
          answer: 'CountyPage',
          options,
        }),
      );
    },
  };
}

/** Salespeople and their monthly pay. */
function salespeople(t: Transport) {
  return {
    /** Adds a salesperson with their base pay and start date. */
    create(body: NewSalesperson, options?: RequestOptions): Promise<Salesperson> {
      return t.send({ method: 'post', path: '/v1/alliance/salespeople', body, answer: 'Salesperson', options });
    },
    /** Salespeople, oldest first. */
    list(query: ListOptions & { centreId?: string } = {}, options?: RequestOptions): PageIterable<Salesperson> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/alliance/salespeople',
          query: { ...query, cursor },
          answer: 'SalespersonPage',
          options,
        }),
      );
    },
    /** One salesperson. */
    get(id: string, options?: RequestOptions): Promise<Salesperson> {
      return t.send({ method: 'get', path: path`/v1/alliance/salespeople/${id}`, answer: 'Salesperson', options });
    },
    /** The pay statement of a month (`YYYY-MM`): base, network completion, visit fund, report penalties. */
    pay(id: string, month: string, options?: RequestOptions): Promise<PayStatement> {
      return t.send({
        method: 'get',
        path: path`/v1/alliance/salespeople/${id}/pay`,
        query: { month },
        answer: 'PayStatement',
        options,
      });
    },
  };
}

/** Dealers: their application, sales against the market, breaches and reviews. */
function dealers(t: Transport) {
  const one = (id: string, tail = '') => `${path`/v1/alliance/dealers/${id}`}${tail}`;
  return {
    /** Records an application; the answer is a member or a dealer kept as not qualified. */
    create(body: NewDealer, options?: RequestOptions): Promise<Dealer> {
      return t.send({ method: 'post', path: '/v1/alliance/dealers', body, answer: 'Dealer', options });
    },
    /** Dealers, oldest first, optionally of one county or status. */
    list(
      query: ListOptions & { countyId?: string; status?: DealerStatus } = {},
      options?: RequestOptions,
    ): PageIterable<Dealer> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/alliance/dealers',
          query: { ...query, cursor },
          answer: 'DealerPage',
          options,
        }),
      );
    },
    /** One dealer. */
    get(id: string, options?: RequestOptions): Promise<Dealer> {
      return t.send({ method: 'get', path: one(id), answer: 'Dealer', options });
    },
    /** Records a member's sales for a month, against the county's market unless another is given. */
    recordSales(id: string, body: SalesMonthBody, options?: RequestOptions): Promise<SalesMonth> {
      return t.send({ method: 'post', path: one(id, '/sales'), body, answer: 'SalesMonth', options });
    },
    /** A dealer's sales months, oldest first. */
    sales(id: string, options?: RequestOptions): Promise<SalesMonth[]> {
      return t.send({ method: 'get', path: one(id, '/sales'), answer: 'SalesMonthList', options });
    },
    /** Records a charter breach; the next review weighs it. */
    recordViolation(id: string, body: Violation, options?: RequestOptions): Promise<Dealer> {
      return t.send({ method: 'post', path: one(id, '/violations'), body, answer: 'Dealer', options });
    },
    /** Reviews a dealer against the charter; a member it revokes is revoked today. */
    review(id: string, options?: RequestOptions): Promise<DealerReview> {
      return t.send({ method: 'post', path: one(id, '/review'), answer: 'DealerReview', options });
    },
    /**
     * Every member (and revoked) dealer's standing in a month by the charter's 70 % rule — met,
     * short, warned after two months short, revocable after three, unreported — by county, of the
     * caller's centre or counties.
     * @example
     * const { dealers } = await club.alliance.dealers.standing({ month: '2026-11' });
     * dealers.filter((d) => d.level === 'warned');
     */
    standing(query: { month: string; countyId?: string }, options?: RequestOptions): Promise<AllianceStanding> {
      return t.send({ method: 'get', path: '/v1/alliance/standing', query, answer: 'AllianceStanding', options });
    },
  };
}

/** The alliance's running records and the reports built from them. */
function ledger(t: Transport) {
  return {
    visitNotes: {
      /** Records a visit to or call with a dealer. */
      create(body: NewVisitNote, options?: RequestOptions): Promise<VisitNoteRecord> {
        return t.send({ method: 'post', path: '/v1/alliance/visit-notes', body, answer: 'VisitNote', options });
      },
      /** Visit notes in the order recorded, optionally of one dealer or salesperson and between two days. */
      list(
        query: ListOptions & ReportScope & { dealerId?: string; from?: string; to?: string } = {},
        options?: RequestOptions,
      ): PageIterable<VisitNoteRecord> {
        return pageIterable((cursor) =>
          t.send({
            method: 'get',
            path: '/v1/alliance/visit-notes',
            query: { ...query, cursor },
            answer: 'VisitNotePage',
            options,
          }),
        );
      },
    },
    purchases: {
      /** Records a dealer's purchase from the primary dealer. */
      create(body: DealerPurchase, options?: RequestOptions): Promise<PurchaseRecord> {
        return t.send({ method: 'post', path: '/v1/alliance/purchases', body, answer: 'DealerPurchase', options });
      },
    },
    reports: {
      /** The weekly member visit list of the week of `week` (any day of it). */
      weekly(query: ReportScope & { week: string }, options?: RequestOptions): Promise<WeeklyVisitList> {
        return t.send({
          method: 'get',
          path: '/v1/alliance/reports/weekly',
          query: { ...query },
          answer: 'WeeklyVisitList',
          options,
        });
      },
      /** The monthly purchase statistics of `month` (`YYYY-MM`), with the members not visited or called. */
      monthly(query: ReportScope & { month: string }, options?: RequestOptions): Promise<MonthlyDealerReport> {
        return t.send({
          method: 'get',
          path: '/v1/alliance/reports/monthly',
          query: { ...query },
          answer: 'MonthlyDealerReport',
          options,
        });
      },
    },
    penalties: {
      /** Records a late or missing report of a salesperson, or a dealer's counterfeit fine. */
      create(body: NewAlliancePenalty, options?: RequestOptions): Promise<AlliancePenalty> {
        return t.send({ method: 'post', path: '/v1/alliance/penalties', body, answer: 'AlliancePenalty', options });
      },
      /** Penalties in the order recorded, optionally of one salesperson, month or kind. */
      list(
        query: ListOptions & ReportScope & { month?: string; kind?: AlliancePenaltyKind } = {},
        options?: RequestOptions,
      ): PageIterable<AlliancePenalty> {
        return pageIterable((cursor) =>
          t.send({
            method: 'get',
            path: '/v1/alliance/penalties',
            query: { ...query, cursor },
            answer: 'AlliancePenaltyPage',
            options,
          }),
        );
      },
    },
    budgets: {
      /** Budgets a centre's market for a year with core's `allianceBudget` (one budget a year). */
      create(body: NewBudgetPlan, options?: RequestOptions): Promise<BudgetPlan> {
        return t.send({ method: 'post', path: '/v1/alliance/budgets', body, answer: 'BudgetPlan', options });
      },
      /** Budgets in the order made, optionally of one centre or year. */
      list(
        query: ListOptions & { centreId?: string; year?: number } = {},
        options?: RequestOptions,
      ): PageIterable<BudgetPlan> {
        return pageIterable((cursor) =>
          t.send({
            method: 'get',
            path: '/v1/alliance/budgets',
            query: { ...query, cursor },
            answer: 'BudgetPlanPage',
            options,
          }),
        );
      },
    },
  };
}

/**
 * The half-yearly 100-point assessment: the centre's sheet in versions, each dealer's assessment
 * and its five signed steps, and the half-year reward funds its rewards are paid from. Apart from
 * {@link allianceResource}, so a widget that needs only the network does not carry it; the
 * operator client's `alliance` has both.
 */
export function allianceAssessmentsResource(t: Transport) {
  return {
    assessmentSheets: {
      /** Publishes the next version of a centre's sheet: items adding up to exactly 100 points, and the reward bands. */
      create(body: NewAssessmentSheet, options?: RequestOptions): Promise<AssessmentSheet> {
        return t.send({
          method: 'post',
          path: '/v1/alliance/assessment-sheets',
          body,
          answer: 'AssessmentSheet',
          options,
        });
      },
      /** Sheet versions in the order published. */
      list(query: ListOptions & { centreId?: string } = {}, options?: RequestOptions): PageIterable<AssessmentSheet> {
        return pageIterable((cursor) =>
          t.send({
            method: 'get',
            path: '/v1/alliance/assessment-sheets',
            query: { ...query, cursor },
            answer: 'AssessmentSheetPage',
            options,
          }),
        );
      },
    },
    assessments: {
      /**
       * Opens a member dealer's assessment for a half-year on the centre's current sheet, with the director's scores.
       *
       * @example
       * await club.alliance.assessments.create({ dealerId: 'dlr_…', halfYear: '2026-H1', scores: [{ key: 'sales-volume', score: 45 }] });
       */
      create(body: NewAssessment, options?: RequestOptions): Promise<Assessment> {
        return t.send({ method: 'post', path: '/v1/alliance/assessments', body, answer: 'Assessment', options });
      },
      /** Assessments in the order opened; `awaiting: 'sales-centre'` is the centre's own queue. */
      list(
        query: ListOptions & {
          halfYear?: string;
          dealerId?: string;
          status?: Assessment['status'];
          awaiting?: AssessmentStep;
        } = {},
        options?: RequestOptions,
      ): PageIterable<Assessment> {
        return pageIterable((cursor) =>
          t.send({
            method: 'get',
            path: '/v1/alliance/assessments',
            query: { ...query, cursor },
            answer: 'AssessmentPage',
            options,
          }),
        );
      },
      /** One assessment with its sheet version, scores and signatures. */
      get(id: string, options?: RequestOptions): Promise<Assessment> {
        return t.send({ method: 'get', path: path`/v1/alliance/assessments/${id}`, answer: 'Assessment', options });
      },
      /**
       * Signs or refuses the awaited step in the signer's name; a refusal goes back to the step
       * before with its reason, the sales centre's signature files it and pays the reward.
       *
       * @example
       * await club.alliance.assessments.decide(id, { outcome: 'refused', step: 'region', signerName: '周', reason: '…' });
       */
      decide(id: string, body: AssessmentDecision, options?: RequestOptions): Promise<Assessment> {
        return t.send({
          method: 'post',
          path: path`/v1/alliance/assessments/${id}/decisions`,
          body,
          answer: 'Assessment',
          options,
        });
      },
    },
    rewardFunds: {
      /** Sets a centre's reward fund for a half-year (one a half-year). */
      create(body: NewRewardFund, options?: RequestOptions): Promise<RewardFund> {
        return t.send({ method: 'post', path: '/v1/alliance/reward-funds', body, answer: 'RewardFund', options });
      },
      /** Reward funds: budgeted, paid, left and each payment. */
      list(
        query: ListOptions & { centreId?: string; halfYear?: string } = {},
        options?: RequestOptions,
      ): PageIterable<RewardFund> {
        return pageIterable((cursor) =>
          t.send({
            method: 'get',
            path: '/v1/alliance/reward-funds',
            query: { ...query, cursor },
            answer: 'RewardFundPage',
            options,
          }),
        );
      },
      /** Changes a fund's budget, never below what it has paid. */
      revise(id: string, budgetedFen: number, options?: RequestOptions): Promise<RewardFund> {
        return t.send({
          method: 'post',
          path: path`/v1/alliance/reward-funds/${id}/budget`,
          body: { budgetedFen },
          answer: 'RewardFund',
          options,
        });
      },
    },
  };
}

/**
 * The counties, salespeople and dealers of {@link allianceResource} alone, for a page that reads
 * the standing and pay without the rest of the alliance (its ledger, reports and centres).
 */
export function allianceDealersResource(t: Transport) {
  return { counties: counties(t), salespeople: salespeople(t), dealers: dealers(t) };
}

/**
 * The dealer alliance (A1): a sales centre's network, dealers, visit notes and reports,
 * penalties and budgets (the half-yearly assessments are {@link allianceAssessmentsResource}). A
 * centre's staff see their own centre; a salesperson their own counties.
 */
export function allianceResource(t: Transport) {
  return {
    centres: centres(t),
    counties: counties(t),
    salespeople: salespeople(t),
    dealers: dealers(t),
    ...ledger(t),
  };
}

/** The statistics reports with the dealer alliance's. */
export function operatorStatsResource(t: Transport) {
  return {
    ...statsResource(t),
    /**
     * Sales against the market and network completion per county, salesperson and month; `from`
     * and `to` bound the months, `asOf` is the day the network is counted on.
     */
    alliance(
      query: { from?: string; to?: string; asOf?: string; centreId?: string } = {},
      options?: RequestOptions,
    ): Promise<AllianceMarketStats> {
      return t.send({ method: 'get', path: '/v1/stats/alliance', query, answer: 'AllianceMarketStats', options });
    },
  };
}
