// An intake limit: how much demand is taken in, per requester (at most k open items each) and per
// period ("20 requests a week", "one request per quarter"), kept as counts the runtime updates.
import { DemandParameterError } from './demandParameterError.ts';
import { _readDemandParameters, _requirePositive, _requireWholeNumber } from './demandParameterRules.ts';

/** A cap on items opened per period; periods are [k·periodHours, (k+1)·periodHours). */
export interface IntakePeriodLimit {
  /** Items that may be opened per period, a whole number >= 1. */
  readonly count: number;
  /** The period in hours, > 0 (168: a week, 2184: a quarter of 13 weeks). */
  readonly periodHours: number;
  /** Whether the cap is for all requesters together ('all', the default) or for each one. */
  readonly scope?: 'all' | 'each-requester';
}

/** Parameters of {@link intakeLimit}; at least one of the two limits. */
export interface IntakeLimitParameters {
  /** At most this many open items per requester, a whole number >= 1. */
  readonly perRequester?: number;
  /** At most this many items opened per period. */
  readonly perPeriod?: IntakePeriodLimit;
}

/** The counts behind an intake limit; one per replication, since it keeps state. */
export interface IntakeLimit {
  readonly kind: 'intake-limit';
  /** Open items allowed per requester; Infinity when unlimited. */
  readonly perRequester: number;
  /** The period cap, if any (with its scope filled in). */
  readonly perPeriod?: Required<IntakePeriodLimit>;
  /** True when an item of this requester may be taken in now; changes nothing. */
  admit(requester: number, now: number): boolean;
  /** Counts an item taken in (the runtime may take in items admit refused, e.g. P1 incidents). */
  opened(requester: number, now: number): void;
  /** Counts an item of this requester closed (completed, refused later, abandoned). */
  closed(requester: number): void;
  /** The requester's open items. */
  openCount(requester: number): number;
  /** A fresh limit with the same parameters and no counts; the service system takes one per replication. */
  forReplication(): IntakeLimit;
}

/**
 * Builds the counts that decide whether demand is taken in: a requester with `perRequester` open items
 * must wait for one to close, and once `perPeriod.count` items were opened in the current period, the
 * rest wait for the next period (periods are [k·P, (k+1)·P), k = 0, 1, ..., the count resetting at each
 * boundary). The runtime asks `admit`, then reports `opened` and `closed`; what happens to a refused
 * item (refused, deferred, retried) is the runtime's decision.
 *
 * Requesters are numbered from 0; counts sit in typed arrays that grow on demand, so each call is O(1)
 * amortised with no Map look-up. It keeps state: build one per replication.
 *
 * @param parameters - `{ perRequester?, perPeriod?: { count, periodHours, scope? } }`, at least one
 * @returns an intake limit with `admit`, `opened`, `closed` and `openCount`
 * @throws DemandParameterError naming the field and the value (e.g. "intakeLimit: perPeriod.count must be
 *   a whole number >= 1, got 0"); `admit`, `opened` and `closed` throw RangeError for a requester that is
 *   not a whole number >= 0, and `closed` throws Error when the requester has no open item
 * @example
 * const limit = intakeLimit({ perRequester: 1 });
 * limit.opened(7, 2.5);
 * [limit.admit(7, 3), limit.admit(8, 3)]; // => [false, true]
 */
export function intakeLimit(parameters: IntakeLimitParameters): IntakeLimit {
  const fields = _readDemandParameters('intakeLimit', parameters);
  if (fields.perRequester === undefined && fields.perPeriod === undefined) {
    throw new DemandParameterError(
      'intakeLimit',
      'parameters',
      'at least one of perRequester, perPeriod',
      fields,
    );
  }
  const perRequester =
    fields.perRequester === undefined
      ? Number.POSITIVE_INFINITY
      : _requireWholeNumber('intakeLimit', 'perRequester', fields.perRequester, 1);
  const perPeriod = fields.perPeriod === undefined ? undefined : readPeriodLimit(fields.perPeriod);
  return new IntakeCounts(perRequester, perPeriod);
}

