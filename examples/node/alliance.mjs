#!/usr/bin/env node
// The dealer alliance of source A1 in figures: the yearly budget of the Baoding and Changshu
// markets line by line, the salesperson pay example with its formula, and short examples of
// qualification (exactly 70 % passes), compliance (three months under 70 % revoke) and the
// counterfeit fine — all computed by @clubkit/core/alliance.
//
//   node examples/node/alliance.mjs [--sales CNY] [--plaques N]
//                                   [--base CNY] [--counties N] [--uncovered N] [--developing N]
//                                   [--late N] [--missing N] [--visit-fund CNY]
import { formatMoney, yuan } from '@clubkit/core';
import {
  allianceBudget,
  checkQualification,
  counterfeitPenalty,
  LATE_REPORT_PENALTY_FEN,
  MIN_COUNTERFEIT_FINE_FEN,
  MISSING_REPORT_PENALTY_FEN,
  reviewCompliance,
  salespersonPay,
} from '@clubkit/core/alliance';
import { fail, numberFlag, orFail, parseFlags } from './cli.mjs';
import { formatTable } from './text-table.mjs';

const USAGE =
  'usage: node alliance.mjs [--sales CNY] [--plaques N] [--base CNY] [--counties N] [--uncovered N] ' +
  '[--developing N] [--late N] [--missing N] [--visit-fund CNY]';

/** The source's figures (A1 "費用預算" and "考核及獎罰規定"). */
const SOURCE = {
  baoding: { annualSalesFen: yuan(10_000_000), plaques: 20 },
  changshu: { annualSalesFen: yuan(10_000_000), plaques: 32 },
  pay: { base: 2_000, counties: 20, uncovered: 4, developing: 0, late: 0, missing: 0, visitFund: 500 },
};

const HELP = `${USAGE}

Prints the dealer-alliance figures of source A1: the yearly budget of the Baoding (50,000 CNY) and
Changshu (52,400 CNY) markets, a salesperson's pay (base 2,000 CNY, 20 counties, 4 without a
member: 2,380 CNY), and examples of qualification, compliance and the counterfeit fine.

Your own market's budget, printed beside the source's (the other value defaults to Baoding's):
  --sales CNY         expected annual sales of the market, in CNY (Baoding: 10,000,000)
  --plaques N         bronze plaques to make this year, 200 CNY each, one-off (Baoding: 20)

Your own salesperson's month, printed after the source's example (defaults are the example's):
  --base CNY          base pay for the month, in CNY (2,000)
  --counties N        counties in the territory (20)
  --uncovered N       counties without an alliance member (4)
  --developing N      of those, blank counties still in their three-month development period;
                      they are left out of both counts (0)
  --late N            reports handed in late, 50 CNY each (0)
  --missing N         reports never handed in, 200 CNY each (0)
  --visit-fund CNY    the month's visit fund: 500 CNY in the alliance's first half year, 0 after (500)

  -h, --help          show this help`;

const values = parseFlags(
  {
    sales: { type: 'string' },
    plaques: { type: 'string' },
    base: { type: 'string' },
    counties: { type: 'string' },
    uncovered: { type: 'string' },
    developing: { type: 'string' },
    late: { type: 'string' },
    missing: { type: 'string' },
    'visit-fund': { type: 'string' },
  },
  { usage: USAGE, help: HELP },
);

const whole = (flag) => numberFlag(flag, values[flag], USAGE, { integer: true, min: 0 });
const amount = (flag) => numberFlag(flag, values[flag], USAGE, { min: 0 });

const salesFlag = amount('sales');
const plaquesFlag = whole('plaques');
const customBudget =
  salesFlag === undefined && plaquesFlag === undefined
    ? undefined
    : {
        annualSalesFen: salesFlag === undefined ? SOURCE.baoding.annualSalesFen : orFail(() => yuan(salesFlag), USAGE),
        plaques: plaquesFlag ?? SOURCE.baoding.plaques,
      };

const payFlags = {
  base: amount('base'),
  counties: numberFlag('counties', values.counties, USAGE, { integer: true, min: 1, max: 10_000 }),
  uncovered: whole('uncovered'),
  developing: whole('developing'),
  late: whole('late'),
  missing: whole('missing'),
  visitFund: amount('visit-fund'),
};
const customPay = Object.values(payFlags).some((v) => v !== undefined)
  ? Object.fromEntries(Object.entries(SOURCE.pay).map(([key, value]) => [key, payFlags[key] ?? value]))
  : undefined;
