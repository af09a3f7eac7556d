// Storms of related incidents: a trigger (a major outage) at Poisson or listed times, followed by a
// random number of related incidents, each some random delay after it and marked with the trigger's number.
import type { Distribution } from '../../random/index.ts';
import {
  _weeklyAverageOfList,
  type Arrival,
  type ArrivalContext,
  type ArrivalSource,
} from './arrivalSource.ts';
import {
  _readDemandParameters,
  _refuseFields,
  _requireCountDistribution,
  _requireDistributionOrNumber,
  _requireNonNegative,
  _requireTimes,
  _wholeCountOf,
} from './demandParameterRules.ts';

/** The shape of each storm, shared by both ways of timing the triggers. */
interface StormShape {
  /** Related incidents per trigger: a distribution (rounded, at least 1) or a whole number. */
  readonly size: Distribution | number;
  /** Each related incident's delay after its trigger in hours: a distribution or a fixed number >= 0. */
  readonly spreadHours: Distribution | number;
}

/** Storms whose triggers come by a Poisson process. */
export interface BurstsByTriggerRate extends StormShape {
  /** Triggers per hour, finite and >= 0. */
  readonly triggerRatePerHour: number;
  readonly triggers?: never;
}

/** Storms whose triggers come at listed times. */
export interface BurstsAtTriggerTimes extends StormShape {
  /** Trigger times in hours since Monday 00:00 of week 0, each >= 0, in any order. */
  readonly triggers: readonly number[];
  readonly triggerRatePerHour?: never;
}

/** Parameters of {@link burstArrivals}: `{ triggerRatePerHour | triggers, size, spreadHours }`. */
export type BurstArrivalsParameters = BurstsByTriggerRate | BurstsAtTriggerTimes;

/** A source of storms of related incidents. */
export interface BurstArrivals extends ArrivalSource {
  readonly kind: 'burst';
  /** Related incidents per trigger (a number given is held as a constant distribution). */
  readonly size: Distribution;
  /** Delay of each related incident after its trigger, hours. */
  readonly spreadHours: Distribution;
}

/**
 * Builds a source of incident storms: at each trigger (a major outage), `size` related incidents
 * arrive, each `spreadHours` after the trigger, as separate arrivals of one item with `burstOf` set to
 * the trigger's number. Triggers are numbered from 1 in time order within one start of the source
 * (listed triggers by their place in the sorted list, so the numbers do not depend on the start time).
 * Storms may overlap. The trigger itself offers nothing: the outage is seen through its incidents.
 *
 * Per trigger it reads the size (its distribution's uniforms, rounded to a whole number >= 1), then one
 * spread per incident; Poisson triggers then read one uniform for the gap to the next trigger.
 * meanRatePerHour is triggers per hour × size.mean (exact when sizes are whole numbers >= 1); for listed
 * triggers, their expected incidents averaged over the weeks up to the last one.
 *
 * @param parameters - `{ triggerRatePerHour }` or `{ triggers }`, with `size` and `spreadHours`
 * @returns a frozen source with `kind: 'burst'`, `size`, `spreadHours`, `meanRatePerHour` and `start(context)`
 * @throws DemandParameterError when both or neither trigger forms are given, or a field is invalid
 *   (e.g. "burstArrivals: triggers[1] must be a finite number >= 0, got -4")
 * @example
 * // an outage at Tuesday 10:00; 3 related incidents, each half an hour later
 * const outage = burstArrivals({ triggers: [34], size: 3, spreadHours: 0.5 });
 * // started and run: offers { count: 1, burstOf: 1 } three times at 34.5
 */
export function burstArrivals(parameters: BurstArrivalsParameters): BurstArrivals {
  const fields = _readDemandParameters('burstArrivals', parameters);
  const size = _requireCountDistribution('burstArrivals', 'size', fields.size);
  const spreadHours = _requireDistributionOrNumber('burstArrivals', 'spreadHours', fields.spreadHours);
  if (fields.triggers !== undefined) {
    _refuseFields('burstArrivals', fields, ['triggerRatePerHour'], 'absent when triggers is given');
    const triggers = _requireTimes('burstArrivals', 'triggers', fields.triggers);
    const meanRatePerHour = _weeklyAverageOfList(
      triggers.length * size.mean,
      triggers.at(-1) ?? Number.NEGATIVE_INFINITY,
    );
    return Object.freeze({
      kind: 'burst',
      size,
      spreadHours,
      meanRatePerHour,
      start: (context: ArrivalContext): void => startListed(context, triggers, size, spreadHours),
    });
  }
  const triggerRatePerHour = _requireNonNegative(
    'burstArrivals',
    'triggerRatePerHour',
    fields.triggerRatePerHour,
  );
  return Object.freeze({
    kind: 'burst',
    size,
    spreadHours,
    meanRatePerHour: triggerRatePerHour * size.mean,
    start: (context: ArrivalContext): void => {
      if (triggerRatePerHour === 0) return;
      const { simulation, rng } = context;
      const unleash = stormUnleasher(context, size, spreadHours);
      let triggerNumber = 0;
      const trigger = (): void => {
        unleash(++triggerNumber);
        simulation.schedule(-Math.log1p(-rng()) / triggerRatePerHour, trigger);
      };
      simulation.schedule(-Math.log1p(-rng()) / triggerRatePerHour, trigger);
    },
  });
}

function startListed(
  context: ArrivalContext,
  triggers: Float64Array,
  size: Distribution,
  spreadHours: Distribution,
): void {
  const simulation = context.simulation;
  const unleash = stormUnleasher(context, size, spreadHours);
  // One pending event at a time: each trigger schedules the next, so a long list costs no calendar space.
  const trigger = (index: number): void => {
    unleash(index + 1);
    const next = triggers[index + 1];
    if (next !== undefined) simulation.scheduleAt(next, trigger, index + 1);
  };
  const first = triggers.findIndex((time) => time >= simulation.now);
  if (first >= 0) simulation.scheduleAt(triggers[first] ?? 0, trigger, first);
}

/** Returns the function that, at a trigger, draws the storm's size and schedules its incidents. */
function stormUnleasher(
  context: ArrivalContext,
  size: Distribution,
  spreadHours: Distribution,
): (triggerNumber: number) => void {
  const { simulation, rng } = context;
  const offer = (arrival: Arrival): void => context.offer(arrival);
  return (triggerNumber: number): void => {
    const related: Arrival = Object.freeze({ count: 1, burstOf: triggerNumber });
    const incidents = _wholeCountOf(size.sample(rng));
    for (let incident = 0; incident < incidents; incident++) {
      simulation.schedule(spreadHours.sample(rng), offer, related);
    }
  };
}
