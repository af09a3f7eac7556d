// The default queue order (triage): a P1 that arrives while P3s wait is served next, and items of one
// priority are served first in, first out, with equal arrival times in arrival (id) order.
import { describe, expect, it } from 'vitest';
import { summarizeService } from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

// Priorities come from the default 4 x 4 impact x urgency matrix: impact 3 and urgency 1 give P3,
// impact 1 and urgency 1 give P1 (cells[impact - 1][urgency - 1]).
const oneExpert = {
  teams: [{ name: 'desk', people: [{ name: 'ana', skills: { support: 'expert' } }] }],
  valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
  workTypes: [
    {
      name: 'minor',
      valueStream: 'support',
      arrivals: [],
      impactWeights: [0, 0, 1],
      urgencyWeights: [1],
      effort: { support: hours(1) },
    },
    {
      name: 'outage',
      valueStream: 'support',
      arrivals: [],
      impactWeights: [1],
      urgencyWeights: [1],
      effort: { support: hours(1) },
    },
  ],
} satisfies ServiceModelDefinition;

describe('ServiceSystem queue order (triage default)', () => {
  it('serves a P1 that arrives while P3s wait before them, then the P3s first in, first out', () => {
    const system = startScenario(oneExpert);
    const first = offerAt(system, 0, 'minor');
    const second = offerAt(system, 0.25, 'minor');
    const third = offerAt(system, 0.5, 'minor');
    const outage = offerAt(system, 0.75, 'outage');
    system.run(5);
    expect([only(first).priority, only(outage).priority]).toEqual([3, 1]);
    // Ana works 0-1 on the first P3. At 1 the queue holds P3 (0.25), P3 (0.5) and P1 (0.75): the P1
    // goes first (1-2), then the P3s in arrival order (2-3, 3-4).
    expect(recordLines(only(first))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '1 finish-step 0 ana',
      '1 complete 0',
    ]);
    expect(recordLines(only(outage))).toEqual([
      '0.75 arrive -1',
      '0.75 enqueue 0',
      '1 start 0 ana',
      '2 finish-step 0 ana',
      '2 complete 0',
    ]);
    expect(recordLines(only(second))).toEqual([
      '0.25 arrive -1',
      '0.25 enqueue 0',
      '2 start 0 ana',
      '3 finish-step 0 ana',
      '3 complete 0',
    ]);
    expect(recordLines(only(third))).toEqual([
      '0.5 arrive -1',
      '0.5 enqueue 0',
      '3 start 0 ana',
      '4 finish-step 0 ana',
      '4 complete 0',
    ]);
    // By priority: the P1 waited 0.25 h (lead 1.25); the P3s had leads 1, 2.75 and 3.5.
    const results = summarizeService(system);
    const [minor, major] = results.byType;
    expect(major?.byPriority[0]?.flow.meanLeadTime).toBeCloseTo(1.25, 12);
    expect(major?.byPriority[0]?.flow.meanQueueTime).toBeCloseTo(0.25, 12);
    expect(minor?.byPriority[2]?.flow.count).toBe(3);
    expect(minor?.byPriority[2]?.flow.meanLeadTime).toBeCloseTo((1 + 2.75 + 3.5) / 3, 12);
  });

  it('serves items of one priority that arrive together in arrival order', () => {
    const system = startScenario(oneExpert);
    const batch = offerAt(system, 0, 'minor', { count: 3 });
    system.run(4);
    // Ids 0, 1, 2 arrive at 0; one expert serves them 0-1, 1-2, 2-3.
    expect(batch.map((item) => [item.id, item.completionTime])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(recordLines(batch[2]!)).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '2 start 0 ana',
      '3 finish-step 0 ana',
      '3 complete 0',
    ]);
  });
});
