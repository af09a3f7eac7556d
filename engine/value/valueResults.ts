// What the value ledger reports for one replication: potential value, where it went (realised, leaked by
// cause, still open at the end), the cost of the people and tickets, the return, and the five objectives.

/**
 * Where potential value leaks, one name a cause:
 * - `delay`: a deliverable's value life spent before delivery;
 * - `outage`: a service's value lost while incidents were open;
 * - `abandonment`: users who gave up waiting (a deliverable's whole potential; an incident's outage);
 * - `refused`: items turned away by an intake limit (their whole potential);
 * - `stopped`: items stopped before delivery (an exit that does not deliver);
 * - `poorAdoption`: the share of delivered value never used (`adoptionShortfall`);
 * - `nonConformance`: SLA breach penalties and rework costs.
 */
export const LEAKAGE_CAUSES = [
  'delay',
  'outage',
  'abandonment',
  'refused',
  'stopped',
  'poorAdoption',
  'nonConformance',
] as const;

/** One cause of value leakage (see {@link LEAKAGE_CAUSES}). */
export type LeakageCause = (typeof LEAKAGE_CAUSES)[number];

/**
 * The parts of delay leakage: waiting in queues for a first answer, waiting again after a hand-over (next
 * step, rework, end of shift), being worked, blocked (deferred, gated, on a dependency, on the requester),
 * and other: time in someone's hands but not worked (the holder off shift overnight or at the weekend, or
 * working another item in hand). A deliverable whose value life ended before delivery has its parts
 * scaled to that life. For an item still in progress at the end of the run, the time since its holder's
 * last progress counts as worked.
 */
export const DELAY_PARTS = ['waiting', 'handedOver', 'worked', 'blocked', 'other'] as const;

/** One part of delay leakage (see {@link DELAY_PARTS}). */
export type DelayPart = (typeof DELAY_PARTS)[number];

/** A service's value over the measured window. */
export interface ServiceValue {
  readonly name: string;
  /** Value rate x measured hours. */
  readonly potential: number;
  /** What flowed while no incident took a share of it. */
  readonly realised: number;
  /** Lost while incidents were open and worked on (or stopped). */
  readonly outage: number;
  /** Lost while incidents were open whose users then gave up. */
  readonly abandonment: number;
}

/** A work type's deliverables that arrived in the measured window (types with a value life). */
export interface DeliverableValue {
  readonly type: string;
  /** Items of the type that arrived in the window. */
  readonly items: number;
  /** Value rate x value life, added up over those items. */
  readonly potential: number;
  /** Value that flowed and was used before the end of the run, less the type's penalties. */
  readonly realised: number;
  /** Value life spent before delivery, up to the end of the run. */
  readonly delay: number;
  /** Value life after the end of the run, delivered or not. */
  readonly openAtEnd: number;
}

/** One of the five objectives of high-velocity IT, and the measure the ledger uses for it. */
export interface ObjectiveScore {
  readonly objective:
    | 'valuable investment'
    | 'fast development'
    | 'resilient operations'
    | 'co-created value'
    | 'assured conformance';
  /** What `value` measures, in words. */
  readonly measure: string;
  /** The measure; null when it has nothing to measure (no deliverables, no services). */
  readonly value: number | null;
}

/**
 * The value ledger's account of one replication over its measured window. Potential value comes from
 * services (value rate x window) and deliverables arriving in the window (value rate x value life); each
 * unit of it is booked exactly once: potential = realised + sum of leakage + openAtEnd (`balance` is what
 * is left over, 0 to rounding). Cost is not a leakage; return = realised - cost. Money units throughout.
 *
 * @example
 * const value = runServiceReplication(model, { seed: 1, replication: 0, hours: 8_760 }).value;
 * value.leakage.delay;  // => value lost to waiting for delivery
 * value.balance;        // => 0 (to rounding)
 */
export interface ValueResults {
  /** Length of the measured window, hours. */
  readonly measuredHours: number;
  readonly potential: number;
  readonly realised: number;
  readonly leakage: Readonly<Record<LeakageCause, number>>;
  /** `leakage.delay` in its parts, which add up to it. */
  readonly delayParts: Readonly<Record<DelayPart, number>>;
  /** Deliverables' value life after the end of the run. */
  readonly openAtEnd: number;
  /** People's hours at their rate (busy and idle; on-call hours called in, at the team's multiplier) plus tickets. */
  readonly cost: number;
  readonly costParts: { readonly people: number; readonly tickets: number };
  readonly return: number;
  /** potential - realised - sum of leakage - openAtEnd: 0 to rounding. */
  readonly balance: number;
  readonly services: readonly ServiceValue[];
  readonly deliverables: readonly DeliverableValue[];
  readonly objectives: readonly ObjectiveScore[];
}
