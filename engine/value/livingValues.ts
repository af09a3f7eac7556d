// Delivered value still flowing: one row (start, end, rate, type) per delivered item whose value life has
// not ended, in typed arrays that grow by doubling, so a long run allocates no object per item.

const COLUMNS = 4;
const START = 0;
const END = 1;
const RATE = 2;
const TYPE = 3;

/**
 * Value flowing at `rate` from `start` to `end`, one row per delivered item. `forEachSplit` says how much
 * of each row has flowed by a moment and how much is still to come; `prune` drops the rows whose value
 * life has ended by a moment, after handing them to a callback for good.
 *
 * @example
 * const living = new LivingValues();
 * living.add(4, 100, 10, 0);
 * living.forEachSplit(50, (type, flowed, toCome) => [type, flowed, toCome]); // called with 0, 460, 500
 */
export class LivingValues {
  private rows = new Float64Array(COLUMNS * 64);
  private count = 0;

  /** Rows held. */
  get size(): number {
    return this.count;
  }

  /** Adds value flowing at `rate` from `start` to `end` (end > start) for work type `type`. */
  add(start: number, end: number, rate: number, type: number): void {
    if ((this.count + 1) * COLUMNS > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const at = this.count * COLUMNS;
    this.rows[at + START] = start;
    this.rows[at + END] = end;
    this.rows[at + RATE] = rate;
    this.rows[at + TYPE] = type;
    this.count++;
  }

  /** Calls `split` for each row with its type, the value flowed by `now` and the value still to come. */
  forEachSplit(now: number, split: (type: number, flowed: number, toCome: number) => void): void {
    const rows = this.rows;
    for (let at = 0; at < this.count * COLUMNS; at += COLUMNS) {
      const start = rows[at + START] ?? 0;
      const end = rows[at + END] ?? 0;
      const rate = rows[at + RATE] ?? 0;
      split(
        rows[at + TYPE] ?? 0,
        rate * Math.max(0, Math.min(end, now) - start),
        rate * Math.max(0, end - Math.max(start, now)),
      );
    }
  }

  /** Hands each row whose value has all flowed by `now` to `ended` (type, value), and drops it. */
  prune(now: number, ended: (type: number, value: number) => void): void {
    const rows = this.rows;
    let kept = 0;
    for (let at = 0; at < this.count * COLUMNS; at += COLUMNS) {
      const end = rows[at + END] ?? 0;
      if (end <= now) {
        ended(rows[at + TYPE] ?? 0, (rows[at + RATE] ?? 0) * (end - (rows[at + START] ?? 0)));
      } else {
        rows.copyWithin(kept * COLUMNS, at, at + COLUMNS);
        kept++;
      }
    }
    this.count = kept;
  }
}
