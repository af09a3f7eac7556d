// Interval assertions beside theoryCheck.ts's house rule: an interval printed and returned for ordering
// claims, and a containment check with a stated precision where 5% would cost more than the suite's budget.
import { expect } from 'vitest';
import { type ConfidenceInterval, confidenceInterval } from '../../../engine/stats/index.ts';
import { VALIDATION_LEVEL } from '../theoryCheck.ts';

/**
 * The 99.9% interval of per-replication values, printed with its label (for ordering claims and figures
 * the lead quotes).
 * @example
 * printedInterval('T-shaped wait', [1.1, 1.2, 1.15]).mean; // => 1.15
 */
export function printedInterval(label: string, perReplication: readonly number[]): ConfidenceInterval {
  const interval = confidenceInterval(perReplication, VALIDATION_LEVEL);
  console.log(
    `${label}: ${interval.mean.toFixed(5)}, 99.9% CI [${interval.lower.toFixed(5)}, ${interval.upper.toFixed(5)}] ` +
      `(${perReplication.length} replications)`,
  );
  return interval;
}

/**
 * Like expectMatchesTheory, but with the precision given: theory inside the 99.9% interval, whose
 * half-width is at most `relativePrecision` of theory. For measures whose variance makes 5% too dear
 * (the average speed of answer); the caller says why.
 */
export function expectContainsTheory(
  label: string,
  theory: number,
  perReplication: readonly number[],
  relativePrecision: number,
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
