// Which parts of a scenario document merge how when a variant changes them: lists of named things merge by
// name, a distribution, calendar or queue order is one value that a variant replaces whole.
import type { DocumentPath } from '../schema/index.ts';

/** A list whose elements are told apart by a key, and what one element is called in messages. */
interface NamedList {
  readonly pattern: readonly string[];
  readonly key: 'name' | 'step';
  readonly noun: string;
}

/** `*` stands for any one key or index. */
const NAMED_LISTS: readonly NamedList[] = [
  { pattern: ['teams'], key: 'name', noun: 'team' },
  { pattern: ['teams', '*', 'people'], key: 'name', noun: 'person' },
  { pattern: ['valueStreams'], key: 'name', noun: 'value stream' },
  { pattern: ['valueStreams', '*', 'steps'], key: 'name', noun: 'step' },
  { pattern: ['workTypes'], key: 'name', noun: 'work type' },
  { pattern: ['services'], key: 'name', noun: 'service' },
  { pattern: ['serviceDesks'], key: 'step', noun: 'service desk' },
  { pattern: ['variants'], key: 'name', noun: 'variant' },
];

/**
 * Values a variant replaces whole rather than merging into: one choice among several forms, where
 * merging `{ constant: 1h }` into `{ exponential: { mean: 1h } }` would name two families at once.
 */
const REPLACED_WHOLE: readonly (readonly string[])[] = [
  ['calendars', '*'],
  ['policies', 'queueOrder'],
  ['valueStreams', '*', 'steps', '*', 'effort'],
  ['valueStreams', '*', 'steps', '*', 'blocking', 'duration'],
  ['workTypes', '*', 'effort', '*'],
  ['workTypes', '*', 'patience'],
  ['workTypes', '*', 'deadline'],
  ['workTypes', '*', 'valuePerHour'],
  ['workTypes', '*', 'costOfDelayPerHour'],
  ['workTypes', '*', 'service', 'impact'],
];

function matches(pattern: readonly string[], path: DocumentPath): boolean {
  return (
    pattern.length === path.length &&
    pattern.every((key, index) => key === '*' || key === String(path[index]))
  );
}

/**
 * The named list at `path` of a document, if it is one: the key its elements are told apart by and what
 * an element is called (`teams` by name, `serviceDesks` by step).
 * @param path - a path in the document (list indices as numbers)
 * @returns the list's key and noun, or undefined for any other value
 * @example
 * namedListAt(['valueStreams', 0, 'steps']); // => { pattern: [...], key: 'name', noun: 'step' }
 */
export function namedListAt(path: DocumentPath): NamedList | undefined {
  return NAMED_LISTS.find((list) => matches(list.pattern, path));
}

/**
 * Whether a variant replaces the value at `path` whole instead of merging into it.
 * @example
 * replacedWhole(['workTypes', 0, 'effort', 'work']); // => true
 * replacedWhole(['teams', 0, 'preset']); // => false
 */
export function replacedWhole(path: DocumentPath): boolean {
  return REPLACED_WHOLE.some((pattern) => matches(pattern, path));
}

/**
 * A plain map read from YAML (not a list, not null).
 * @example
 * isPlainMap({ a: 1 }); // => true
 */
export function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets a key as an own property even when it is `__proto__`, which plain assignment would turn into a
 * change of prototype.
 * @example
 * setOwn(map, '__proto__', 1); // => map has an own key "__proto__", which validation reports as unknown
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
