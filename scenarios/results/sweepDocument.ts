// The JSON document of `valueflow sweep`: the scenario, the parameters swept (paths into the scenario
// file), and for each point of the sweep the values set, the run's metrics and its value account.
import { type OpenAtEnd, openAtEndOf, sortedByReplication } from './aggregateRun.ts';
import type { ReplicationSummary } from './replicationSummary.ts';
import { type DeskTarget, type RunMetrics, runMetrics } from './runMetrics.ts';
import { type RunValue, runValue } from './runValue.ts';

/**
 * A value a sweep sets at a path of the scenario file (a count, a duration such as "2h", a name, a switch).
 *
 * @example
 * const value: SweepValue = '30m';
 */
export type SweepValue = string | number | boolean | null;

/**
 * One point of a sweep as it was run: the values set, and the replications' summaries.
 *
 * @example
 * const point: SweptPoint = { set: { 'teams.desk.preset.count': 5 }, summaries };
 */
export interface SweptPoint {
  /** By parameter path, the value at this point. */
  readonly set: Readonly<Record<string, SweepValue>>;
  readonly summaries: readonly ReplicationSummary[];
  /** The point's model's service desks, for the answer target of the service level. */
  readonly serviceDesks?: readonly DeskTarget[] | undefined;
}

/**
 * The JSON document of `valueflow sweep`.
 *
 * @example
 * const document: SweepDocument = sweepDocument({ scenario: 'desk size', parameters: ['teams.desk.preset.count'], points });
 * document.points[0]?.metrics.waitTime.mean; // => the mean wait with the first count
 */
export interface SweepDocument {
  readonly scenario: string;
  readonly parameters: readonly string[];
  readonly points: readonly {
    readonly set: Readonly<Record<string, SweepValue>>;
    readonly reps: number;
    readonly metrics: RunMetrics;
    /** The point's value account, as in `run`'s document (potential, realised, leakage, cost, return). */
    readonly value: RunValue;
    readonly openAtEnd: OpenAtEnd;
  }[];
}

/**
 * Builds the sweep document, the points in the order given. O(points · replications · (people + bins)).
 * @throws RangeError when a point sets a parameter not listed, leaves one out, or has no summary
 * @example
 * sweepDocument({ scenario: 'desk size', parameters: ['teams.desk.preset.count'], points }).points.length; // => points.length
 */
export function sweepDocument(input: {
  readonly scenario: string;
  readonly parameters: readonly string[];
  readonly points: readonly SweptPoint[];
}): SweepDocument {
  const listed = [...input.parameters].sort().join('\n');
  return {
    scenario: input.scenario,
    parameters: [...input.parameters],
    points: input.points.map((point, index) => {
      if (Object.keys(point.set).sort().join('\n') !== listed) {
        throw new RangeError(
          `sweepDocument: point ${index} sets ${Object.keys(point.set).join(', ')}, but the parameters are ${input.parameters.join(', ')}`,
        );
      }
      return {
        set: { ...point.set },
        reps: sortedByReplication(point.summaries).length,
        metrics: runMetrics(point.summaries, point.serviceDesks),
        value: runValue(point.summaries),
        openAtEnd: openAtEndOf(point.summaries),
      };
    }),
  };
}
