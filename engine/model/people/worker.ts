// A person at work during a run: the items in hand, how fast each progresses (speed by skill level,
// shared under multitasking with the context-switch loss, only in working hours), and busy-time accounts.
import type { CompiledPerson } from '../definition/compiledModel.ts';
import type { WorkItem } from '../work/workItem.ts';
import { perItemRates } from './contextSwitching.ts';

// Effort below this many hours counts as done (absorbs rounding in the progress arithmetic).
const EFFORT_EPSILON = 1e-9;

/**
 * The run-time state of one person. Progress is brought up to date lazily (`advance`) whenever the
 * items in hand change; between changes each item progresses at speed x (1 - loss(n)) / n per working
 * hour, so the next completion is computed, not stepped.
 */
export class Worker {
  readonly person: CompiledPerson;
  readonly index: number;
  readonly name: string;
  /** Items in hand and the skill each is worked with. */
  readonly inHandItems: WorkItem[] = [];
  readonly inHandSkills: number[] = [];
  /** Whether the person takes work (on-call people are inactive until called). */
  active: boolean;
  /** Working hours with at least one item in hand, since the start (or the warm-up). */
  busyHours = 0;
  /** Hours spent on call while active (on-call people only). */
  onCallHours = 0;
  /** Time the person last had nothing in hand, or was called in or released, hours. */
  idleSince = 0;
  /** The pending completion event, or -1. */
  completionEvent = -1;
  /** The simulation's count of scheduled events just after the completion event was scheduled. */
  completionScheduledAt = -1;
  private lastProgress = 0;
  private activeSince = 0;
  // Share of the person's speed each item gets, by number in hand (context-switch loss included).
  private readonly shareByCount: Float64Array;
  // Copies of the person's fields read at every decision and completion, one load nearer.
  private readonly maxInHand: number;
  private readonly calendar: CompiledPerson['calendar'];
  private readonly speeds: Float64Array;

  constructor(person: CompiledPerson) {
    this.person = person;
    this.shareByCount = perItemRates(person.maxInHand, person.contextSwitchPenalty);
    this.maxInHand = person.maxInHand;
    this.calendar = person.calendar;
    this.speeds = person.speeds;
    this.index = person.index;
    this.name = person.name;
    this.active = !person.onCall;
  }

  /** Number of items in hand. */
  get inHand(): number {
    return this.inHandItems.length;
  }

  /** True when the person may take another item now. */
  canTakeMore(now: number): boolean {
    if (!this.active || this.inHandItems.length >= this.maxInHand) return false;
    const calendar = this.calendar;
    return calendar === undefined || calendar.isWorking(now);
  }

  /** Working hours between two times under the person's calendar. */
  workingHours(from: number, to: number): number {
    const calendar = this.calendar;
    return calendar === undefined ? to - from : calendar.workingHoursBetween(from, to);
  }

  /** Brings the remaining effort and touch time of the items in hand up to `now`. */
  advance(now: number): void {
    const count = this.inHandItems.length;
    if (count > 0 && now > this.lastProgress) {
      const worked = this.workingHours(this.lastProgress, now);
      if (worked > 0) {
        // One share per count from 1 to maxInHand, and count <= maxInHand.
        const share = this.shareByCount[count]!;
        for (let index = 0; index < count; index++) {
          const item = this.inHandItems[index]!; // index < count
          item.remainingEffort -= worked * this.speeds[this.inHandSkills[index]!]! * share;
          item.touchTime += worked * share;
        }
        this.busyHours += worked;
      }
    }
    this.lastProgress = now;
  }

  /** Takes an item in hand (call `advance(now)` first). */
  take(item: WorkItem, skill: number): void {
    this.inHandItems.push(item);
    this.inHandSkills.push(skill);
  }

  /** Puts an item down (finished, or handed over); returns the skill it was worked with. */
  drop(item: WorkItem, now: number): number {
    const items = this.inHandItems;
    const skills = this.inHandSkills;
    const position = items.indexOf(item);
    const skill = skills[position]!; // the item is in hand, so its position is
    // Shift the later items down and pop, keeping their order: splice would allocate the removed ones.
    const last = items.length - 1;
    for (let index = position; index < last; index++) {
      // index + 1 <= last, inside both lists.
      items[index] = items[index + 1]!;
      skills[index] = skills[index + 1]!;
    }
    items.pop();
    skills.pop();
    if (items.length === 0) this.idleSince = now;
    return skill;
  }

  /** True when an item's remaining effort is used up (after `advance`), rounding absorbed. */
  hasFinished(item: WorkItem): boolean {
    return item.remainingEffort <= EFFORT_EPSILON;
  }

  /** The item in hand that finishes first (after `advance`), or undefined when none is due. */
  finishedItem(): WorkItem | undefined {
    for (const item of this.inHandItems) if (this.hasFinished(item)) return item;
    return undefined;
  }

  /**
   * Clock time at which the first item in hand will be done, given the current share of effort, or
   * Infinity when nothing is in hand or the person never works again.
   */
  nextCompletionTime(now: number): number {
    const count = this.inHandItems.length;
    if (count === 0) return Number.POSITIVE_INFINITY;
    const share = this.shareByCount[count]!; // 1 <= count <= maxInHand
    let hoursNeeded = Number.POSITIVE_INFINITY;
    for (let index = 0; index < count; index++) {
      const rate = this.speeds[this.inHandSkills[index]!]! * share;
      const needed = Math.max(0, this.inHandItems[index]!.remainingEffort) / rate; // index < count
      if (needed < hoursNeeded) hoursNeeded = needed;
    }
    const calendar = this.calendar;
    return calendar === undefined ? now + hoursNeeded : calendar.addWorkingHours(now, hoursNeeded);
  }

  /** Marks the person active (on call) or inactive from `now`, accounting on-call hours. */
  setActive(active: boolean, now: number): void {
    if (active === this.active) return;
    if (active) this.activeSince = now;
    else this.onCallHours += now - this.activeSince;
    this.active = active;
    this.idleSince = now;
  }

  /** On-call hours up to `now`, including an open call-out. */
  onCallHoursAt(now: number): number {
    return this.person.onCall && this.active ? this.onCallHours + now - this.activeSince : this.onCallHours;
  }

  /** Restarts the busy-time account at `now` (end of the warm-up). */
  resetAccounts(now: number): void {
    this.advance(now);
    this.busyHours = 0;
    this.onCallHours = 0;
    if (this.person.onCall && this.active) this.activeSince = now;
  }
}
