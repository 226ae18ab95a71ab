// Runs every script as a developer would, with `node`, and checks what it really prints.
//   node --test            (in examples/node, after `pnpm build` at the root)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatMoney, isClubError } from '@clubkit/core';
import { projectRevenue } from '@clubkit/core/projection';
import { axisTicks, escapeXml, projectionChartSvg } from './svg-chart.mjs';
import { displayWidth, formatTable } from './text-table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'clubkit-examples-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `node <script> ...args` and returns its exit code, stdout and stderr. */
function run(script, args = [], { cwd = here } = {}) {
  const result = spawnSync(process.execPath, [join(here, script), ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Asserts a successful run with nothing on stderr, and returns its stdout. */
function ok(script, args, options) {
  const { code, stdout, stderr } = run(script, args, options);
  assert.equal(stderr, '', `stderr of ${script} ${args.join(' ')}`);
  assert.equal(code, 0);
  return stdout;
}

/** Asserts a failed run: exit 1, nothing on stdout, a message matching `message` and the usage on stderr. */
function fails(script, args, message) {
  const { code, stdout, stderr } = run(script, args);
  assert.equal(code, 1, `exit code of ${script} ${args.join(' ')}`);
  assert.equal(stdout, '');
  assert.match(stderr, message);
  assert.match(stderr, /^usage: node /m);
}

/**
 * A small well-formedness check: the document is one <svg> element with a <title>, every tag is
 * closed in order (a stack), text holds no stray `<` and only the five XML entities.
 */
function assertWellFormedSvg(svg) {
  assert.ok(svg.startsWith('<svg'), 'starts with <svg');
  assert.match(svg, /<title[^>]*>[^<]+<\/title>/, 'has a <title>');
  assert.match(svg, /<desc[^>]*>[^<]+<\/desc>/, 'has a <desc>');
  assert.doesNotMatch(svg, /<script|<foreignObject|@import|@font-face|href=/i, 'self-contained');
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  const stack = [];
  let last = 0;
  let roots = 0;
  for (const match of svg.matchAll(tag)) {
    const between = svg.slice(last, match.index);
    assert.doesNotMatch(between, /[<>]/, `stray markup before offset ${match.index}`);
    assert.doesNotMatch(between, /&(?!(?:amp|lt|gt|quot|apos);)/, `bare & before offset ${match.index}`);
    const [, closing, name, attributes, selfClosing] = match;
    assert.doesNotMatch(attributes, /&(?!(?:amp|lt|gt|quot|apos);)/, `bare & in attributes of <${name}>`);
    if (stack.length === 0) {
      assert.equal(roots, 0, 'a single root element');
      roots += 1;
    }
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes the open element`);
    else if (!selfClosing) stack.push(name);
    else if (stack.length === 0) assert.fail('the root element is not empty');
    last = match.index + match[0].length;
  }
  assert.deepEqual(stack, [], 'every element is closed');
  assert.equal(svg.slice(last).trim(), '', 'nothing after the root element');
}

describe('revenue-projection.mjs', () => {
  it("prints the source's five-year table with 6,570,000 CNY billed in year 5", () => {
    const out = ok('revenue-projection.mjs', []);
    const year5 = out.split('\n').find((line) => line.startsWith('5 '));
    assert.ok(year5, 'a row for year 5');
    assert.match(year5, /3,600\s+18,000\s+CN¥6,570,000\.00\s+CN¥5,967,750\.00\s+160,000\s+11\.25%/);
    assert.match(out, /Total\s+18,000\s+18,000\s+CN¥19,710,000\.00/);
    assert.match(out, /6\.57 M CNY billed in year 5/);
    assert.match(out, /Year 5 billed is 1,170,000 CNY more than the source's 5\.4 M\./);
    assert.doesNotMatch(out, /Chart written/);
  });

  it('writes a well-formed SVG chart with every yearly value to the file given to --svg', () => {
    const file = join(scratch, 'chart.svg');
    const out = ok('revenue-projection.mjs', ['--svg', file]);
    assert.match(out, /CN¥6,570,000\.00/, 'still prints the table');
    assert.ok(out.trimEnd().endsWith(`Chart written to ${file}`));
    const svg = readFileSync(file, 'utf8');
    assertWellFormedSvg(svg);
    assert.match(svg, /xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /version="1\.1"/);
    for (const year of projectRevenue().years) {
      assert.ok(svg.includes(formatMoney(year.billedFen, 'en')), `billed in year ${year.year}`);
      assert.ok(svg.includes(formatMoney(year.recognizedFen, 'en')), `recognized in year ${year.year}`);
    }
    assert.ok(svg.includes('CN¥6,570,000.00') && svg.includes('CN¥5,967,750.00'));
    assert.match(svg, />Members at month end</);
    assert.match(svg, />Billed \(cash\)</);
    assert.match(svg, />Recognized \(accrual\)</);
  });

  it('writes revenue-projection.svg in the current directory when --svg has no value', () => {
    const cwd = mkdtempSync(join(scratch, 'default-'));
    const out = ok('revenue-projection.mjs', ['--months', '24', '--svg'], { cwd });
    assert.match(out, /Chart written to .*revenue-projection\.svg$/m);
    assertWellFormedSvg(readFileSync(join(cwd, 'revenue-projection.svg'), 'utf8'));
  });

  it('takes the default file name when --svg is followed by another flag', () => {
    const cwd = mkdtempSync(join(scratch, 'default-'));
    ok('revenue-projection.mjs', ['--svg', '--locale', 'zh-Hant'], { cwd });
    const svg = readFileSync(join(cwd, 'revenue-projection.svg'), 'utf8');
    assertWellFormedSvg(svg);
    assert.match(svg, /xml:lang="zh-Hant"/);
    assert.match(svg, /收取會費/);
  });

  it('fails with exit 1 when the chart cannot be written, before printing anything', () => {
    fails(
      'revenue-projection.mjs',
      ['--svg', join(scratch, 'missing-dir', 'chart.svg')],
      /--svg: cannot write .*ENOENT/,
    );
  });

  it('refuses bad flags with a message on stderr and exit 1', () => {
    fails('revenue-projection.mjs', ['--months', 'many'], /--months needs a number, got "many"/);
    fails('revenue-projection.mjs', ['--renewal', '1.5'], /invalid-input: .*renewalRate/);
    fails('revenue-projection.mjs', ['--colour', 'red'], /Unknown option '--colour'/);
  });
});

describe('svg-chart.mjs', () => {
  it('is a pure function: the same projection gives the same SVG', () => {
    const projection = projectRevenue({ months: 30, renewalRate: 0.9 });
    const svg = projectionChartSvg(projection);
    assert.equal(projectionChartSvg(projection), svg);
    assertWellFormedSvg(svg);
    assert.match(svg, /Year 3 \(6 mo\)/, 'labels a partial last year');
  });

  it('stays well-formed for a one-month and a fifty-year projection, in every built-in locale', () => {
    for (const months of [1, 600]) {
      for (const locale of ['en', 'zh-Hant', 'zh-Hans'])
        assertWellFormedSvg(projectionChartSvg(projectRevenue({ months }), { locale }));
    }
  });

  it('refuses data that is not a projection, and an unknown locale, with a ClubError', () => {
    assert.throws(
      () => projectionChartSvg({ months: [] }),
      (error) => isClubError(error) && error.code === 'invalid-input',
    );
    assert.throws(
      () => projectionChartSvg(projectRevenue(), { locale: 'no such locale' }),
      (error) => isClubError(error),
    );
  });

  it('escapes markup in text and picks round axis steps that cover the maximum', () => {
    assert.equal(
      escapeXml(`<a href="x">Tom & Jerry's</a>`),
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    assert.deepEqual(axisTicks(18_000), [0, 5_000, 10_000, 15_000, 20_000]);
    assert.deepEqual(
      axisTicks(657_000_000, { integer: true }),
      [0, 200_000_000, 400_000_000, 600_000_000, 800_000_000],
    );
    assert.deepEqual(axisTicks(0, { integer: true }), [0, 1]);
  });
});

describe('vip-savings.mjs', () => {
  const date = ['--date', '2026-11-27'];

  it("prices the sample member's spend against the sample merchants and finds the card worth it", () => {
    const out = ok('vip-savings.mjs', date);
    assert.match(out, /VIP card: CN¥365\.00 a year, "1 CNY a day"/);
    assert.match(
      out,
      /^Car wash\s+CN¥960\.00\s+24\s+CN¥40\.00\s+CN¥360\.00\s+天人洗車中心\s+member price CN¥25\.00 \(list CN¥40\.00\), VIP only$/m,
    );
    assert.match(
      out,
      /^Maintenance\s+CN¥1,600\.00\s+2\s+CN¥800\.00\s+CN¥240\.00\s+天人汽修\s+15 % off, at most CN¥150\.00, VIP only$/m,
    );
    assert.match(out, /^Dining\s+CN¥3,000\.00\s+12\s+CN¥250\.00\s+CN¥720\.00\s+曼聽傣味館/m);
    assert.match(out, /^Hotels\s+CN¥1,500\.00\s+3\s+CN¥500\.00\s+CN¥225\.00\s+版納雨林度假酒店/m);
    assert.match(out, /^Total\s+CN¥7,060\.00\s+CN¥1,545\.00$/m);
    assert.match(
      out,
      /Worth it: the card saves CN¥1,545\.00 a year against its fee of CN¥365\.00, CN¥1,180\.00 ahead\./,
    );
    assert.match(
      out,
      /Standard members get CN¥790\.00 of that without the card; the VIP-only offers add CN¥755\.00, more than the fee/,
    );
    assert.match(
      out,
      /94 days to the anniversary on 2027-03-01 at CN¥1\.00 a day = CN¥94\.00 now, then CN¥365\.00 a year/,
    );
  });

  it('changes the spend of the categories given with --spend and keeps the others', () => {
    const out = ok('vip-savings.mjs', [
      ...date,
      '--spend',
      'dining=0',
      '--spend',
      'hotel=0',
      '--spend',
      'maintenance=0',
    ]);
    assert.match(out, /^Car wash\s+CN¥960\.00\s+24\s+CN¥40\.00\s+CN¥360\.00/m);
    assert.match(out, /Not worth it: the card saves CN¥360\.00 a year against its fee of CN¥365\.00, CN¥5\.00 short\./);
    const ktv = ok('vip-savings.mjs', [...date, '--spend', 'ktv=1200', '--visits', 'hotel=1']);
    assert.match(ktv, /^KTV\s+CN¥1,200\.00\s+12\s+CN¥100\.00\s+CN¥0\.00\s+-\s+no partner offer applies$/m);
    assert.match(
      ktv,
      /^Hotels\s+CN¥1,500\.00\s+1\s+CN¥1,500\.00\s+CN¥100\.00/m,
      'one night at 1,500: the 100 CNY cap applies',
    );
  });

  it('shows the offers standard members get with --tier standard', () => {
    const out = ok('vip-savings.mjs', [...date, '--tier', 'standard']);
    assert.match(out, /^Car wash\s+CN¥960\.00\s+24\s+CN¥40\.00\s+CN¥240\.00\s+金孔雀洗車行\s+CN¥10\.00 off$/m);
    assert.match(out, /^Total\s+CN¥7,060\.00\s+CN¥790\.00$/m);
    assert.match(out, /Standard membership is free: these offers save CN¥790\.00 a year\./);
    assert.match(out, /With the VIP card the same spend saves CN¥1,545\.00 a year for CN¥365\.00: worth it\./);
  });

  it('prorates an upgrade by whole days up to the anniversary of --joined', () => {
    const out = ok('vip-savings.mjs', ['--date', '2026-06-15', '--joined', '2024-02-29']);
    // The 02-29 anniversary falls on 2027-02-28: 258 days at 1 CNY.
    assert.match(
      out,
      /member since 2024-02-29: 258 days to the anniversary on 2027-02-28 at CN¥1\.00 a day = CN¥258\.00 now/,
    );
  });

  it('prints in Chinese with columns aligned by display width', () => {
    const out = ok('vip-savings.mjs', [...date, '--locale', 'zh-Hant']);
    // Money reads ¥ in Chinese (CN¥ only where ¥ could be the Japanese yen).
    assert.match(out, /VIP卡年費¥365\.00，「1天1元錢」/);
    assert.match(
      out,
      /^洗車\s+¥960\.00\s+24\s+¥40\.00\s+¥360\.00\s+天人洗車中心\s+會員價¥25\.00（原價¥40\.00），限VIP$/m,
    );
    assert.match(out, /划算：每年節省¥1,545\.00，年費¥365\.00，淨省¥1,180\.00。/);
    assert.match(out, /距週年日2027-03-01還有94天/);
    const lines = out.split('\n');
    const rule = lines.find((line) => line.startsWith('---'));
    const table = lines
      .slice(lines.indexOf(rule) - 1, lines.lastIndexOf(rule) + 2)
      .filter((line) => !line.startsWith('---'));
    // The fifth column (the saving) is right-aligned: on every line a cell ends at the same
    // terminal column as the fifth dashes of the rule, however many Chinese characters precede it.
    const end = rule.split('  ').slice(0, 5).join('  ').length;
    const endsCellAt = (line, column) => {
      const chars = [...line];
      let width = 0;
      for (let i = 0; i < chars.length; i += 1) {
        width += displayWidth(chars[i]);
        if (width === column) return chars[i] !== ' ' && (chars[i + 1] === undefined || chars[i + 1] === ' ');
        if (width > column) return false;
      }
      return false;
    };
    assert.equal(table.length, 6, 'header, four categories, total');
    for (const line of table) assert.ok(endsCellAt(line, end), `saving column ends at ${end}: ${line}`);
    assert.match(ok('vip-savings.mjs', [...date, '--locale', 'zh-Hans']), /^洗车\s+¥960\.00/m);
  });

  it('refuses bad flags with a message on stderr and exit 1', () => {
    fails(
      'vip-savings.mjs',
      [...date, '--spend', 'carwash=960'],
      /--spend: unknown category "carwash"; one of .*car-wash/,
    );
    fails('vip-savings.mjs', [...date, '--spend', 'car-wash'], /--spend needs CATEGORY=VALUE/);
    fails('vip-savings.mjs', [...date, '--spend', 'car-wash=lots'], /--spend needs a number, got "lots"/);
    fails('vip-savings.mjs', [...date, '--visits', 'dining=0'], /--visits must be at least 1/);
    fails('vip-savings.mjs', [...date, '--tier', 'gold'], /--tier must be vip or standard, got "gold"/);
    fails('vip-savings.mjs', ['--date', '2026-02-30'], /--date needs a calendar date as YYYY-MM-DD, got "2026-02-30"/);
    fails(
      'vip-savings.mjs',
      [...date, '--joined', '2027-01-01'],
      /--joined \(2027-01-01\) must not be after --date \(2026-11-27\)/,
    );
    fails('vip-savings.mjs', [...date, '--locale', 'fr'], /--locale must be one of en, zh-Hant, zh-Hans/);
    fails('vip-savings.mjs', [...date, '--spend', 'dining=1e30'], /invalid-input: yuan\(\) amount is too large/);
  });
});

describe('alliance.mjs', () => {
  it('prints the Baoding (50,000 CNY) and Changshu (52,400 CNY) budgets line by line', () => {
    const out = ok('alliance.mjs', []);
    assert.match(out, /^\s+Baoding \(保定\)\s+Changshu \(常熟\)$/m);
    assert.match(out, /^Plaques\s+20\s+32$/m);
    assert.match(out, /^Reward: sales × 4 ‰\s+CN¥40,000\.00\s+CN¥40,000\.00$/m);
    assert.match(out, /^Meetings: 2 × CN¥2,000\.00\s+CN¥4,000\.00\s+CN¥4,000\.00$/m);
    assert.match(out, /^Plaques × CN¥200\.00 \(one-off\)\s+CN¥4,000\.00\s+CN¥6,400\.00$/m);
    assert.match(out, /^Other\s+CN¥2,000\.00\s+CN¥2,000\.00$/m);
    assert.match(out, /^Total\s+CN¥50,000\.00\s+CN¥52,400\.00$/m);
    assert.match(out, /Baoding: 40,000 \+ 4,000 \+ 4,000 \+ 2,000 = 50,000 CNY/);
    assert.doesNotMatch(out, /Your market|Your salesperson/);
  });

  it("prints the source's salesperson pay of 2,380 CNY with its formula", () => {
    const out = ok('alliance.mjs', []);
    assert.match(out, /completion = counties with a member \/ counties counted = 16 \/ 20 = 80 %/);
    assert.match(out, /2,000 × 70 % \+ 2,000 × 30 % × 80 % \+ 500 = 1,400 \+ 480 \+ 500 = 2,380 CNY/);
    assert.match(out, /^\s+Pay\s+CN¥2,380\.00$/m);
  });

  it('shows that exactly 70 % qualifies and three months under 70 % revoke', () => {
    const out = ok('alliance.mjs', []);
    assert.match(out, /^Qingyuan \(清苑\)\s+700 \/ 1,000 = 70 %\s+8,000 \/ 10,000 = 80 %\s+signed\s+qualifies$/m);
    assert.match(out, /^Mancheng \(滿城\)\s+699 \/ 1,000 = 69\.9 %.*fails: market-share$/m);
    assert.match(out, /^Xushui \(徐水\).*not signed\s+fails: agreement$/m);
    assert.match(out, /^Qingyuan \(清苑\)\s+65 %\s+69 %\s+60 %\s+3\s+revoke: sales-shortfall$/m);
    assert.match(out, /^Mancheng \(滿城\)\s+65 %\s+70 %\s+60 %\s+1\s+keep$/m);
    assert.match(out, /whistle-blower \(CN¥40,000\.00\), the maker keeps CN¥10,000\.00/);
  });

  it('adds a budget for --sales and --plaques beside the source markets', () => {
    const out = ok('alliance.mjs', ['--sales', '8000000', '--plaques', '12']);
    assert.match(out, /Changshu \(常熟\)\s+Your market$/m);
    assert.match(out, /^Total\s+CN¥50,000\.00\s+CN¥52,400\.00\s+CN¥40,400\.00$/m);
  });

  it('adds a salesperson month for the pay flags, with penalties out of the visit fund', () => {
    const out = ok('alliance.mjs', ['--base', '2500', '--uncovered', '5']);
    assert.match(out, /Your salesperson:/);
    assert.match(out, /2,500 × 70 % \+ 2,500 × 30 % × 75 % \+ 500 = 1,750 \+ 562\.50 \+ 500 = 2,812\.50 CNY/);
    const fined = ok('alliance.mjs', ['--late', '1', '--missing', '3']);
    assert.match(fined, /2,000 × 70 % \+ 2,000 × 30 % × 80 % \+ 500 − 500 = 1,400 \+ 480 \+ 500 − 500 = 1,880 CNY/);
    assert.match(fined, /the CN¥150\.00 it could not cover is still owed to the reward fund/);
    const developing = ok('alliance.mjs', ['--developing', '4']);
    assert.match(developing, /16 \/ 16 = 100 % \(4 blank counties in development left out\)/);
    assert.match(developing, /= 1,400 \+ 600 \+ 500 = 2,500 CNY/);
  });

  it('refuses bad flags with a message on stderr and exit 1', () => {
    fails('alliance.mjs', ['--sales', 'lots'], /--sales needs a number, got "lots"/);
    fails('alliance.mjs', ['--plaques', '1.5'], /--plaques needs a whole number, got "1\.5"/);
    fails('alliance.mjs', ['--counties', '0'], /--counties must be at least 1/);
    fails('alliance.mjs', ['--uncovered', '21'], /--uncovered \(21\) cannot be more than --counties \(20\)/);
    fails('alliance.mjs', ['--developing', '5'], /--developing \(5\) cannot be more than the uncovered counties \(4\)/);
    fails('alliance.mjs', ['--sales', '1e30'], /invalid-input: yuan\(\) amount is too large/);
    fails('alliance.mjs', ['--budget'], /Unknown option '--budget'/);
  });
});

describe('every script', () => {
  for (const script of ['revenue-projection.mjs', 'vip-savings.mjs', 'alliance.mjs']) {
    it(`${script} prints its usage with --help and exits 0`, () => {
      const out = ok(script, ['--help']);
      assert.ok(out.startsWith(`usage: node ${script}`));
      assert.match(out, /-h, --help/);
      assert.equal(ok(script, ['-h']), out);
    });

    it(`${script} refuses a stray argument`, () => {
      fails(script, ['extra'], /Unexpected argument 'extra'/);
    });
  }
});

describe('text-table.mjs', () => {
  it('counts Chinese and full-width characters as two terminal columns', () => {
    assert.equal(displayWidth('CN¥1.00'), 7);
    assert.equal(displayWidth('洗車'), 4);
    assert.equal(displayWidth('（原價）'), 8);
  });

  it('pads cells to the widest by display width, numbers to the right', () => {
    const table = formatTable(
      ['類別', 'Saving'],
      [
        ['洗車', '1.00'],
        ['Dining', '10.00'],
      ],
      { footer: ['合計', '11.00'] },
    );
    assert.equal(
      table,
      ['類別    Saving', '------  ------', '洗車      1.00', 'Dining   10.00', '------  ------', '合計     11.00'].join(
        '\n',
      ),
    );
  });
});
