// Flow measures of a service model, collected while it runs: lead, wait, touch and blocked time per
// work type and priority, per-step WIP, throughput, SLA attainment, the conservation counts and item records.
import { Tally, TimeWeightedAverage } from '../../stats/index.ts';
import type { WorkItem } from '../work/workItem.ts';
import { ItemRecords } from './itemRecords.ts';
import { OpenItems } from './openItems.ts';

/** Streaming measures of one group of items (a work type and priority, or a step). */
export class FlowTallies {
  /** Arrival (or step entry) to completion (or step exit), hours. */
  readonly leadTime = new Tally();
  /** Time waiting in queues, hours. */
  readonly queueTime = new Tally();
  /** Time being worked on, hours. */
  readonly touchTime = new Tally();
  /** Time blocked (requester, third party, gate, dependency, WIP limit), hours. */
  readonly blockedTime = new Tally();
  /** Hand-offs between people per item. */
  readonly handoffs = new Tally();
  /** Items within their SLA (end to end only). */
  slaMet = 0;
  /** Items with an SLA (end to end only). */
  slaCounted = 0;

  reset(): void {
    this.leadTime.reset();
    this.queueTime.reset();
    this.touchTime.reset();
    this.blockedTime.reset();
    this.handoffs.reset();
    this.slaMet = 0;
    this.slaCounted = 0;
  }
}

/** How many items were offered, refused, admitted and left, over some span of the run. */
export interface ConservationCounts {
  /** Items offered by arrival sources (and from code). */
  offered: number;
  /** Offered items an intake limit turned away. */
  refused: number;
  /** Offered items let in: automated ones and those that entered their value stream (or a deferral). */
  admitted: number;
  /** Admitted items resolved without people; they never enter a queue. */
  automated: number;
  /** Items that left at the end of their value stream, or by an exit (delivering value or stopped). */
  completed: number;
  /** Items whose requester gave up waiting for a first answer. */
  abandoned: number;
}

/** Reassignment counts are grouped 0, 1, 2, 3 and 4 or more, as service-management reports do. */
export const REASSIGNMENT_GROUPS = 5;

/** Counts of the measured window: what it starts with, and the same counts as the whole run's. */
export interface WindowCounts extends ConservationCounts {
  /** Items open (admitted, not yet gone) when the window started. */
  openAtStart: number;
}

/**
 * The collector the service system reports to. Group tallies and window counts restart at the end of
 * the warm-up; whole-run counts never do. Both balance: offered = refused + admitted; whole run,
 * admitted = completed + automated + abandoned + open; window, open at start + admitted = completed +
 * automated + abandoned + open at end. With item records on, every item leaving in the window is recorded.
 */
export class FlowMetrics {
  /** End-to-end tallies by work type, then priority (index priority - 1). */
  readonly byTypeAndPriority: FlowTallies[][];
  /** Per-step tallies of each visit (entry to exit), by global step index. */
  readonly bySteps: FlowTallies[];
  /** Items in each step (queued, in progress or blocked there), over time. */
  readonly stepWip: TimeWeightedAverage[];
  /** Items admitted and not yet gone, over time. */
  readonly wip: TimeWeightedAverage;
  /** Visits that ended at each step since the window started (done, sent back by rework, or abandoned): the visit rate of Little's law. */
  readonly stepThroughput: Float64Array;
  /** Items completed per work type since the window started. */
  readonly completedByType: Float64Array;
  /** Items completed since the window started by their reassignments: 0, 1, 2, 3, 4 or more. */
  readonly completedByReassignments = new Float64Array(REASSIGNMENT_GROUPS);
  /** Reassignments of the items completed since the window started, added up (the mean's numerator). */
  reassignmentSum = 0;
  /** End-to-end tallies of the items completed in the window that were reassigned at least once. */
  readonly reassigned = new FlowTallies();
  /** Items admitted into each value stream since time 0 (cumulative; never reset). */
  readonly arrivedByStream: Float64Array;
  /** Items that left each value stream completed since time 0 (cumulative; never reset). */
  readonly completedByStream: Float64Array;
  /** The value stream of each work type. */
  private readonly streamOfType: Int32Array;
  /** Counts over the whole run, from time 0. */
  readonly counts: ConservationCounts = emptyCounts();
  /** Counts since the window started (the end of the warm-up, or time 0). */
  readonly windowCounts: WindowCounts = { ...emptyCounts(), openAtStart: 0 };
  /** Admitted items not yet gone, oldest first. */
  readonly open = new OpenItems();
  /** Every item that left in the window, or undefined when records are off. */
  readonly records: ItemRecords | undefined;
  windowStart = 0;
  private readonly slaHours: readonly number[];

