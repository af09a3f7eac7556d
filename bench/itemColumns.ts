// The hand-coded service desk's work items: one typed-array column per field, slots recycled through a
// free list, and each item's own decision stream (the engine's sfc32 sub-stream) kept as four int32 words.
import { growTypedArray } from './growTypedArray.ts';

// Bound once: tsx compiles an imported name into a getter read at every use, and a read with no type
// feedback in a rarely taken branch makes the optimised caller bail out there.
const growStorage = growTypedArray;

/** Effort slots per item: one per position in its value stream (the longest stream has four steps). */
export const EFFORTS_PER_ITEM = 4;
const SFC32_MIXING_ROUNDS = 12;

/**
 * Work items as columns indexed by slot. A slot is reused once its item has left, so the columns grow (by
 * doubling) only to the peak number of open items, and nothing is allocated per item.
 *
 * @example
 * const items = new ItemColumns();
 * const slot = items.allocate();
 * items.seedDecisions(slot, 1, 2, 3, 4);
 * items.decide(slot); // => a uniform in [0, 1), as the engine's subStreamFromSeed gives for those words
 */
export class ItemColumns {
  type: Int32Array = new Int32Array(256);
  priority: Int32Array = new Int32Array(256);
  /** Global index of the step the item is at. */
  step: Int32Array = new Int32Array(256);
  /** Person who last worked on it, or -1. */
  lastWorker: Int32Array = new Int32Array(256);
  /** 1 when the first line can resolve it (its `firstLineResolvable` attribute). */
  resolvable: Int32Array = new Int32Array(256);
  /** Creation number: the engine's item id, its last tie-break in a queue. */
  id: Float64Array = new Float64Array(256);
  arrival: Float64Array = new Float64Array(256);
  enqueuedAt: Float64Array = new Float64Array(256);
  stepEnteredAt: Float64Array = new Float64Array(256);
  queueTime: Float64Array = new Float64Array(256);
  touchTime: Float64Array = new Float64Array(256);
  /** Effort at expert speed by position in the value stream: slot × EFFORTS_PER_ITEM + position. */
  effort: Float64Array = new Float64Array(256 * EFFORTS_PER_ITEM);
  /** sfc32 state (a, b, c, counter) at slot × 4, and whether its mixing rounds have run. */
  private decisionState: Int32Array = new Int32Array(256 * 4);
  private decisionMixed: Int32Array = new Int32Array(256);
  private nextFree: Int32Array = new Int32Array(256);
  private firstFree = -1;
  private used = 0;

  /** A free slot: a recycled one if any, else a new one (growing the columns when full). */
  allocate(): number {
    const recycled = this.firstFree;
    if (recycled >= 0) {
      this.firstFree = this.nextFree[recycled]!;
      return recycled;
    }
    if (this.used === this.type.length) this.grow();
    return this.used++;
  }

  /** Gives a slot back once its item has left. */
  release(slot: number): void {
    this.nextFree[slot] = this.firstFree;
    this.firstFree = slot;
  }

  /** Sets the item's decision stream from the four seed words drawn when it was made. */
  seedDecisions(slot: number, seedA: number, seedB: number, seedC: number, seedCounter: number): void {
    const at = slot * 4;
    const state = this.decisionState;
    state[at] = seedA;
    state[at + 1] = seedB;
    state[at + 2] = seedC;
    state[at + 3] = seedCounter;
    this.decisionMixed[slot] = 0;
  }

  /**
   * The item's next decision uniform: sfc32 as the engine's `subStreamFromSeed` runs it, with the 12
   * mixing rounds before the first draw. Int32 storage gives the same numbers as the engine's uint32
   * fields: every step reduces its operands modulo 2^32 first.
   */
  decide(slot: number): number {
    const state = this.decisionState;
    const at = slot * 4;
    if (this.decisionMixed[slot] === 0) {
      this.decisionMixed[slot] = 1;
      for (let round = 0; round < SFC32_MIXING_ROUNDS; round++) sfc32Step(state, at);
    }
    return sfc32Step(state, at);
  }

  private grow(): void {
    this.type = growStorage(this.type);
    this.priority = growStorage(this.priority);
    this.step = growStorage(this.step);
    this.lastWorker = growStorage(this.lastWorker);
    this.resolvable = growStorage(this.resolvable);
    this.id = growStorage(this.id);
    this.arrival = growStorage(this.arrival);
    this.enqueuedAt = growStorage(this.enqueuedAt);
    this.stepEnteredAt = growStorage(this.stepEnteredAt);
    this.queueTime = growStorage(this.queueTime);
    this.touchTime = growStorage(this.touchTime);
    this.effort = growStorage(this.effort);
    this.decisionState = growStorage(this.decisionState);
    this.decisionMixed = growStorage(this.decisionMixed);
    this.nextFree = growStorage(this.nextFree);
  }
}

// One sfc32 step on the state at `at` (Chris Doty-Humphrey's Small Fast Counting generator, PractRand).
function sfc32Step(state: Int32Array, at: number): number {
  const a = state[at]!;
  const b = state[at + 1]!;
  const c = state[at + 2]!;
  const counter = state[at + 3]!;
  const sum = (((a + b) | 0) + counter) | 0;
  state[at + 3] = (counter + 1) | 0;
  state[at] = b ^ (b >>> 9);
  state[at + 1] = (c + (c << 3)) | 0;
  state[at + 2] = (((c << 21) | (c >>> 11)) + sum) | 0;
  return (sum >>> 0) / 4294967296;
}
