// Merging a variant's changes into the baseline, as the format says: maps deeply, named lists by name (new
// names appended, `remove: true` removes), other values replaced, `null` removes a key; provenance kept.

import type { DocumentPath, DocumentProblem } from '../schema/index.ts';
import { closestName } from '../schema/index.ts';
import { isPlainMap, namedListAt, replacedWhole, setOwn } from './mergeRules.ts';
import { childOrigin, type Origin, writtenAt } from './origins.ts';

/**
 * A merged value and where each of its parts was written.
 * @example
 * const merged: Merged = { value: { replications: 5 }, origin: writtenAt(['variants', 0, 'run']) };
 */
export interface Merged {
  readonly value: unknown;
  readonly origin: Origin;
}

/**
 * Merges a variant's changes into a value of the baseline.
 *
 * - a map merges key by key, deeply; a key set to `null` is removed (its origin stays the `null`, so a
 *   required key removed is reported at the variant's line);
 * - a list of named things (teams, people, value streams, steps, work types, services; service desks by
 *   step) merges element by element by name, in the baseline's order, new names appended in the
 *   variant's; `{ name: x, remove: true }` removes the element named x;
 * - a distribution, a calendar or a queue order, any other list and any plain value is replaced whole.
 *
 * Problems of the merge itself (an element without a name, removing a name the baseline lacks) are
 * collected with their path in the file.
 *
 * @param base - the baseline's value, with its provenance
 * @param change - the variant's value for the same place
 * @param changePath - where `change` is written in the file, e.g. `['variants', 1, 'teams']`
 * @param path - the place in the document, e.g. `['teams']` (list indices of the merged document)
 * @param problems - receives the merge's problems
 * @returns the merged value, with provenance
 * @example
 * mergeVariant({ value: { run: { seed: 1, replications: 20 } }, origin: writtenAt([]) }, { run: { seed: 2 } },
 *   ['variants', 0], [], []).value; // => { run: { seed: 2, replications: 20 } }
 */
export function mergeVariant(
  base: Merged,
  change: unknown,
  changePath: DocumentPath,
  path: DocumentPath,
  problems: DocumentProblem[],
): Merged {
  if (isPlainMap(base.value) && isPlainMap(change) && !replacedWhole(path)) {
    return mergeMaps(base.value, base.origin, change, changePath, path, problems);
  }
  const list = namedListAt(path);
  if (list !== undefined && Array.isArray(base.value) && Array.isArray(change)) {
    return mergeNamedLists(base.value, base.origin, change, changePath, path, problems);
  }
  return { value: change, origin: writtenAt(changePath) };
}

function mergeMaps(
  base: Record<string, unknown>,
  baseOrigin: Origin,
  change: Record<string, unknown>,
  changePath: DocumentPath,
  path: DocumentPath,
  problems: DocumentProblem[],
): Merged {
  const value: Record<string, unknown> = {};
  const children = new Map<string | number, Origin>();
  // The baseline's keys keep their order; keys the variant adds follow, in its order.
  const keys = [...Object.keys(base), ...Object.keys(change).filter((key) => !Object.hasOwn(base, key))];
  for (const key of keys) {
    if (!Object.hasOwn(change, key)) {
      setOwn(value, key, base[key]);
      children.set(key, childOrigin(baseOrigin, key));
      continue;
    }
    const changed = change[key];
    if (changed === null) {
      // Removed: a problem about the missing key points at the variant's `null`.
      children.set(key, writtenAt([...changePath, key]));
      continue;
    }
    const merged = Object.hasOwn(base, key)
      ? mergeVariant(
          { value: base[key], origin: childOrigin(baseOrigin, key) },
          changed,
          [...changePath, key],
          [...path, key],
          problems,
        )
      : { value: changed, origin: writtenAt([...changePath, key]) };
    setOwn(value, key, merged.value);
    children.set(key, merged.origin);
  }
  return { value, origin: { ...baseOrigin, children } };
}

function mergeNamedLists(
  base: readonly unknown[],
  baseOrigin: Origin,
  change: readonly unknown[],
  changePath: DocumentPath,
  path: DocumentPath,
  problems: DocumentProblem[],
): Merged {
  const { key, noun } = namedListAt(path)!;
  const elements: Merged[] = base.map((element, index) => ({
    value: element,
    origin: childOrigin(baseOrigin, index),
  }));
  const nameOf = (element: unknown): unknown => (isPlainMap(element) ? element[key] : undefined);
  change.forEach((element, changeIndex) => {
    const elementPath = [...changePath, changeIndex];
    const name = nameOf(element);
    if (!isPlainMap(element) || typeof name !== 'string') {
      problems.push({
        path: elementPath,
        message: `a ${noun} in a variant needs its ${key}, to say which ${noun} it changes or adds`,
        expected: `a map with a ${key}`,
      });
      return;
    }
    const found = elements.findIndex((candidate) => nameOf(candidate.value) === name);
    if (element.remove !== undefined) {
      const names = elements
        .map((candidate) => nameOf(candidate.value))
        .filter((known): known is string => typeof known === 'string');
      const extra = Object.keys(element).filter((field) => field !== key && field !== 'remove');
      if (element.remove !== true) {
        problems.push({
          path: [...elementPath, 'remove'],
          message: `remove takes true, to remove the ${noun}`,
          expected: 'true',
          received: JSON.stringify(element.remove),
        });
      } else if (extra.length > 0) {
        problems.push({
          path: [...elementPath, extra[0]!],
          message: `a ${noun} that is removed takes only its ${key} and remove: true`,
        });
      } else if (found < 0) {
        const suggestion = closestName(name, names);
        problems.push({
          path: [...elementPath, key],
          message: `there is no ${noun} of this ${key} to remove`,
          expected: `one of ${names.join(', ')}`,
          received: JSON.stringify(name),
          ...(suggestion === undefined ? {} : { suggestion }),
        });
      } else elements.splice(found, 1);
      return;
    }
    if (found < 0) {
      elements.push({ value: element, origin: writtenAt(elementPath) });
      return;
    }
    elements[found] = mergeVariant(elements[found]!, element, elementPath, [...path, found], problems);
  });
  return {
    value: elements.map((element) => element.value),
    origin: { ...baseOrigin, children: new Map(elements.map((element, index) => [index, element.origin])) },
  };
}
