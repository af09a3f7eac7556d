// The multitasking penalty: the share of a person's time lost to context switching with n items in hand
// (Weinberg's table by default), and the share of their speed each item in hand then receives.
import { _ruleProblem, type ModelProblem, type ProblemPath } from '../definition/modelProblem.ts';
import { _describeValue } from '../definition/untrustedValues.ts';

/**
 * Share of working time lost to context switching with 1, 2, 3, 4 and 5 items in hand (index n - 1).
 *
 * Source: G. M. Weinberg, Quality Software Management, vol. 1: Systems Thinking (Dorset House, 1992):
 * one project 0% lost, two 20%, three 40%, four 60%, five 75%. Weinberg's table stops at five;
 * {@link contextSwitchLoss} uses the last value for more items.
 *
 * @example
 * WEINBERG_CONTEXT_SWITCH_LOSS[1]; // => 0.2 (two items in hand)
 */
export const WEINBERG_CONTEXT_SWITCH_LOSS: readonly number[] = Object.freeze([0, 0.2, 0.4, 0.6, 0.75]);

/**
 * The problems with a context-switch table, one per entry at fault: it must be a non-empty list whose
 * first value is 0 (one item costs nothing to switch) and whose values are non-decreasing and in [0, 1)
 * (someone juggling must still get work done).
 * @param table - the value to check
 * @param where - the table in words, e.g. `team "desk": person 1 ("ana"): contextSwitchPenalty`
 * @param path - where the table sits in the model definition
 * @returns the problems, or an empty list for a sound table
 * @example
 * contextSwitchTableProblems([0, 0.3, 0.2], 'contextSwitchPenalty', ['contextSwitchPenalty'])[0]?.message;
 * // => 'contextSwitchPenalty[2] must be >= the value before it (0.3), got 0.2'
 */
export function contextSwitchTableProblems(table: unknown, where: string, path: ProblemPath): ModelProblem[] {
  if (!Array.isArray(table) || table.length === 0) {
    const rule = 'a non-empty array of losses for 1, 2, 3, ... items in hand';
    return [_ruleProblem(path, where, rule, table)];
  }
  const problems: ModelProblem[] = [];
  // The last sound value: an entry is compared with it, so one bad entry is reported once, not again
  // by the entry after it.
  let previous = 0;
  table.forEach((loss: unknown, index) => {
    const entryPath = [...path, index];
    if (typeof loss !== 'number' || !(loss >= 0 && loss < 1)) {
      problems.push(_ruleProblem(entryPath, `${where}[${index}]`, 'a share of time in [0, 1)', loss));
    } else if (index === 0 && loss !== 0) {
      problems.push(_ruleProblem(entryPath, `${where}[0] (one item in hand)`, '0', loss));
    } else if (loss < previous) {
      const rule = `>= the value before it (${previous})`;
      problems.push(_ruleProblem(entryPath, `${where}[${index}]`, rule, loss));
    } else {
      previous = loss;
    }
  });
  return problems;
}

function checkItemsInHand(itemsInHand: number, minimum: number): void {
  if (!Number.isInteger(itemsInHand) || itemsInHand < minimum) {
    throw new RangeError(`itemsInHand must be an integer >= ${minimum}, got ${_describeValue(itemsInHand)}`);
  }
}

/**
 * Share of a person's working time lost to context switching with `itemsInHand` items in hand.
 *
 * 0 or 1 item loses nothing; n items read `table[n - 1]`, and beyond the table's end the last value
 * holds (Weinberg's figures stop at five, and the loss cannot keep growing without reaching 1).
 * The table is not checked here, since this runs while simulating; {@link contextSwitchTableProblems}
 * checks tables once, when a model is checked.
 *
 * @param itemsInHand - how many items the person has started and not finished (integer >= 0)
 * @param table - losses for 1, 2, 3, ... items in hand; Weinberg's by default
 * @returns the share of time lost, in [0, 1)
 * @throws RangeError when itemsInHand is not an integer >= 0
 * @example
 * contextSwitchLoss(3); // => 0.4
 * contextSwitchLoss(8); // => 0.75 (Weinberg's last value)
 */
export function contextSwitchLoss(
  itemsInHand: number,
  table: readonly number[] = WEINBERG_CONTEXT_SWITCH_LOSS,
): number {
  checkItemsInHand(itemsInHand, 0);
  if (itemsInHand <= 1 || table.length === 0) return 0;
  const index = Math.min(itemsInHand, table.length) - 1;
  return table[index] ?? 0;
}

/**
 * Share of a person's speed each item in hand receives: (1 - loss(n)) / n.
 *
 * A person works on all items in hand at once (processor sharing), losing part of their time to
 * switching between them; the rest is split evenly.
 *
 * @param itemsInHand - how many items the person has in hand (integer >= 1)
 * @param table - losses for 1, 2, 3, ... items in hand; Weinberg's by default
 * @returns the share of the person's speed each item gets, in (0, 1]
 * @throws RangeError when itemsInHand is not an integer >= 1
 * @example
 * effectiveRatePerItem(2); // => 0.4 (two items, 80% of the time in all)
 * effectiveRatePerItem(3); // => 0.2 (to rounding: 0.6 / 3)
 */
export function effectiveRatePerItem(
  itemsInHand: number,
  table: readonly number[] = WEINBERG_CONTEXT_SWITCH_LOSS,
): number {
  checkItemsInHand(itemsInHand, 1);
  return (1 - contextSwitchLoss(itemsInHand, table)) / itemsInHand;
}

/**
 * The per-item rates for 0 to `maxInHand` items in hand, for look-up while simulating.
 *
 * Entry n is {@link effectiveRatePerItem}(n); entry 0 is 0 (nothing in hand, nothing to share).
 *
 * @param maxInHand - the most items the person may hold (integer >= 1)
 * @param table - losses for 1, 2, 3, ... items in hand; Weinberg's by default
 * @returns a Float64Array of length maxInHand + 1
 * @throws RangeError when maxInHand is not an integer >= 1 or the table is invalid
 * @example
 * Array.from(perItemRates(3)); // => [0, 1, 0.4, 0.2] (to rounding)
 */
export function perItemRates(
  maxInHand: number,
  table: readonly number[] = WEINBERG_CONTEXT_SWITCH_LOSS,
): Float64Array {
  if (!Number.isInteger(maxInHand) || maxInHand < 1) {
    throw new RangeError(`maxInHand must be an integer >= 1, got ${_describeValue(maxInHand)}`);
  }
  // Run-time callers pass checked tables (the model's check ran contextSwitchTableProblems); a bad one
  // here is a caller's mistake.
  const problems = contextSwitchTableProblems(table, 'contextSwitchPenalty', []);
  if (problems.length > 0) throw new RangeError(problems.map((problem) => problem.message).join('; '));
  const rates = new Float64Array(maxInHand + 1);
  for (let itemsInHand = 1; itemsInHand <= maxInHand; itemsInHand += 1) {
    rates[itemsInHand] = effectiveRatePerItem(itemsInHand, table);
  }
  return rates;
}
