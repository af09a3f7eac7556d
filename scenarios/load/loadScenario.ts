// Loading a scenario file: read with a size limit, parsed, overrides applied, the baseline and each variant
// merged, validated, built and compiled; every problem of the file thrown together in one ScenarioError.
import path from 'node:path';
import type { ReadScenarioFile } from '../build/index.ts';
import type { DocumentProblem } from '../schema/index.ts';
import { applyOverrides, type ScenarioOverride } from './applyOverrides.ts';
import { isPlainMap, setOwn } from './mergeRules.ts';
import { mergeVariant } from './mergeVariant.ts';
import { writtenAt } from './origins.ts';
import { locateProblem, type PreparedScenario, prepareScenario } from './prepareScenario.ts';
import { MOST_SCENARIO_BYTES, MOST_TICKET_FILE_BYTES, readTextFile } from './readTextFile.ts';
import { ScenarioError, type ScenarioProblem } from './scenarioProblem.ts';
import { parseYamlSource } from './yamlSource.ts';

/**
 * A scenario file loaded: its name, question and description, the baseline and every variant, each
 * ready to run.
 * @example
 * const loaded: LoadedScenario = loadScenarioFile('scenarios/library/pooling.yaml');
 * loaded.variants.map((variant) => variant.name); // => ['pooled']
 */
export interface LoadedScenario {
  readonly file: string;
  readonly name: string;
  readonly question: string;
  readonly description?: string;
  readonly baseline: PreparedScenario;
  readonly variants: readonly PreparedScenario[];
  /** What was accepted but looks wrong, in the baseline or a variant, each said once. */
  readonly warnings: readonly string[];
}

/**
 * Options of {@link loadScenarioFile} and {@link loadScenarioText}.
 * @example
 * const options: LoadOptions = { overrides: [{ path: 'run.replications', value: 5 }] };
 */
export interface LoadOptions {
  /** Changes to the baseline, applied before validation (`valueflow sweep --set`). */
  readonly overrides?: readonly ScenarioOverride[];
}

/**
 * Loads a scenario file. The file is refused unread when larger than 10 MB; it is parsed as YAML (syntax
 * errors, duplicate keys and alias bombs are problems with their line and column), the overrides are
 * applied to its baseline, each variant is merged into the baseline, and the baseline and every variant
 * are validated, built and compiled. Files the scenario names (ticket CSVs) are read relative to its folder.
 *
 * @param file - the scenario file's path
 * @param options - overrides of the baseline
 * @returns the loaded scenario
 * @throws ScenarioError listing every problem of the file, each with its line, column and path
 * @example
 * loadScenarioFile('scenarios/library/pooling.yaml').baseline.settings.replications; // => 20
 */
export function loadScenarioFile(file: string, options: LoadOptions = {}): LoadedScenario {
  const reading = readTextFile(file, MOST_SCENARIO_BYTES);
  if (!reading.ok) {
    throw new ScenarioError([
      {
        file,
        line: 1,
        column: 1,
        path: [],
        message: `cannot load the scenario: the file ${reading.message}`,
      },
    ]);
  }
  return loadScenarioText(reading.text, file, options);
}

/**
 * Loads a scenario from its text, as {@link loadScenarioFile} does after reading (for tests and for
 * scenarios made in code); `file` names it in problems, and its folder is where named files are read.
 *
 * @param text - the YAML text
 * @param file - the file's path (need not exist unless the scenario names files)
 * @param options - overrides of the baseline
 * @returns the loaded scenario
 * @throws ScenarioError listing every problem
 * @example
 * loadScenarioText(yamlText, 'inline.yaml').name; // => the file's `name`, or 'inline'
 */
