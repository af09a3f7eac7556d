// Where an item's time before delivery went: waiting for a first answer, waiting after a hand-over, being
// worked, blocked, and the rest; the hours add up to the time from its arrival to a given moment.
import type { WorkItem } from '../model/index.ts';
import { DELAY_PARTS, type DelayPart } from './valueResults.ts';

const WAITING = DELAY_PARTS.indexOf('waiting');
const HANDED_OVER = DELAY_PARTS.indexOf('handedOver');
const WORKED = DELAY_PARTS.indexOf('worked');
const BLOCKED = DELAY_PARTS.indexOf('blocked');
const OTHER = DELAY_PARTS.indexOf('other');

/**
 * Splits the hours from the item's arrival to `until` (its value start, or the end of the run for an item
 * still open) into the parts of {@link DELAY_PARTS}, in that order, written into `hours`. The item's own
 * totals (queue, touch, blocked time) give the parts; time not yet added to them (the wait or work going
 * on at `until`) goes to the part the item's state says. An automated item was worked by the automation
 * all along.
 *
 * @param hours - five numbers, overwritten
 * @example
 * const hours = new Float64Array(5);
 * delayHours(featureThatWaited3hAndWasWorked2h, arrival + 5, hours); // hours => [3, 0, 2, 0, 0]
 */
export function delayHours(item: WorkItem, until: number, hours: Float64Array): void {
  hours.fill(0);
  const elapsed = Math.max(0, until - item.arrivalTime);
  if (item.state === 'automated') {
    hours[WORKED] = elapsed;
    return;
  }
  const started = !Number.isNaN(item.firstWaitTime);
  hours[WAITING] = started ? item.firstWaitTime : item.queueTime;
  hours[HANDED_OVER] = started ? item.queueTime - item.firstWaitTime : 0;
  hours[WORKED] = item.touchTime;
  hours[BLOCKED] = item.blockedTime;
  const counted = item.queueTime + item.touchTime + item.blockedTime;
  const rest = elapsed - counted;
  if (rest >= 0) {
    const ongoing = partOfOngoing(item, started);
    hours[ongoing] = (hours[ongoing] ?? 0) + rest;
  } else if (counted > 0) {
    // The totals can pass the elapsed time only by rounding: scale them back to it.
    for (let part = 0; part < hours.length; part++) hours[part] = (hours[part] ?? 0) * (elapsed / counted);
  }
}

// The part that time not yet in the item's totals belongs to, from what the item is doing.
function partOfOngoing(item: WorkItem, started: boolean): number {
  switch (item.state) {
    case 'queued':
      return started ? HANDED_OVER : WAITING;
    case 'in-progress':
      return WORKED;
    case 'blocked':
    case 'gated':
    case 'deferred':
    case 'waiting-on-dependency':
      return BLOCKED;
    default:
      return OTHER;
  }
}

/** The parts as a record by name. */
export function delayPartsRecord(hours: ArrayLike<number>): Record<DelayPart, number> {
  const record = {} as Record<DelayPart, number>;
  DELAY_PARTS.forEach((part, index) => {
    record[part] = hours[index] ?? 0;
  });
  return record;
}
