import { addDays } from '@clubkit/core';
import type { Campaign, MembershipApplication } from '@clubkit/core/membership';
import { IdPrefix } from '@clubkit/core';
import { newId } from '../http/ids.js';

/**
 * The demo's two marketing campaigns (A2 §1's report speaks of two), relative to `today`: one that
 * ended two months ago and one running now, and every other application submitted while one ran
 * naming it. Ids and choices come from no random draw, so the rest of the demo data (made by the
 * seeded generator) is the same with them as without.
 */
export function demoCampaigns(
  today: string,
  base: Date,
  applications: readonly MembershipApplication[],
): { campaigns: Campaign[]; applications: MembershipApplication[] } {
  const campaign = (n: number, name: string, from: string, to: string): Campaign => ({
    id: newId(IdPrefix.campaign, base, new Uint8Array(10).fill(n)),
    name,
    from,
    to,
  });
  const campaigns = [
    campaign(1, '新車主招募', addDays(today, -150), addDays(today, -61)),
    campaign(2, '銀行卡友專享', addDays(today, -60), addDays(today, 30)),
  ];
  let n = 0;
  const named = applications.map((application) => {
    const day = application.submittedAt.slice(0, 10);
    const running = campaigns.find((c) => c.from <= day && day <= c.to);
    return running && n++ % 2 === 0 ? { ...application, campaignId: running.id } : application;
  });
  return { campaigns, applications: named };
}
