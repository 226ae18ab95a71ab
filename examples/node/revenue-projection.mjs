#!/usr/bin/env node
// Prints the car-owners' club franchise projection of the source (A5 §4.2) as a yearly table,
// then compares the model's year-5 figures with the source's own claims; with --svg it also
// draws the projection as an SVG chart.
//
//   node examples/node/revenue-projection.mjs [--months N] [--renewal R] [--locale L] [--svg [FILE]]
//
// --months   length of the projection in months (default 60, the source's five years)
// --renewal  share of members who renew at each anniversary, 0 to 1 (default 1: no member lost)
// --locale   zh-Hant, zh-Hans, en (default) or any locale Intl knows
// --svg      also write the chart to FILE (default revenue-projection.svg in the current directory)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProjectionTable, projectRevenue } from '@clubkit/core/projection';
import { fail, numberFlag, orFail, parseFlags } from './cli.mjs';
import { projectionChartSvg } from './svg-chart.mjs';

const DEFAULT_SVG = 'revenue-projection.svg';
const USAGE = 'usage: node revenue-projection.mjs [--months N] [--renewal R] [--locale L] [--svg [FILE]]';
const HELP = `${USAGE}

Prints the five-year franchise projection of a car-owners' club branch (source A5 §4.2): members,
fees billed (cash) and recognized (accrual) by year, then compares year 5 with the source's claims.

  --months N     length of the projection in months, 1 to 600 (default 60)
  --renewal R    share of members who renew at each anniversary, 0 to 1 (default 1: no member lost)
  --locale L     en (default), zh-Hant, zh-Hans or any locale Intl knows
  --svg [FILE]   also write an SVG chart of the projection to FILE
                 (default: ${DEFAULT_SVG} in the current directory)
  -h, --help     show this help`;

/** The source's claims for year 5 (A5 §4.2). */
const claims = { feesFen: 540_000_000, parc: 200_000, penetration: 0.09, members: 18_000 };

// `--svg` may come without a value: give it the default file name before parsing.
const args = process.argv.slice(2).flatMap((arg, i, all) => {
  const next = all[i + 1];
  if (arg === '--svg' && (next === undefined || next.startsWith('-'))) return [`--svg=${DEFAULT_SVG}`];
  if (arg === '--svg=') return [`--svg=${DEFAULT_SVG}`];
  return [arg];
});

const values = parseFlags(
  {
    months: { type: 'string' },
    renewal: { type: 'string' },
    locale: { type: 'string', default: 'en' },
    svg: { type: 'string' },
  },
  { usage: USAGE, help: HELP, args },
);

const input = {};
const months = numberFlag('months', values.months, USAGE);
const renewalRate = numberFlag('renewal', values.renewal, USAGE);
if (months !== undefined) input.months = months;
if (renewalRate !== undefined) input.renewalRate = renewalRate;

// Core refuses bad values with a ClubError (code, message, field issues): shown as a usage error.
const projection = orFail(() => projectRevenue(input), USAGE);
const table = orFail(() => formatProjectionTable(projection, { locale: values.locale, by: 'year' }), USAGE);
const svgFile = values.svg === undefined ? undefined : resolve(values.svg);
if (svgFile !== undefined) {
  const svg = orFail(() => projectionChartSvg(projection, { locale: values.locale }), USAGE);
  try {
    writeFileSync(svgFile, svg);
  } catch (error) {
    fail(`--svg: cannot write ${svgFile}: ${error.message}`, USAGE);
  }
}

const { input: scenario } = projection;
const joiners = scenario.channels.reduce((sum, channel) => sum + channel.perMonth, 0);
const millions = (fen) => `${(fen / 100 / 1e6).toFixed(2)} M CNY`;
const percent = (ratio) => `${(ratio * 100).toFixed(2)} %`;
const count = (n) => Math.round(n).toLocaleString('en');

console.log(
  `Car-owners' club branch: ${count(joiners)} new members a month, fee ${scenario.annualFeeFen / 100} CNY a year, ` +
    `renewal ${percent(scenario.renewalRate)}, ${scenario.months} months.\n`,
);
console.log(table);
console.log();

const year5 = projection.years[4];
const isSourceScenario = scenario.renewalRate === 1;
if (!year5 || projection.input.months < 60) {
  console.log('The source makes its claims about year 5; run at least 60 months to compare with them.');
} else {
  const parcGrowth = `${count(scenario.vehicleParc.start)} + ${count(scenario.vehicleParc.growthPerMonth)} × 60`;
  console.log(
    [
      `The source claims about ${count(claims.members)} members after five years, "over 5.4 M CNY" of fees in year 5,`,
      `and members at "about 9 %" of a parc of "over ${count(claims.parc)}" cars.`,
      `${isSourceScenario ? "From the source's own assumptions" : 'In this scenario'} the model gives ${count(year5.membersAtEnd)} members at the end of year 5,`,
      `${millions(year5.billedFen)} billed in year 5 (every member pays once a year) and`,
      `${millions(year5.recognizedFen)} recognized (members at each month end × fee / 12);`,
      `the parc is ${parcGrowth} = ${count(year5.parcAtEnd)} cars, so members are ${percent(year5.penetrationAtEnd)} of it.`,
      `${count(year5.membersAtEnd)} members over ${count(claims.parc)} cars would be ${percent(year5.membersAtEnd / claims.parc)}.`,
      `Year 5 billed is ${count(Math.abs(year5.billedFen - claims.feesFen) / 100)} CNY ${year5.billedFen >= claims.feesFen ? 'more' : 'less'} than the source's 5.4 M.`,
      isSourceScenario
        ? 'With about 90 % renewal (--renewal 0.902) the model reaches the 5.4 M and about 9 % of 160,000 cars.'
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

if (svgFile !== undefined) console.log(`\nChart written to ${svgFile}`);
