// Closest to SLA breach: the item whose SLA falls due first is served next (earliest due date), so items
// already in breach come first, the longest-breached first ("the support ticket that might breach SLA").

import type { QueueOrder, WorkItem } from '../model/index.ts';
import { _readOptions, _requireBooleanOption } from './optionRules.ts';

/**
 * Options of {@link closestToSlaBreach}.
 * @example
 * const options: ClosestToSlaBreachOptions = { expediteFirst: true }; // expedite items rank => -Infinity
 */
export interface ClosestToSlaBreachOptions {
  /** Serve expedite-class items before everything else, FIFO among them; default false. */
  readonly expediteFirst?: boolean;
}

/**
 * Earliest SLA due first: "prioritization can consider order items based on economic penalty; for
 * example, ... the support ticket that might breach SLA" (source 003).
 *
 * The rank is `slaDue` (absolute hours). That is the time left before breach, `slaDue - now`, plus the
 * same `now` for every item, so it gives the same order while staying constant in time: the order is not
 * dynamic and a runtime may rank an item once. Items already in breach (`slaDue < now`) rank lowest, the
 * longest-breached first; items without an SLA (`slaDue = Infinity`) come last, FIFO among themselves.
 *
 * With `expediteFirst`, expedite-class items rank -Infinity (the class "jumps queues"); off by default,
 * so the order is pure earliest-due-date. `thenBy(classOfServiceOrder(), closestToSlaBreach())` instead
 * puts every class in its band and orders by SLA only among equals.
 *
 * @param options - `{ expediteFirst?: boolean }`, default `{}`
 * @returns a frozen, stateless order with `kind: 'closest-to-sla-breach'`
 * @throws PolicyOptionError when options is not an object, holds an unknown name, or expediteFirst is not a boolean
 * @example
 * const queue = [item({ id: 0, slaDue: 30 }), item({ id: 1, slaDue: 8 }), item({ id: 2, slaDue: Infinity })];
 * selectNext(queue, closestToSlaBreach(), context); // => 1
 */
export function closestToSlaBreach(options: ClosestToSlaBreachOptions = {}): QueueOrder {
  const fields = _readOptions('closest-to-sla-breach', options, ['expediteFirst']);
  const expediteFirst =
    fields.expediteFirst === undefined
      ? false
      : _requireBooleanOption('closest-to-sla-breach', 'expediteFirst', fields.expediteFirst);
  return Object.freeze({
    kind: 'closest-to-sla-breach',
    dynamic: false,
    rank: expediteFirst
      ? (item: WorkItem): number =>
          item.classOfService === 'expedite' ? Number.NEGATIVE_INFINITY : item.slaDue
      : (item: WorkItem): number => item.slaDue,
  });
}
