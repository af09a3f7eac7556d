// A unit of demand moving through a value stream: what it is (type, priority, class of service), what it
// needs (skills and effort), what it is worth, and its own record of every step it took.

import type { TraceEvent } from '../../kernel/index.ts';

/** Built-in kinds of work; scenarios may add their own names. */
export type WorkCategory = 'incident' | 'service-request' | 'change' | 'problem' | 'feature' | (string & {});

/**
 * Class of service (Kanban): how urgency is treated. Expedite jumps queues, fixed-date work has a
 * deadline, standard work is first come first served within priority, intangible work can wait.
 */
export type ClassOfService = 'expedite' | 'fixed-date' | 'standard' | 'intangible';

/** Steps an item's record can show. */
export type WorkStepEventKind =
  | 'arrive'
  | 'enqueue'
  | 'start'
  | 'pause'
  | 'resume'
  | 'handoff'
  | 'block'
  | 'unblock'
  | 'finish-step'
  | 'rework'
  | 'complete'
  | 'restore'
  | 'automate'
  | 'refuse'
  | 'abandon';

/** One line of an item's record: what happened, when, at which step, and who did it. */
export interface WorkStepEvent {
  readonly kind: WorkStepEventKind;
  readonly time: number;
  /** Index of the step in the item's value stream, or -1 outside any step. */
  readonly step: number;
  /** Name of the person involved, if any. */
  readonly person?: string;
}

/**
 * A step of a work item as announced on `simulation.events$` while somebody subscribes: for tracing,
 * live charts and teaching. `kind` is the record's kind prefixed with "item-" (e.g. "item-start").
 * @example
 * system.simulation.events$.subscribe((event) => console.log(event.kind, event.time));
 * // => item-arrive 0.41, item-enqueue 0.41, item-start 0.41, ...
 */
export interface WorkItemTraceEvent extends TraceEvent {
  readonly kind: `item-${WorkStepEventKind}`;
  /** The item's id. */
  readonly item: number;
  /** Its work type's name. */
  readonly workType: string;
  readonly priority: number;
  /** Position of the step in the item's value stream, or -1 outside any step. */
  readonly step: number;
  /** The person involved, if any. */
  readonly person?: string;
}

/**
 * Where an item is: offered but not admitted yet (deferred), waiting, in progress, blocked, or gone.
 */
export type WorkItemState =
  | 'deferred'
  | 'queued'
  | 'in-progress'
  | 'blocked'
  | 'gated'
  | 'waiting-on-dependency'
  | 'completed'
  | 'automated'
  | 'refused'
  | 'abandoned';

/**
 * A work item. Its attributes are drawn when it arrives, from its own random stream, so two scenario
 * variants run with the same seed see exactly the same work (common random numbers).
 *
 * Priority 1 is the most urgent (P1). Times are hours since Monday 00:00 of the first week.
 *
 * @example
 * item.priority;            // => 2 (P2)
 * item.effortBySkill[0];     // => 1.5 hours of expert work in skill 0
 * item.record;              // => [{ kind: 'arrive', time: 3.2, step: -1 }, ...] when records are kept
 */
export interface WorkItem {
  /** Arrival number across the whole model, from 0. */
  readonly id: number;
  /** Index of its work type in the model. */
  readonly typeIndex: number;
  /** Name of its work type, e.g. "incident". */
  readonly typeName: string;
  readonly category: WorkCategory;
  /** Time the item was offered (before any deferral). */
  readonly arrivalTime: number;
  /** P1 (most urgent) to Pn, from the impact x urgency matrix. */
  readonly priority: number;
  /** Impact level, 1 (highest) to n. */
  readonly impact: number;
  /** Urgency level, 1 (highest) to n. */
  readonly urgency: number;
  readonly classOfService: ClassOfService;
  /** Entitlement tier, 0 the highest (e.g. VIP, gold, silver, bronze). */
  readonly entitlement: number;
  /** Who raised it (an index into the requester population), for intake limits. */
  readonly requester: number;
  /** Effort in hours at expert speed per skill index (NaN where the type needs none of that skill). */
  readonly effortBySkill: readonly number[];
  /** Value per hour once delivered (or restored), in money units. */
  readonly valuePerHour: number;
  /** Cost of delay per hour while undelivered, in money units (for cost of delay and WSJF). */
  readonly costOfDelayPerHour: number;
  /** Deadline (absolute time) for fixed-date work, or Infinity. */
  readonly deadline: number;
  /** Absolute time by which the SLA for its priority expects it resolved, or Infinity. */
  readonly slaDue: number;
  /** Whether the first line can resolve it (drawn at arrival). */
  readonly firstLineResolvable: boolean;
  /** Longest wait in a queue before the requester gives up, hours (Infinity: never). */
  readonly patience: number;
  /** The service an incident hits (index), or -1. */
  readonly service: number;
  /** Share of the service's value rate lost while the incident is open, in [0, 1]. */
  readonly serviceImpact: number;
  /** User-defined attributes (for skipping steps), by name. */
  readonly attributes: Readonly<Record<string, boolean | number | string>>;
  /** Items that must complete before this one may start any step. */
  readonly dependsOn: readonly number[];

  /** Where it is now. */
  state: WorkItemState;
  /** Global index of the current step across all value streams (-1 before the first); records use the position in the item's own stream. */
  stepIndex: number;
  /** Time it joined the current queue. */
  enqueuedAt: number;
  /** Time it entered the current step. */
  stepEnteredAt: number;
  /** Effort still needed at the current step, hours at expert speed. */
  remainingEffort: number;
  /** Total time spent being worked on (touch time), hours. */
  touchTime: number;
  /** Total time spent waiting in queues, hours. */
  queueTime: number;
  /** Total time spent blocked (waiting on the requester, a third party, a gate or a dependency), hours. */
  blockedTime: number;
  /** Number of times the item passed from one person or team to another. */
  handoffs: number;
  /** Index of the person who last finished work on it (a step, or a hand-over at shift end), or -1. */
  lastWorker: number;
  /** Index of the team of the person who last started work on it, or -1. */
  lastTeam: number;
  /**
   * Number of times work on it passed to a different team (an escalation, a misroute, a bounce back): the
   * "reassignment count" of a service-management tool's ticket.
   */
  reassignments: number;
  /** Number of rework loops taken. */
  reworks: number;
  /** Time value started flowing (restoration or delivery), or NaN (not yet, or stopped without value). */
  valueStartTime: number;
  /** Time it left the system, or NaN. */
  completionTime: number;
  /** Time work first started on it, or NaN (for the time to answer). */
  firstStartTime: number;
  /** Time spent in queues before work first started (the wait for a first answer), hours; NaN until then. */
  firstWaitTime: number;
  /** The record of every step, or undefined when records are not kept (the default, for flat memory). */
  record: WorkStepEvent[] | undefined;
}
