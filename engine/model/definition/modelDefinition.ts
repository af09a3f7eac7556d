// Everything a service model is made of, as plain data a user writes in code (the scenarios layer
// builds the same object from YAML): teams, calendars, services, value streams, work types, policies.

import type { Distribution } from '../../random/index.ts';
import type { AssignmentPolicy } from '../flow/assignmentPolicy.ts';
import type { QueueOrder } from '../flow/queueOrder.ts';
import type { ValueStreamDefinition } from '../flow/valueStream.ts';
import type { TeamDefinition } from '../people/teamDefinition.ts';
import type { WorkingCalendar } from '../people/workingCalendar.ts';
import type { PriorityMatrix } from '../work/priorityMatrix.ts';
import type { WorkTypeDefinition } from '../work/workType.ts';

/** A service the organisation runs: it yields value per hour while healthy. */
export interface ServiceDefinition {
  readonly name: string;
  /** Value per hour while healthy, money units. */
  readonly valuePerHour: number;
}

/**
 * Elastic capacity for a team's on-call people: they join when the team's queues pass a threshold and
 * leave when they fall below another (see `elasticCapacityRule`).
 */
export interface ElasticRule {
  shouldJoin(queueLength: number): boolean;
  shouldLeave(queueLength: number): boolean;
  readonly joinDelayHours: number;
  readonly costMultiplier: number;
}

/** Call-centre measures for one step (usually the service desk's first contact). */
export interface ServiceDeskMeasure {
  /** Value stream name. */
  readonly valueStream: string;
  /** Step name in that stream. */
  readonly step: string;
  /** Target time to answer (start of work), hours, e.g. 30 s = 30 / 3600. */
  readonly answerTargetHours: number;
}

/**
 * A whole service model. Policies are required here: `createServiceModel` in engine/runner fills in the
 * defaults (triage order, best-skilled assignment).
 */
export interface ModelDefinition {
  readonly teams: readonly TeamDefinition[];
  readonly valueStreams: readonly ValueStreamDefinition[];
  readonly workTypes: readonly WorkTypeDefinition[];
  /** Named working calendars people and teams refer to; people without one work 24x7. */
  readonly calendars?: Readonly<Record<string, WorkingCalendar>>;
  readonly services?: readonly ServiceDefinition[];
  /** Impact x urgency to priority; default 4 x 4. */
  readonly priorityMatrix?: PriorityMatrix;
  /** Resolution target per priority in hours: `slaHours[0]` for P1, and so on. */
  readonly slaHours?: readonly number[];
  /** Elastic capacity per team name. */
  readonly elastic?: Readonly<Record<string, ElasticRule>>;
  /**
   * The parties of an operating model by name (source document 004: who is accountable for each process),
   * each with the hours work takes to cross into it from another party's team (`handoffDelay`, blocked
   * time before the receiving step's queue). Teams name theirs with `party`.
   * @example
   * parties: { 'IT operations': {}, vendor: { handoffDelay: exponential({ mean: 4 }) } }
   */
  readonly parties?: Readonly<Record<string, { readonly handoffDelay?: Distribution }>>;
  /** Who picks what next: the order of every queue. */
  readonly queueOrder: QueueOrder;
  /** Who takes an item when several people could. */
  readonly assignment: AssignmentPolicy;
  /** Call-centre measures for these steps. */
  readonly serviceDesks?: readonly ServiceDeskMeasure[];
  /** Keep every item's step record (memory grows with items); default false. */
  readonly keepRecords?: boolean;
  /** Interval between samples of WIP and queue lengths over time, hours; default 24. */
  readonly sampleEveryHours?: number;
}
