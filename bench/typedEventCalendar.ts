// The hand-coded service desk's event calendar: a binary heap over typed arrays ordered by time, then by
// the order events were scheduled, the kernel's tie-break, so equal-time events run in the engine's order.
import { growTypedArray } from './growTypedArray.ts';

// Bound once: tsx compiles an imported name into a getter read at every use, and a read with no type
// feedback in a rarely taken branch makes the optimised caller bail out there.
const growStorage = growTypedArray;

/**
 * A calendar of integer-coded events (a kind and its argument packed by the caller into one int32). Events
 * at the same time come out in the order they were scheduled; nothing is allocated once the arrays have
 * grown (by doubling) to the peak number of pending events. Push and removal are O(log n).
 *
 * @example
 * const calendar = new TypedEventCalendar();
 * calendar.schedule(2, 7);
 * calendar.schedule(1, 5);
 * calendar.nextTime(); // => 1
 * calendar.nextEvent(); // => 5
 */
export class TypedEventCalendar {
  /** Pending events. */
  size = 0;
  private times: Float64Array = new Float64Array(256);
  // Float64: the count of events scheduled may pass 2^31 in a long run; exact up to 2^53.
  private sequences: Float64Array = new Float64Array(256);
  private events: Int32Array = new Int32Array(256);
  private scheduled = 0;

  /** Time of the next event, or Infinity when none is pending. */
  nextTime(): number {
    return this.size > 0 ? this.times[0]! : Number.POSITIVE_INFINITY;
  }

  /** The code of the next event (call only when one is pending). */
  nextEvent(): number {
    return this.events[0]!;
  }

  /** Adds an event at an absolute time, after every pending event of the same time. */
  schedule(time: number, event: number): void {
    if (this.size === this.times.length) {
      this.times = growStorage(this.times);
      this.sequences = growStorage(this.sequences);
      this.events = growStorage(this.events);
    }
    const times = this.times;
    const sequences = this.sequences;
    const events = this.events;
    const sequence = this.scheduled++;
    // Move the hole up: one write per level, no swaps.
    let hole = this.size++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const parentTime = times[parent]!;
      if (parentTime < time || (parentTime === time && sequences[parent]! < sequence)) break;
      times[hole] = parentTime;
      sequences[hole] = sequences[parent]!;
      events[hole] = events[parent]!;
      hole = parent;
    }
    times[hole] = time;
    sequences[hole] = sequence;
    events[hole] = event;
  }

  /** Removes the next event (call only when one is pending). */
  removeNext(): void {
    const size = --this.size;
    if (size === 0) return;
    const times = this.times;
    const sequences = this.sequences;
    const events = this.events;
    const time = times[size]!;
    const sequence = sequences[size]!;
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= size) break;
      let childTime = times[child]!;
      const right = child + 1;
      if (right < size) {
        const rightTime = times[right]!;
        if (rightTime < childTime || (rightTime === childTime && sequences[right]! < sequences[child]!)) {
          child = right;
          childTime = rightTime;
        }
      }
      if (time < childTime || (time === childTime && sequence < sequences[child]!)) break;
      times[hole] = childTime;
      sequences[hole] = sequences[child]!;
      events[hole] = events[child]!;
      hole = child;
    }
    times[hole] = time;
    sequences[hole] = sequence;
    events[hole] = events[size]!;
  }
}
