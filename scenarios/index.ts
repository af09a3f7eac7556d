// The public API of scenarios: loading scenario files (every problem with file, line and column), showing
// them merged, their JSON Schema, running their replications, and the JSON documents and summaries the
// command prints; what cli/ and users' scripts import.

export type { ReplicationTask, ScenarioSource } from './batch/replicationTask.ts';
export type { BatchOutcome, BatchRequest, ReplicationFailure } from './batch/runBatch.ts';
export { runBatch } from './batch/runBatch.ts';
export type { Shard, ShardDocument } from './batch/shards.ts';
export {
  mergeShards,
  parseShard,
  SHARD_FORMAT,
  ShardError,
  scenarioFingerprint,
  shardReplications,
} from './batch/shards.ts';
export type { DateOrder } from './import/exportDates.ts';
export { DATE_ORDERS } from './import/exportDates.ts';
export type { HistoryBlock } from './import/exportHistory.ts';
export { exportHistory } from './import/exportHistory.ts';
export type { ExportMapping, MappedField } from './import/exportMapping.ts';
export { MAPPED_FIELDS } from './import/exportMapping.ts';
export { formatHistory } from './import/formatHistory.ts';
export type { ImportReport } from './import/importReport.ts';
export { formatImportFindings, importReport, replayBlock } from './import/importReport.ts';
export type { ExportProblem, ExportReading, ExportTicket } from './import/readExport.ts';
export { ExportError, readExport } from './import/readExport.ts';
export type {
  LoadedScenario,
  LoadOptions,
  PreparedScenario,
  ScenarioOverride,
  ScenarioProblem,
} from './load/index.ts';
export {
  loadScenarioFile,
  loadScenarioText,
  ScenarioError,
  selectScenario,
  showScenario,
} from './load/index.ts';
export type {
  CompareDocument,
  ReplicationSummary,
  RunDocument,
  RunValue,
  SweepDocument,
} from './results/index.ts';
export {
  aggregateRun,
  compareRuns,
  formatComparison,
  formatRunSummary,
  formatSweep,
  replicationMeasures,
  sweepDocument,
} from './results/index.ts';
export type {
  ReplicationPlan,
  ReplicationWatch,
  RunnableScenario,
  RunSettingChanges,
  ScenarioRunSettings,
} from './runScenario.ts';
export { runnable, runOneReplication, runReplications } from './runScenario.ts';
export { LIBRARY_FOLDER, readScenarioQuestion } from './scenarioLibrary.ts';
export { scenarioJsonSchema } from './schema/jsonSchema.ts';
