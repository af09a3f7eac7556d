// A problem with a scenario document located by its path in the document (keys and list indices), before
// the loader turns that path into a file, line and column; and how a problem shows the value it found.

/**
 * Where a value sits in a scenario document: keys and list indices from the root.
 *
 * @example
 * const path: DocumentPath = ['teams', 0, 'preset', 'count']; // => the first team's preset count
 */
export type DocumentPath = readonly (string | number)[];

/**
 * One problem with a scenario document, as data (STYLE.md rule 13): the path of the value at fault, a
 * short statement of what is wrong, and, where a rule applies, what was expected, what was found and,
 * for a misspelt name, the name most likely meant.
 *
 * @example
 * const problem: DocumentProblem = {
 *   path: ['run', 'warmup'],
 *   message: 'unknown key',
 *   expected: 'one of length, warmUp, replications, seed, until, sampleEvery, recordItems',
 *   received: '"warmup"',
 *   suggestion: 'warmUp',
 * }; // => what validation reports for a misspelt warmUp
 */
export interface DocumentProblem {
  /** The value at fault, from the document's root. */
  readonly path: DocumentPath;
  /** What is wrong, e.g. `unknown key` or `a duration needs a unit: write "2h" or "2m"`. */
  readonly message: string;
  /** What would be right, e.g. `a whole number >= 1`. */
  readonly expected?: string;
  /** The value found, as the message shows it, e.g. `-1` or `"warmup"`. */
  readonly received?: string;
  /** For a misspelt name: the known name closest to it. */
  readonly suggestion?: string;
}

/** Longest text shown of a string found, so that a message stays one readable line. */
const LONGEST_SHOWN_TEXT = 60;

/**
 * A value found in a document as a problem shows it: strings quoted, numbers as written, lists and maps
 * by their size and keys (their contents have their own paths), nothing for a missing value.
 *
 * @param value - the value found
 * @returns a short rendering, e.g. `"2 fortnights"`, `-1`, `a list of 3`, `a map with keys mean, rate`
 * @example
 * describeValue('2h'); // => '"2h"'
 * describeValue([1, 2]); // => 'a list of 2'
 * describeValue(undefined); // => 'nothing'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'string') {
    const shown = value.length > LONGEST_SHOWN_TEXT ? `${value.slice(0, LONGEST_SHOWN_TEXT)}...` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty map';
    const shownKeys = keys.length > 6 ? [...keys.slice(0, 6), '...'] : keys;
    return `a map with key${keys.length === 1 ? '' : 's'} ${shownKeys.join(', ')}`;
  }
  return String(value);
}
