// Per-item records of a run in typed-array columns: each item that left in the measured window, with its
// type, priority, times, handoffs, reassignments and outcome, for exact percentiles, control charts and an item CSV.
import type { WorkItem } from '../work/workItem.ts';

/** How an item left the system. */
export type ItemOutcome = 'delivered' | 'stopped' | 'abandoned' | 'automated' | 'refused';

const OUTCOMES: readonly ItemOutcome[] = ['delivered', 'stopped', 'abandoned', 'automated', 'refused'];
/** Outcome codes up to this one are completions (delivered 0, stopped 1). */
const STOPPED = 1;

/** One recorded item, as plain data. Times are hours of simulated time. */
export interface ItemRecord {
  readonly id: number;
  /** Index of its work type in the model. */
  readonly typeIndex: number;
  readonly priority: number;
  readonly outcome: ItemOutcome;
  /** Time it was offered. */
  readonly arrival: number;
  /** Time work first started on it, or NaN when it never started (refused, automated, abandoned). */
  readonly start: number;
  /** Time it left: completed, stopped, gave up, was refused, or (automated) was resolved. */
  readonly finish: number;
  /** Time being worked on, hours. */
  readonly touchTime: number;
  /** Time waiting in queues, hours. */
  readonly waitTime: number;
  /** Time held up outside queues (deferred, blocked, gated, waiting on a dependency or for room). */
  readonly blockedTime: number;
  readonly handoffs: number;
  /** Changes of the team working on it (its reassignment count), up to 16 777 215. */
  readonly reassignments: number;
}

/**
 * What one record costs: six times of 8 bytes (arrival, start, finish, touch, wait, blocked) and four
 * 4-byte counts (id, type and priority packed in 16 bits each, outcome in 8 bits with reassignments in
 * 24, handoffs). Storage comes in blocks
 * of 2 048 records (128 KB), so at most one block is allocated but unused.
 *
 * @example
 * BYTES_PER_ITEM_RECORD * 100_000; // => 6 400 000 bytes for a year of a 100 000-item service desk
 */
export const BYTES_PER_ITEM_RECORD = 6 * 8 + 4 * 4;

/**
 * A read-only view of the records: their number and each record's fields by position.
 *
 * @example
 * const records = live.records; // undefined when the run keeps no records
 * records?.at(0); // => { id: 17, typeIndex: 0, priority: 3, outcome: 'delivered', arrival: 168.2, ... }
 */
export interface ItemRecordsView {
  /** Items recorded. */
  readonly count: number;
  /** The record at a position, 0 to count - 1, as a plain object (allocates one per call). */
  at(position: number): ItemRecord;
  /** Work type index of the record at a position. */
  typeIndex(position: number): number;
  /** Outcome of the record at a position. */
  outcome(position: number): ItemOutcome;
  /** Lead time (finish - arrival) of the record at a position, hours. */
  leadTime(position: number): number;
  /** Time waiting in queues of the record at a position, hours. */
  waitTime(position: number): number;
  /**
   * The lead times and waits of the completed items (delivered or stopped), overall and per work type, in
   * new arrays the caller may reorder (for exact percentiles by selection). One pass over the records.
   */
  completedValues(typeCount: number): CompletedValues;
}

/** Lead times and waits of every completed item and of each work type's, in record order. */
export interface CompletedValues {
  readonly leadTimes: Float64Array;
  readonly waits: Float64Array;
  /** By work type index. */
  readonly leadTimesByType: readonly Float64Array[];
  readonly waitsByType: readonly Float64Array[];
}

// Records per block: a power of two, so a position splits into block and row with a shift and a mask.
const BLOCK_BITS = 11;
const BLOCK_ROWS = 1 << BLOCK_BITS;
const ROW_MASK = BLOCK_ROWS - 1;
// Row layout: TIMES per row in `times`, COUNTS per row in `counts`.
const TIMES = 6;
const ARRIVAL = 0;
const START = 1;
const FINISH = 2;
const TOUCH = 3;
const WAIT = 4;
const BLOCKED = 5;
const COUNTS = 4;
const ID = 0;
const TYPE_AND_PRIORITY = 1;
// The outcome code in the low 8 bits, the reassignments (saturated) in the high 24.
const OUTCOME = 2;
const OUTCOME_BITS = 0xff;
const MAX_REASSIGNMENTS = 0xffffff;
const HANDOFFS = 3;

