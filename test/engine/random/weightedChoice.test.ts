// Tests of weightedChoice(): probabilities, pick frequencies against them, zero weights, uniforms per
// pick, both search paths, and every parameter rule.
import { describe, expect, it } from 'vitest';
import { stream } from '../../../engine/random/stream.ts';
import { type WeightedChoiceParameters, weightedChoice } from '../../../engine/random/weightedChoice.ts';
import { countingStream, expectParameterError, INTERVAL_Z, TEST_SEED } from './sampleMoments.ts';

function pickFrequencies<Option>(
  options: readonly Option[],
  weights: readonly number[],
  purpose: string,
  count: number,
) {
  const choice = weightedChoice({ options, weights });
  const rng = stream(TEST_SEED, 0, purpose);
  const counts = new Map<Option, number>(options.map((option) => [option, 0]));
  for (let pick = 0; pick < count; pick++) {
    const option = choice.pick(rng);
    counts.set(option, (counts.get(option) ?? 0) + 1);
  }
  return { choice, counts };
}

describe('weightedChoice', () => {
  it('normalises the weights into probabilities and keeps the options in order', () => {
    const choice = weightedChoice({ options: ['service desk', 'network', 'database'], weights: [6, 3, 1] });
    expect(choice.kind).toBe('weighted-choice');
    expect(choice.options).toEqual(['service desk', 'network', 'database']);
    expect(choice.probabilities).toEqual([0.6, 0.3, 0.1]);
    expect(Object.isFrozen(choice.options) && Object.isFrozen(choice.probabilities)).toBe(true);
  });

  it.each([
    ['few options (linear scan)', 5],
    ['many options (binary search)', 20],
  ])(
    'picks each option as often as its probability, within sampling error, with %s',
    (label, optionCount) => {
      const count = 200_000;
      const options = Array.from({ length: optionCount }, (_, index) => index);
      // Weights 1, 2, 3, ...; every third option weight 0.
      const weights = options.map((index) => (index % 3 === 2 ? 0 : index + 1));
      const { choice, counts } = pickFrequencies(options, weights, `weighted choice ${label}`, count);
      options.forEach((option, index) => {
        const probability = choice.probabilities[index] ?? Number.NaN;
        const share = (counts.get(option) ?? 0) / count;
        // Binomial standard error √(p(1 − p)/n).
        const halfWidth = INTERVAL_Z * Math.sqrt((probability * (1 - probability)) / count);
        expect(Math.abs(share - probability), `option ${option}`).toBeLessThanOrEqual(halfWidth);
        if (probability === 0) expect(counts.get(option), `zero-weight option ${option}`).toBe(0);
      });
    },
  );

  it('never picks a zero-weight option, at either end or for u at its extremes', () => {
    const choice = weightedChoice({
      options: ['never', 'a', 'never too', 'b', 'nor this'],
      weights: [0, 1, 0, 1, 0],
    });
    expect(choice.pick(() => 0)).toBe('a');
    expect(choice.pick(() => 1 - 2 ** -53)).toBe('b');
    const { counts } = pickFrequencies(
      ['never', 'a', 'never too', 'b', 'nor this'],
      [0, 1, 0, 1, 0],
      'zero weights',
      10_000,
    );
    expect([counts.get('never'), counts.get('never too'), counts.get('nor this')]).toEqual([0, 0, 0]);
  });

  it('reads exactly one uniform per pick', () => {
    const counter = countingStream('weighted choice count');
    const choice = weightedChoice({ options: ['a', 'b'], weights: [1, 3] });
    for (let pick = 0; pick < 100; pick++) choice.pick(counter.rng);
    expect(counter.read()).toBe(100);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () =>
      weightedChoice(parameters as WeightedChoiceParameters<string>);
    expectParameterError(build({ options: [], weights: [] }), 'options', 'an array of 0');
    expectParameterError(build({ options: ['a', 'b', 'c'], weights: [1, 2] }), 'weights', 'an array of 2');
    expectParameterError(build({ options: ['a', 'b'], weights: [0, 0] }), 'sum of weights', '0');
    expectParameterError(build({ options: ['a', 'b'], weights: [1, -1] }), 'weights[1]', '-1');
    expectParameterError(build({ options: ['a', 'b'], weights: [1, Number.NaN] }), 'weights[1]', 'NaN');
    expectParameterError(
      build({ options: ['a'], weights: [Number.POSITIVE_INFINITY] }),
      'weights[0]',
      'Infinity',
    );
    expectParameterError(
      build({ options: ['a', 'b'], weights: [1e308, 1e308] }),
      'sum of weights',
      'Infinity',
    );
    expect(build({ options: ['a', 'b', 'c'], weights: [1, 2] })).toThrow(
      'weighted-choice: weights must be an array the same length as options (3), got an array of 2',
    );
  });
});
