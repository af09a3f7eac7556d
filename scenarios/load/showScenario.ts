// `valueflow show`: the baseline or a variant of a loaded file as YAML, merged, every default written out in
// the file's notation, each preset's people listed with their skill levels as the engine compiled them.
import { Document, isCollection, isMap, isScalar, type Node, type Scalar } from 'yaml';
import { closestName, writeDocument } from '../schema/index.ts';
import type { LoadedScenario } from './loadScenario.ts';
import type { PreparedScenario } from './prepareScenario.ts';
import { ScenarioError } from './scenarioProblem.ts';

/** Collections written on one line when they hold only plain values and are this short. */
const LONGEST_FLOW_COLLECTION = 72;

/**
 * The baseline of a loaded file, or its variant of the given name.
 * @param loaded - a loaded file
 * @param variant - a variant's name; the baseline when omitted
 * @returns the scenario
 * @throws ScenarioError when the file has no variant of that name, listing the names it has
 * @example
 * selectScenario(loadScenarioFile('scenarios/library/pooling.yaml'), 'pooled').isBaseline; // => false
 */
export function selectScenario(loaded: LoadedScenario, variant?: string): PreparedScenario {
  if (variant === undefined) return loaded.baseline;
  const found = loaded.variants.find((candidate) => candidate.name === variant);
  if (found !== undefined) return found;
  const names = loaded.variants.map((candidate) => candidate.name);
  const suggestion = closestName(variant, names);
  throw new ScenarioError([
    {
      file: loaded.file,
      line: 1,
      column: 1,
      path: ['variants'],
      message: `there is no variant named "${variant}"`,
      expected: names.length === 0 ? 'no variant: the file has none' : `one of ${names.join(', ')}`,
      received: JSON.stringify(variant),
      ...(suggestion === undefined ? {} : { suggestion }),
    },
  ]);
}

/**
 * Shows the baseline, or a variant, of a loaded file as the YAML of one scenario: the variant merged
 * into the baseline, every default written out in the file's notation (durations, rates, days), and a
 * comment before each preset listing the people it makes with the skill levels, speeds and first-time
 * success the engine gives them (so five generalists show as knowledgeable, at half speed, unless the
 * file says otherwise). The text loads again to the same model.
 *
 * @param loaded - a loaded file
 * @param variant - a variant's name; the baseline when omitted
 * @returns YAML text, ending with a newline
 * @throws ScenarioError when the file has no variant of that name
 * @example
 * showScenario(loadScenarioFile('scenarios/library/pooling.yaml'), 'pooled');
 * // => '# scenarios/library/pooling.yaml: variant "pooled" of "pooling", merged, ...\nname: pooled\n...'
 */
export function showScenario(loaded: LoadedScenario, variant?: string): string {
  const scenario = selectScenario(loaded, variant);
  const document = new Document(writeDocument(scenario.document));
  const which = scenario.isBaseline
    ? `the baseline "${scenario.name}"`
    : `variant "${scenario.name}" of "${loaded.name}"`;
  document.commentBefore = ` ${loaded.file}: ${which}, merged, with every default written out`;
  scenario.document.teams.forEach((team, index) => {
    if (team.preset === undefined) return;
    const teamNode = document.getIn(['teams', index], true);
    const presetKey = isMap(teamNode)
      ? teamNode.items.find((pair) => isScalar(pair.key) && pair.key.value === 'preset')?.key
      : undefined;
    if (isScalar(presetKey)) (presetKey as Scalar).commentBefore = peopleComment(scenario, index);
  });
  if (document.contents !== null) writeShortCollectionsInline(document.contents);
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The people of a team as the engine compiled them, grouped by identical skills. */
function peopleComment(scenario: PreparedScenario, teamIndex: number): string {
  const { model } = scenario;
  const groups = new Map<string, string[]>();
  for (const personIndex of model.teams[teamIndex]?.people ?? []) {
    const person = model.people[personIndex];
    if (person === undefined) continue;
    const skills = Object.entries(person.definition.skills).map(([skill, level]) => {
      const at = model.skills.indexOf(skill);
      const speed = person.speeds[at] ?? 0;
      const rightFirstTime = person.firstTimeSuccess[at] ?? 0;
      const performance =
        speed === 1 && rightFirstTime === 1
          ? ''
          : ` (speed ${speed}, ${Math.round(rightFirstTime * 1000) / 10}% right first time)`;
      return `${skill} ${level}${performance}`;
    });
    const description = skills.length === 0 ? 'no skills' : skills.join(', ');
    groups.set(description, [...(groups.get(description) ?? []), person.name]);
  }
  const lines = [...groups].map(([description, names]) => {
    const who =
      names.length <= 4
        ? names.join(', ')
        : `${names.slice(0, 2).join(', ')}, ... ${names.at(-1)} (${names.length} people)`;
    return `   ${who}: ${description}`;
  });
  return [" people of the team (the listed ones, then the preset's), with their skills:", ...lines].join(
    '\n',
  );
}

/** Writes lists of plain values, and short collections of them, on one line (`skills: [A, B]`), bottom up. */
function writeShortCollectionsInline(node: Node): boolean {
  if (isScalar(node)) return true;
  if (!isCollection(node)) return false;
  const children = isMap(node)
    ? node.items.map((pair) => pair.value as Node | null)
    : (node.items as (Node | null)[]);
  // Every child is visited, so that deep collections are shortened even when this one stays in blocks.
  const simple = children.map((child) => child === null || writeShortCollectionsInline(child)).every(Boolean);
  // A list of plain values reads best on one line however long (24 hourly multipliers); a map only if short.
  const plainList = !isMap(node) && children.every((child) => child === null || isScalar(child));
  const short = JSON.stringify(node.toJSON()).length <= LONGEST_FLOW_COLLECTION;
  const commented =
    isMap(node) && node.items.some((pair) => isScalar(pair.key) && pair.key.commentBefore !== undefined);
  node.flow = plainList || (simple && short && !commented);
  return node.flow;
}
