// Batch arrivals: batches come by a Poisson process and each is offered as one arrival of several items
// (a bulk onboarding, a nightly import of requests), so the model sees them land at the same instant.
import type { Distribution } from '../../random/index.ts';
import type { Arrival, ArrivalContext, ArrivalSource } from './arrivalSource.ts';
import {
  _readDemandParameters,
  _requireCountDistribution,
  _requireNonNegative,
  _wholeCountOf,
} from './demandParameterRules.ts';

/** Parameters of {@link batchArrivals}. */
export interface BatchArrivalsParameters {
  /** Batches per hour, finite and >= 0. */
  readonly ratePerHour: number;
  /** Items per batch: a distribution (rounded, at least 1) or a whole number >= 1. */
  readonly batchSize: Distribution | number;
}

/** A source of batches arriving by a Poisson process. */
export interface BatchArrivals extends ArrivalSource {
  readonly kind: 'batch';
  /** Batches per hour. */
  readonly ratePerHour: number;
  /** Items per batch (a number given is held as a constant distribution). */
  readonly batchSize: Distribution;
}

/**
 * Builds a compound Poisson source: batches arrive with exponential gaps of mean 1/ratePerHour, and
 * each is offered as one arrival whose `count` is the batch size, a sample rounded to a whole number
 * >= 1. Items per hour then have mean ratePerHour × E[size] and variance ratePerHour × E[size²] (Ross,
 * Introduction to Probability Models, 12th ed., section 5.4.2, compound Poisson processes).
 *
 * Per batch it reads the size (its distribution's uniforms), then one uniform for the gap to the next
 * batch. meanRatePerHour counts items: ratePerHour × batchSize.mean (exact when sizes are whole
 * numbers >= 1).
 *
 * @param parameters - `{ ratePerHour, batchSize }`
 * @returns a frozen source with `kind: 'batch'`, `ratePerHour`, `batchSize`, `meanRatePerHour` and `start(context)`
 * @throws DemandParameterError naming the field and the value (e.g. "batchArrivals: batchSize must be a
 *   whole number >= 1, got 2.5")
 * @example
 * const onboarding = batchArrivals({ ratePerHour: 0.5, batchSize: 4 });
 * onboarding.meanRatePerHour; // => 2 (items per hour; each arrival has count 4)
 */
export function batchArrivals(parameters: BatchArrivalsParameters): BatchArrivals {
  const fields = _readDemandParameters('batchArrivals', parameters);
  const ratePerHour = _requireNonNegative('batchArrivals', 'ratePerHour', fields.ratePerHour);
  const batchSize = _requireCountDistribution('batchArrivals', 'batchSize', fields.batchSize);
  // A constant size needs no draw and no object per batch.
  const fixed: Arrival | undefined =
    batchSize.variance === 0 ? Object.freeze({ count: _wholeCountOf(batchSize.mean) }) : undefined;
  return Object.freeze({
    kind: 'batch',
    ratePerHour,
    batchSize,
    meanRatePerHour: ratePerHour * batchSize.mean,
    start: (context: ArrivalContext): void => {
      if (ratePerHour === 0) return;
      const { simulation, rng } = context;
      const arrive = (): void => {
        context.offer(fixed ?? { count: _wholeCountOf(batchSize.sample(rng)) });
        simulation.schedule(-Math.log1p(-rng()) / ratePerHour, arrive);
      };
      simulation.schedule(-Math.log1p(-rng()) / ratePerHour, arrive);
    },
  });
}
