// Shared support for the demand tests: the seed, the interval width for sampling checks, a runner that
// drives an arrival source on a real Simulation, and a check of DemandParameterError's content.
// (It would live in test/helpers/ by the house style; it stays beside its only users for now.)
import { expect } from 'vitest';
import { Simulation } from '../../../../engine/kernel/index.ts';
import type { Arrival, ArrivalSource } from '../../../../engine/model/demand/arrivalSource.ts';
import { DemandParameterError } from '../../../../engine/model/demand/demandParameterError.ts';
import { type Rng, stream } from '../../../../engine/random/index.ts';

/** The base seed of every sampling test in this folder, chosen once; never tuned to make a test pass. */
export const TEST_SEED = 20251126;

/**
 * Half-width of every sampling interval in this folder, in standard errors. The folder makes fewer than
 * 100 interval checks; for all of them to hold together with 99.9 % probability when the code is right,
 * each is a 1 − 0.001/100 two-sided interval (Bonferroni): z = Φ⁻¹(1 − 0.000005) = 4.417 (as in
 * test/engine/random/sampleMoments.ts, confirmed there with mpmath 1.3.0).
 */
export const INTERVAL_Z = 4.42;

/** One arrival as seen by the model: when, and what the source offered. */
export interface OfferedArrival {
  readonly time: number;
  readonly arrival: Arrival;
}

/** What {@link runSource} returns. */
export interface SourceRun {
  readonly simulation: Simulation;
  readonly offered: readonly OfferedArrival[];
}

/**
 * Starts the source at `startAt` on a fresh Simulation with the stream (TEST_SEED, 0, purpose), or with
 * the given rng, runs it until `until`, and returns every offer with its time.
 */
export function runSource(
  source: ArrivalSource,
  until: number,
  purpose: string,
  options: { readonly startAt?: number; readonly rng?: Rng } = {},
): SourceRun {
  const simulation = new Simulation();
  if (options.startAt !== undefined) simulation.run({ until: options.startAt });
  const offered: OfferedArrival[] = [];
  source.start({
    simulation,
    rng: options.rng ?? stream(TEST_SEED, 0, purpose),
    offer: (arrival) => offered.push({ time: simulation.now, arrival }),
  });
  simulation.run({ until });
  return { simulation, offered };
}

/** Wraps the stream (TEST_SEED, 0, purpose) and counts how many uniforms were read from it. */
export function countingStream(purpose: string): { readonly rng: Rng; readonly read: () => number } {
  const inner = stream(TEST_SEED, 0, purpose);
  let reads = 0;
  return {
    rng: () => {
      reads++;
      return inner();
    },
    read: () => reads,
  };
}

/**
 * Asserts that |observed − expected| <= INTERVAL_Z standard errors.
 * @param standardError - the standard deviation of `observed` under the theory
 */
export function expectWithinInterval(
  observed: number,
  expected: number,
  standardError: number,
  label: string,
): void {
  const halfWidth = INTERVAL_Z * standardError;
  expect(
    Math.abs(observed - expected),
    `${label}: observed ${observed} vs theory ${expected} (±${halfWidth})`,
  ).toBeLessThanOrEqual(halfWidth);
}

/** Mean and unbiased variance of a list of numbers (two passes). */
export function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((total, value) => total + value, 0) / values.length;
  const squares = values.reduce((total, value) => total + (value - mean) ** 2, 0);
  return { mean, variance: squares / (values.length - 1) };
}

/**
 * Asserts that `build` throws a DemandParameterError for `field`, showing the value as `receivedText`.
 */
export function expectDemandParameterError(build: () => unknown, field: string, receivedText: string): void {
  let thrown: unknown;
  try {
    build();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DemandParameterError);
  const error = thrown as DemandParameterError;
  expect(error.field).toBe(field);
  expect(error.message).toContain(`${field} must be`);
  expect(error.message).toContain(`got ${receivedText}`);
}