export function loadScenarioText(text: string, file: string, options: LoadOptions = {}): LoadedScenario {
  const parsing = parseYamlSource(text, file);
  if (!parsing.ok) throw new ScenarioError(parsing.problems);
  const { source } = parsing;
  const root = structuredClone(source.value) as Record<string, unknown>;
  const problems: ScenarioProblem[] = [];
  const overridden = applyOverrides(root, writtenAt([]), options.overrides ?? []);
  problems.push(...overridden.problems.map((problem) => locateProblem(problem, writtenAt([]), source)));
  if (root.name === undefined)
    setOwn(root, 'name', path.basename(file).replace(/\.[^.]*$/, '') || 'scenario');
  const readFile = replayFileReader(file);

  const baseline = prepareScenario({ value: root, origin: overridden.origin }, source, readFile, true);
  if (!baseline.ok) problems.push(...baseline.problems);
  const reported = new Set(problems.map(problemKey));
  const variants: PreparedScenario[] = [];
  const { variants: variantList, ...baselineValue } = root;
  // Variants whose own name is broken or taken are reported by the baseline's validation; not merged.
  const named = Array.isArray(variantList) ? variantList : [];
  const names = new Set<unknown>([root.name]);
  named.forEach((variant, index) => {
    if (!isPlainMap(variant) || typeof variant.name !== 'string' || names.has(variant.name)) return;
    names.add(variant.name);
    const { name, description, ...changes } = variant;
    const variantPath = ['variants', index];
    const mergeIssues: DocumentProblem[] = [];
    const merged = mergeVariant(
      { value: baselineValue, origin: overridden.origin },
      changes,
      variantPath,
      [],
      mergeIssues,
    );
    // The merge's own problems carry their path in the file already.
    const mergeProblems = mergeIssues.map((problem) => locateProblem(problem, writtenAt([]), source));
    const value = { ...(merged.value as Record<string, unknown>) };
    const children = new Map(merged.origin.children ?? []);
    setOwn(value, 'name', name);
    children.set('name', writtenAt([...variantPath, 'name']));
    if (description === undefined) delete value.description;
    else {
      setOwn(value, 'description', description);
      children.set('description', writtenAt([...variantPath, 'description']));
    }
    const prepared = prepareScenario(
      { value, origin: { ...merged.origin, children } },
      source,
      readFile,
      false,
    );
    const found = [...mergeProblems, ...(prepared.ok ? [] : prepared.problems)];
    for (const problem of found) {
      const key = problemKey(problem);
      if (reported.has(key)) continue;
      reported.add(key);
      // A problem at the baseline's lines that only this variant has: say which variant.
      const inVariant = problem.path[0] === 'variants' && problem.path[1] === index;
      problems.push(
        inVariant ? problem : { ...problem, message: `in variant "${name}": ${problem.message}` },
      );
    }
    if (prepared.ok && mergeProblems.length === 0) variants.push(prepared.scenario);
  });
  if (problems.length > 0 || !baseline.ok) throw new ScenarioError(problems);
  const { scenario } = baseline;
  return {
    file,
    name: scenario.name,
    question: scenario.document.question,
    ...(scenario.description === undefined ? {} : { description: scenario.description }),
    baseline: scenario,
    variants,
    warnings: [...new Set([scenario, ...variants].flatMap((prepared) => prepared.warnings ?? []))],
  };
}

/** Identifies a problem across the baseline and the variants: the same node and the same statement. */
function problemKey(problem: ScenarioProblem): string {
  return `${problem.line}:${problem.column}:${problem.path.join('.')}:${problem.message}`;
}

/** Reads files a scenario names relative to its folder, each once, with the ticket files' size limit. */
function replayFileReader(scenarioFile: string): ReadScenarioFile {
  const folder = path.dirname(scenarioFile);
  const texts = new Map<string, string>();
  return (file) => {
    const resolved = path.resolve(folder, file);
    const known = texts.get(resolved);
    if (known !== undefined) return known;
    const reading = readTextFile(resolved, MOST_TICKET_FILE_BYTES);
    if (!reading.ok) throw new Error(`${file} ${reading.message}`);
    texts.set(resolved, reading.text);
    return reading.text;
  };
}
