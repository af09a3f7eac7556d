// What a replication tells an observer about each item's life as it happens: refused, automated, admitted,
// value started, a step visit answered, reworked, left. The value ledger listens; the model calls only a
// listener it was given, so a run without one pays one check a call.
import type { WorkItem } from '../work/workItem.ts';

/** How an admitted item left its value stream. */
export type LeaveOutcome = 'delivered' | 'stopped' | 'abandoned';

/**
 * Receives the moments of an item's life that value and cost depend on, at the simulation time `now`.
 * Every method is called at most once per moment, in simulation order; the item is the live one (read
 * it, never change it).
 *
 * @example
 * const counter: ItemLifeListener = {
 *   refused() {}, automated() {}, admitted() {}, valueStarted() {},
 *   visitAnswered() {}, reworked() {},
 *   left(item, now, outcome) { if (outcome === 'abandoned') abandoned++; },
 * };
 * new ServiceSystem(model, { seed: 1, replication: 0, listener: counter });
 */
export interface ItemLifeListener {
  /** An offered item was refused by its intake limit; it never enters the stream. */
  refused(item: WorkItem, now: number): void;
  /**
   * An offered item was resolved without people; `valueStarted` follows at `item.valueStartTime` (the
   * automation's duration later), and it never leaves a stream it never entered.
   */
  automated(item: WorkItem, now: number): void;
  /** An offered item was admitted (it may still be deferred or wait on a dependency). */
  admitted(item: WorkItem, now: number): void;
  /** Value started flowing for the item: a restoring step finished, or it was delivered. */
  valueStarted(item: WorkItem, now: number): void;
  /** A person of the team (index in the model) started work on the item's current step visit, the first time in that visit. */
  visitAnswered(item: WorkItem, team: number, now: number): void;
  /** The item's work was not right and goes round again (at the same step or an earlier one). */
  reworked(item: WorkItem, now: number): void;
  /** The item left its value stream. */
  left(item: WorkItem, now: number, outcome: LeaveOutcome): void;
}
