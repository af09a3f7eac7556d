// The warnings after a replay's run: tickets arriving after the run's length, and replications run until
// drained that stopped with replayed items open, each said once with a count.
import { describe, expect, it } from 'vitest';
import { drainWarnings } from '../../cli/commands/drainWarnings.ts';
import type { ReplicationSummary } from '../../scenarios/index.ts';

const summary = (openReplayed: number): ReplicationSummary =>
  ({
    drain: { demandUntilHours: 100, demandUtilisation: 0.5, openReplayed, endHours: 168 },
  }) as ReplicationSummary;

describe('drainWarnings', () => {
  it('says nothing when every replication drained and the replay ends within the run', () => {
    expect(
      drainWarnings([summary(0), summary(0)], { until: 'drained', hours: 168, replayEndHours: 100 }),
    ).toEqual([]);
  });

  it('counts the replications that did not drain and the items they left open on average', () => {
    expect(drainWarnings([summary(0), summary(3), summary(5)], { until: 'drained', hours: 168 })).toEqual([
      "2 of 3 replications did not drain: 4.0 replayed items on average were still open at 168 h, the run's length (raise run.length, e.g. --set run.length=104w)",
    ]);
  });

  it('warns when replayed tickets arrive after the run stops, drained or not', () => {
    expect(drainWarnings([summary(0)], { until: 'length', hours: 168, replayEndHours: 200 })).toEqual([
      'the replayed tickets arrive until 200.0 h, but the run stops at 168 h (run.length): later tickets are not replayed (raise run.length)',
    ]);
  });
});
