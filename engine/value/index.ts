// Public API of the value ledger: potential value, leakage by cause, open at end, cost, return and the
// five objectives, booked as a replication's items live.
export { delayHours } from './delayParts.ts';
export type { ObjectiveInputs } from './objectives.ts';
export { scoreObjectives } from './objectives.ts';
export { ServiceOutage } from './serviceOutage.ts';
export { ValueLedger } from './valueLedger.ts';
export type {
  DelayPart,
  DeliverableValue,
  LeakageCause,
  ObjectiveScore,
  ServiceValue,
  ValueResults,
} from './valueResults.ts';
export { DELAY_PARTS, LEAKAGE_CAUSES } from './valueResults.ts';
