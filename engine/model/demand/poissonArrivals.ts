// The homogeneous Poisson arrival process: independent arrivals at a constant rate, exponential times
// between them; the textbook model of incidents from a large, steady user base.
import { _SINGLE_ARRIVAL, type ArrivalContext, type ArrivalSource } from './arrivalSource.ts';
import { _readDemandParameters, _requireNonNegative } from './demandParameterRules.ts';

/** Parameters of {@link poissonArrivals}. */
export interface PoissonArrivalsParameters {
  /** Arrivals per hour, a finite number >= 0 (0: the source never offers anything). */
  readonly ratePerHour: number;
}

/** A Poisson arrival source. */
export interface PoissonArrivals extends ArrivalSource {
  readonly kind: 'poisson';
  /** Arrivals per hour. */
  readonly ratePerHour: number;
}

/**
 * Builds a Poisson arrival source: arrivals one at a time, the times between them exponential with
 * mean 1/ratePerHour, so the count in any hour is Poisson with mean and variance ratePerHour (Ross,
 * Introduction to Probability Models, 12th ed., section 5.3).
 *
 * Each arrival reads exactly one uniform u from the context's stream; the next arrival comes
 * −ln(1 − u) / ratePerHour hours later (inversion). Only arrivals are scheduled: one event each.
 *
 * @param parameters - `{ ratePerHour }`, arrivals per hour, finite and >= 0
 * @returns a frozen source with `kind: 'poisson'`, `ratePerHour`, `meanRatePerHour` and `start(context)`
 * @throws DemandParameterError when ratePerHour is not a finite number >= 0
 *   (e.g. "poissonArrivals: ratePerHour must be a finite number >= 0, got -2")
 * @example
 * const incidents = poissonArrivals({ ratePerHour: 4 });
 * incidents.meanRatePerHour; // => 4
 */
export function poissonArrivals(parameters: PoissonArrivalsParameters): PoissonArrivals {
  const fields = _readDemandParameters('poissonArrivals', parameters);
  const ratePerHour = _requireNonNegative('poissonArrivals', 'ratePerHour', fields.ratePerHour);
  return Object.freeze({
    kind: 'poisson',
    ratePerHour,
    meanRatePerHour: ratePerHour,
    start: (context: ArrivalContext): void => {
      if (ratePerHour === 0) return;
      const { simulation, rng } = context;
      // A rate so small that the gap overflows to Infinity: the next arrival never comes.
      const scheduleNext = (): void => {
        const gap = -Math.log1p(-rng()) / ratePerHour;
        if (gap < Number.POSITIVE_INFINITY) simulation.schedule(gap, arrive);
      };
      const arrive = (): void => {
        context.offer(_SINGLE_ARRIVAL);
        scheduleNext();
      };
      scheduleNext();
    },
  });
}