/**
 * The records of one replication: `add` appends a leaving item as one row of six times and one of four
 * counts, in blocks of typed arrays allocated as they fill (nothing is allocated per item, nothing copied);
 * `restart` empties them at the end of the warm-up, keeping the blocks for reuse, so the records cover
 * the measured window like the other statistics.
 *
 * @example
 * const records = new ItemRecords();
 * records.add(item, 'delivered', 12.5); // item arrived at 10.5
 * records.leadTime(0); // => 2
 */
export class ItemRecords implements ItemRecordsView {
  private size = 0;
  private readonly timeBlocks: Float64Array[] = [];
  private readonly countBlocks: Uint32Array[] = [];
  // The block being filled, and the next row in it.
  private times: Float64Array = new Float64Array(0);
  private counts: Uint32Array = new Uint32Array(0);
  private nextRow = BLOCK_ROWS;

  /** Items recorded since the last restart. */
  get count(): number {
    return this.size;
  }

  /**
   * Records an item leaving with `outcome` at time `finish`.
   * @throws RangeError when the type index or priority does not fit in 16 bits
   */
  add(item: WorkItem, outcome: ItemOutcome, finish: number): void {
    if (this.nextRow === BLOCK_ROWS) this.nextBlock();
    const typeIndex = item.typeIndex;
    const priority = item.priority;
    if (typeIndex > 0xffff || priority > 0xffff) {
      throw new RangeError(`item records: type ${typeIndex} or priority ${priority} is above 65 535`);
    }
    const row = this.nextRow++;
    this.size++;
    const times = this.times;
    const at = row * TIMES;
    times[at + ARRIVAL] = item.arrivalTime;
    times[at + START] = item.firstStartTime;
    times[at + FINISH] = finish;
    times[at + TOUCH] = item.touchTime;
    times[at + WAIT] = item.queueTime;
    times[at + BLOCKED] = item.blockedTime;
    const counts = this.counts;
    const countsAt = row * COUNTS;
    counts[countsAt + ID] = item.id;
    counts[countsAt + TYPE_AND_PRIORITY] = (typeIndex << 16) | priority;
    counts[countsAt + OUTCOME] =
      outcomeCode(outcome) + Math.min(item.reassignments, MAX_REASSIGNMENTS) * (OUTCOME_BITS + 1);
    counts[countsAt + HANDOFFS] = item.handoffs;
  }

  /** Forgets the records (end of the warm-up); the blocks are kept and filled again. */
  restart(): void {
    this.size = 0;
    this.nextRow = BLOCK_ROWS;
  }

  at(position: number): ItemRecord {
    const count = (field: number): number => this.countAt(position, field);
    const time = (field: number): number => this.timeAt(position, field);
    return {
      id: count(ID),
      typeIndex: count(TYPE_AND_PRIORITY) >>> 16,
      priority: count(TYPE_AND_PRIORITY) & 0xffff,
      outcome: this.outcome(position),
      arrival: time(ARRIVAL),
      start: time(START),
      finish: time(FINISH),
      touchTime: time(TOUCH),
      waitTime: time(WAIT),
      blockedTime: time(BLOCKED),
      handoffs: count(HANDOFFS),
      reassignments: count(OUTCOME) >>> 8,
    };
  }

  typeIndex(position: number): number {
    return this.countAt(position, TYPE_AND_PRIORITY) >>> 16;
  }

  outcome(position: number): ItemOutcome {
    return OUTCOMES[this.countAt(position, OUTCOME) & OUTCOME_BITS] ?? 'delivered';
  }

