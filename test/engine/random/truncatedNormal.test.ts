// Tests of truncatedNormal(): the truncated moments against mpmath (also far below zero), sample moments
// against theory on both sampling methods, that sampling never goes below zero or hangs, and the rules.
import { describe, expect, it } from 'vitest';
import { type TruncatedNormalParameters, truncatedNormal } from '../../../engine/random/truncatedNormal.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  momentsOf,
} from './sampleMoments.ts';

describe('truncatedNormal', () => {
  it('is the half-normal for mean 0: mean √(2/π), variance 1 − 2/π', () => {
    const distribution = truncatedNormal({ mean: 0, sd: 1 });
    expect(distribution.kind).toBe('truncated-normal');
    expect(distribution.mean).toBeCloseTo(Math.sqrt(2 / Math.PI), 15);
    expect(distribution.variance).toBeCloseTo(1 - 2 / Math.PI, 15);
    expect([distribution.location, distribution.scale]).toEqual([0, 1]);
  });

  it.each([
    // [mean, sd, truncated mean, truncated variance], computed with mpmath 1.3.0 at 50 digits from
    // μ + σλ and σ²(1 + αλ − λ²), α = −μ/σ, λ = φ(α)/(1 − Φ(α)).
    [2, 1, 2.05524786267899, 0.8864519483114236],
    [5, 2, 5.0352756509738335, 3.822377373579205],
    [40, 1, 40, 1],
    [-1, 1, 0.5251352761609812, 0.1990976655703488],
    [-0.5, 0.25, 0.09330388320571022, 0.007142443775880078],
    [-1.99, 1, 0.37436129820252034, 0.11487463498510822],
    [-2.01, 1, 0.37207570305353976, 0.11368750805959921],
    [-3, 1, 0.2830986549304365, 0.07055918678526811],
    [-6, 2, 0.566197309860873, 0.2822367471410725],
    [-50, 1, 0.01998403190563981, 0.0003990431868038996],
    [-1000, 1, 0.00099999800001, 9.999940000499995e-7],
  ])(
    'has the truncated mean and variance of N(%s, %s²) cut at zero, to 1e-12 relative',
    (mean, sd, truncatedMean, truncatedVariance) => {
      const distribution = truncatedNormal({ mean, sd });
      expect(Math.abs(distribution.mean - truncatedMean) / truncatedMean).toBeLessThan(1e-12);
      expect(Math.abs(distribution.variance - truncatedVariance) / truncatedVariance).toBeLessThan(1e-12);
    },
  );

  it.each<[string, TruncatedNormalParameters]>([
    ['mean 2 sd 1 (normal rejection)', { mean: 2, sd: 1 }],
    ['mean 0 sd 3 (half-normal)', { mean: 0, sd: 3 }],
    ['mean -1 sd 1 (exponential proposal)', { mean: -1, sd: 1 }],
    ['mean -3 sd 1 (exponential proposal)', { mean: -3, sd: 1 }],
    ['mean -50 sd 2 (far below zero)', { mean: -50, sd: 2 }],
  ])('matches its theoretical mean and variance in 200 000 draws (%s)', (label, parameters) => {
    const distribution = truncatedNormal(parameters);
    const moments = momentsOf(drawSample(distribution.sample, `truncated normal ${label}`));
    expectMeanInInterval(moments, distribution.mean, label);
    expectVarianceInInterval(moments, distribution.variance, label);
    expect(moments.minimum).toBeGreaterThanOrEqual(0);
  });

  it('never hangs and never goes below zero, even a million standard deviations below', () => {
    const distribution = truncatedNormal({ mean: -1e6, sd: 1 });
    const counter = countingStream('truncated normal far');
    let total = 0;
    for (let draw = 0; draw < 10_000; draw++) {
      const value = distribution.sample(counter.rng);
      expect(value).toBeGreaterThanOrEqual(0);
      total += value;
    }
    // Nearly every exponential proposal is accepted this far out: 2 uniforms per sample.
    expect(counter.read()).toBeLessThan(20_100);
    // The excess over zero is about exponential with rate α = 1e6.
    expect(total / 10_000).toBeCloseTo(1e-6, 7);
  });

  it('reads at most about 4 uniforms per sample on average at the worst case, mean 0', () => {
    for (const mean of [0, -1e-9]) {
      const counter = countingStream(`truncated normal count ${mean}`);
      const distribution = truncatedNormal({ mean, sd: 1 });
      for (let draw = 0; draw < 10_000; draw++) distribution.sample(counter.rng);
      // Normal rejection at mean 0 expects 2 attempts of 2 uniforms; the exponential proposal just
      // below 0 expects 1/0.76 attempts of 2 uniforms (2.63).
      expect(counter.read() / 10_000, `mean ${mean}`).toBeLessThan(mean === 0 ? 4.2 : 2.8);
    }
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => truncatedNormal(parameters as TruncatedNormalParameters);
    expectParameterError(build({ mean: 1, sd: -1 }), 'sd', '-1');
    expectParameterError(build({ mean: 1, sd: 0 }), 'sd', '0');
    expectParameterError(build({ mean: 1, sd: Number.POSITIVE_INFINITY }), 'sd', 'Infinity');
    expectParameterError(build({ mean: Number.NaN, sd: 1 }), 'mean', 'NaN');
    expectParameterError(build({ mean: Number.NEGATIVE_INFINITY, sd: 1 }), 'mean', '-Infinity');
    expectParameterError(build({ mean: '1', sd: 1 }), 'mean', '"1"');
    expect(build({ mean: 1, sd: -1 })).toThrow('truncated-normal: sd must be > 0, got -1');
  });
});
