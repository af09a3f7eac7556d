// Capacity over time: a list of (time, number of servers) changes applied to a resource, once or
// repeating every cycle (a daily shift pattern, a weekly rota).
import type { ResourceBase } from './resourceBase.ts';

/** One change: from `at` hours on, the resource has `capacity` servers. */
export interface CapacityChange {
  readonly at: number;
  readonly capacity: number;
}

/**
 * Applies capacity changes at their times. With `cycle`, the pattern repeats every `cycle` hours
 * (times must then lie in [0, cycle)) and the level in force at the current point of the cycle applies at
 * once; the calendar is then never empty, so run with a time limit.
 * Work in hand at a cut follows the resource's own rule (see `CapacityCutRule`).
 *
 * @param changes - in increasing time order, times >= now, capacities integers >= 0
 * @param cycle - optional period in hours after which the pattern repeats
 * @throws RangeError naming the change at fault (index, field and value)
 * @example
 * // two agents from 08:00, five from 09:00, one from 17:00, every day
 * scheduleCapacity(desk, [{ at: 8, capacity: 2 }, { at: 9, capacity: 5 }, { at: 17, capacity: 1 }], 24);
 */
export function scheduleCapacity(
  resource: ResourceBase,
  changes: readonly CapacityChange[],
  cycle?: number,
): void {
  const simulation = resource.simulation;
  if (cycle !== undefined && !(cycle > 0 && Number.isFinite(cycle))) {
    throw new RangeError(
      `${resource.name}: capacity cycle must be a finite number of hours > 0, got ${cycle}`,
    );
  }
  changes.forEach((change, index) => {
    const where = `${resource.name}: capacity change [${index}]`;
    if (!Number.isFinite(change.at) || change.at < (cycle === undefined ? simulation.now : 0)) {
      throw new RangeError(
        `${where}.at must be a finite time >= ${cycle === undefined ? `now (${simulation.now})` : 0}, got ${change.at}`,
      );
    }
    if (cycle !== undefined && change.at >= cycle) {
      throw new RangeError(`${where}.at must be below the cycle (${cycle} h), got ${change.at}`);
    }
    if (!Number.isInteger(change.capacity) || change.capacity < 0) {
      throw new RangeError(`${where}.capacity must be an integer >= 0, got ${change.capacity}`);
    }
    const previous = changes[index - 1];
    if (previous !== undefined && change.at < previous.at) {
      throw new RangeError(
        `${where}.at must not be before the previous change (${previous.at}), got ${change.at}`,
      );
    }
  });
  const apply = (change: CapacityChange): void => resource.setCapacity(change.capacity);
  if (cycle === undefined) {
    for (const change of changes) simulation.scheduleAt(change.at, apply, change);
    return;
  }
  // Each change re-arms itself one cycle later, starting from its first occurrence at or after now.
  const applyAndRepeat = (change: CapacityChange): void => {
    apply(change);
    simulation.schedule(cycle, applyAndRepeat, change);
  };
  const now = simulation.now;
  const cycleStart = Math.floor(now / cycle) * cycle;
  for (const change of changes) {
    let first = cycleStart + change.at;
    if (first < now) first += cycle;
    simulation.scheduleAt(first, applyAndRepeat, change);
  }
  // Started mid-cycle: the pattern's level in force now is the last change at or before this point of
  // the cycle (or, before the first, the last change of the previous cycle).
  const offset = now - cycleStart;
  const inForce = changes.filter((change) => change.at <= offset).at(-1) ?? changes.at(-1);
  if (inForce !== undefined && inForce.at !== offset) resource.setCapacity(inForce.capacity);
}
