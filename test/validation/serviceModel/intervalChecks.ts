// The 99.9% interval printed and returned, for ordering claims beside theoryCheck.ts's assertion (which
// also takes a stated precision where 5% would cost more than the suite's budget).
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