function readPeriodLimit(value: unknown): Required<IntakePeriodLimit> {
  const fields = _readDemandParameters('intakeLimit', value);
  const count = _requireWholeNumber('intakeLimit', 'perPeriod.count', fields.count, 1);
  const periodHours = _requirePositive('intakeLimit', 'perPeriod.periodHours', fields.periodHours);
  const scope = fields.scope ?? 'all';
  if (scope !== 'all' && scope !== 'each-requester') {
    throw new DemandParameterError('intakeLimit', 'perPeriod.scope', "'all' or 'each-requester'", scope);
  }
  return Object.freeze({ count, periodHours, scope });
}

class IntakeCounts implements IntakeLimit {
  readonly kind = 'intake-limit';
  readonly perRequester: number;
  readonly perPeriod?: Required<IntakePeriodLimit>;
  private openItems = new Int32Array(16);
  // Per requester: items opened in the period numbered in requesterPeriods (scope 'each-requester').
  private requesterPeriodCounts = new Int32Array(16);
  private requesterPeriods = new Float64Array(16).fill(-1);
  // All requesters together (scope 'all').
  private period = -1;
  private periodCount = 0;

  constructor(perRequester: number, perPeriod: Required<IntakePeriodLimit> | undefined) {
    this.perRequester = perRequester;
    if (perPeriod !== undefined) this.perPeriod = perPeriod;
  }

  admit(requester: number, now: number): boolean {
    checkRequester(requester);
    if (this.openCount(requester) >= this.perRequester) return false;
    const limit = this.perPeriod;
    return limit === undefined || this.openedInPeriod(requester, now, limit) < limit.count;
  }

  opened(requester: number, now: number): void {
    checkRequester(requester);
    this.ensureRoom(requester);
    this.openItems[requester] = (this.openItems[requester] ?? 0) + 1;
    const limit = this.perPeriod;
    if (limit === undefined) return;
    const period = Math.floor(now / limit.periodHours);
    if (limit.scope === 'all') {
      if (period !== this.period) {
        this.period = period;
        this.periodCount = 0;
      }
      this.periodCount++;
      return;
    }
    if (this.requesterPeriods[requester] !== period) {
      this.requesterPeriods[requester] = period;
      this.requesterPeriodCounts[requester] = 0;
    }
    this.requesterPeriodCounts[requester] = (this.requesterPeriodCounts[requester] ?? 0) + 1;
  }

  closed(requester: number): void {
    checkRequester(requester);
    const open = this.openCount(requester);
    if (open === 0)
      throw new Error(`intakeLimit: closed(${requester}), but requester ${requester} has no open item`);
    this.openItems[requester] = open - 1;
  }

  openCount(requester: number): number {
    return this.openItems[requester] ?? 0;
  }

  forReplication(): IntakeLimit {
    return new IntakeCounts(this.perRequester, this.perPeriod);
  }

  private openedInPeriod(requester: number, now: number, limit: Required<IntakePeriodLimit>): number {
    const period = Math.floor(now / limit.periodHours);
    if (limit.scope === 'all') return period === this.period ? this.periodCount : 0;
    return this.requesterPeriods[requester] === period ? (this.requesterPeriodCounts[requester] ?? 0) : 0;
  }

  /** Grows the arrays (doubling) so that `requester` is a valid index. */
  private ensureRoom(requester: number): void {
    if (requester < this.openItems.length) return;
    let length = this.openItems.length;
    while (length <= requester) length *= 2;
    const openItems = new Int32Array(length);
    openItems.set(this.openItems);
    this.openItems = openItems;
    const counts = new Int32Array(length);
    counts.set(this.requesterPeriodCounts);
    this.requesterPeriodCounts = counts;
    const periods = new Float64Array(length).fill(-1);
    periods.set(this.requesterPeriods);
    this.requesterPeriods = periods;
  }
}

function checkRequester(requester: number): void {
  if (!Number.isInteger(requester) || requester < 0) {
    throw new RangeError(`intakeLimit: requester must be a whole number >= 0, got ${requester}`);
  }
}
