// The hand-coded service desk's waiting items: one ring buffer per (step, priority), each kept in the
// engine's tie order (enqueue time, then item id), so the item the triage order serves is always a head.
import { growTypedArray } from './growTypedArray.ts';

// Bound once: tsx compiles an imported name into a getter read at every use, and a read with no type
// feedback in a rarely taken branch makes the optimised caller bail out there.
const growStorage = growTypedArray;

const INITIAL_RING_CAPACITY = 16; // a power of two: positions wrap with a mask

/**
 * Waiting items (their slots) by step and priority. The engine keeps one list per step and scans it, and
 * across all the steps of a person's tier, for the lowest priority, then the earliest `enqueuedAt`, then the
 * lowest id (`selectAcross` under `triage`). Here each (step, priority) ring is sorted by (enqueuedAt, id),
 * so that rule only compares the heads: {@link firstAcross} gives the same item without a scan.
 *
 * @example
 * const queues = new ItemQueues(2, 4);
 * queues.push(1, 3, 7, 0.5, 42); // step 1, priority 3: item slot 7, enqueued at 0.5 h, id 42
 * queues.firstAcross(Int32Array.of(0, 1)); // => 6 (step 1 × 4 priorities + priority 3 − 1)
 * queues.shift(6); // => 7
 */
export class ItemQueues {
  /** Items waiting at each step, all priorities together. */
  readonly waitingAtStep: Int32Array;
  /** Items waiting anywhere. */
  waiting = 0;
  private readonly priorities: number;
  private readonly slots: Int32Array[];
  private readonly enqueuedTimes: Float64Array[];
  private readonly ids: Float64Array[];
  private readonly heads: Int32Array;
  private readonly lengths: Int32Array;

  constructor(steps: number, priorities: number) {
    const queues = steps * priorities;
    this.priorities = priorities;
    this.waitingAtStep = new Int32Array(steps);
    this.slots = Array.from({ length: queues }, () => new Int32Array(INITIAL_RING_CAPACITY));
    this.enqueuedTimes = Array.from({ length: queues }, () => new Float64Array(INITIAL_RING_CAPACITY));
    this.ids = Array.from({ length: queues }, () => new Float64Array(INITIAL_RING_CAPACITY));
    this.heads = new Int32Array(queues);
    this.lengths = new Int32Array(queues);
  }

  /** Adds an item (its slot) to the (step, priority) ring, `enqueuedAt` no earlier than any there. */
  push(step: number, priority: number, slot: number, enqueuedAt: number, id: number): void {
    const queue = step * this.priorities + priority - 1;
    let length = this.lengths[queue]!;
    if (length === this.slots[queue]!.length) this.grow(queue);
    const slots = this.slots[queue]!;
    const times = this.enqueuedTimes[queue]!;
    const ids = this.ids[queue]!;
    const mask = slots.length - 1;
    const head = this.heads[queue]!;
    // Items reach a ring in time order; only an item enqueued at the same instant with a lower id (two
    // events at one time) must pass the ones before it, to keep the engine's FIFO tie-break.
    let position = length;
    while (position > 0) {
      const before = (head + position - 1) & mask;
      if (times[before]! !== enqueuedAt || ids[before]! < id) break;
      const at = (head + position) & mask;
      slots[at] = slots[before]!;
      times[at] = times[before]!;
      ids[at] = ids[before]!;
      position--;
    }
    const at = (head + position) & mask;
    slots[at] = slot;
    times[at] = enqueuedAt;
    ids[at] = id;
    this.lengths[queue] = ++length;
    this.waitingAtStep[step]!++;
    this.waiting++;
  }

  /**
   * The ring (step × priorities + priority − 1) whose head the triage order serves first among `steps`:
   * the lowest priority, then the earliest enqueue time, then the lowest id; -1 when all are empty.
   */
  firstAcross(steps: Int32Array): number {
    const priorities = this.priorities;
    for (let priority = 0; priority < priorities; priority++) {
      let best = -1;
      let bestTime = 0;
      let bestId = 0;
      for (let index = 0; index < steps.length; index++) {
        const queue = steps[index]! * priorities + priority;
        if (this.lengths[queue] === 0) continue;
        const head = this.heads[queue]!;
        const time = this.enqueuedTimes[queue]![head]!;
        const id = this.ids[queue]![head]!;
        if (best < 0 || time < bestTime || (time === bestTime && id < bestId)) {
          best = queue;
          bestTime = time;
          bestId = id;
        }
      }
      if (best >= 0) return best;
    }
    return -1;
  }

  /** Removes the head of a ring (from {@link firstAcross}) and returns its item slot. */
  shift(queue: number): number {
    const slots = this.slots[queue]!;
    const head = this.heads[queue]!;
    this.heads[queue] = (head + 1) & (slots.length - 1);
    this.lengths[queue]!--;
    this.waitingAtStep[(queue / this.priorities) | 0]!--;
    this.waiting--;
    return slots[head]!;
  }

  // Doubles a full ring, unwrapping it so that its head is at 0.
  private grow(queue: number): void {
    const head = this.heads[queue]!;
    const unwrap = <Column extends Int32Array | Float64Array>(column: Column): Column => {
      const larger = growStorage(column);
      larger.set(column.subarray(head));
      larger.set(column.subarray(0, head), column.length - head);
      return larger;
    };
    this.slots[queue] = unwrap(this.slots[queue]!);
    this.enqueuedTimes[queue] = unwrap(this.enqueuedTimes[queue]!);
    this.ids[queue] = unwrap(this.ids[queue]!);
    this.heads[queue] = 0;
  }
}
