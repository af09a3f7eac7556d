// Tiered support with fixed escalation shares and no handoff delay, re-diagnosis or misrouting is a
// network of M/M/c queues (Jackson): first line is M/M/3 at the whole arrival rate, second line M/M/2 at
// the share that needs it (a Poisson stream split at random is Poisson), each matching Erlang C.
import { describe, expect, it } from 'vitest';
import { poissonArrivals } from '../../../engine/model/demand/poissonArrivals.ts';
import { exponential } from '../../../engine/random/index.ts';
import { createServiceModel } from '../../../engine/runner/index.ts';
import { observed } from '../../helpers/observed.ts';
import { mmc } from '../theory.ts';
import { expectMatchesTheory } from '../theoryCheck.ts';
import { runReplications } from './replications.ts';

const ARRIVALS = 2.4;
const SECOND_LINE_SHARE = 0.5;
// First line: 3 people, 1 h each: utilisation 0.8. Second line: 2 people, 4/3 h each at 1.2 an hour: 0.8.
const FIRST_LINE_EFFORT = 1;
const SECOND_LINE_EFFORT = 4 / 3;
// Sized for a 99.9% half-width under 5% of theory at second line (M/M/2 waits vary more than M/M/3).
const PLAN = { seed: 1_313, replications: 30, hours: 30_000, warmUpHours: 200 };

const model = createServiceModel({
  teams: [
    { name: 'service desk', preset: { shape: 'I', skills: ['triage'], count: 3 } },
    { name: 'second line', preset: { shape: 'I', skills: ['apps'], count: 2 } },
  ],
  valueStreams: [
    {
      name: 'tiered support',
      steps: [
        { name: 'first line', teams: ['service desk'], skill: 'triage' },
        { name: 'second line', teams: ['second line'], skill: 'apps', onlyWhen: 'second line' },
      ],
    },
  ],
  workTypes: [
    {
      name: 'incident',
      valueStream: 'tiered support',
      arrivals: [poissonArrivals({ ratePerHour: ARRIVALS })],
      effort: {
        triage: exponential({ mean: FIRST_LINE_EFFORT }),
        apps: exponential({ mean: SECOND_LINE_EFFORT }),
      },
      needs: { 'second line': SECOND_LINE_SHARE },
    },
  ],
});

describe('tiered support with fixed escalation shares', () => {
  const runs = runReplications('tiered', model, PLAN);

  it('waits at first line as M/M/3 at the whole arrival rate: Erlang C Wq(3, 2.4, 1)', () => {
    expectMatchesTheory(
      'first line, M/M/3 at utilisation 0.8: mean wait (h)',
      mmc(3, ARRIVALS, 1 / FIRST_LINE_EFFORT).waitInQueue,
      runs.map((run) => observed(run.bySteps[0]?.flow.meanQueueTime ?? null, 'first-line wait')),
    );
  });

  it('waits at second line as M/M/2 at the escalated rate: Erlang C Wq(2, 1.2, 0.75)', () => {
    expectMatchesTheory(
      'second line, M/M/2 at utilisation 0.8: mean wait (h)',
      mmc(2, ARRIVALS * SECOND_LINE_SHARE, 1 / SECOND_LINE_EFFORT).waitInQueue,
      runs.map((run) => observed(run.bySteps[1]?.flow.meanQueueTime ?? null, 'second-line wait')),
    );
  });

  it('escalates the share the arrival draw says, and only those items change team', () => {
    for (const run of runs) {
      const completed = run.endToEnd.count;
      const escalated = run.bySteps[1]?.flow.count ?? 0;
      // Binomial: 4 standard deviations of the escalated share.
      const sd = Math.sqrt((SECOND_LINE_SHARE * (1 - SECOND_LINE_SHARE)) / completed);
      expect(Math.abs(escalated / completed - SECOND_LINE_SHARE)).toBeLessThan(4 * sd + 1e-3);
      expect(run.support.reassignments[1]).toBeCloseTo(escalated, -1);
      expect(run.support.reassignments.slice(2)).toEqual([0, 0, 0]);
    }
  });
});
