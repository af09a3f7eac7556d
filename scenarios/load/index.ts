// The scenario loader's public surface: loading a file (or text) into a baseline and variants ready to
// run, overrides, problems as data and in one error, and showing a merged scenario.
export type { ScenarioOverride } from './applyOverrides.ts';
export type { LoadedScenario, LoadOptions } from './loadScenario.ts';
export { loadScenarioFile, loadScenarioText } from './loadScenario.ts';
export type { PreparedScenario } from './prepareScenario.ts';
export { MOST_SCENARIO_BYTES, MOST_TICKET_FILE_BYTES } from './readTextFile.ts';
export type { ScenarioProblem } from './scenarioProblem.ts';
export { formatPath, formatScenarioProblem, ScenarioError } from './scenarioProblem.ts';
export { selectScenario, showScenario } from './showScenario.ts';
