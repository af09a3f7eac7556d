// The scenario build's public surface: from a parsed document to the engine's model definition and run
// settings, with the trace that maps the engine's problems back to the document.

export { buildCalendar } from './buildCalendar.ts';
export type { BuildContext, ReadScenarioFile } from './buildContext.ts';
export { attempt } from './buildContext.ts';
export { buildDistribution } from './buildDistribution.ts';
export { buildAssignment, buildQueueOrder } from './buildPolicies.ts';
export type { BuiltScenario } from './buildScenario.ts';
export { buildScenario } from './buildScenario.ts';
export { DefinitionTrace } from './definitionTrace.ts';
export type { RunSettings } from './runSettings.ts';
export { runSettingsOf } from './runSettings.ts';
