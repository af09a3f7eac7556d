// sweepDocument: each point's values and metrics in the order given, a point that sets other parameters
// refused, and the terminal table of the points.
import { describe, expect, it } from 'vitest';
import { createServiceModel, exponential, poissonArrivals } from '../../../engine/index.ts';
import { formatSweep } from '../../../scenarios/results/formatSweep.ts';
import { runMetrics } from '../../../scenarios/results/runMetrics.ts';
import { runValue } from '../../../scenarios/results/runValue.ts';
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
    expect(document.points[1]?.value).toEqual(runValue(points[1]?.summaries ?? []));
    expect(document.points[0]?.reps).toBe(2);
    expect(nonFiniteNumbers(document)).toEqual([]);
    const text = formatSweep(document);
    expect(text).toMatch(/^desk size: 2 points/);
    expect(text.split('\n')[2]).toMatch(/^teams\.desk\.preset\.count +lead time \(h\) +95% CI/);
    // Nobody is paid and nothing is valued: no money columns.
    expect(text).not.toMatch(/return/);
  });

  it('shows realised value, cost and return per point when people are paid', () => {
    // n people at 10 an hour over the 276-hour window: cost 2 760 n exactly, realised 0, return -cost.
    const paidPoints = [1, 2].map((count) => ({
      set: { [PARAMETER]: count },
      summaries: runReplications(
        createServiceModel({
          teams: [{ name: 'desk', preset: { shape: 'I', skills: ['triage'], count, costPerHour: 10 } }],
          valueStreams: [{ name: 'support', steps: [{ name: 'log', teams: ['desk'], skill: 'triage' }] }],
          workTypes: [
            {
              name: 'call',
              valueStream: 'support',
              arrivals: [poissonArrivals({ ratePerHour: 0.5 })],
              effort: { triage: exponential({ mean: 1 }) },
            },
          ],
        }),
        PLAN,
      ).summaries,
    }));
    const document = sweepDocument({ scenario: 'paid desk', parameters: [PARAMETER], points: paidPoints });
    expect(document.points.map((point) => point.value.cost.mean)).toEqual([2_760, 5_520]);
    const lines = formatSweep(document).split('\n');
    expect(lines[2]).toMatch(/utilisation +realised +cost +return$/);
    expect(lines[3]).toMatch(/ 0 +2,760 +-2,760$/);
    expect(lines[4]).toMatch(/ 0 +5,520 +-5,520$/);
  });

  it('refuses a point that does not set exactly the parameters', () => {
    expect(() =>
      sweepDocument({ scenario: 'x', parameters: [PARAMETER, 'run.seed'], points: points.slice(0, 1) }),
    ).toThrow(/point 0 sets teams\.desk\.preset\.count, but the parameters are/);
  });
});
