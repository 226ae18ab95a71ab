import type { AllianceBoardMessages } from '../messages.js';

/** English. */
export const allianceBoardEn: AllianceBoardMessages = {
  allianceTitle: 'Alliance dealers',
  allianceNotConfigured:
    'The alliance board is not configured: it needs the club’s base URL and a staff session endpoint.',
  allianceSignedOut: 'Sign in to see the alliance.',
  allianceMonth: 'Month',
  allianceCounty: 'County',
  allianceAllCounties: 'All counties',
  allianceLoaded: (m, n, w) => `${m}: ${n} ${n === 1 ? 'dealer' : 'dealers'}${w > 0 ? `, ${w} warned` : ''}.`,
  allianceCaption: (m) => `Dealers’ sales against their market, ${m}`,
  allianceEmpty: 'No dealer.',
  allianceColCounty: 'County',
  allianceColDealer: 'Dealer',
  allianceColSales: 'Sales',
  allianceColMarket: 'Market',
  allianceColShare: 'Share',
  allianceColStanding: 'Standing',
  allianceNoFigure: '—',
  allianceLevels: {
    met: 'Met',
    short: 'Under 70 %',
    warned: 'Warned',
    revocable: 'Revocable',
    unreported: 'Unreported',
    revoked: 'Revoked',
  },
  allianceLevelNote: (level, streak) =>
    level === 'met'
      ? 'At least 70 % of its market.'
      : level === 'short'
        ? 'Under 70 % of its market this month.'
        : level === 'warned'
          ? `Under 70 % ${streak} months in a row: another short month revokes it.`
          : level === 'revocable'
            ? `Under 70 % ${streak} months in a row: its review revokes it.`
            : level === 'unreported'
              ? 'No sales recorded this month.'
              : '',
  allianceRevoked: (on, reasons) => `Revoked on ${on}: ${reasons}.`,
  allianceReasons: {
    'sales-shortfall': 'under 70 % three months in a row',
    'off-channel-purchase': 'bought from another primary dealer',
    underpricing: 'sold below the agreed price',
    bundling: 'bundled the brand with other products',
    counterfeit: 'sold counterfeits',
  },
  alliancePayTitle: 'Salesperson’s pay statement',
  allianceSalesperson: 'Salesperson',
  allianceChooseSalesperson: 'Choose a salesperson',
  allianceNoSalespeople: 'No salesperson.',
  alliancePayCaption: (n, m) => `${n}, ${m}`,
  alliancePayNetwork: (covered, counted, rate, on) =>
    `${covered} of ${counted} counties with a member (${rate}, counted on ${on})`,
  alliancePayNetworkLabel: 'Network completion',
  alliancePayFixed: 'Base × 70 %',
  alliancePayNetworkPart: 'Base × 30 % × completion',
  alliancePayVisitFund: 'Visit fund',
  alliancePayReports: (late, missing) => `Report penalties (${late} late, ${missing} missing), from the visit fund`,
  alliancePayUnrecovered: 'Not recovered (still owed to the reward fund)',
  alliancePayTotal: 'Total pay',
  alliancePayRefused: (r) => `No pay statement: ${r}`,
  allianceSections: {
    assessments: ['Half-yearly assessments and reward funds', 'Show the assessments'],
    'secondary-lists': ['Secondary-dealer lists and the county choice', 'Show the secondary dealers'],
    'time-rules': ['Time rules and plaques', 'Show the time rules'],
    'primary-dealer': ['Primary dealer', 'Show the primary dealer'],
    promotions: ['Member-only promotions', 'Show the promotions'],
  },
};
