// What the scenario commands share: the overrides given with --set, and the run settings the options
// change (replications, seed, until drained).
import { parse as parseYamlValue } from 'yaml';
import type { ScenarioOverride } from '../../scenarios/index.ts';
import { UsageError } from '../commandErrors.ts';

/** The options of `run`, `compare` and `sweep` that change how a scenario runs. */
export interface RunOptionValues {
  readonly reps?: number;
  readonly seed?: number;
  readonly untilDrained?: boolean;
}

/**
 * `--set path=value` options as overrides; the value is read as YAML (`5`, `3/h`, `true`, `[Mon, Tue]`).
 * @throws UsageError for an option without `=` or an empty path
 * @example
 * parseSettings(['run.replications=5']); // => [{ path: 'run.replications', value: 5 }]
 */
export function parseSettings(settings: readonly string[]): ScenarioOverride[] {
  return settings.map((setting) => {
    const at = setting.indexOf('=');
    if (at <= 0) throw new UsageError(`--set must be path=value, e.g. run.replications=5, got "${setting}"`);
    return { path: setting.slice(0, at), value: readValue(setting.slice(at + 1)) };
  });
}

/**
 * `--set path=v1,v2,...` options of a sweep: each parameter with its values (a YAML flow list may hold
 * commas: `--set 'days=[Mon, Tue],[Wed]'` is not split inside brackets).
 * @throws UsageError for an option without `=`, an empty path or no values
 * @example
 * parseSweepSettings(['teams.desk.preset.count=3,4,5']); // => [{ path: 'teams.desk.preset.count', values: [3, 4, 5] }]
 */
export function parseSweepSettings(
  settings: readonly string[],
): { readonly path: string; readonly values: readonly unknown[] }[] {
  if (settings.length === 0) throw new UsageError('sweep needs at least one --set path=v1,v2,...');
  return settings.map((setting) => {
    const at = setting.indexOf('=');
    if (at <= 0) throw new UsageError(`--set must be path=v1,v2,..., e.g. run.seed=1,2, got "${setting}"`);
    const values = splitOutsideBrackets(setting.slice(at + 1)).map(readValue);
    if (values.length === 0) throw new UsageError(`--set ${setting.slice(0, at)} has no values`);
    return { path: setting.slice(0, at), values };
  });
}

function readValue(text: string): unknown {
  try {
    return parseYamlValue(text);
  } catch {
    return text;
  }
}

function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '[' || character === '{') depth++;
    if (character === ']' || character === '}') depth--;
    if (character === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += character;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}
