// The `value` of `valueflow run` and `compare`: each figure of the replications' value accounts as its mean
// over replications with a 95% t interval, and the five objectives' scores with the measure of each.
import { type MeanWithInterval, meanOverReplications } from './acrossReplications.ts';
import type { ReplicationSummary } from './replicationSummary.ts';
import { type ObjectiveScore, type ValueFigures, valueFigures } from './replicationValue.ts';

/**
 * One of the five objectives over a run: the mean of the replications' scores and its interval (over the
 * replications that had something to score), with the measure written next to it.
 *
 * @example
 * const fast: ObjectiveMetric = { objective: 'fast development', measure: '...', mean: 0.12, ci95: [0.11, 0.13] };
 */
export interface ObjectiveMetric extends MeanWithInterval {
  readonly objective: ObjectiveScore['objective'];
  readonly measure: string;
}

/**
 * A run's value account: every figure in the scenario's money as its mean over replications and 95% t
 * interval (`potential = realised + the leakages + openAtEnd` holds for the means as for each replication),
 * and the five objectives.
 *
 * @example
 * const value: RunValue = runValue(summaries);
 * value.leakage.delay; // => { mean: 81234.5, ci95: [80100.2, 82368.8] }
 */
export interface RunValue extends ValueFigures<MeanWithInterval> {
  readonly objectives: readonly ObjectiveMetric[];
}

/**
 * The value account of a run from its replications' summaries (in any order: every figure is a mean).
 * Uses the same interval as the metrics (`meanOverReplications`: mean ± t(0.975, n − 1) · s / √n).
 * O(replications · causes).
 * @param summaries - one per replication, of the same model, at least one
 * @example
 * runValue(summaries).realised.mean; // => the mean realised value of a replication's measured window
 */
export function runValue(summaries: readonly ReplicationSummary[]): RunValue {
  const values = summaries.map((summary) => summary.value);
  const first = values[0];
  if (first === undefined) throw new RangeError('runValue needs at least one replication summary');
  return {
    ...valueFigures(first, (read) => meanOverReplications(values.map(read))),
    objectives: first.objectives.map(({ objective, measure }, index) => ({
      objective,
      measure,
      ...meanOverReplications(values.map((value) => value.objectives[index]?.value ?? null)),
    })),
  };
}

/**
 * Whether any replication of a run had potential value (potential is never negative, so its mean is 0
 * only when every replication's is): a model that values nothing, with no service value rate and no
 * deliverable, shows no value block in the terminal summaries.
 * @example
 * hasPotentialValue(runValue(summaries)); // => false for a scenario without services or value lives
 */
export function hasPotentialValue(value: Pick<RunValue, 'potential'>): boolean {
  return (value.potential.mean ?? 0) > 0;
}
