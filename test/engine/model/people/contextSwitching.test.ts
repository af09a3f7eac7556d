// Tests for the multitasking penalty against Weinberg's table (Quality Software Management vol. 1, 1992):
// 2 items 20% lost, 3 items 40%, 4 items 60%, 5 items 75%; per-item shares worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  contextSwitchLoss,
  contextSwitchTableProblems,
  effectiveRatePerItem,
  perItemRates,
  WEINBERG_CONTEXT_SWITCH_LOSS,
} from '../../../../engine/model/people/contextSwitching.ts';

describe('WEINBERG_CONTEXT_SWITCH_LOSS', () => {
  it("holds Weinberg's figures for 1 to 5 items and is a valid table", () => {
    expect(WEINBERG_CONTEXT_SWITCH_LOSS).toEqual([0, 0.2, 0.4, 0.6, 0.75]);
    expect(contextSwitchTableProblems(WEINBERG_CONTEXT_SWITCH_LOSS, 'weinberg', [])).toEqual([]);
  });
});

describe('contextSwitchLoss', () => {
  it('loses nothing with 0 or 1 item in hand', () => {
    expect(contextSwitchLoss(0)).toBe(0);
    expect(contextSwitchLoss(1)).toBe(0);
  });

  it('reads the table at n - 1 items', () => {
    expect([2, 3, 4, 5].map((items) => contextSwitchLoss(items))).toEqual([0.2, 0.4, 0.6, 0.75]);
  });

  it('holds the last value beyond the end of the table', () => {
    expect(contextSwitchLoss(6)).toBe(0.75);
    expect(contextSwitchLoss(50)).toBe(0.75);
    expect(contextSwitchLoss(3, [0, 0.1])).toBe(0.1);
  });

  it('refuses a count of items that is not an integer >= 0', () => {
    expect(() => contextSwitchLoss(-1)).toThrow('itemsInHand must be an integer >= 0, got -1');
    expect(() => contextSwitchLoss(1.5)).toThrow('got 1.5');
  });
});

describe('effectiveRatePerItem', () => {
  it("gives one item the whole of the person's speed", () => {
    expect(effectiveRatePerItem(1)).toBe(1);
  });

  it('gives each of two items 0.4 of the speed, 0.8 in all', () => {
    // (1 - 0.2) / 2 = 0.4
    expect(effectiveRatePerItem(2)).toBeCloseTo(0.4, 12);
    expect(2 * effectiveRatePerItem(2)).toBeCloseTo(0.8, 12);
  });

  it('gives each of three items 0.2, four items 0.1 and five items 0.05', () => {
    // (1 - 0.4) / 3 = 0.2; (1 - 0.6) / 4 = 0.1; (1 - 0.75) / 5 = 0.05
    expect(effectiveRatePerItem(3)).toBeCloseTo(0.2, 12);
    expect(effectiveRatePerItem(4)).toBeCloseTo(0.1, 12);
    expect(effectiveRatePerItem(5)).toBeCloseTo(0.05, 12);
  });

  it('uses a custom table', () => {
    // (1 - 0.1) / 2 = 0.45
    expect(effectiveRatePerItem(2, [0, 0.1])).toBeCloseTo(0.45, 12);
  });

  it('refuses zero items in hand', () => {
    expect(() => effectiveRatePerItem(0)).toThrow('itemsInHand must be an integer >= 1, got 0');
  });
});

describe('perItemRates', () => {
  it('lists the per-item rate for 0 to maxInHand items', () => {
    const rates = Array.from(perItemRates(3));
    expect(rates).toHaveLength(4);
    expect(rates[0]).toBe(0);
    expect(rates[1]).toBe(1);
    expect(rates[2]).toBeCloseTo(0.4, 12);
    expect(rates[3]).toBeCloseTo(0.2, 12);
  });

  it('refuses a maxInHand below 1 and a bad table', () => {
    expect(() => perItemRates(0)).toThrow('maxInHand must be an integer >= 1, got 0');
    expect(() => perItemRates(2, [0, 1])).toThrow(
      'contextSwitchPenalty[1] must be a share of time in [0, 1), got 1',
    );
  });
});

describe('contextSwitchTableProblems', () => {
  const messagesOf = (table: unknown) =>
    contextSwitchTableProblems(table, 'penalty', ['penalty']).map((problem) => problem.message);

  it('names the entry and the value', () => {
    expect(messagesOf([])).toEqual([
      'penalty must be a non-empty array of losses for 1, 2, 3, ... items in hand, got []',
    ]);
    expect(messagesOf([0.1, 0.2])).toEqual(['penalty[0] (one item in hand) must be 0, got 0.1']);
    expect(messagesOf([0, 0.3, 0.2])).toEqual(['penalty[2] must be >= the value before it (0.3), got 0.2']);
    expect(messagesOf([0, -0.1])).toEqual(['penalty[1] must be a share of time in [0, 1), got -0.1']);
    expect(messagesOf([0, '0.2'])).toEqual(['penalty[1] must be a share of time in [0, 1), got "0.2"']);
  });

  it('reports every entry at fault, each with its path, and compares an entry with the last sound one', () => {
    const person = ['teams', 0, 'people', 1, 'contextSwitchPenalty'];
    const problems = contextSwitchTableProblems([0.1, 0.3, 1, 0.2], 'penalty', person);
    expect(problems.map((problem) => [problem.path, problem.message])).toEqual([
      [[...person, 0], 'penalty[0] (one item in hand) must be 0, got 0.1'],
      [[...person, 2], 'penalty[2] must be a share of time in [0, 1), got 1'],
      [[...person, 3], 'penalty[3] must be >= the value before it (0.3), got 0.2'],
    ]);
    expect(problems[2]).toMatchObject({ expected: '>= the value before it (0.3)', received: '0.2' });
  });
});
