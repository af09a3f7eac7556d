// The admitted items not yet gone, in admission order, without the garbage a Map makes under churn.
import type { WorkItem } from '../work/workItem.ts';

/**
 * The open items of a run: added when admitted, removed when they leave, listed in admission order.
 *
 * Why not a `Map<id, item>`: a run inserts and deletes an entry per item, and V8 rebuilds a Map's table
 * every few dozen deletions, chaining each obsolete table to its successor for live iterators. Once one
 * table had been promoted to the old generation, that chain kept every later table alive through the
 * young-generation collections: benchmark runs spent a third of their time in the collector.
 *
 * Here items sit in an array in the order they were added, which is id order (ids are handed out as items
 * are made, and an item is admitted as it is made). A removed item leaves a hole; holes at the front are
 * skipped, and the array is compacted in place when holes outnumber the items, so the storage stays
 * proportional to the work in progress and nothing is allocated per item.
 *
 * @example
 * const open = new OpenItems();
 * open.add(item); // item.id 7
 * open.has(7); // => true
 * open.delete(item);
 * open.size; // => 0
 */
export class OpenItems {
  private readonly items: (WorkItem | undefined)[] = [];
  /** The id at each slot, kept for holes too, so slots stay sorted by id for the binary search. */
  private readonly ids: number[] = [];
  /** Slots in use are [first, end). */
  private first = 0;
  private end = 0;
  private count = 0;

  /** Number of open items. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds an item just admitted.
   * @throws Error when its id is not above every id added before (ids must arrive in order)
   */
  add(item: WorkItem): void {
    if (this.end > 0 && item.id <= this.ids[this.end - 1]!) {
      throw new Error(`open items: item ${item.id} added after item ${this.ids[this.end - 1]}`);
    }
    if (this.end === this.items.length) {
      this.items.push(item);
      this.ids.push(item.id);
    } else {
      this.items[this.end] = item;
      this.ids[this.end] = item.id;
    }
    this.end++;
    this.count++;
  }

  /** Removes an item; returns false when it was not open. */
  delete(item: WorkItem): boolean {
    const slot = this.slotOf(item.id);
    if (slot < 0) return false;
    this.items[slot] = undefined;
    this.count--;
    while (this.first < this.end && this.items[this.first] === undefined) this.first++;
    if (this.first === this.end) this.first = this.end = 0;
    else if (this.end - this.first - this.count > this.count + 32) this.compact();
    return true;
  }

  /** True when the item with this id is open. */
  has(id: number): boolean {
    return this.slotOf(id) >= 0;
  }

  /** The open items, oldest first. */
  *values(): IterableIterator<WorkItem> {
    for (let slot = this.first; slot < this.end; slot++) {
      const item = this.items[slot];
      if (item !== undefined) yield item;
    }
  }

  // Binary search over the slots in use; -1 when the id is absent or its slot is a hole.
  private slotOf(id: number): number {
    let low = this.first;
    let high = this.end - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.ids[middle]!;
      if (found === id) return this.items[middle] === undefined ? -1 : middle;
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  // Moves the open items to the front, in order, and clears the slots left behind.
  private compact(): void {
    let target = 0;
    for (let slot = this.first; slot < this.end; slot++) {
      const item = this.items[slot];
      if (item === undefined) continue;
      this.items[target] = item;
      this.ids[target] = this.ids[slot]!;
      target++;
    }
    for (let slot = target; slot < this.end; slot++) this.items[slot] = undefined;
    this.first = 0;
    this.end = target;
  }
}