  leadTime(position: number): number {
    return this.timeAt(position, FINISH) - this.timeAt(position, ARRIVAL);
  }

  waitTime(position: number): number {
    return this.timeAt(position, WAIT);
  }

  completedValues(typeCount: number): CompletedValues {
    // One pass into arrays of the largest possible size (views of the filled part are returned).
    const leadTimes = new Float64Array(this.size);
    const waits = new Float64Array(this.size);
    const types = new Uint16Array(this.size);
    let completed = 0;
    for (let block = 0; block < this.blocksInUse(); block++) {
      const counts = this.countBlocks[block] ?? this.counts;
      const times = this.timeBlocks[block] ?? this.times;
      const rows = this.rowsIn(block);
      for (let row = 0; row < rows; row++) {
        // row < rows <= BLOCK_ROWS, within the block's typed arrays: every read below is defined.
        if ((counts[row * COUNTS + OUTCOME]! & OUTCOME_BITS) > STOPPED) continue;
        const at = row * TIMES;
        leadTimes[completed] = times[at + FINISH]! - times[at + ARRIVAL]!;
        waits[completed] = times[at + WAIT]!;
        types[completed] = counts[row * COUNTS + TYPE_AND_PRIORITY]! >>> 16;
        completed++;
      }
    }
    const overall = { leadTimes: leadTimes.subarray(0, completed), waits: waits.subarray(0, completed) };
    if (typeCount === 1) {
      return {
        ...overall,
        leadTimesByType: [overall.leadTimes.slice()],
        waitsByType: [overall.waits.slice()],
      };
    }
    const perType = new Int32Array(typeCount);
    for (let index = 0; index < completed; index++) perType[types[index]!]!++; // index < completed
    const leadTimesByType = Array.from(perType, (count) => new Float64Array(count));
    const waitsByType = Array.from(perType, (count) => new Float64Array(count));
    perType.fill(0);
    for (let index = 0; index < completed; index++) {
      const type = types[index]!; // index < completed
      const slot = perType[type]!++; // the first count made room for this item in its type's arrays
      leadTimesByType[type]![slot] = leadTimes[index]!;
      waitsByType[type]![slot] = waits[index]!;
    }
    return { ...overall, leadTimesByType, waitsByType };
  }

  private blocksInUse(): number {
    return Math.ceil(this.size / BLOCK_ROWS);
  }

  private rowsIn(block: number): number {
    return Math.min(BLOCK_ROWS, this.size - block * BLOCK_ROWS);
  }

  private timeAt(position: number, field: number): number {
    this.check(position);
    return this.timeBlocks[position >>> BLOCK_BITS]?.[(position & ROW_MASK) * TIMES + field] ?? Number.NaN;
  }

  private countAt(position: number, field: number): number {
    this.check(position);
    return this.countBlocks[position >>> BLOCK_BITS]?.[(position & ROW_MASK) * COUNTS + field] ?? 0;
  }

  private check(position: number): void {
    if (!(Number.isInteger(position) && position >= 0 && position < this.size)) {
      throw new RangeError(`item records: position ${position} is outside 0 to ${this.size - 1}`);
    }
  }

  // Moves on to the next block: one kept from before a restart, or a new one.
  private nextBlock(): void {
    const block = this.size >>> BLOCK_BITS;
    if (block === this.timeBlocks.length) {
      this.timeBlocks.push(new Float64Array(BLOCK_ROWS * TIMES));
      this.countBlocks.push(new Uint32Array(BLOCK_ROWS * COUNTS));
    }
    this.times = this.timeBlocks[block] ?? this.times;
    this.counts = this.countBlocks[block] ?? this.counts;
    this.nextRow = 0;
  }
}

// The outcome's index in OUTCOMES, without a search (called once per item).
function outcomeCode(outcome: ItemOutcome): number {
  switch (outcome) {
    case 'delivered':
      return 0;
    case 'stopped':
      return 1;
    case 'abandoned':
      return 2;
    case 'automated':
      return 3;
    case 'refused':
      return 4;
  }
}
