// The future event list: a binary min-heap over typed arrays, ordered by (time, priority, insertion order).
// Cancellation is lazy: a cancelled entry stays in the heap, flagged, and is dropped when it reaches the top.

/** A function the calendar calls when its event comes due; `payload` is what was scheduled with it. */
export type EventHandler<Payload> = (payload: Payload) => void;

/**
 * Identifies one scheduled event, for {@link EventCalendar.cancel}. An id never names a later event that
 * reuses the same storage slot: it carries the slot's generation as well.
 */
export type EventId = number;

/** Lowest allowed event priority; lower numbers run first among events at the same time. */
export const MIN_EVENT_PRIORITY = -100;
/** Highest allowed event priority (runs last among events at the same time); see {@link MIN_EVENT_PRIORITY}. */
export const MAX_EVENT_PRIORITY = 100;

// Slot index and generation share one float64 id: slot in the low 26 bits (67 M pending events),
// generation above it, wrapped at 2^26 so that the id stays an exact integer below 2^53.
const SLOT_BITS = 2 ** 26;
const GENERATION_LIMIT = 2 ** 26;
// The tie-break key packs the priority above a 45-bit insertion counter (3.5e13 events per run),
// so one float comparison decides both; the sum stays below 2^53 and therefore exact.
const SEQUENCE_SPAN = 2 ** 45;
const PRIORITY_OFFSET = 128;
const INITIAL_CAPACITY = 256;

type AnyHandler = EventHandler<unknown>;

/**
 * A priority queue of timed events. Events at the same time run in order of priority (lower first),
 * then in the order they were scheduled (first in, first out), so that a run replays exactly.
 *
 * Complexity: push and pop are O(log n); cancel is O(1) (lazy). Nothing is allocated per event once
 * the arrays have grown to the peak number of pending events.
 *
 * @example
 * const calendar = new EventCalendar();
 * const log: string[] = [];
 * calendar.push(2, 0, (name: string) => log.push(name), 'late');
 * calendar.push(1, 0, (name: string) => log.push(name), 'early');
 * calendar.pop(); calendar.runPopped(); // log => ['early']
 */
export class EventCalendar {
  // Heap order: time, tie-break key and slot of each entry, kept side by side for cache locality.
  private heapTime = new Float64Array(INITIAL_CAPACITY);
  private heapKey = new Float64Array(INITIAL_CAPACITY);
  private heapSlot = new Int32Array(INITIAL_CAPACITY);
  private heapSize = 0;
  // Slot storage: what to run, with what, and whether it was cancelled.
  private handlers: (AnyHandler | undefined)[] = [];
  private payloads: unknown[] = [];
  private generations = new Uint32Array(INITIAL_CAPACITY);
  private cancelledFlags = new Uint8Array(INITIAL_CAPACITY);
  private freeSlots = new Int32Array(INITIAL_CAPACITY);
  private freeCount = 0;
  private slotCount = 0;
  private sequence = 0;
  private cancelledPending = 0;
  // The entry taken by the last pop(), read by runPopped() and the simulation loop.
  private poppedHandler: AnyHandler | undefined = undefined;
  private poppedPayload: unknown = undefined;
  /** Time of the event taken by the last {@link pop}. */
  poppedTime = 0;

  /** Number of events ever pushed (the insertion sequence): it moves on with every push and nothing else. */
  get pushed(): number {
    return this.sequence;
  }

  /** Number of live (not cancelled) events waiting. */
  get size(): number {
    return this.heapSize - this.cancelledPending;
  }

  /**
   * Adds an event.
   * @param time - when it comes due, in hours; the caller guarantees it is finite and not in the past
   * @param priority - integer in [-100, 100]; lower runs first among events at the same time
   * @returns an id for {@link cancel}
   * @throws RangeError when the priority is not an integer in range
   */
  push<Payload>(time: number, priority: number, handler: EventHandler<Payload>, payload: Payload): EventId {
    // `(priority | 0) === priority` is Number.isInteger for numbers in range, without a call per event.
    if (!(priority >= MIN_EVENT_PRIORITY && priority <= MAX_EVENT_PRIORITY && (priority | 0) === priority)) {
      throw new RangeError(
        `event priority must be an integer in [${MIN_EVENT_PRIORITY}, ${MAX_EVENT_PRIORITY}], got ${priority}`,
      );
    }
    const slot = this.allocateSlot();
    // The handler is stored untyped; only this method pairs it with its payload, so the pair stays consistent.
    this.handlers[slot] = handler as unknown as AnyHandler;
    this.payloads[slot] = payload;
    this.cancelledFlags[slot] = 0;
    if (this.heapSize === this.heapTime.length) this.growHeap();
    const key = (priority + PRIORITY_OFFSET) * SEQUENCE_SPAN + this.sequence++;
    this.siftUp(this.heapSize++, time, key, slot);
    return this.generations[slot]! * SLOT_BITS + slot;
  }

