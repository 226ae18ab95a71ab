// Prints the medians of a `vitest bench --outputJson` run side by side, with the targets the
// project holds them to.
import { readFile } from 'node:fs/promises';

const targets = [
  { match: /searchMerchants.*text query/, ms: 5, label: 'under 5 ms a query' },
  { match: /projectRevenue.*ten years/, ms: 1, label: 'under 1 ms' },
];
const report = JSON.parse(await readFile(process.argv[2], 'utf8'));
const rows = [];
for (const file of report.files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      const name = `${group.fullName.split(' > ').slice(1).join(' > ')} > ${b.name}`;
      const target = targets.find((t) => t.match.test(name));
      rows.push({ name, median: b.median, p75: b.p75, samples: b.sampleCount ?? b.samples?.length, target });
    }
  }
}
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'benchmark'.padEnd(width)}  median ms     p75 ms  samples  target`);
for (const r of rows) {
  const verdict = r.target ? `${r.target.label}: ${r.median < r.target.ms ? 'met' : 'MISSED'}` : '';
  console.log(
    `${r.name.padEnd(width)}  ${r.median.toFixed(4).padStart(9)}  ${r.p75.toFixed(4).padStart(9)}  ${String(r.samples).padStart(7)}  ${verdict}`,
  );
}