if (customPay && customPay.uncovered > customPay.counties) {
  fail(`--uncovered (${customPay.uncovered}) cannot be more than --counties (${customPay.counties})`, USAGE);
}
if (customPay && customPay.developing > customPay.uncovered) {
  fail(
    `--developing (${customPay.developing}) cannot be more than the uncovered counties (${customPay.uncovered})`,
    USAGE,
  );
}

const money = (fen) => formatMoney(fen, 'en');
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const percent = (ratio) => `${number.format(ratio * 100)} %`;
// Plain CNY for formulas, as the source writes them: 2000×70%+2000×30%×80%+500=2380元.
const cny = (fen) => new Intl.NumberFormat('en', { minimumFractionDigits: fen % 100 === 0 ? 0 : 2 }).format(fen / 100);

// --- budget ----------------------------------------------------------------------------------

function printBudgets() {
  const markets = [
    ['Baoding (保定)', SOURCE.baoding],
    ['Changshu (常熟)', SOURCE.changshu],
  ];
  if (customBudget) markets.push(['Your market', customBudget]);
  const budgets = markets.map(([, input]) => orFail(() => allianceBudget(input), USAGE));
  const column = (pick) => budgets.map((b, i) => pick(b, markets[i][1]));

  console.log('Alliance budget per market and year (source A1 "費用預算"):');
  console.log('reward = annual sales × 4 ‰, 2 meetings × 2,000 CNY, plaques × 200 CNY (one-off), 2,000 CNY other.\n');
  const rows = [
    ['Annual sales', ...column((_, input) => money(input.annualSalesFen))],
    ['Plaques', ...column((_, input) => String(input.plaques))],
    ['Reward: sales × 4 ‰', ...column((b) => money(b.rewardFen))],
    ['Meetings: 2 × CN¥2,000.00', ...column((b) => money(b.meetingsFen))],
    ['Plaques × CN¥200.00 (one-off)', ...column((b) => money(b.plaquesFen))],
    ['Other', ...column((b) => money(b.otherFen))],
  ];
  const footer = ['Total', ...column((b) => money(b.totalFen))];
  console.log(formatTable(['', ...markets.map(([name]) => name)], rows, { footer }));
  const sum = (b) =>
    `${[b.rewardFen, b.meetingsFen, b.plaquesFen, b.otherFen].map(cny).join(' + ')} = ${cny(b.totalFen)} CNY`;
  console.log(`\nBaoding: ${sum(budgets[0])}; Changshu, the same sales with 32 plaques: ${sum(budgets[1])}.`);
}

// --- salesperson pay -------------------------------------------------------------------------

function territory({ counties, uncovered, developing }) {
  return Array.from({ length: counties }, (_, i) => ({
    id: `county-${i + 1}`,
    hasMember: i >= uncovered,
    inDevelopment: i < developing,
  }));
}

function printPay(title, p) {
  const pay = orFail(
    () =>
      salespersonPay({
        baseFen: yuan(p.base),
        counties: territory(p),
        visitFundFen: yuan(p.visitFund),
        lateReports: p.late,
        missingReports: p.missing,
      }),
    USAGE,
  );
  const counted = p.counties - p.developing;
  const covered = p.counties - p.uncovered;
  const base = cny(yuan(p.base));
  const deductions = pay.deductionsFen > 0 ? ` − ${cny(pay.deductionsFen)}` : '';

  console.log(`${title}\n`);
  console.log('  pay = base × 70 % + base × 30 % × completion + visit fund − report penalties');
  console.log(
    `  completion = counties with a member / counties counted = ${covered} / ${counted} = ${percent(pay.completion)}` +
      (p.developing > 0
        ? ` (${p.developing} blank ${p.developing === 1 ? 'county' : 'counties'} in development left out)`
        : ''),
  );
  console.log(
    `  ${base} × 70 % + ${base} × 30 % × ${percent(pay.completion)} + ${cny(pay.visitFundFen)}${deductions}` +
      ` = ${cny(pay.fixedFen)} + ${cny(pay.networkFen)} + ${cny(pay.visitFundFen)}${deductions} = ${cny(pay.totalFen)} CNY\n`,
  );
  const rows = [
    ['Fixed: base × 70 %', money(pay.fixedFen)],
    [`Network: base × 30 % × ${percent(pay.completion)}`, money(pay.networkFen)],
    ['Visit fund', money(pay.visitFundFen)],
  ];
  const penalties = [
    p.late > 0 ? `${p.late} late × ${money(LATE_REPORT_PENALTY_FEN)}` : '',
    p.missing > 0 ? `${p.missing} missing × ${money(MISSING_REPORT_PENALTY_FEN)}` : '',
  ].filter(Boolean);
  if (penalties.length > 0)
    rows.push([`Report penalties from the visit fund: ${penalties.join(' + ')}`, money(-pay.deductionsFen)]);
  console.log(formatTable(['Line', 'Amount'], rows, { footer: ['Pay', money(pay.totalFen)], indent: '  ' }));
  if (pay.unrecoveredFen > 0) {
    console.log(
      `\n  Penalties come out of the visit fund only; the ${money(pay.unrecoveredFen)} it could not cover is still owed to the reward fund.`,
    );
  }
}

