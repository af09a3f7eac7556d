// A work type: the kind of demand (incident, request, change, feature...), how it arrives, which value
// stream it follows, and the distributions its items' attributes are drawn from when they arrive.
import type { Distribution } from '../../random/index.ts';
import type { ArrivalSource } from '../demand/arrivalSource.ts';
import type { ClassOfService, WorkCategory } from './workItem.ts';

/** A number, or a distribution to draw it from for each item. */
export type NumberOrDistribution = number | Distribution;

/**
 * What an item of this type is and needs. Every draw happens when the item arrives, from the type's
 * own attribute stream, so variants of a scenario see the same work.
 *
 * @example
 * const incident: WorkTypeDefinition = {
 *   name: 'incident',
 *   category: 'incident',
 *   valueStream: 'user support',
 *   arrivals: [poissonArrivals({ ratePerHour: 3 })],
 *   firstLineResolvable: 0.6,
 * }; // => three incidents an hour, 60% resolvable at first line
 */
export interface WorkTypeDefinition {
  /** Unique name, e.g. "incident" or "password reset". */
  readonly name: string;
  /** What kind of work it is; default "service-request". */
  readonly category?: WorkCategory;
  /** Name of the value stream its items follow. */
  readonly valueStream: string;
  /** How items arrive (several sources add up). */
  readonly arrivals: readonly ArrivalSource[];
  /** Effort per skill in hours at expert speed; skills the type's steps need but not listed here use the step's effort. */
  readonly effort?: Readonly<Record<string, Distribution>>;
  /** Weights of impact levels 1..n (1 highest); default all items impact 2 of 4 (with urgency 2: P3). */
  readonly impactWeights?: readonly number[];
  /** Weights of urgency levels 1..n (1 highest); default all items urgency 2 of 4. */
  readonly urgencyWeights?: readonly number[];
  /** Weights of the classes of service, default all standard. */
  readonly classOfServiceWeights?: Readonly<Partial<Record<ClassOfService, number>>>;
  /** Weights of entitlement tiers 0..n (0 highest, e.g. VIP, gold, silver, bronze); default one tier. */
  readonly entitlementWeights?: readonly number[];
  /** Number of distinct requesters items come from (for intake limits); default 1 000. */
  readonly requesters?: number;
  /** Value per hour once delivered or restored; default 0. */
  readonly valuePerHour?: NumberOrDistribution;
  /**
   * Hours over which a delivered item's value flows, counted from its arrival (so its potential value is
   * valuePerHour x valueLifeHours, and time before delivery is value lost to delay); default none: the
   * type's items are not valued as deliverables (incidents are valued through their service).
   */
  readonly valueLifeHours?: number;
  /**
   * Share of a delivered item's value never realised because it is not (fully) used, in [0, 1]; default 0.
   * The sources name poor adoption as a leak but give no figure: set it from your own adoption data.
   */
  readonly adoptionShortfall?: number;
  /** Penalty, in money units, for each item that leaves after its SLA due time (a fine, a service credit); default 0. */
  readonly slaBreachPenalty?: number;
  /** Cost, in money units, of each rework loop of an item (work that was not right first time); default 0. */
  readonly reworkPenalty?: number;
  /** Cost of delay per hour while undelivered; default equal to the value per hour. */
  readonly costOfDelayPerHour?: NumberOrDistribution;
  /** Hours from arrival to the deadline of fixed-date items; default none. */
  readonly deadlineHours?: NumberOrDistribution;
  /** Probability that the first line can resolve an item (the attribute "firstLineResolvable"); default 0. */
  readonly firstLineResolvable?: number;
  /** How long a requester waits in a queue before giving up (abandoning), hours; default forever. */
  readonly patience?: Distribution;
  /** The service an incident hits (by name), and the share of its value rate lost while open. */
  readonly service?: { readonly name: string; readonly impact: NumberOrDistribution };
  /** Boolean attributes drawn with these probabilities (for `skipWhen` / `exitWhen` of steps). */
  readonly attributes?: Readonly<Record<string, number>>;
  /**
   * Which group beyond first line an item needs, drawn once at its arrival from the type's own stream
   * (so a tiered and a swarming organisation see the same needs): shares by group name, adding up to at
   * most 1; the rest need first line only. The drawn group's name becomes an attribute that is true (the
   * others false) for `onlyWhen` of the group's step, and `firstLineResolvable` is true exactly when no
   * group is drawn (so a type with `needs` gives no `firstLineResolvable` share of its own).
   * @example
   * needs: { 'second line': 0.3, vendor: 0.1 } // => 60% resolvable at first line
   */
  readonly needs?: Readonly<Record<string, number>>;
  /**
   * Problem management: after `raiseAfter` admitted items of this type (recurring incidents), one item of
   * `problemType` is raised (the problem investigation, with its own stream and efforts); when it is
   * delivered, a known error is published and later arrivals of this type escalate less: the shares of
   * `needs` (or the share not resolvable at first line) are multiplied by 1 - `knownErrorEffect`, with the
   * same arrival draws (an item resolvable before stays resolvable). One known error per type and run.
   * @example
   * problems: { raiseAfter: 50, problemType: 'problem', knownErrorEffect: 0.4 }
   */
  readonly problems?: {
    readonly raiseAfter: number;
    readonly problemType: string;
    readonly knownErrorEffect: number;
  };
  /** Intake limit: refuses an item when its requester or the period is at its limit (see `intakeLimit`). */
  readonly intake?: IntakeRule;
  /** Deferral: holds an item until a release time ("after 11:00 means next working day", see `deferralRule`). */
  readonly deferral?: DeferralRule;
  /** Automation: resolves a share of items without people (see `automationRule`). */
  readonly automation?: AutomationRule;
}

/** An intake limit as the model consults it. */
export interface IntakeRule {
  admit(requester: number, now: number): boolean;
  opened(requester: number, now: number): void;
  closed(requester: number): void;
  /**
   * A fresh limit with the same parameters and no counts: every replication gets its own, so runs that
   * are alive at the same time never share counts.
   */
  forReplication(): IntakeRule;
}

/** A deferral rule as the model consults it: when an item offered at `now` is released. */
export interface DeferralRule {
  releaseTime(now: number): number;
}

/** An automation rule as the model consults it: whether an item is automated, and how long it takes. */
export interface AutomationRule {
  readonly durationHours: number;
  decide(rng: () => number): boolean;
}

/**
 * Draws a number from a fixed value or a distribution.
 * @example
 * drawNumber(3, rng); // => 3
 */
export function drawNumber(
  value: NumberOrDistribution | undefined,
  rng: () => number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  return typeof value === 'number' ? value : value.sample(rng);
}

/** The mean of a fixed value or a distribution. */
export function meanOf(value: NumberOrDistribution | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  return typeof value === 'number' ? value : value.mean;
}
