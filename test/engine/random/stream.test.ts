// Tests of stream(): named random streams are reproducible, independent by purpose and replication,
// and give uniforms in [0, 1).
import { describe, expect, it } from 'vitest';
import { stream } from '../../../engine/random/stream.ts';
import { INTERVAL_Z } from './sampleMoments.ts';

function firstDraws(seed: number | string, replication: number, purpose: string, count = 1_000): number[] {
  const rng = stream(seed, replication, purpose);
  return Array.from({ length: count }, () => rng());
}

describe('stream', () => {
  it('gives the identical sequence for the same seed, replication and purpose', () => {
    expect(firstDraws(42, 3, 'arrivals:incident')).toEqual(firstDraws(42, 3, 'arrivals:incident'));
  });

  it('gives different sequences for different purposes', () => {
    const arrivals = firstDraws(42, 0, 'arrivals:incident');
    const service = firstDraws(42, 0, 'service:network');
    expect(arrivals).not.toEqual(service);
    // Not merely shifted or partly shared: no value of one appears in the other.
    const serviceValues = new Set(service);
    expect(arrivals.filter((value) => serviceValues.has(value))).toEqual([]);
  });

  it('gives different sequences for different replications and seeds', () => {
    expect(firstDraws(42, 0, 'arrivals')).not.toEqual(firstDraws(42, 1, 'arrivals'));
    expect(firstDraws(42, 0, 'arrivals')).not.toEqual(firstDraws(43, 0, 'arrivals'));
  });

  it('gives values in [0, 1) with mean 1/2 and variance 1/12 within sampling error', () => {
    const count = 200_000;
    const draws = firstDraws(7, 0, 'uniformity', count);
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
    const mean = draws.reduce((sum, value) => sum + value, 0) / count;
    const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (count - 1);
    // Interval for the mean of U(0, 1): ±z·√(1/12)/√n.
    expect(Math.abs(mean - 0.5)).toBeLessThan((INTERVAL_Z * Math.sqrt(1 / 12)) / Math.sqrt(count));
    // Var(s²) for U(0, 1) is (μ₄ − σ⁴)/n = (1/80 − 1/144)/n.
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(INTERVAL_Z * Math.sqrt((1 / 80 - 1 / 144) / count));
  });

  it('rejects a negative or fractional replication, a non-finite seed and an empty purpose', () => {
    expect(() => stream(1, -1, 'arrivals')).toThrow(/replication must be an integer >= 0, got -1/);
    expect(() => stream(1, 0.5, 'arrivals')).toThrow(/got 0.5/);
    expect(() => stream(Number.NaN, 0, 'arrivals')).toThrow(/seed must be a finite number/);
    expect(() => stream(1, 0, '')).toThrow(/purpose/);
  });

  it("refuses a '|' in the purpose or a string seed, which could make two triples share a stream", () => {
    expect(() => stream('a|1', 0, 'x')).toThrow('a string seed must not contain \'|\', got "a|1"');
    expect(() => stream('a', 1, '0|x')).toThrow('stream purpose must not contain \'|\', got "0|x"');
  });
});
