// The scenario schema's public surface: validating a document into engine units with problems as data,
// the document's types, its JSON Schema for editors, and writing a parsed document back in file notation.
export type { ArrivalSpec } from './arrivals.ts';
export type { CalendarSpec } from './calendars.ts';
export { closestName, editDistance } from './didYouMean.ts';
export type { DistributionSpec } from './distributions.ts';
export type { DocumentPath, DocumentProblem } from './documentProblem.ts';
export { describeValue } from './documentProblem.ts';
export { scenarioJsonSchema } from './jsonSchema.ts';
export type { QueueOrderSpec } from './policies.ts';
export { ASSIGNMENT_POLICIES, SIMPLE_QUEUE_ORDERS } from './policies.ts';
export type { ScenarioDocument, ScenarioDocumentInput } from './scenarioDocument.ts';
export { scenarioDocumentSchema } from './scenarioDocument.ts';
export type { TeamSpec } from './teams.ts';
export { readDuration, readRate, writeDuration, writeRate } from './units.ts';
export type { DocumentValidation } from './validateDocument.ts';
export { validateDocument } from './validateDocument.ts';
export type { ValueStreamSpec } from './valueStreams.ts';
export type { WorkTypeSpec } from './workTypes.ts';
export { writeDocument } from './writeDocument.ts';
