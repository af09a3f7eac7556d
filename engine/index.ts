// The engine's public API: what a person building a service model, writing a policy, reading results or
// writing a queueing model of their own needs, listed by name (a test holds the list, so a change to the
// surface is a deliberate diff). Layers keep fuller indexes of their own for one another. Grouped by the
// layer each name comes from; README.md's "A model in code" shows them in use.

export type { TraceEvent } from './kernel/index.ts';
export { process, Simulation, timeout, ZeroTimeLoopError } from './kernel/index.ts';
export type {
  ArrivalSource,
  AssignmentContext,
  AssignmentPolicy,
  CandidateView,
  FlowSummary,
  ItemRecordsView,
  ModelProblem,
  PersonDefinition,
  QueueOrder,
  QueueOrderContext,
  ServiceResults,
  StepDefinition,
  TeamDefinition,
  ValueStreamDefinition,
  WorkItem,
  WorkItemTraceEvent,
  WorkTypeDefinition,
} from './model/index.ts';
export {
  automationRule,
  batchArrivals,
  burstArrivals,
  checkModel,
  DurationError,
  deferralRule,
  elasticCapacityRule,
  formatDuration,
  intakeLimit,
  ModelError,
  parseDuration,
  parseTicketCsv,
  poissonArrivals,
  profiledArrivals,
  replayArrivals,
  scheduledArrivals,
  TicketCsvError,
  WorkingCalendar,
  weeklyRateProfile,
} from './model/index.ts';
export {
  ageing,
  bestSkilled,
  byResourceAvailability,
  classOfServiceOrder,
  closestToSlaBreach,
  costOfDelay,
  entitlementTiers,
  firstInFirstOut,
  highestValueFirst,
  lastInFirstOut,
  leastLoaded,
  longestFirst,
  randomAssignment,
  roundRobin,
  shortestFirst,
  thenBy,
  triage,
  weightedShortestJobFirst,
} from './policies/index.ts';

export type { Distribution, Rng } from './random/index.ts';
export {
  constant,
  empirical,
  erlang,
  exponential,
  gamma,
  lognormal,
  pert,
  stream,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
} from './random/index.ts';
export {
  erlangC,
  erlangWaitInQueue,
  priorityOrder,
  Resource,
  SharedResource,
} from './resources/index.ts';
export type {
  LiveReplication,
  ReplicationOptions,
  ReplicationResults,
  ServiceModel,
  ServiceModelDefinition,
} from './runner/index.ts';
export { createServiceModel, runServiceReplication, startServiceReplication } from './runner/index.ts';
export { confidenceInterval, pairedDifference } from './stats/index.ts';
export type { ValueResults } from './value/index.ts';
