// One scenario of a file (the baseline or a merged variant) made ready to run: validated, built into the
// engine's definition, compiled; every problem on the way mapped back to the file's line and column.
import {
  createServiceModel,
  ModelError,
  type ServiceModel,
  type ServiceModelDefinition,
} from '../../engine/index.ts';
import type { ReadScenarioFile, RunSettings } from '../build/index.ts';
import { buildScenario } from '../build/index.ts';
import { exportHistory, type HistoryBlock } from '../import/exportHistory.ts';
import type { DocumentProblem, ScenarioDocument } from '../schema/index.ts';
import { validateDocument } from '../schema/index.ts';
import { type Origin, originOf } from './origins.ts';
import type { ScenarioProblem } from './scenarioProblem.ts';
import type { YamlSource } from './yamlSource.ts';

/**
 * One scenario of a file ready to run: the baseline or a variant merged into it, its parsed document
 * (every default filled in), the engine's definition and compiled model, and its run settings.
 *
 * @example
 * const pooled: PreparedScenario = loadScenarioFile('scenarios/library/pooling.yaml').variants[0]!;
 * pooled.model.people.length; // => 6
 */
export interface PreparedScenario {
  readonly name: string;
  readonly description?: string;
  readonly isBaseline: boolean;
  readonly document: ScenarioDocument;
  readonly definition: ServiceModelDefinition;
  readonly model: ServiceModel;
  readonly settings: RunSettings;
  /** The history of the first export it replays through a mapping, to hold the model against. */
  readonly history?: HistoryBlock;
  /** What was accepted but looks wrong (an export's repeated ids, gaps, misspelt columns). */
  readonly warnings?: readonly string[];
}

/**
 * A merged scenario document as plain data, with where each part was written in the file.
 * @example
 * const merged: MergedDocument = { value: { name: 'pooled', ... }, origin: writtenAt([]) };
 */
export interface MergedDocument {
  readonly value: Record<string, unknown>;
  readonly origin: Origin;
}

/**
 * What preparing gave: the scenario, or the problems that stop it.
 * @example
 * const outcome: Preparation = { ok: false, problems: [] };
 */
export type Preparation =
  | { readonly ok: true; readonly scenario: PreparedScenario }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/**
 * Validates a merged document, builds the engine's definition and compiles it. Problems of each stage
 * stop the next: validation's, then the build's (an engine factory refusing a value), then the
 * engine's checks of the whole model (an unknown team, a skill nobody has). Each problem's path in the
 * merged document is traced to where it was written (the baseline, a variant, a --set override) and
 * located in the file; a problem about a value set by an override says so.
 *
 * @param merged - the document and its provenance
 * @param source - the parsed file, to locate nodes
 * @param readFile - reads files the scenario names, relative to its folder
 * @param isBaseline - whether this is the file's baseline
 * @returns the prepared scenario (its document without the variants), or the problems
 * @example
 * prepareScenario({ value: source.value, origin: writtenAt([]) }, source, readFile, true).ok; // => true for a sound file
 */
export function prepareScenario(
  merged: MergedDocument,
  source: YamlSource,
  readFile: ReadScenarioFile,
  isBaseline: boolean,
): Preparation {
  const located = (problems: readonly DocumentProblem[]): Preparation => ({
    ok: false,
    problems: problems.map((problem) => locateProblem(problem, merged.origin, source)),
  });
  const validation = validateDocument(merged.value);
  if (!validation.ok) return located(validation.problems);
  const { variants: _variants, ...document } = validation.document;
  const built = buildScenario(document, { readFile });
  if (built.problems.length > 0) return located(built.problems);
  let model: ServiceModel;
  try {
    model = createServiceModel(built.definition);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return located(error.problems.map((problem) => built.trace.documentProblemOf(problem)));
  }
  const name = document.name ?? '';
  const reading = built.replays.find((replay) => replay.reading !== undefined)?.reading;
  const scenario: PreparedScenario = {
    name,
    ...(document.description === undefined ? {} : { description: document.description }),
    isBaseline,
    document,
    definition: built.definition,
    model,
    settings: built.settings,
    ...(reading === undefined ? {} : { history: exportHistory(reading) }),
    ...(built.warnings.length === 0 ? {} : { warnings: built.warnings }),
  };
  return { ok: true, scenario };
}

/**
 * A problem at a path of a merged document, at its place in the file: the path traced through the
 * provenance, the node (or its nearest existing ancestor) located; an unknown key points at the key.
 * @example
 * locateProblem({ path: ['run', 'warmup'], message: 'unknown key' }, writtenAt([]), source).line; // => 4
 */
export function locateProblem(problem: DocumentProblem, origin: Origin, source: YamlSource): ScenarioProblem {
  const written = originOf(origin, problem.path);
  const place = source.locate(written.path, problem.message === 'unknown key' ? 'key' : 'value');
  const message =
    written.override === undefined
      ? problem.message
      : `${problem.message} (set by --set ${written.override})`;
  return {
    ...problem,
    file: source.file,
    line: place.line,
    column: place.column,
    path: written.path,
    message,
  };
}