// --- qualification, compliance, counterfeits --------------------------------------------------

function printRules() {
  console.log('Qualification: a member sells at least 70 % of its market, the selected dealers at least 80 % of');
  console.log("the primary dealer's sales, and it signs the anti-counterfeit agreement (sales in cases).\n");
  const candidates = [
    [
      'Qingyuan (清苑)',
      {
        dealerSales: 700,
        marketSales: 1_000,
        selectedDealersSales: 8_000,
        primaryDealerSales: 10_000,
        agreementSigned: true,
      },
    ],
    [
      'Mancheng (滿城)',
      {
        dealerSales: 699,
        marketSales: 1_000,
        selectedDealersSales: 8_000,
        primaryDealerSales: 10_000,
        agreementSigned: true,
      },
    ],
    [
      'Xushui (徐水)',
      {
        dealerSales: 900,
        marketSales: 1_000,
        selectedDealersSales: 8_000,
        primaryDealerSales: 10_000,
        agreementSigned: false,
      },
    ],
  ];
  const qualification = candidates.map(([name, input]) => {
    const result = checkQualification(input);
    return [
      name,
      `${number.format(input.dealerSales)} / ${number.format(input.marketSales)} = ${percent(result.marketShare)}`,
      `${number.format(input.selectedDealersSales)} / ${number.format(input.primaryDealerSales)} = ${percent(result.networkShare)}`,
      input.agreementSigned ? 'signed' : 'not signed',
      result.qualified ? 'qualifies' : `fails: ${result.failures.join(', ')}`,
    ];
  });
  console.log(
    formatTable(['Dealer', 'Own / market', 'Selected / primary', 'Agreement', 'Result'], qualification, {
      align: 'lrrll',
    }),
  );

  console.log('\nCompliance: three calendar months in a row under 70 % of the market revoke a membership.\n');
  const months = ['2026-06', '2026-07', '2026-08'];
  const members = [
    ['Qingyuan (清苑)', [650, 690, 600]],
    ['Mancheng (滿城)', [650, 700, 600]],
  ];
  const compliance = members.map(([name, sales]) => {
    const review = reviewCompliance({
      months: months.map((month, i) => ({ month, sales: sales[i], marketSales: 1_000 })),
    });
    return [
      name,
      ...sales.map((s) => percent(s / 1_000)),
      String(review.shortfallStreak),
      review.revoke ? `revoke: ${review.reasons.join(', ')}` : 'keep',
    ];
  });
  console.log(formatTable(['Member', ...months, 'Months in a row', 'Decision'], compliance, { align: 'lrrrrl' }));
  console.log("Exactly 70 % is not a shortfall, so 2026-07 at 70 % breaks the second member's run.");

  const fine = counterfeitPenalty({ fineFen: MIN_COUNTERFEIT_FINE_FEN });
  console.log(
    `\nSelling counterfeits: a fine of at least ${money(fine.fineFen)}; 80 % rewards the whistle-blower ` +
      `(${money(fine.whistleblowerRewardFen)}), the maker keeps ${money(fine.retainedFen)}.`,
  );
}

printBudgets();
console.log();
printPay("Salesperson pay, the source's August example: network building is 30 % of pay.", SOURCE.pay);
if (customPay) {
  console.log();
  printPay('Your salesperson:', customPay);
}
console.log();
printRules();
