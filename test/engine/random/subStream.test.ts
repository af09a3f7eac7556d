// The per-item child streams: reproducible from the parent, independent of each other, uniform.
import { describe, expect, it } from 'vitest';
import { stream } from '../../../engine/random/stream.ts';
import { subStream, subStreamFromSeed, subStreamSeedWord } from '../../../engine/random/subStream.ts';

describe('subStream', () => {
  it('replays the same numbers from a parent in the same state', () => {
    const first = subStream(stream(5, 0, 'items'));
    const second = subStream(stream(5, 0, 'items'));
    for (let draw = 0; draw < 100; draw++) expect(first()).toBe(second());
  });

  it('consumes exactly four parent draws, so siblings do not depend on each other draws', () => {
    const parent = stream(5, 0, 'items');
    const firstChild = subStream(parent);
    for (let draw = 0; draw < 50; draw++) firstChild();
    const secondChild = subStream(parent);
    const reference = stream(5, 0, 'items');
    for (let draw = 0; draw < 4; draw++) reference();
    expect(secondChild()).toBe(subStream(reference)());
  });

  it('draws uniform numbers in [0, 1): mean 1/2 and variance 1/12 within sampling error', () => {
    const child = subStream(stream(9, 0, 'uniformity'));
    const count = 200_000;
    let sum = 0;
    let sumOfSquares = 0;
    for (let draw = 0; draw < count; draw++) {
      const value = child();
      expect(value >= 0 && value < 1).toBe(true);
      sum += value;
      sumOfSquares += value * value;
    }
    const mean = sum / count;
    // Standard error of the mean of U(0,1): sqrt(1/12 / n); 4.42 standard errors as elsewhere in this folder.
    expect(Math.abs(mean - 0.5)).toBeLessThan(4.42 * Math.sqrt(1 / 12 / count));
    expect(sumOfSquares / count - mean * mean).toBeCloseTo(1 / 12, 3);
  });

  it('gives sibling streams that are uncorrelated', () => {
    const parent = stream(13, 0, 'siblings');
    const left = subStream(parent);
    const right = subStream(parent);
    const count = 100_000;
    let product = 0;
    for (let draw = 0; draw < count; draw++) product += (left() - 0.5) * (right() - 0.5);
    // Covariance of independent uniforms is 0 with standard error (1/12) / sqrt(n).
    expect(Math.abs(product / count)).toBeLessThan((4.42 * (1 / 12)) / Math.sqrt(count));
  });

  it('builds the same stream later from seed words drawn now (subStreamFromSeed)', () => {
    const parent = stream(21, 0, 'items');
    const seed = {
      seedA: subStreamSeedWord(parent),
      seedB: subStreamSeedWord(parent),
      seedC: subStreamSeedWord(parent),
      seedCounter: subStreamSeedWord(parent),
    };
    const later = subStreamFromSeed(seed);
    const now = subStream(stream(21, 0, 'items'));
    for (let draw = 0; draw < 1_000; draw++) expect(later()).toBe(now());
    // The words are int32s: the top 32 bits of one draw each, signed.
    for (const word of Object.values(seed)) expect(Number.isInteger(word) && word === (word | 0)).toBe(true);
  });
});
