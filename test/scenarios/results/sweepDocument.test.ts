// sweepDocument: each point's values and metrics in the order given, a point that sets other parameters
// refused, and the terminal table of the points.
import { describe, expect, it } from 'vitest';
import { formatSweep } from '../../../scenarios/results/formatSweep.ts';
import { runMetrics } from '../../../scenarios/results/runMetrics.ts';
import { sweepDocument } from '../../../scenarios/results/sweepDocument.ts';
import { nonFiniteNumbers, runReplications, twoStepModel } from './replicationRuns.ts';

const PLAN = { seed: 4, replications: 2, hours: 300, warmUpHours: 24 };
const PARAMETER = 'teams.desk.preset.count';
const points = [2, 3].map((count) => ({
  set: { [PARAMETER]: count },
  summaries: runReplications(twoStepModel(count), PLAN).summaries,
}));

describe('sweepDocument', () => {
  it('gives each point its values and its run’s metrics', () => {
    const document = sweepDocument({ scenario: 'desk size', parameters: [PARAMETER], points });
    expect(document.parameters).toEqual([PARAMETER]);
    expect(document.points.map((point) => point.set)).toEqual([{ [PARAMETER]: 2 }, { [PARAMETER]: 3 }]);
    expect(document.points[1]?.metrics).toEqual(runMetrics(points[1]?.summaries ?? []));
    expect(document.points[0]?.reps).toBe(2);
    expect(nonFiniteNumbers(document)).toEqual([]);
    const text = formatSweep(document);
    expect(text).toMatch(/^desk size: 2 points/);
    expect(text.split('\n')[2]).toMatch(/^teams\.desk\.preset\.count +lead time \(h\) +95% CI/);
  });

  it('refuses a point that does not set exactly the parameters', () => {
    expect(() =>
      sweepDocument({ scenario: 'x', parameters: [PARAMETER, 'run.seed'], points: points.slice(0, 1) }),
    ).toThrow(/point 0 sets teams\.desk\.preset\.count, but the parameters are/);
  });
});
