// Tests of entitlementTiers(): VIP (tier 0) before gold before silver before bronze, FIFO within a tier.
import { describe, expect, it } from 'vitest';
import { entitlementTiers } from '../../../engine/policies/entitlementTiers.ts';
import { makeItems, serviceOrder } from './items.ts';

const VIP = 0;
const GOLD = 1;
const SILVER = 2;
const BRONZE = 3;

describe('entitlementTiers', () => {
  it('serves tiers [bronze, silver, VIP, gold, silver] in the order [2, 3, 1, 4, 0]', () => {
    const items = makeItems([
      { entitlement: BRONZE },
      { entitlement: SILVER, enqueuedAt: 1 },
      { entitlement: VIP, enqueuedAt: 4 },
      { entitlement: GOLD },
      { entitlement: SILVER, enqueuedAt: 2 },
    ]);
    expect(serviceOrder(items, entitlementTiers())).toEqual([2, 3, 1, 4, 0]);
  });

  it('puts entitlement above priority: a bronze P1 waits behind a VIP P4', () => {
    const items = makeItems([
      { entitlement: BRONZE, priority: 1 },
      { entitlement: VIP, priority: 4 },
    ]);
    expect(serviceOrder(items, entitlementTiers())).toEqual([1, 0]);
  });

  it('is a frozen, static order of kind entitlement-tiers', () => {
    const order = entitlementTiers();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['entitlement-tiers', false, true]);
  });
});
