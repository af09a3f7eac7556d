// Parsers of the command's option values: each refuses a bad value with a message naming the option, the
// rule and the value, which commander prints as a one-line error with exit code 1.
import { InvalidArgumentError } from 'commander';
import { parseShard, type Shard } from '../scenarios/index.ts';

/**
 * A parser of a whole number >= `least` for option `name`.
 * @example
 * wholeNumber('--reps', 1)('20'); // => 20
 */
export function wholeNumber(name: string, least: number): (text: string) => number {
  return (text: string): number => {
    const value = Number(text);
    if (!(Number.isInteger(value) && value >= least)) {
      throw new InvalidArgumentError(`${name} must be a whole number >= ${least}, got "${text}"`);
    }
    return value;
  };
}

/**
 * A parser of a number > 0 for option `name`.
 * @example
 * positiveNumber('--arrival-rate')('4.5'); // => 4.5
 */
export function positiveNumber(name: string): (text: string) => number {
  return (text: string): number => {
    const value = Number(text);
    if (!(Number.isFinite(value) && value > 0)) {
      throw new InvalidArgumentError(`${name} must be a number > 0, got "${text}"`);
    }
    return value;
  };
}

/**
 * Collects a repeatable option's values into a list.
 * @example
 * collect('b', ['a']); // => ['a', 'b']
 */
export function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

/**
 * Reads `--shard k/n`.
 * @example
 * shardOption('2/4'); // => { index: 2, count: 4 }
 */
export function shardOption(text: string): Shard {
  try {
    return parseShard(text);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}
