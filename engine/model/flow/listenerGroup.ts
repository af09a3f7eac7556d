// Several listeners of a replication's items heard as one (the value ledger and problem management).
import type { WorkItem } from '../work/workItem.ts';
import type { ItemLifeListener, LeaveOutcome } from './itemLifeListener.ts';

/**
 * One listener for those given, or undefined when none is; each moment goes to every listener, in order.
 * @example
 * combineListeners(ledger, undefined) === ledger; // => true: a single listener is used as it is
 */
export function combineListeners(
  ...listeners: readonly (ItemLifeListener | undefined)[]
): ItemLifeListener | undefined {
  const present = listeners.filter((listener): listener is ItemLifeListener => listener !== undefined);
  if (present.length <= 1) return present[0];
  return new ListenerGroup(present);
}

class ListenerGroup implements ItemLifeListener {
  private readonly listeners: readonly ItemLifeListener[];

  constructor(listeners: readonly ItemLifeListener[]) {
    this.listeners = listeners;
  }

  refused(item: WorkItem, now: number): void {
    for (const listener of this.listeners) listener.refused(item, now);
  }

  automated(item: WorkItem, now: number): void {
    for (const listener of this.listeners) listener.automated(item, now);
  }

  admitted(item: WorkItem, now: number): void {
    for (const listener of this.listeners) listener.admitted(item, now);
  }

  valueStarted(item: WorkItem, now: number): void {
    for (const listener of this.listeners) listener.valueStarted(item, now);
  }

  visitAnswered(item: WorkItem, team: number, now: number): void {
    for (const listener of this.listeners) listener.visitAnswered(item, team, now);
  }

  reworked(item: WorkItem, now: number): void {
    for (const listener of this.listeners) listener.reworked(item, now);
  }

  left(item: WorkItem, now: number, outcome: LeaveOutcome): void {
    for (const listener of this.listeners) listener.left(item, now, outcome);
  }
}
