// The public API of scenarios: loading scenario files (every problem with file, line and column), showing
// them merged, their JSON Schema, running their replications, and the JSON documents and summaries the
// command prints; what cli/ and users' scripts import.
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
  SweepDocument,
} from './results/index.ts';
export {
  aggregateRun,
  compareRuns,
  formatComparison,
  formatRunSummary,
  formatSweep,
  sweepDocument,
} from './results/index.ts';
export type {
  ReplicationPlan,
  ReplicationWatch,
  RunnableScenario,
  ScenarioRunSettings,
} from './runScenario.ts';
export { runReplications } from './runScenario.ts';
export { LIBRARY_FOLDER, readScenarioQuestion } from './scenarioLibrary.ts';
export { scenarioJsonSchema } from './schema/jsonSchema.ts';
