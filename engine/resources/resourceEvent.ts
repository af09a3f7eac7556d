// The events resources announce on `simulation.events$`, for tracing, teaching and live charts.

import type { TraceEvent } from '../kernel/index.ts';

/**
 * What happened to a job at a resource. 'push-out': a waiting job left because a preempted job's return
 * took the queue past its limit (see `ResourceOptions.maxQueueLength`); it follows that 'preempt'.
 */
export type JobEventKind =
  | 'arrive'
  | 'start'
  | 'finish'
  | 'release'
  | 'renege'
  | 'baulk'
  | 'push-out'
  | 'preempt';

/** A job's step at a resource, as announced on `simulation.events$` (only while somebody subscribes). */
export interface JobTraceEvent extends TraceEvent {
  readonly kind: `job-${JobEventKind}`;
  /** The resource's name. */
  readonly resource: string;
  /** The job's arrival sequence at that resource. */
  readonly job: number;
  /** The job's priority class. */
  readonly priority: number;
}

/** A resource's number of servers changed. */
export interface CapacityChangedEvent extends TraceEvent {
  readonly kind: 'capacity-changed';
  readonly resource: string;
  readonly capacity: number;
}

/** Every event a resource announces. */
export type ResourceEvent = JobTraceEvent | CapacityChangedEvent;
