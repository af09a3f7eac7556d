// Public API of the service model: work items and types, demand and its shaping, people, skill shapes,
// teams, working calendars, value streams, the queue-order and assignment contracts, and the run-time system.
export { checkModel } from './definition/checkModel.ts';
export type { CompiledModel, CompiledPerson, CompiledStep } from './definition/compiledModel.ts';
export { compileModel } from './definition/compileModel.ts';
export { DurationError, formatDuration, parseDuration } from './definition/duration.ts';
export type {
  ElasticRule,
  ModelDefinition,
  ServiceDefinition,
  ServiceDeskMeasure,
} from './definition/modelDefinition.ts';
export { ModelError } from './definition/modelError.ts';
export type { ModelProblem, ProblemPath } from './definition/modelProblem.ts';
export { modelShapeProblems } from './definition/modelShapeChecks.ts';
export type { MatrixSize } from './definition/workTypeChecks.ts';
export { workTypeProblems } from './definition/workTypeChecks.ts';
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
export type { AssignmentContext, AssignmentPolicy, CandidateView } from './flow/assignmentPolicy.ts';
export type { ItemLifeListener, LeaveOutcome } from './flow/itemLifeListener.ts';
export type { QueueOrder, QueueOrderContext, Selection } from './flow/queueOrder.ts';
export { compareByOrder, selectAcross, selectNext } from './flow/queueOrder.ts';
export type { ServiceSystemOptions } from './flow/serviceSystem.ts';
export { ServiceSystem } from './flow/serviceSystem.ts';
export type { StepBlocking, StepDefinition, StepGate, ValueStreamDefinition } from './flow/valueStream.ts';
export { nextGateOpening, valueStreamProblems } from './flow/valueStream.ts';
export { DeskMetrics } from './metrics/deskMetrics.ts';
export type { DeskResults } from './metrics/deskResults.ts';
export type { ConservationCounts } from './metrics/flowMetrics.ts';
export { FlowMetrics, FlowTallies } from './metrics/flowMetrics.ts';
export type { FlowSummary } from './metrics/flowSummary.ts';
export type { ItemPercentiles, Percentiles } from './metrics/itemPercentiles.ts';
export type { ItemOutcome, ItemRecord, ItemRecordsView } from './metrics/itemRecords.ts';
export { BYTES_PER_ITEM_RECORD } from './metrics/itemRecords.ts';
export { OpenItems } from './metrics/openItems.ts';
export type { RunSamples } from './metrics/runSamples.ts';
export type { ServiceResults } from './metrics/serviceResults.ts';
export { summarizeService } from './metrics/serviceResults.ts';
export type { PersonResults, TeamResults } from './metrics/utilisationResults.ts';
export {
  contextSwitchLoss,
  effectiveRatePerItem,
  perItemRates,
  WEINBERG_CONTEXT_SWITCH_LOSS,
} from './people/contextSwitching.ts';
export type { PersonDefinition } from './people/personDefinition.ts';
export { personProblems } from './people/personDefinition.ts';
export type { LevelPerformance, PerformanceTable, ResolvedLevel, SkillLevel } from './people/skillLevel.ts';
export {
  DEFAULT_PERFORMANCE,
  performanceTableProblems,
  resolveLevel,
  skillLevelProblems,
} from './people/skillLevel.ts';
export { shapedPeopleProblems } from './people/skillShapeChecks.ts';
export type { PiArrangement, ShapedPeopleOptions, SkillShape } from './people/skillShapes.ts';
export { describeShape, shapedPeople } from './people/skillShapes.ts';
export type { TeamDefinition } from './people/teamDefinition.ts';
export { expandTeam, teamProblems } from './people/teamDefinition.ts';
export { Worker } from './people/worker.ts';
export { WorkingCalendar } from './people/workingCalendar.ts';
export type {
  Absence,
  BusinessHoursOptions,
  CalendarOptions,
  CycleInterval,
  CycleOptions,
  RotaOptions,
  WeeklyInterval,
} from './people/workingCalendarInput.ts';
export { WorkingCalendarError } from './people/workingCalendarInput.ts';
export type { RunningItem } from './work/itemFactory.ts';
export type { PriorityMatrix } from './work/priorityMatrix.ts';
export {
  DEFAULT_PRIORITY_MATRIX,
  priorityLevels,
  priorityMatrixProblems,
  priorityOf,
} from './work/priorityMatrix.ts';
export type {
  ClassOfService,
  WorkCategory,
  WorkItem,
  WorkItemState,
  WorkItemTraceEvent,
  WorkStepEvent,
  WorkStepEventKind,
} from './work/workItem.ts';
export type {
  AutomationRule,
  DeferralRule,
  IntakeRule,
  NumberOrDistribution,
  WorkTypeDefinition,
} from './work/workType.ts';
export { drawNumber, meanOf } from './work/workType.ts';
