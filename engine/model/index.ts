// Public API of the service model: work items and types, demand and its shaping, people, skill shapes,
// teams, working calendars, value streams, the queue-order and assignment contracts, and the run-time system.
export type { CompiledModel, CompiledPerson, CompiledStep } from './compiledModel.ts';
export { compileModel } from './compiledModel.ts';
export {
  contextSwitchLoss,
  effectiveRatePerItem,
  perItemRates,
  WEINBERG_CONTEXT_SWITCH_LOSS,
} from './contextSwitching.ts';
export type { Arrival, ArrivalContext, ArrivalSource, NamedDemand } from './demand/arrivalSource.ts';
export { HOURS_PER_WEEK } from './demand/arrivalSource.ts';
export type { AutomationRuleParameters } from './demand/automationRule.ts';
export { automationRule } from './demand/automationRule.ts';
export type { BatchArrivals, BatchArrivalsParameters } from './demand/batchArrivals.ts';
export { batchArrivals } from './demand/batchArrivals.ts';
export type {
  BurstArrivals,
  BurstArrivalsParameters,
  BurstsAtTriggerTimes,
  BurstsByTriggerRate,
} from './demand/burstArrivals.ts';
export { burstArrivals } from './demand/burstArrivals.ts';
export type { DeferralRuleParameters } from './demand/deferralRule.ts';
export { deferralRule } from './demand/deferralRule.ts';
export { DemandParameterError } from './demand/demandParameterError.ts';
export type { ElasticCapacityRule, ElasticCapacityRuleParameters } from './demand/elasticCapacityRule.ts';
export { elasticCapacityRule } from './demand/elasticCapacityRule.ts';
export type { IntakeLimit, IntakeLimitParameters, IntakePeriodLimit } from './demand/intakeLimit.ts';
export { intakeLimit } from './demand/intakeLimit.ts';
export type { TicketCsv, TicketCsvOptions, TicketTimeUnit } from './demand/parseTicketCsv.ts';
export { parseTicketCsv } from './demand/parseTicketCsv.ts';
export type { PoissonArrivals, PoissonArrivalsParameters } from './demand/poissonArrivals.ts';
export { poissonArrivals } from './demand/poissonArrivals.ts';
export type { ProfiledArrivals, ProfiledArrivalsParameters } from './demand/profiledArrivals.ts';
export { profiledArrivals } from './demand/profiledArrivals.ts';
export type { ReplayArrivals, ReplayArrivalsOptions, ReplayRow } from './demand/replayArrivals.ts';
export { replayArrivals } from './demand/replayArrivals.ts';
export type {
  ScheduledArrivals,
  ScheduledArrivalsParameters,
  ScheduledAtTimes,
  ScheduledEveryPeriod,
} from './demand/scheduledArrivals.ts';
export { scheduledArrivals } from './demand/scheduledArrivals.ts';
export type { TicketCsvIssue } from './demand/ticketCsvError.ts';
export { formatTicketCsvIssue, TicketCsvError } from './demand/ticketCsvError.ts';
export type {
  ProfileByMultipliers,
  ProfileByWeeklySegments,
  WeeklyRateProfile,
  WeeklyRateProfileParameters,
  WeeklyRateSegment,
} from './demand/weeklyRateProfile.ts';
export { weeklyRateProfile } from './demand/weeklyRateProfile.ts';
export { DeskMetrics } from './deskMetrics.ts';
export { DurationError, formatDuration, parseDuration } from './duration.ts';
export type { ConservationCounts } from './flowMetrics.ts';
export { FlowMetrics, FlowTallies } from './flowMetrics.ts';
export type { RunningItem } from './itemFactory.ts';
export type {
  ElasticRule,
  ModelDefinition,
  ServiceDefinition,
  ServiceDeskMeasure,
} from './modelDefinition.ts';
export { ModelError } from './modelError.ts';
export { modelShapeProblems } from './modelShapeChecks.ts';
export { OpenItems } from './openItems.ts';
export type { PersonDefinition } from './personDefinition.ts';
export { validatePersonDefinition } from './personDefinition.ts';
export type { AssignmentContext, AssignmentPolicy, CandidateView } from './policyHooks.ts';
export type { PriorityMatrix } from './priorityMatrix.ts';
export {
  DEFAULT_PRIORITY_MATRIX,
  priorityLevels,
  priorityOf,
  validatePriorityMatrix,
} from './priorityMatrix.ts';
export type { QueueOrder, QueueOrderContext, Selection } from './queueOrder.ts';
export { compareByOrder, selectAcross, selectNext } from './queueOrder.ts';
export type { FlowSummary, ServiceResults } from './serviceResults.ts';
export { summarizeService } from './serviceResults.ts';
export type { ServiceSystemOptions } from './serviceSystem.ts';
export { ServiceSystem } from './serviceSystem.ts';
export type { LevelPerformance, PerformanceTable, ResolvedLevel, SkillLevel } from './skillLevel.ts';
export {
  DEFAULT_PERFORMANCE,
  resolveLevel,
  validatePerformanceTable,
  validateSkillLevel,
} from './skillLevel.ts';
export type { PiArrangement, ShapedPeopleOptions, SkillShape } from './skillShapes.ts';
export { describeShape, shapedPeople } from './skillShapes.ts';
export type { TeamDefinition } from './teamDefinition.ts';
export { expandTeam, validateTeams } from './teamDefinition.ts';
export type { StepBlocking, StepDefinition, StepGate, ValueStreamDefinition } from './valueStream.ts';
export { nextGateOpening, validateValueStream } from './valueStream.ts';
export { Worker } from './worker.ts';
export type {
  ClassOfService,
  WorkCategory,
  WorkItem,
  WorkItemState,
  WorkItemTraceEvent,
  WorkStepEvent,
  WorkStepEventKind,
} from './workItem.ts';
export { WorkingCalendar } from './workingCalendar.ts';
export type {
  Absence,
  BusinessHoursOptions,
  CalendarOptions,
  CycleInterval,
  CycleOptions,
  RotaOptions,
  WeeklyInterval,
} from './workingCalendarInput.ts';
export { WorkingCalendarError } from './workingCalendarInput.ts';
export type {
  AutomationRule,
  DeferralRule,
  IntakeRule,
  NumberOrDistribution,
  WorkTypeDefinition,
} from './workType.ts';
export { drawNumber, meanOf } from './workType.ts';
export type { MatrixSize } from './workTypeChecks.ts';
export { workTypeProblems } from './workTypeChecks.ts';
