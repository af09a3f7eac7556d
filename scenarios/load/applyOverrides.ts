// Overrides given on the command line (`valueflow sweep --set teams.desk.preset.count=5`) applied to the
// baseline before validation: a dotted path whose named-list elements are addressed by name.

import type { DocumentPath, DocumentProblem } from '../schema/index.ts';
import { closestName } from '../schema/index.ts';
import { isPlainMap, namedListAt, setOwn } from './mergeRules.ts';
import { type Origin, withOverride } from './origins.ts';

/**
 * One change to a scenario's baseline: a dotted path (`run.replications`, `teams.desk.preset.count`,
 * `workTypes.incident.arrivals.0.poisson.rate`; elements of named lists by name or index, other lists by
 * index) and the value, already read as YAML (`5`, `"3/h"`, `[Mon, Tue]`).
 *
 * @example
 * const override: ScenarioOverride = { path: 'teams.desk.preset.count', value: 5 };
 */
export interface ScenarioOverride {
  readonly path: string;
  readonly value: unknown;
}

/**
 * Applies overrides, in order, to a baseline (a plain copy it may change), before validation and before
 * variants are merged into it (so variants see the new value unless they change it themselves). A path
 * may end in a key the document lacks (it is added; validation judges it) but not pass through one: a
 * missing named element, an index past a list's end or a key under a plain value names nothing, and is
 * a problem. Values set keep a note of the override, which problems about them repeat.
 *
 * @param baseline - the baseline as plain data; changed in place
 * @param origin - the baseline's provenance
 * @param overrides - the overrides, applied in order
 * @returns the new provenance, and the problems (their paths in the file, at the nearest existing node)
 * @example
 * applyOverrides(baseline, writtenAt([]), [{ path: 'run.replications', value: 5 }]).problems; // => []
 */
export function applyOverrides(
  baseline: Record<string, unknown>,
  origin: Origin,
  overrides: readonly ScenarioOverride[],
): { readonly origin: Origin; readonly problems: DocumentProblem[] } {
  let provenance = origin;
  const problems: DocumentProblem[] = [];
  for (const override of overrides) {
    const note = `${override.path}=${typeof override.value === 'string' ? override.value : JSON.stringify(override.value)}`;
    const resolved = resolvePath(baseline, override.path);
    if ('problem' in resolved) {
      problems.push({ ...resolved.problem, message: `--set ${note}: ${resolved.problem.message}` });
      continue;
    }
    const { container, key, path } = resolved;
    const value = structuredClone(override.value);
    if (Array.isArray(container)) container[key as number] = value;
    else setOwn(container, key as string, value);
    provenance = withOverride(provenance, path, note);
  }
  return { origin: provenance, problems };
}

type Resolution =
  | {
      readonly container: Record<string, unknown> | unknown[];
      readonly key: string | number;
      readonly path: DocumentPath;
    }
  | { readonly problem: DocumentProblem };

/** Finds the container and key a dotted path sets, creating maps for missing keys on the way. */
function resolvePath(baseline: Record<string, unknown>, dotted: string): Resolution {
  const segments = dotted.split('.');
  if (dotted === '' || segments.some((segment) => segment === '')) {
    return {
      problem: {
        path: [],
        message: 'the path has an empty part',
        expected: 'a dotted path such as run.replications',
      },
    };
  }
  let current: unknown = baseline;
  const path: (string | number)[] = [];
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    let key: string | number;
    if (Array.isArray(current)) {
      const found = elementIndex(current, path, segment);
      if ('problem' in found) return found;
      key = found.index;
    } else if (isPlainMap(current)) {
      key = segment;
      if (!last && (!Object.hasOwn(current, key) || current[key] === null)) setOwn(current, key, {});
    } else {
      return {
        problem: {
          path,
          message: `${path.join('.') || 'the document'} is a plain value, so .${segment} names nothing`,
        },
      };
    }
    if (last) return { container: current as Record<string, unknown> | unknown[], key, path: [...path, key] };
    current = (current as Record<string | number, unknown>)[key];
    path.push(key);
  }
  throw new RangeError('unreachable: a path has at least one segment');
}

/** The index a segment names in a list: by name in a named list, else (or failing that) by position. */
function elementIndex(
  list: readonly unknown[],
  path: DocumentPath,
  segment: string,
): { index: number } | { problem: DocumentProblem } {
  const named = namedListAt(path);
  if (named !== undefined) {
    const names = list.map((element) => (isPlainMap(element) ? element[named.key] : undefined));
    const byName = names.indexOf(segment);
    if (byName >= 0) return { index: byName };
    if (!/^\d+$/.test(segment) || Number(segment) >= list.length) {
      const known = names.filter((name): name is string => typeof name === 'string');
      const suggestion = closestName(segment, known);
      return {
        problem: {
          path,
          message: `there is no ${named.noun} named "${segment}"`,
          expected: `one of ${known.join(', ')}`,
          received: JSON.stringify(segment),
          ...(suggestion === undefined ? {} : { suggestion }),
        },
      };
    }
  }
  const position = /^\d+$/.test(segment) ? Number(segment) : Number.NaN;
  if (!(position < list.length)) {
    return {
      problem: {
        path,
        message: `there is no element ${segment}`,
        expected: `an index from 0 to ${list.length - 1}`,
        received: JSON.stringify(segment),
      },
    };
  }
  return { index: position };
}
