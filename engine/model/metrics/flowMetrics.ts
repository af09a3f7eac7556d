// Flow measures of a service model, collected while it runs: lead, wait, touch and blocked time per
// work type and priority, per-step queues and WIP, throughput, SLA attainment and the conservation counts.
import { Tally, TimeWeightedAverage } from '../../stats/index.ts';
import { OpenItems } from './openItems.ts';
import type { WorkItem } from '../work/workItem.ts';

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

/** Counts over the whole run (never reset), for the conservation check. */
export interface ConservationCounts {
  offered: number;
  refused: number;
  admitted: number;
  automated: number;
  completed: number;
  abandoned: number;
}

/**
 * The collector the service system reports to. Group tallies restart at the end of the warm-up;
 * conservation counts cover the whole run: offered = refused + admitted and admitted = completed +
 * automated + open + abandoned (automated items are admitted but never wait for people).
 */
export class FlowMetrics {
  /** End-to-end tallies by work type, then priority (index priority - 1). */
  readonly byTypeAndPriority: FlowTallies[][];
  /** Per-step tallies of each visit (entry to exit), by global step index. */
  readonly bySteps: FlowTallies[];
  /** Items waiting in each step's queue, over time. */
  readonly queueLengths: TimeWeightedAverage[];
  /** Items in each step (queued, in progress or blocked there), over time. */
  readonly stepWip: TimeWeightedAverage[];
  /** Items admitted and not yet gone, over time. */
  readonly wip: TimeWeightedAverage;
  /** Visits that ended at each step since the window started (done, sent back by rework, or abandoned): the visit rate of Little's law. */
  readonly stepThroughput: Float64Array;
  /** Items completed per work type since the window started. */
  readonly completedByType: Float64Array;
  readonly counts: ConservationCounts = {
    offered: 0,
    refused: 0,
    admitted: 0,
    automated: 0,
    completed: 0,
    abandoned: 0,
  };
  /** Admitted items not yet gone, oldest first. */
  readonly open = new OpenItems();
  windowStart = 0;
  private readonly slaHours: readonly number[];

  constructor(typeCount: number, priorityCount: number, stepCount: number, slaHours: readonly number[]) {
    this.byTypeAndPriority = Array.from({ length: typeCount }, () =>
      Array.from({ length: priorityCount }, () => new FlowTallies()),
    );
    this.bySteps = Array.from({ length: stepCount }, () => new FlowTallies());
    this.queueLengths = Array.from({ length: stepCount }, () => new TimeWeightedAverage());
    this.stepWip = Array.from({ length: stepCount }, () => new TimeWeightedAverage());
    this.wip = new TimeWeightedAverage();
    this.stepThroughput = new Float64Array(stepCount);
    this.completedByType = new Float64Array(typeCount);
    this.slaHours = slaHours;
  }

  /** An item was admitted into its value stream (or is about to be, after a deferral); it is open until it leaves. */
  admitted(item: WorkItem, now: number): void {
    this.counts.admitted++;
    this.open.add(item);
    this.wip.update(this.open.size, now);
  }

  /** An item left: completed or abandoned. */
  left(item: WorkItem, now: number, completed: boolean): void {
    this.open.delete(item);
    this.wip.update(this.open.size, now);
    if (!completed) {
      this.counts.abandoned++;
      return;
    }
    this.counts.completed++;
    this.completedByType[item.typeIndex]!++;
    const tallies = this.byTypeAndPriority[item.typeIndex]![item.priority - 1]!;
    const lead = now - item.arrivalTime;
    tallies.leadTime.add(lead);
    tallies.queueTime.add(item.queueTime);
    tallies.touchTime.add(item.touchTime);
    tallies.blockedTime.add(item.blockedTime);
    tallies.handoffs.add(item.handoffs);
    const target = this.slaHours[item.priority - 1];
    if (target !== undefined) {
      tallies.slaCounted++;
      if (lead <= target) tallies.slaMet++;
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
    const tallies = this.bySteps[step]!;
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
    for (const average of this.queueLengths) average.reset(now);
    for (const average of this.stepWip) average.reset(now);
    this.wip.reset(now);
    this.stepThroughput.fill(0);
    this.completedByType.fill(0);
  }
}
