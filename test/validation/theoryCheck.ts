// The assertion every validation case makes: over seeded replications, the 99.9% confidence interval of
// the simulated mean is at most 5% of the analytical value wide on each side and contains that value.
import { expect } from 'vitest';
import { confidenceInterval } from '../../engine/stats/index.ts';

/** Confidence level of every validation interval. */
export const VALIDATION_LEVEL = 0.999;
/** Largest allowed half-width, as a share of the analytical value. */
export const RELATIVE_PRECISION = 0.05;

/**
 * Asserts that `theory` lies in the 99.9% interval of the per-replication values, and that the interval
 * is narrow enough (half-width <= 5% of theory, or the precision a caller states and justifies) for that
 * to mean something. Prints the interval.
 */
export function expectMatchesTheory(
  label: string,
  theory: number,
  perReplication: readonly number[],
  relativePrecision = RELATIVE_PRECISION,
): void {
  const interval = confidenceInterval(perReplication, VALIDATION_LEVEL);
  const share = interval.halfWidth / Math.abs(theory);
  console.log(
    `${label}: theory ${theory.toFixed(5)}, simulated ${interval.mean.toFixed(5)}, ` +
      `99.9% CI [${interval.lower.toFixed(5)}, ${interval.upper.toFixed(5)}] (±${(100 * share).toFixed(2)}% of theory, ` +
      `${perReplication.length} replications)`,
  );
  expect(share, `${label}: interval half-width as a share of theory`).toBeLessThanOrEqual(relativePrecision);
  expect(theory, `${label}: theory below the interval`).toBeGreaterThanOrEqual(interval.lower);
  expect(theory, `${label}: theory above the interval`).toBeLessThanOrEqual(interval.upper);
}

/**
 * Little's law on one run: the time-average number in system L against the departure rate times the
 * mean sojourn, lambda W. They differ only by the jobs cut by the window's edges, so 1% is ample.
 */
export function expectLittlesLaw(
  label: string,
  numberInSystem: number,
  departureRate: number,
  meanSojourn: number,
): void {
  const gap = Math.abs(numberInSystem - departureRate * meanSojourn) / numberInSystem;
  expect(gap, `${label}: Little's law L = lambda W, relative gap`).toBeLessThan(0.01);
}
