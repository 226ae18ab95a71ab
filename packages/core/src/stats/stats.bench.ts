import * as z from 'zod/mini';
import { bench, describe } from 'vitest';
import { Membership } from '../membership/index.js';
import { Complaint } from '../service/index.js';
import { complaintStats } from './complaint-stats.js';
import { generateMerchants } from '../merchants/fixtures.js';
import { applicationOf, generateComplaints, generateMemberships } from './fixtures.js';
import { memberStats } from './member-stats.js';
import { merchantStats } from './merchant-stats.js';

const memberships = generateMemberships(2_000);
const applications = Array.from({ length: 200 }, (_, i) =>
  applicationOf(i + 1, i % 3 === 0 ? 'submitted' : i % 3 === 1 ? 'approved' : 'rejected'),
);
const complaints = generateComplaints(1_000);
const Memberships = z.array(Membership);
const Complaints = z.array(Complaint);

// Budget: about 20 ms per call at these sizes. The bare schema parses show the floor that
// validating every record sets, whatever the report does on top.
describe('memberStats over 2,000 memberships', () => {
  bench('memberStats with 200 applications', () => {
    memberStats(memberships, '2026-06-01', { applications });
  });
  bench('floor: parsing the 2,000 memberships once', () => {
    Memberships.parse(memberships);
  });
});

describe('complaintStats over 1,000 complaints', () => {
  bench('complaintStats', () => {
    complaintStats(complaints, '2026-11-20T00:00:00Z');
  });
  bench('floor: parsing the 1,000 complaints once', () => {
    Complaints.parse(complaints);
  });
});

describe('merchantStats over 10,000 merchants', () => {
  const merchants = generateMerchants(10_000);
  bench('merchantStats for any tier', () => {
    merchantStats(merchants, { date: '2026-11-27' });
  });
});
