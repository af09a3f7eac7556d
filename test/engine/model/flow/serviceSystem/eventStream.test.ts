// The service system's steps on `simulation.events$`: announced to subscribers in the item's own words,
// and watching changes nothing (the run is the same with and without a subscriber).
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../../../engine/kernel/index.ts';
import { summarizeService, type WorkItemTraceEvent } from '../../../../../engine/model/index.ts';
import { hours, offerAt, startScenario } from './serviceScenario.ts';

const definition = {
  teams: [{ name: 'desk', people: [{ name: 'ana', skills: { support: 'expert' as const } }] }],
  valueStreams: [
    { name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support', effort: hours(2) }] },
  ],
  workTypes: [{ name: 'call', valueStream: 'support', arrivals: [] }],
  keepRecords: false,
};

describe('ServiceSystem events$', () => {
  it('announces each step of an item to a subscriber', () => {
    // One call at t = 1 for Ana (2 h): arrive, enqueue and start at 1, finish the step and complete at 3.
    const system = startScenario(definition);
    const seen: string[] = [];
    system.simulation.events$.subscribe((event: TraceEvent) => {
      if (!event.kind.startsWith('item-')) return;
      const step = event as WorkItemTraceEvent;
      seen.push(`${step.time} ${step.kind} #${step.item} ${step.workType} ${step.person ?? '-'}`);
    });
    offerAt(system, 1, 'call');
    system.run(10);
    expect(seen).toEqual([
      '1 item-arrive #0 call -',
      '1 item-enqueue #0 call -',
      '1 item-start #0 call ana',
      '3 item-finish-step #0 call ana',
      '3 item-complete #0 call -',
    ]);
  });

  it('gives the same results whether or not somebody watches', () => {
    const watched = startScenario(definition);
    watched.simulation.events$.subscribe(() => {});
    const unwatched = startScenario(definition);
    for (const system of [watched, unwatched]) {
      for (const time of [1, 1.5, 2, 6]) offerAt(system, time, 'call');
      system.run(20);
    }
    expect(summarizeService(watched)).toEqual(summarizeService(unwatched));
  });
});
