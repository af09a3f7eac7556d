// The multitasking penalty: the share of a person's time lost to context switching with n items in hand
// (Weinberg's table by default), and the share of their speed each item in hand then receives.
import { _describeValue } from './skillLevel.ts';

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
 * Checks a context-switch table: a non-empty array whose first value is 0 (one item costs nothing to
 * switch) and whose values are non-decreasing and in [0, 1) (someone juggling must still get work done).
 * @param table - the value to check
 * @param where - the field named in the error, e.g. `person "ana": contextSwitchPenalty`
 * @throws Error naming the entry, the rule and the value
 * @example
 * validateContextSwitchTable([0, 0.3, 0.2], 'contextSwitchPenalty');
 * // => throws: contextSwitchPenalty[2] must be >= the value before it (0.3), got 0.2
 */
export function validateContextSwitchTable(
  table: unknown,
  where: string,
): asserts table is readonly number[] {
  if (!Array.isArray(table) || table.length === 0) {
    throw new Error(
      `${where} must be a non-empty array of losses for 1, 2, 3, ... items in hand, got ${_describeValue(table)}`,
    );
  }
  let previous = 0;
  table.forEach((loss: unknown, index) => {
    if (typeof loss !== 'number' || !(loss >= 0 && loss < 1)) {
      throw new Error(`${where}[${index}] must be a share of time in [0, 1), got ${_describeValue(loss)}`);
    }
    if (index === 0 && loss !== 0) {
      throw new Error(`${where}[0] (one item in hand) must be 0, got ${_describeValue(loss)}`);
    }
    if (loss < previous) {
      throw new Error(`${where}[${index}] must be >= the value before it (${previous}), got ${loss}`);
    }
    previous = loss;
  });
}

function checkItemsInHand(itemsInHand: number, minimum: number): void {
  if (!Number.isInteger(itemsInHand) || itemsInHand < minimum) {
    throw new Error(`itemsInHand must be an integer >= ${minimum}, got ${_describeValue(itemsInHand)}`);
  }
}

/**
 * Share of a person's working time lost to context switching with `itemsInHand` items in hand.
 *
 * 0 or 1 item loses nothing; n items read `table[n - 1]`, and beyond the table's end the last value
 * holds (Weinberg's figures stop at five, and the loss cannot keep growing without reaching 1).
 * The table is not checked here, since this runs while simulating; {@link validateContextSwitchTable}
 * checks tables once, when definitions are validated.
 *
 * @param itemsInHand - how many items the person has started and not finished (integer >= 0)
 * @param table - losses for 1, 2, 3, ... items in hand; Weinberg's by default
 * @returns the share of time lost, in [0, 1)
 * @throws Error when itemsInHand is not an integer >= 0
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
 * @throws Error when itemsInHand is not an integer >= 1
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
 * @throws Error when maxInHand is not an integer >= 1, or the table is invalid
 * @example
 * Array.from(perItemRates(3)); // => [0, 1, 0.4, 0.2] (to rounding)
 */
export function perItemRates(
  maxInHand: number,
  table: readonly number[] = WEINBERG_CONTEXT_SWITCH_LOSS,
): Float64Array {
  if (!Number.isInteger(maxInHand) || maxInHand < 1) {
    throw new Error(`maxInHand must be an integer >= 1, got ${_describeValue(maxInHand)}`);
  }
  validateContextSwitchTable(table, 'contextSwitchPenalty');
  const rates = new Float64Array(maxInHand + 1);
  for (let itemsInHand = 1; itemsInHand <= maxInHand; itemsInHand += 1) {
    rates[itemsInHand] = effectiveRatePerItem(itemsInHand, table);
  }
  return rates;
}
