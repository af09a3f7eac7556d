// Determinism and common random numbers: the same model, seed and replication give the same results
// (whatever else runs), and variants with other staffing or queue orders see the same demand item by item.
//
// Arrivals are observed by wrapping each arrival source (the runtime's offer is called at the arrival
// instant, so the wrapper reads the clock there); items by stepping the simulation event by event and
// collecting each item as it enters the open set (models here refuse and automate nothing for that check).
import { describe, expect, it } from 'vitest';
import { type CompiledModel, ServiceSystem, type WorkItem } from '../../../engine/model/index.ts';
import { lastInFirstOut, roundRobin, shortestFirst } from '../../../engine/policies/index.ts';
import { runServiceReplication, startServiceReplication } from '../../../engine/runner/index.ts';
import { richModel, twoTypeModel } from './determinismModels.ts';

const SEED = 7_117;

/** What an item is, as drawn at its arrival (not what happens to it later). */
function drawnAttributes(item: WorkItem) {
  const {
    id,
    typeName,
    arrivalTime,
    priority,
    impact,
    urgency,
    classOfService,
    entitlement,
    requester,
    effortBySkill,
    valuePerHour,
    costOfDelayPerHour,
    deadline,
    patience,
    attributes,
  } = item;
  return {
    id,
    typeName,
    arrivalTime,
    priority,
    impact,
    urgency,
    classOfService,
    entitlement,
    requester,
    effortBySkill: [...effortBySkill],
    valuePerHour,
    costOfDelayPerHour,
    deadline,
    patience,
    attributes: { ...attributes },
  };
}

/** The first `count` items a replication admits, in arrival order, stepping one event at a time. */
function firstItems(model: CompiledModel, count: number): ReturnType<typeof drawnAttributes>[] {
  const system = new ServiceSystem(model, { seed: SEED, replication: 0 });
  const seen = new Set<number>();
  const items: ReturnType<typeof drawnAttributes>[] = [];
  while (items.length < count && system.simulation.step()) {
    for (const item of system.metrics.open.values()) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(drawnAttributes(item));
    }
  }
  return items.slice(0, count);
}

describe('service model determinism', () => {
  it('gives identical results for the same model, seed and replication (deep equal and the same JSON)', () => {
    const model = richModel();
    const options = { seed: SEED, replication: 3, hours: 3_000, warmUpHours: 100 };
    const first = runServiceReplication(model, options);
    const again = runServiceReplication(model, options);
    const recompiled = runServiceReplication(richModel(), options);
    expect(first.conservation.holds).toBe(true);
    expect(
      first.conservation.refused + first.conservation.automated + first.conservation.abandoned,
    ).toBeGreaterThan(0);
    expect(again).toEqual(first);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(JSON.stringify(recompiled)).toBe(JSON.stringify(first));
    // Not equal by accident: another replication differs.
    const other = runServiceReplication(model, { ...options, replication: 4 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(first));
  });

  it('gives two replications run side by side the results each has when run alone', () => {
    // Stateful parts of the model (the intake limit's counts, round robin's pointer) must belong to the
    // replication, not to the compiled model both live systems share: each system takes its own copy
    // (forReplication), so two systems advanced in turns give what each gives alone.
    const model = richModel({ assignment: roundRobin() });
    const options = (replication: number) => ({ seed: SEED, replication, hours: 2_000, warmUpHours: 100 });
    const alone = [0, 1].map((replication) => runServiceReplication(model, options(replication)));
    const systems = [0, 1].map((replication) => startServiceReplication(model, options(replication)));
    for (let hours = 50; hours <= 2_000; hours += 50) for (const system of systems) system.run(hours);
    const sideBySide = systems.map((system) => system.results());
    for (const replication of [0, 1]) {
      const label = `replication ${replication} run beside replication ${1 - replication}`;
      // The counts first, so that a failure reads in one line; then every figure.
      expect(sideBySide[replication]!.conservation, label).toEqual(alone[replication]!.conservation);
      expect(JSON.stringify(sideBySide[replication]) === JSON.stringify(alone[replication]), label).toBe(
        true,
      );
    }
  });
});

describe('common random numbers', () => {
  const horizon = { seed: SEED, replication: 0, hours: 2_000, warmUpHours: 50 };
  // Load: network 0.75 and database 1.35 erlangs (incidents loop back 1 time in 5), on two people each
  // (specialists) or on four T-shaped people.
  const specialists = { shape: 'I', count: 4 } as const;
  const tShaped = { shape: 'T', count: 4 } as const;

  it('offers the same arrivals, type by type, to variants with different staffing', () => {
    const specialistTimes = { incident: [] as number[], change: [] as number[] };
    const tShapedTimes = { incident: [] as number[], change: [] as number[] };
    const withSpecialists = runServiceReplication(twoTypeModel(specialists, specialistTimes), horizon);
    const withTShaped = runServiceReplication(twoTypeModel(tShaped, tShapedTimes), horizon);
    console.log(
      `offered over ${horizon.hours} h: ${specialistTimes.incident.length} incidents, ${specialistTimes.change.length} changes ` +
        `(mean waits ${withSpecialists.endToEnd.meanQueueTime?.toFixed(3)} h with specialists, ${withTShaped.endToEnd.meanQueueTime?.toFixed(3)} h with T-shaped)`,
    );
    expect(specialistTimes.incident.length).toBeGreaterThan(1_000);
    expect(tShapedTimes.incident).toEqual(specialistTimes.incident);
    expect(tShapedTimes.change).toEqual(specialistTimes.change);
    expect(withSpecialists.conservation.offered).toBe(
      specialistTimes.incident.length + specialistTimes.change.length,
    );
    expect(withTShaped.conservation.offered).toBe(withSpecialists.conservation.offered);
    // The variants do differ in what happens to that demand.
    expect(withTShaped.endToEnd.meanQueueTime).not.toBe(withSpecialists.endToEnd.meanQueueTime);
  });

  it('draws the same first 100 items, attribute by attribute, whatever the staffing or queue order', () => {
    const ignore = () => ({ incident: [] as number[], change: [] as number[] });
    const reference = firstItems(twoTypeModel(specialists, ignore()), 100);
    expect(reference).toHaveLength(100);
    expect(new Set(reference.map((item) => item.typeName))).toEqual(new Set(['incident', 'change']));
    expect(firstItems(twoTypeModel(tShaped, ignore()), 100)).toEqual(reference);
    expect(firstItems(twoTypeModel(specialists, ignore(), shortestFirst()), 100)).toEqual(reference);
  });

  it('keeps every arrival time when the queue order changes', () => {
    const fifoTimes = { incident: [] as number[], change: [] as number[] };
    const lifoTimes = { incident: [] as number[], change: [] as number[] };
    const fifo = runServiceReplication(twoTypeModel(specialists, fifoTimes), horizon);
    const lifo = runServiceReplication(twoTypeModel(specialists, lifoTimes, lastInFirstOut()), horizon);
    expect(lifoTimes).toEqual(fifoTimes);
    // Same demand, served in another order: only the demand is compared, not what the order does with it.
    expect(lifo.conservation.offered).toBe(fifo.conservation.offered);
  });
});
