// Checks the benchmark's hand-coded service desk (bench/handCodedServiceDesk.ts) against the engine, the
// reference: a refactoring-style equality, not a theory test. Same model, seed and replication through both
// must give the same counts exactly and the same means to floating-point rounding (relative 1e-9).
import { describe, expect, it } from 'vitest';
import { runHandCodedServiceDesk } from '../../bench/handCodedServiceDesk.ts';
import { serviceDeskModel } from '../../bench/serviceDeskModel.ts';
import { runServiceReplication } from '../../engine/runner/index.ts';

const RELATIVE_TOLERANCE = 1e-9;

// Where two figures differ by more than rounding, one line naming the figure; nothing when they agree.
// The engine's mean of an empty group is null (or NaN): a mismatch, as every group here has items.
function mismatch(what: string, handCoded: number, engine: number | null): string[] {
  const agrees = engine !== null && Math.abs(handCoded - engine) <= RELATIVE_TOLERANCE * Math.abs(engine);
  return agrees ? [] : [`${what}: hand-coded ${handCoded}, engine ${engine}`];
}

const horizons = [
  { name: 'one year of the benchmark', seed: 20240601, replication: 0, hours: 24 * 365, warmUpHours: 168 },
  { name: 'its first four weeks', seed: 20240601, replication: 0, hours: 24 * 28, warmUpHours: 168 },
  { name: 'another seed and replication, no warm-up', seed: 7, replication: 3, hours: 2000, warmUpHours: 0 },
];

describe('runHandCodedServiceDesk', () => {
  it.each(horizons)('gives the engine’s results for $name', (options) => {
    const engine = runServiceReplication(serviceDeskModel(), options);
    const handCoded = runHandCodedServiceDesk(options);

    // Whole-run conservation counts, and completions after the warm-up: integers, so exactly equal.
    expect(handCoded.offered).toBe(engine.conservation.offered);
    expect(handCoded.completed).toBe(engine.conservation.completed);
    expect(handCoded.endToEnd.count).toBe(engine.endToEnd.count);
    expect(handCoded.endToEnd.count).toBeGreaterThan(0);
    // Each step's visits and each person's busy hours: who took what, and when.
    const differences = [
      ...mismatch('mean lead time', handCoded.endToEnd.meanLeadTime, engine.endToEnd.meanLeadTime),
      ...mismatch('mean queue time', handCoded.endToEnd.meanQueueTime, engine.endToEnd.meanQueueTime),
      ...mismatch('mean touch time', handCoded.endToEnd.meanTouchTime, engine.endToEnd.meanTouchTime),
      ...mismatch('mean WIP', handCoded.meanWip, engine.meanWip),
      ...engine.bySteps.flatMap((step, index) => {
        const twin = handCoded.steps[index]!;
        const where = `step ${index} (${step.valueStream}: ${step.step})`;
        return [
          ...mismatch(`${where} visits`, twin.visits, step.flow.count),
          ...mismatch(`${where} mean visit time`, twin.meanVisitTime, step.flow.meanLeadTime),
          ...mismatch(`${where} mean queue length`, twin.meanQueueLength, step.meanQueueLength),
          ...mismatch(`${where} mean WIP`, twin.meanWip, step.meanWip),
        ];
      }),
      ...engine.people.flatMap((person, index) =>
        mismatch(`${person.name} busy hours`, handCoded.busyHours[index]!, person.busyHours),
      ),
    ];
    expect(differences, differences.join('\n')).toEqual([]);
  });

  it('gives different results for another replication (the comparison is not vacuous)', () => {
    const options = { seed: 20240601, hours: 24 * 28, warmUpHours: 168 };
    const first = runHandCodedServiceDesk({ ...options, replication: 0 });
    const second = runHandCodedServiceDesk({ ...options, replication: 1 });
    expect(second.endToEnd.meanLeadTime).not.toBe(first.endToEnd.meanLeadTime);
  });
});
