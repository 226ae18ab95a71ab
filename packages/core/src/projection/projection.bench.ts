import { bench, describe } from 'vitest';
import { projectRevenue } from './project.js';
import { formatProjectionTable } from './table.js';

describe('projectRevenue', () => {
  bench("the source's five-year scenario (60 months)", () => {
    projectRevenue();
  });

  bench('ten years with 90 % renewal and other income (120 months)', () => {
    projectRevenue({
      months: 120,
      renewalRate: 0.9,
      otherIncome: [{ id: 'events', monthlyFen: 2_000_000, yearlyFen: 10_000_000 }],
    });
  });
});

describe('formatProjectionTable', () => {
  const tenYears = projectRevenue({ months: 120 });

  bench('yearly table of ten years', () => {
    formatProjectionTable(tenYears);
  });
});
