// Source or entitlement: work from a higher entitlement tier is served first (VIP before gold before
// silver before bronze), FIFO within a tier ("techniques based on source or type of demand", source 003).

import type { QueueOrder, WorkItem } from '../model/index.ts';

/**
 * Entitlement tiers: "Silver tier customers are prioritized over Bronze tier customers", and a request
 * from the CIO over a similar one from a sales clerk (source 003). The rank is the item's `entitlement`,
 * 0 the highest tier, so tier 0 (e.g. VIP) is served before tier 1 (gold), and so on; FIFO within a tier.
 *
 * @returns a frozen, stateless order with `kind: 'entitlement-tiers'`
 * @example
 * const queue = [item({ id: 0, entitlement: 3 }), item({ id: 1, entitlement: 0 })]; // bronze, VIP
 * selectNext(queue, entitlementTiers(), context); // => 1
 */
export function entitlementTiers(): QueueOrder {
  return Object.freeze({
    kind: 'entitlement-tiers',
    dynamic: false,
    rank: (item: WorkItem): number => item.entitlement,
  });
}
