// Public API of the policies layer: queue orders (the prioritisation techniques) and assignment
// policies (who takes an item). The contracts they implement live in engine/model.

export type { AgeingOptions } from './ageing.ts';
export { ageing } from './ageing.ts';
export { bestSkilled } from './bestSkilled.ts';
export { byResourceAvailability } from './byResourceAvailability.ts';
export { classOfServiceOrder } from './classOfServiceOrder.ts';
export type { ClosestToSlaBreachOptions } from './closestToSlaBreach.ts';
export { closestToSlaBreach } from './closestToSlaBreach.ts';
export { costOfDelay } from './costOfDelay.ts';
export { entitlementTiers } from './entitlementTiers.ts';
export { firstInFirstOut } from './firstInFirstOut.ts';
export { highestValueFirst } from './highestValueFirst.ts';
export { lastInFirstOut } from './lastInFirstOut.ts';
export { leastLoaded } from './leastLoaded.ts';
export { longestFirst } from './longestFirst.ts';
export { PolicyOptionError } from './policyOptionError.ts';
export { randomAssignment } from './randomAssignment.ts';
export { roundRobin } from './roundRobin.ts';
export { shortestFirst } from './shortestFirst.ts';
export { thenBy } from './thenBy.ts';
export { triage } from './triage.ts';
export { weightedShortestJobFirst } from './weightedShortestJobFirst.ts';
