// Kanban classes of service as a queue order: expedite first, then fixed-date work by deadline, then
// standard work first in first out, and intangible work last.

import type { ClassOfService, QueueOrder, WorkItem } from '../model/index.ts';

/** The band of each class, lower served first; a class name the model does not know counts as standard. */
function bandOf(classOfService: ClassOfService): number {
  switch (classOfService) {
    case 'expedite':
      return 0;
    case 'fixed-date':
      return 1;
    case 'intangible':
      return 3;
    default:
      return 2;
  }
}

/**
 * Class of service order: every expedite item (FIFO among them), then every fixed-date item by its
 * `deadline` (earliest first; a fixed-date item without one, deadline Infinity, last in its band), then
 * standard items FIFO, then intangible items FIFO.
 *
 * The class is the rank (0 expedite, 1 fixed-date, 2 standard, 3 intangible) and the deadline a
 * tie-break consulted only inside the fixed-date band, so no two keys are packed into one number. The
 * bands are strict: fixed-date work is not held back until its deadline nears, which is the simple
 * reading; to weigh deadlines against standard work use {@link closestToSlaBreach} or your own order.
 *
 * @returns a frozen, stateless order with `kind: 'class-of-service'`
 * @example
 * const queue = [
 *   item({ id: 0, classOfService: 'standard' }),
 *   item({ id: 1, classOfService: 'fixed-date', deadline: 40 }),
 *   item({ id: 2, classOfService: 'expedite' }),
 * ];
 * selectNext(queue, classOfServiceOrder(), context); // => 2, then 1, then 0
 */
export function classOfServiceOrder(): QueueOrder {
  const earliestDeadlineWithinFixedDate: QueueOrder = Object.freeze({
    kind: 'fixed-date-deadline',
    dynamic: false,
    // Only items of one band are compared here; outside the fixed-date band every item ties (FIFO).
    rank: (item: WorkItem): number => (item.classOfService === 'fixed-date' ? item.deadline : 0),
  });
  return Object.freeze({
    kind: 'class-of-service',
    dynamic: false,
    tieBreak: earliestDeadlineWithinFixedDate,
    rank: (item: WorkItem): number => bandOf(item.classOfService),
  });
}