  /**
   * Cancels a pending event. Cancelling an event that already ran, or was already cancelled, does nothing.
   * @returns true when a pending event was cancelled
   */
  cancel(id: EventId): boolean {
    const slot = id % SLOT_BITS;
    const generation = (id - slot) / SLOT_BITS;
    if (
      slot >= this.slotCount ||
      this.generations[slot] !== generation ||
      this.handlers[slot] === undefined
    ) {
      return false;
    }
    if (this.cancelledFlags[slot] === 1) return false;
    this.cancelledFlags[slot] = 1;
    this.cancelledPending++;
    // Drop references now so a cancelled event holds no memory until it surfaces.
    this.handlers[slot] = noop;
    this.payloads[slot] = undefined;
    return true;
  }

  /** Time of the next live event, or Infinity when none is pending. Drops cancelled entries on top. */
  nextTime(): number {
    while (this.heapSize > 0) {
      const slot = this.heapSlot[0]!;
      if (this.cancelledFlags[slot] === 0) return this.heapTime[0]!;
      this.removeTop();
      this.cancelledPending--;
      this.releaseSlot(slot);
    }
    return Number.POSITIVE_INFINITY;
  }

  /**
   * Takes the next live event off the calendar; {@link poppedTime} and {@link runPopped} then refer to it.
   * @returns false when no live event is pending
   */
  pop(): boolean {
    while (this.heapSize > 0) {
      const slot = this.heapSlot[0]!;
      const time = this.heapTime[0]!;
      this.removeTop();
      if (this.cancelledFlags[slot] === 1) {
        this.cancelledPending--;
        this.releaseSlot(slot);
        continue;
      }
      this.poppedTime = time;
      this.poppedHandler = this.handlers[slot];
      this.poppedPayload = this.payloads[slot];
      // Release before the handler runs, so an event that schedules its successor reuses the slot.
      this.releaseSlot(slot);
      return true;
    }
    return false;
  }

  /** Calls the handler of the event taken by the last {@link pop}. */
  runPopped(): void {
    const handler = this.poppedHandler!;
    const payload = this.poppedPayload;
    this.poppedHandler = undefined;
    this.poppedPayload = undefined;
    handler(payload);
  }

  /** Removes every pending event. */
  clear(): void {
    for (let index = 0; index < this.heapSize; index++) this.releaseSlot(this.heapSlot[index]!);
    this.heapSize = 0;
    this.cancelledPending = 0;
  }

  private removeTop(): void {
    const last = --this.heapSize;
    if (last > 0) this.siftDown(0, this.heapTime[last]!, this.heapKey[last]!, this.heapSlot[last]!);
  }

  // Moves the hole at `index` up until the entry fits, then writes it: one write per level, no swaps.
  private siftUp(index: number, time: number, key: number, slot: number): void {
    const heapTime = this.heapTime;
    const heapKey = this.heapKey;
    const heapSlot = this.heapSlot;
    let hole = index;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const parentTime = heapTime[parent]!;
      if (parentTime < time || (parentTime === time && heapKey[parent]! < key)) break;
      heapTime[hole] = parentTime;
      heapKey[hole] = heapKey[parent]!;
      heapSlot[hole] = heapSlot[parent]!;
      hole = parent;
    }
    heapTime[hole] = time;
    heapKey[hole] = key;
    heapSlot[hole] = slot;
  }

  private siftDown(index: number, time: number, key: number, slot: number): void {
    const heapTime = this.heapTime;
    const heapKey = this.heapKey;
    const heapSlot = this.heapSlot;
    const size = this.heapSize;
    let hole = index;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= size) break;
      let childTime = heapTime[child]!;
      let childKey = heapKey[child]!;
      const right = child + 1;
      if (right < size) {
        const rightTime = heapTime[right]!;
        const rightKey = heapKey[right]!;
        if (rightTime < childTime || (rightTime === childTime && rightKey < childKey)) {
          child = right;
          childTime = rightTime;
          childKey = rightKey;
        }
      }
      if (time < childTime || (time === childTime && key < childKey)) break;
      heapTime[hole] = childTime;
      heapKey[hole] = childKey;
      heapSlot[hole] = heapSlot[child]!;
      hole = child;
    }
    heapTime[hole] = time;
    heapKey[hole] = key;
    heapSlot[hole] = slot;
  }

  private allocateSlot(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount]!;
    const slot = this.slotCount++;
    if (slot >= SLOT_BITS) throw new RangeError(`event calendar is full: ${SLOT_BITS} events pending`);
    if (slot === this.generations.length) {
      this.generations = grow(this.generations, new Uint32Array(slot * 2));
      this.cancelledFlags = grow(this.cancelledFlags, new Uint8Array(slot * 2));
      this.freeSlots = grow(this.freeSlots, new Int32Array(slot * 2));
    }
    return slot;
  }

  private releaseSlot(slot: number): void {
    this.handlers[slot] = undefined;
    this.payloads[slot] = undefined;
    // Wrapped by comparison, not `%`: the optimiser may lower a float remainder to a library call.
    const generation = this.generations[slot]! + 1;
    this.generations[slot] = generation === GENERATION_LIMIT ? 0 : generation;
    this.freeSlots[this.freeCount++] = slot;
  }

  private growHeap(): void {
    const capacity = this.heapTime.length * 2;
    this.heapTime = grow(this.heapTime, new Float64Array(capacity));
    this.heapKey = grow(this.heapKey, new Float64Array(capacity));
    this.heapSlot = grow(this.heapSlot, new Int32Array(capacity));
  }
}

function noop(): void {}

function grow<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
