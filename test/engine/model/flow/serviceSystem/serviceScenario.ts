// Shared support for the service-system feature tests: a model run with records kept, items offered at
// chosen instants through offerByName, and an item's record as short "time kind step person" lines.
import { type Arrival, ServiceSystem, type WorkItem } from '../../../../../engine/model/index.ts';
import { type ConstantDistribution, constant } from '../../../../../engine/random/index.ts';
import {
  createServiceModel,
  type LiveReplication,
  type ServiceModelDefinition,
} from '../../../../../engine/runner/index.ts';

/** The seed of every scenario here; the scenarios draw nothing that matters, so any seed would do. */
export const SCENARIO_SEED = 20251126;

/** A fixed effort or duration in hours (reads no random numbers). */
export function hours(value: number): ConstantDistribution {
  return constant({ value });
}

/**
 * Compiles the model with default policies (triage, best-skilled) and records kept unless the
 * definition says otherwise, and builds replication 0 without running it.
 */
export function startScenario(definition: ServiceModelDefinition): ServiceSystem {
  const model = createServiceModel({ ...definition, keepRecords: definition.keepRecords ?? true });
  return new ServiceSystem(model, { seed: SCENARIO_SEED, replication: 0, warmUpHours: 0 });
}

/**
 * Offers items of a work type at an absolute time, through `system.offerByName`; the returned array
 * fills when the offer happens (so read it after `run`). An event scheduled here runs after any event
 * the system itself scheduled for the same instant when it was built (insertion order).
 */
export function offerAt(
  system: Pick<LiveReplication, 'simulation' | 'offerByName'>,
  time: number,
  typeName: string,
  arrival: Arrival = { count: 1 },
  dependsOn: readonly number[] = [],
): WorkItem[] {
  const items: WorkItem[] = [];
  system.simulation.scheduleAt(time, () => {
    items.push(...system.offerByName(typeName, arrival, dependsOn));
  });
  return items;
}

/** The single item an offer made (throws when it made none or several). */
export function only(items: readonly WorkItem[]): WorkItem {
  const [item, ...rest] = items;
  if (item === undefined || rest.length > 0) {
    throw new Error(`expected exactly one item, got ${items.length} (was the offer's time reached?)`);
  }
  return item;
}

/**
 * An item's record as lines "time kind step person" (person only when the event names one), e.g.
 * "16 start 0 ana". Step is the position in the item's value stream (-1 outside any step). Times are
 * rounded to 1e-9 h, far below any hand-computed difference, so that rounding in the progress arithmetic
 * (0.4 × 2.5) does not hide the hour a test means.
 */
export function recordLines(item: WorkItem): string[] {
  if (item.record === undefined) throw new Error(`item ${item.id} keeps no record (keepRecords is off)`);
  return item.record.map(({ time, kind, step, person }) => {
    const rounded = Number(time.toFixed(9));
    return person === undefined ? `${rounded} ${kind} ${step}` : `${rounded} ${kind} ${step} ${person}`;
  });
}
