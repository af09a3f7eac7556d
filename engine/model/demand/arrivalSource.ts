// The contract between demand and the model runtime: what one arrival carries, what a source needs from
// the model to run, and the arrival source itself; every arrival process in this folder implements it.
import type { Simulation } from '../../kernel/index.ts';
import type { Rng } from '../../random/index.ts';

/**
 * One arrival (or a batch of them) that a source offers to the model. Sources reuse one frozen object
 * for plain single arrivals, so the runtime must read an arrival's fields, never keep or change it.
 *
 * @example
 * const storm: Arrival = { count: 1, burstOf: 3 }; // one incident of the third storm
 */
export interface Arrival {
  /** Items arriving together (a batch), a whole number >= 1. */
  readonly count: number;
  /** The work type's name, when replayed data names it. */
  readonly typeName?: string;
  /** P1..Pn (1 is the most urgent), when replayed data fixes it. */
  readonly priority?: number;
  /** The effort in hours, when replayed data fixes it. */
  readonly effortHours?: number;
  /** Number of the trigger (from 1) when the arrival is part of a storm of related incidents. */
  readonly burstOf?: number;
}

/**
 * What a source needs from the model to run: the simulation to schedule on, its own random stream,
 * and the function to call at each arrival instant.
 *
 * @example
 * const context: ArrivalContext = {
 *   simulation,
 *   rng: stream(seed, replication, 'arrivals:incident'),
 *   offer: (arrival) => admitWork('incident', arrival),
 * };
 */
export interface ArrivalContext {
  /** The simulation whose calendar the source schedules its arrivals on. */
  readonly simulation: Simulation;
  /** The source's own stream, e.g. `stream(seed, rep, 'arrivals:incident')`. */
  readonly rng: Rng;
  /** Called at the arrival instant (inside the arrival's event) with what arrived. */
  offer(arrival: Arrival): void;
}

/** A work type (and priority) named by a source's data, and where: "line 14", "rows[3]". */
export interface NamedDemand {
  readonly typeName: string;
  readonly priority?: number;
  readonly where: string;
}

/**
 * A generator of arrival instants for one work type. A source is a description: it keeps no state
 * between starts, so one source can be started on the simulation of every replication.
 *
 * @example
 * const incidents = poissonArrivals({ ratePerHour: 2 });
 * incidents.start({ simulation, rng: stream(42, 0, 'arrivals:incident'), offer });
 * simulation.run({ until: 24 }); // offer was called about 48 times
 */
export interface ArrivalSource {
  /** Which kind of source, e.g. "poisson"; a literal in each implementation. */
  readonly kind: string;
  /**
   * Expected items per hour averaged over a week (a batch of 3 counts as 3), for capacity checks and
   * messages. Sources of a finite list of times average over the whole weeks the list spans.
   */
  readonly meanRatePerHour: number;
  /**
   * The work types and priorities the source's own data names (replayed tickets), each with where it
   * was found. The model checks them before the run, so a ticket of an unknown type or priority is
   * refused up front rather than mid-run. Sources that offer only their work type's items leave it out.
   */
  readonly namedDemand?: readonly NamedDemand[];
  /**
   * Schedules the source's arrivals on `context.simulation`, from its current time on; arrivals set
   * before that time are skipped. Each call starts an independent run of the source.
   */
  start(context: ArrivalContext): void;
}

/** The arrival every single-item source offers: frozen and shared, so an arrival allocates nothing. */
export const _SINGLE_ARRIVAL: Arrival = Object.freeze({ count: 1 });

/** Hours in a week: time 0 is Monday 00:00, so the time within the week is `time % HOURS_PER_WEEK`. */
export const HOURS_PER_WEEK = 168;

/**
 * The weekly average rate of a finite list of arrivals: the expected items divided by the hours of the
 * whole weeks from week 0 to the week of the last arrival (at least one week). Internal to the folder.
 * @param expectedItems - items the list brings in total (expected, for random sizes)
 * @param lastTime - time of the last arrival in hours, or -Infinity for an empty list
 * @returns items per hour
 * @example
 * _weeklyAverageOfList(336, 200); // => 1 (336 items over weeks 0 and 1)
 */
export function _weeklyAverageOfList(expectedItems: number, lastTime: number): number {
  const weeks = Math.max(1, Math.floor(lastTime / HOURS_PER_WEEK) + 1);
  return expectedItems / (weeks * HOURS_PER_WEEK);
}