  constructor(
    typeCount: number,
    priorityCount: number,
    stepCount: number,
    slaHours: readonly number[],
    recordItems: boolean,
    streamOfType: Int32Array,
    streamCount: number,
  ) {
    this.byTypeAndPriority = Array.from({ length: typeCount }, () =>
      Array.from({ length: priorityCount }, () => new FlowTallies()),
    );
    this.bySteps = Array.from({ length: stepCount }, () => new FlowTallies());
    this.stepWip = Array.from({ length: stepCount }, () => new TimeWeightedAverage());
    this.wip = new TimeWeightedAverage();
    this.stepThroughput = new Float64Array(stepCount);
    this.completedByType = new Float64Array(typeCount);
    this.slaHours = slaHours;
    this.records = recordItems ? new ItemRecords() : undefined;
    this.streamOfType = streamOfType;
    this.arrivedByStream = new Float64Array(streamCount);
    this.completedByStream = new Float64Array(streamCount);
  }

  /** An item was offered. */
  offered(): void {
    this.counts.offered++;
    this.windowCounts.offered++;
  }

  /** An offered item was refused at intake, now. */
  refused(item: WorkItem, now: number): void {
    this.counts.refused++;
    this.windowCounts.refused++;
    this.records?.add(item, 'refused', now);
  }

  /** An offered item was admitted and automated: it is resolved at `finish` without people. */
  automated(item: WorkItem, finish: number): void {
    this.counts.admitted++;
    this.counts.automated++;
    this.windowCounts.admitted++;
    this.windowCounts.automated++;
    this.records?.add(item, 'automated', finish);
  }

  /** An item was admitted into its value stream (or is about to be, after a deferral); it is open until it leaves. */
  admitted(item: WorkItem, now: number): void {
    this.counts.admitted++;
    this.windowCounts.admitted++;
    const stream = this.streamOfType[item.typeIndex] ?? 0;
    this.arrivedByStream[stream] = (this.arrivedByStream[stream] ?? 0) + 1;
    this.open.add(item);
    this.wip.update(this.open.size, now);
  }

  /** An item left: completed (delivered or stopped) or abandoned. */
  left(item: WorkItem, now: number, outcome: 'delivered' | 'stopped' | 'abandoned'): void {
    this.open.delete(item);
    this.wip.update(this.open.size, now);
    this.records?.add(item, outcome, now);
    if (outcome === 'abandoned') {
      this.counts.abandoned++;
      this.windowCounts.abandoned++;
      return;
    }
    this.counts.completed++;
    this.windowCounts.completed++;
    const stream = this.streamOfType[item.typeIndex] ?? 0;
    this.completedByStream[stream] = (this.completedByStream[stream] ?? 0) + 1;
    this.completedByType[item.typeIndex]!++;
    // One row per work type, one group per priority of the model's matrix, which items are drawn from.
    const tallies = this.byTypeAndPriority[item.typeIndex]![item.priority - 1]!;
    const lead = now - item.arrivalTime;
    tallies.leadTime.add(lead);
    tallies.queueTime.add(item.queueTime);
    tallies.touchTime.add(item.touchTime);
    tallies.blockedTime.add(item.blockedTime);
    tallies.handoffs.add(item.handoffs);
    const target = this.slaHours[item.priority - 1];
    const metTarget = target !== undefined && lead <= target;
    if (target !== undefined) {
      tallies.slaCounted++;
      if (metTarget) tallies.slaMet++;
    }
    this.completedByReassignments[Math.min(item.reassignments, REASSIGNMENT_GROUPS - 1)]!++;
    this.reassignmentSum += item.reassignments;
    if (item.reassignments > 0) {
      const reassigned = this.reassigned;
      reassigned.leadTime.add(lead);
      reassigned.queueTime.add(item.queueTime);
      reassigned.touchTime.add(item.touchTime);
      reassigned.blockedTime.add(item.blockedTime);
      reassigned.handoffs.add(item.handoffs);
      if (target !== undefined) {
        reassigned.slaCounted++;
        if (metTarget) reassigned.slaMet++;
      }
    }
  }

  /** One visit to a step ended (the item moves on, loops back or leaves). */
  visitEnded(
    step: number,
    enteredAt: number,
    queueHours: number,
    touchHours: number,
    blockedHours: number,
    now: number,
  ): void {
    const tallies = this.bySteps[step]!; // one group per step
    tallies.leadTime.add(now - enteredAt);
    tallies.queueTime.add(queueHours);
    tallies.touchTime.add(touchHours);
    tallies.blockedTime.add(blockedHours);
    this.stepThroughput[step]!++;
  }

  /** Restarts every windowed measure at `now` (end of the warm-up). */
  reset(now: number): void {
    this.windowStart = now;
    for (const row of this.byTypeAndPriority) for (const tallies of row) tallies.reset();
    for (const tallies of this.bySteps) tallies.reset();
    for (const average of this.stepWip) average.reset(now);
    this.wip.reset(now);
    this.stepThroughput.fill(0);
    this.completedByType.fill(0);
    this.completedByReassignments.fill(0);
    this.reassignmentSum = 0;
    this.reassigned.reset();
    Object.assign(this.windowCounts, emptyCounts(), { openAtStart: this.open.size });
    this.records?.restart();
  }
}

function emptyCounts(): ConservationCounts {
  return { offered: 0, refused: 0, admitted: 0, automated: 0, completed: 0, abandoned: 0 };
}
