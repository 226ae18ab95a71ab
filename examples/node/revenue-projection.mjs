#!/usr/bin/env node
// Prints the car-owners' club franchise projection of the source (A5 §4.2) as a yearly table,
// then compares the model's year-5 figures with the source's own claims.
//
//   node examples/node/revenue-projection.mjs [--months N] [--renewal R] [--locale L]
//
// --months   length of the projection in months (default 60, the source's five years)
// --renewal  share of members who renew at each anniversary, 0 to 1 (default 1: no member lost)
// --locale   zh-Hant, zh-Hans, en (default) or any locale Intl knows
import { parseArgs } from 'node:util';
import { formatProjectionTable, projectRevenue } from '@clubkit/core/projection';

const USAGE = 'usage: node revenue-projection.mjs [--months N] [--renewal R] [--locale L]';

/** The source's claims for year 5 (A5 §4.2). */
const claims = { feesFen: 540_000_000, parc: 200_000, penetration: 0.09, members: 18_000 };

function number(flag, text) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) fail(`--${flag} needs a number, got ${JSON.stringify(text)}`);
  return value;
}

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      months: { type: 'string' },
      renewal: { type: 'string' },
      locale: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const input = {};
const months = number('months', values.months);
const renewalRate = number('renewal', values.renewal);
if (months !== undefined) input.months = months;
if (renewalRate !== undefined) input.renewalRate = renewalRate;

let projection;
let table;
try {
  projection = projectRevenue(input);
  table = formatProjectionTable(projection, { locale: values.locale, by: 'year' });
} catch (error) {
  // ClubError: a stable code, a message, and for bad input the field issues.
  if (error?.code) fail(`${error.code}: ${error.message}`);
  throw error;
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
      isSourceScenario ? 'With about 90 % renewal (--renewal 0.902) the model reaches the 5.4 M and about 9 % of 160,000 cars.' : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
