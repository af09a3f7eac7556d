// The JSON document of `valueflow compare`: every scenario's metrics and value, the baseline first, and each
// variant's differences from the baseline paired replication by replication (common random numbers).
import { pairedDifference } from '../../engine/index.ts';
import { type Interval, intervalOf } from './acrossReplications.ts';
import { type OpenAtEnd, openAtEndOf, sortedByReplication } from './aggregateRun.ts';
import { type MeasureName, type ReplicationMeasures, replicationMeasures } from './replicationMeasures.ts';
import type { ReplicationSummary } from './replicationSummary.ts';
import { type ReplicationValue, type ValueFigures, valueFigures } from './replicationValue.ts';
import { type DeskTarget, type RunMetrics, runMetrics } from './runMetrics.ts';
import { type RunValue, runValue } from './runValue.ts';

/**
 * One scenario of a comparison: its name and its replications' summaries.
 *
 * @example
 * const run: ComparedRun = { name: 'pooled', summaries, serviceDesks: model.definition.serviceDesks };
 */
export interface ComparedRun {
  readonly name: string;
  /** Replication i of every run must have used the same seed stream (the same replication indices). */
  readonly summaries: readonly ReplicationSummary[];
  /** The model's service desks, for the answer target of the service level. */
  readonly serviceDesks?: readonly DeskTarget[] | undefined;
}

/**
 * A variant's difference from the baseline in one measure: variant − baseline.
 *
 * @example
 * const leadTime: Difference = { mean: -1.23, ci95: [-1.45, -1.01], relative: -0.23, pairs: 20 };
 */
export interface Difference {
  /** Mean over replications of (variant − baseline), replication by replication. */
  readonly mean: number;
  /** Its 95% paired-t interval; null with fewer than two pairs. */
  readonly ci95: Interval | null;
  /** mean / the baseline's mean over the same replications; null when that is 0. */
  readonly relative: number | null;
  /** Replications in which both observed the measure. */
  readonly pairs: number;
}

/**
 * A variant's differences by measure: lead time, wait, throughput, utilisation, handoffs, reassignments,
 * the share resolved without reassignment and the reassigned items' lead time (means of the
 * replications' values), the lead time's 85th percentile (each replication's own), and the service
 * level when the baseline has a service desk. null where no replication observed the measure in both.
 * `value` holds the difference of each value figure (potential, realised, each leakage cause, each delay
 * part, open at end, cost, return), paired the same way.
 *
 * @example
 * diff.leadTime?.mean; // => -1.23 h
 * diff.value.realised?.mean; // => 5230.5, more value realised than the baseline
 */
export type Differences = Readonly<Partial<Record<MeasureName, Difference | null>>> & {
  readonly value: ValueFigures<Difference | null>;
};

/**
 * The JSON document of `valueflow compare`.
 *
 * @example
 * const document: CompareDocument = compareRuns([baseline, pooled]);
 * document.variants[1]?.diff?.leadTime?.ci95; // => [-1.45, -1.01]
 */
export interface CompareDocument {
  /** The first run's name. */
  readonly baseline: string;
  /** Every run, the baseline first (with `diff: null`). */
  readonly variants: readonly {
    readonly scenario: string;
    readonly reps: number;
    readonly metrics: RunMetrics;
    readonly value: RunValue;
    readonly openAtEnd: OpenAtEnd;
    readonly diff: Differences | null;
  }[];
}

/**
 * Compares runs with the first: each run's metrics, and each later run's differences from the first,
 * paired by replication index through the engine's `pairedDifference` (Law, Simulation Modeling and
 * Analysis, 5th ed., 2015, §10.2.1 and §11.2): with common random numbers replication i of both saw the
 * same demand, so the paired interval is far narrower than one of two independent means.
 * O(runs · replications · (people + bins)).
 * @param runs - the baseline first, then the variants
 * @throws RangeError when there is no run, or the runs' replication indices differ
 * @example
 * compareRuns([{ name: 'two teams', summaries: a }, { name: 'pooled', summaries: b }]).variants[1]?.diff?.waitTime?.mean; // => -0.65
 */
export function compareRuns(runs: readonly ComparedRun[]): CompareDocument {
  const baseline = runs[0];
  if (baseline === undefined) throw new RangeError('compareRuns: give at least one run, the baseline');
  const baselineMeasures = measuresOf(baseline);
  const variants = runs.map((run, index) => ({
    scenario: run.name,
    reps: run.summaries.length,
    metrics: runMetrics(run.summaries, run.serviceDesks),
    value: runValue(run.summaries),
    openAtEnd: openAtEndOf(run.summaries),
    diff: index === 0 ? null : differences(run, measuresOf(run), baseline, baselineMeasures),
  }));
  return { baseline: baseline.name, variants };
}

// Each replication's measures and value, in replication order, with the indices.
function measuresOf(run: ComparedRun): {
  readonly indices: number[];
  readonly measures: ReplicationMeasures[];
  readonly values: ReplicationValue[];
} {
  const sorted = sortedByReplication(run.summaries);
  return {
    indices: sorted.map((summary) => summary.replication),
    measures: sorted.map((summary) => replicationMeasures(summary.results)),
    values: sorted.map((summary) => summary.value),
  };
}

function differences(
  variant: ComparedRun,
  variantMeasures: ReturnType<typeof measuresOf>,
  baseline: ComparedRun,
  baselineMeasures: ReturnType<typeof measuresOf>,
): Differences {
  if (variantMeasures.indices.join() !== baselineMeasures.indices.join()) {
    throw new RangeError(
      `compareRuns: "${variant.name}" ran replications ${variantMeasures.indices.join(', ')} and the baseline ` +
        `"${baseline.name}" ${baselineMeasures.indices.join(', ')}: pairs need the same replications`,
    );
  }
  const names: MeasureName[] = [
    'leadTime',
    'waitTime',
    'throughput',
    'utilisation',
    'handoffs',
    'leadTimeP85',
    'reassignments',
    'resolvedWithoutReassignment',
    'reassignedLeadTime',
  ];
  if (baseline.summaries[0]?.results.desks[0] !== undefined) names.push('serviceLevel');
  const result: Partial<Record<MeasureName, Difference | null>> = {};
  for (const name of names) {
    result[name] = difference(
      variantMeasures.measures.map((measures) => measures[name]),
      baselineMeasures.measures.map((measures) => measures[name]),
    );
  }
  // The baseline's causes and parts name the figures; both runs come from the same engine, so they agree.
  const shape = baselineMeasures.values[0]!; // sortedByReplication refuses an empty list
  const value = valueFigures(shape, (read) =>
    difference(variantMeasures.values.map(read), baselineMeasures.values.map(read)),
  );
  return { ...result, value };
}

// variant − baseline over the replications where both observed the measure.
function difference(
  variant: readonly (number | null)[],
  baseline: readonly (number | null)[],
): Difference | null {
  const variantValues: number[] = [];
  const baselineValues: number[] = [];
  variant.forEach((value, index) => {
    const other = baseline[index] ?? null;
    if (value !== null && other !== null && Number.isFinite(value) && Number.isFinite(other)) {
      variantValues.push(value);
      baselineValues.push(other);
    }
  });
  if (variantValues.length === 0) return null;
  const interval = pairedDifference(variantValues, baselineValues, 0.95);
  const baselineMean = baselineValues.reduce((sum, value) => sum + value, 0) / baselineValues.length;
  return {
    mean: interval.mean,
    ci95: intervalOf(interval),
    relative: baselineMean !== 0 ? interval.mean / baselineMean : null,
    pairs: variantValues.length,
  };
}
