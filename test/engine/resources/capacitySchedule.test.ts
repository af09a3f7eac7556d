// Capacity over time: changes applied at their times, repeating cycles, starting mid-cycle, and bad input.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../engine/kernel/index.ts';
import { Resource, scheduleCapacity } from '../../../engine/resources/index.ts';

function capacityLog(simulation: Simulation, resource: Resource, times: readonly number[]): number[] {
  const seen: number[] = [];
  for (const time of times) simulation.scheduleAt(time, () => seen.push(resource.capacity), undefined, 100);
  return seen;
}

describe('scheduleCapacity', () => {
  it('applies one-off changes at their times', () => {
    const simulation = new Simulation();
    const desk = new Resource(simulation, { capacity: 1 });
    scheduleCapacity(desk, [
      { at: 2, capacity: 3 },
      { at: 5, capacity: 0 },
    ]);
    const seen = capacityLog(simulation, desk, [1, 2, 4, 5, 9]);
    simulation.run();
    expect(seen).toEqual([1, 3, 3, 0, 0]);
  });

  it('repeats a daily pattern every cycle', () => {
    // 2 agents from 08:00, 5 from 09:00, 1 from 17:00, every 24 h.
    const simulation = new Simulation();
    const desk = new Resource(simulation, { capacity: 1 });
    scheduleCapacity(
      desk,
      [
        { at: 8, capacity: 2 },
        { at: 9, capacity: 5 },
        { at: 17, capacity: 1 },
      ],
      24,
    );
    const seen = capacityLog(simulation, desk, [7, 8.5, 12, 20, 24 + 8.5, 24 + 12, 48 + 17.5]);
    simulation.run({ until: 72 });
    expect(seen).toEqual([1, 2, 5, 1, 2, 5, 1]);
  });

  it('applies the level in force at once when started in the middle of a cycle', () => {
    // Started at 10:00: the 09:00 change (5) is in force; before 08:00 it would be the 17:00 one (1).
    const simulation = new Simulation();
    const desk = new Resource(simulation, { capacity: 0 });
    simulation.run({ until: 10 });
    scheduleCapacity(
      desk,
      [
        { at: 8, capacity: 2 },
        { at: 9, capacity: 5 },
        { at: 17, capacity: 1 },
      ],
      24,
    );
    expect(desk.capacity).toBe(5);
    const early = new Resource(simulation, { capacity: 0 });
    simulation.run({ until: 24 + 3 });
    scheduleCapacity(
      early,
      [
        { at: 8, capacity: 2 },
        { at: 17, capacity: 1 },
      ],
      24,
    );
    expect(early.capacity).toBe(1);
  });

  it('refuses bad changes, naming the change and the field', () => {
    const simulation = new Simulation();
    const desk = new Resource(simulation, { name: 'desk' });
    expect(() => scheduleCapacity(desk, [{ at: -1, capacity: 1 }])).toThrow(
      'desk: capacity change [0].at must be a finite time >= now (0), got -1',
    );
    expect(() => scheduleCapacity(desk, [{ at: 1, capacity: 1.5 }])).toThrow(
      'desk: capacity change [0].capacity must be an integer >= 0, got 1.5',
    );
    expect(() =>
      scheduleCapacity(desk, [
        { at: 3, capacity: 1 },
        { at: 2, capacity: 1 },
      ]),
    ).toThrow(/\[1\]\.at must not be before the previous change \(3\)/);
    expect(() => scheduleCapacity(desk, [{ at: 30, capacity: 1 }], 24)).toThrow(
      /\[0\]\.at must be below the cycle \(24 h\), got 30/,
    );
    expect(() => scheduleCapacity(desk, [], 0)).toThrow(/cycle must be a finite number of hours > 0, got 0/);
    expect(simulation.pendingEvents).toBe(0);
  });
});
