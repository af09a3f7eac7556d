// What the hand-coded service desk measures, kept as the engine's FlowMetrics keeps it: end-to-end sums by
// (work type, priority), per-step visits, queue lengths and WIP over time, open items and busy hours.

/** One step's measures after the warm-up, as the engine's `bySteps` reports them. */
export interface HandCodedStepResults {
  /** Visits that ended at the step (done; a redo stays within the visit). */
  readonly visits: number;
  readonly meanVisitTime: number;
  readonly meanQueueLength: number;
  readonly meanWip: number;
}

/** End-to-end means of the items completed after the warm-up, hours. */
export interface HandCodedEndToEnd {
  readonly count: number;
  readonly meanLeadTime: number;
  readonly meanQueueTime: number;
  readonly meanTouchTime: number;
}

/**
 * Streaming measures of one run. Every area is a time-weighted sum brought up to date just before its
 * value changes, with the engine's arithmetic (TimeWeightedAverage), and the end-to-end sums are kept by
 * (work type, priority) group and added in the engine's group order, so the means agree to the last bit.
 *
 * @example
 * const statistics = new HandCodedStatistics({ steps: 12, types: 4, priorities: 4, people: 30 });
 * statistics.changeOpen(0, 1);
 * statistics.changeOpen(2, -1);
 * statistics.meanWip(4); // => 0.5
 */
export class HandCodedStatistics {
  /** Busy hours of each person since the window started. */
  readonly busyHours: Float64Array;
  private readonly priorities: number;
  private readonly groupCount: Float64Array;
  private readonly groupLead: Float64Array;
  private readonly groupQueue: Float64Array;
  private readonly groupTouch: Float64Array;
  private readonly inStep: Int32Array;
  private readonly stepWipArea: Float64Array;
  private readonly stepWipChanged: Float64Array;
  private readonly stepQueueLength: Int32Array;
  private readonly stepQueueArea: Float64Array;
  private readonly stepQueueChanged: Float64Array;
  private readonly stepVisits: Float64Array;
  private readonly stepVisitSum: Float64Array;
  private open = 0;
  private openArea = 0;
  private openChanged = 0;
  private windowStart = 0;

  constructor(sizes: {
    readonly steps: number;
    readonly types: number;
    readonly priorities: number;
    readonly people: number;
  }) {
    const { steps, types, priorities, people } = sizes;
    this.priorities = priorities;
    this.busyHours = new Float64Array(people);
    this.groupCount = new Float64Array(types * priorities);
    this.groupLead = new Float64Array(types * priorities);
    this.groupQueue = new Float64Array(types * priorities);
    this.groupTouch = new Float64Array(types * priorities);
    this.inStep = new Int32Array(steps);
    this.stepWipArea = new Float64Array(steps);
    this.stepWipChanged = new Float64Array(steps);
    this.stepQueueLength = new Int32Array(steps);
    this.stepQueueArea = new Float64Array(steps);
    this.stepQueueChanged = new Float64Array(steps);
    this.stepVisits = new Float64Array(steps);
    this.stepVisitSum = new Float64Array(steps);
  }

  /** Items open (admitted, not yet gone) change by `change` at `now`. */
  changeOpen(now: number, change: number): void {
    this.openArea += this.open * (now - this.openChanged);
    this.openChanged = now;
    this.open += change;
  }

  /** Items at a step (waiting or in progress) change by `change` at `now`. */
  changeStepWip(step: number, now: number, change: number): void {
    this.stepWipArea[step]! += this.inStep[step]! * (now - this.stepWipChanged[step]!);
    this.stepWipChanged[step] = now;
    this.inStep[step]! += change;
  }

  /** Items waiting in a step's queue change by `change` at `now`. */
  changeQueueLength(step: number, now: number, change: number): void {
    this.stepQueueArea[step]! += this.stepQueueLength[step]! * (now - this.stepQueueChanged[step]!);
    this.stepQueueChanged[step] = now;
    this.stepQueueLength[step]! += change;
  }

  /** A visit to a step ended after `visitTime` hours. */
  visitEnded(step: number, visitTime: number): void {
    this.stepVisits[step]!++;
    this.stepVisitSum[step]! += visitTime;
  }

  /** An item of `type` (index) and `priority` (1 = P1) completed. */
  completed(type: number, priority: number, leadTime: number, queueTime: number, touchTime: number): void {
    const group = type * this.priorities + priority - 1;
    this.groupCount[group]!++;
    this.groupLead[group]! += leadTime;
    this.groupQueue[group]! += queueTime;
    this.groupTouch[group]! += touchTime;
  }

  /** Restarts every measure at `now` (the end of the warm-up); current levels are kept. */
  reset(now: number): void {
    for (const column of [
      this.busyHours,
      this.groupCount,
      this.groupLead,
      this.groupQueue,
      this.groupTouch,
    ]) {
      column.fill(0);
    }
    this.stepVisits.fill(0);
    this.stepVisitSum.fill(0);
    this.stepWipArea.fill(0);
    this.stepWipChanged.fill(now);
    this.stepQueueArea.fill(0);
    this.stepQueueChanged.fill(now);
    this.openArea = 0;
    this.openChanged = now;
    this.windowStart = now;
  }

  /** Mean open items from the window's start to `now`. */
  meanWip(now: number): number {
    return (this.openArea + this.open * (now - this.openChanged)) / (now - this.windowStart);
  }

  /** End-to-end means, the groups added in the engine's order (work type, then priority). */
  endToEnd(): HandCodedEndToEnd {
    let count = 0;
    let lead = 0;
    let queue = 0;
    let touch = 0;
    for (let group = 0; group < this.groupCount.length; group++) {
      if (this.groupCount[group] === 0) continue;
      count += this.groupCount[group]!;
      lead += this.groupLead[group]!;
      queue += this.groupQueue[group]!;
      touch += this.groupTouch[group]!;
    }
    return { count, meanLeadTime: lead / count, meanQueueTime: queue / count, meanTouchTime: touch / count };
  }

  /** Each step's measures from the window's start to `now`. */
  steps(now: number): HandCodedStepResults[] {
    const measured = now - this.windowStart;
    return Array.from(this.stepVisits, (visits, step) => ({
      visits,
      meanVisitTime: this.stepVisitSum[step]! / visits,
      meanQueueLength:
        (this.stepQueueArea[step]! + this.stepQueueLength[step]! * (now - this.stepQueueChanged[step]!)) /
        measured,
      meanWip: (this.stepWipArea[step]! + this.inStep[step]! * (now - this.stepWipChanged[step]!)) / measured,
    }));
  }
}
