// Tests of lognormal(): closed-form moments, sample moments against theory (log-moments for the
// heavy-tailed CV 2), uniforms per sample, and every parameter rule.
import { describe, expect, it } from 'vitest';
import { type LognormalParameters, lognormal } from '../../../engine/random/lognormal.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  INTERVAL_Z,
  momentsOf,
} from './sampleMoments.ts';

describe('lognormal', () => {
  it('turns mean 2 and cv 2 into sigma² = ln 5 and mu = ln 2 − ln 5 / 2, with variance (2·2)² = 16', () => {
    const distribution = lognormal({ mean: 2, cv: 2 });
    expect(distribution.kind).toBe('lognormal');
    expect(distribution.sigma ** 2).toBeCloseTo(Math.log(5), 14);
    expect(distribution.mu).toBeCloseTo(Math.log(2) - Math.log(5) / 2, 14);
    expect(distribution.mean).toBe(2);
    expect(distribution.variance).toBe(16);
  });

  it('gives mean exp(mu + sigma²/2) and variance (exp(sigma²) − 1)·exp(2mu + sigma²) from mu and sigma', () => {
    const distribution = lognormal({ mu: 0, sigma: 1 });
    // e^0.5 = 1.6487212707001282, (e − 1)·e = 4.670774270471604.
    expect(distribution.mean).toBeCloseTo(1.6487212707001282, 14);
    expect(distribution.variance).toBeCloseTo(4.670774270471604, 13);
    // The two parameterisations describe the same distribution.
    const same = lognormal({ mean: 2, cv: 2 });
    const again = lognormal({ mu: same.mu, sigma: same.sigma });
    expect(again.mean).toBeCloseTo(2, 14);
    expect(again.variance).toBeCloseTo(16, 12);
  });

  it.each<[string, LognormalParameters]>([
    ['mean 2 cv 0.5', { mean: 2, cv: 0.5 }],
    ['mu 1 sigma 0.25', { mu: 1, sigma: 0.25 }],
  ])('matches its theoretical mean and variance in 200 000 draws (%s)', (label, parameters) => {
    const distribution = lognormal(parameters);
    const moments = momentsOf(drawSample(distribution.sample, `lognormal ${label}`));
    expectMeanInInterval(moments, distribution.mean, label);
    expectVarianceInInterval(moments, distribution.variance, label);
  });

  it('matches its mean and its log-moments in 200 000 draws for the heavy-tailed cv 2', () => {
    // With cv 2 the kurtosis is e^(4σ²) + 2e^(3σ²) + 3e^(2σ²) − 3 = 947 (σ² = ln 5): the sample variance
    // converges slowly and its own standard error cannot be estimated from the sample, so the variance
    // is checked through ln X ~ N(mu, sigma²), where Var(s²) = 2σ⁴/(n − 1) exactly.
    const distribution = lognormal({ mean: 2, cv: 2 });
    const draws = drawSample(distribution.sample, 'lognormal mean 2 cv 2');
    expectMeanInInterval(momentsOf(draws), distribution.mean, 'cv 2');
    const logMoments = momentsOf(draws.map(Math.log));
    expectMeanInInterval(logMoments, distribution.mu, 'cv 2, mean of ln X');
    const logVariance = distribution.sigma ** 2;
    const standardError = logVariance * Math.sqrt(2 / (draws.length - 1));
    expect(Math.abs(logMoments.variance - logVariance)).toBeLessThanOrEqual(INTERVAL_Z * standardError);
  });

  it('reads exactly two uniforms per sample', () => {
    const counter = countingStream('lognormal count');
    const distribution = lognormal({ mean: 1, cv: 1 });
    for (let draw = 0; draw < 100; draw++) distribution.sample(counter.rng);
    expect(counter.read()).toBe(200);
  });

  it('gives an infinite variance rather than NaN for a huge sigma, and keeps a tiny cv accurate', () => {
    expect(lognormal({ mu: -1000, sigma: 40 }).variance).toBe(Number.POSITIVE_INFINITY);
    // cv 1e-9: sigma² = ln(1 + 1e-18) ≈ 1e-18, which 1 + cv² would have rounded to 0.
    expect(lognormal({ mean: 1, cv: 1e-9 }).sigma).toBeCloseTo(1e-9, 20);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => lognormal(parameters as LognormalParameters);
    expectParameterError(build({ mean: 2, cv: -1 }), 'cv', '-1');
    expectParameterError(build({ mean: 2, cv: 0 }), 'cv', '0');
    expectParameterError(build({ mean: 2, cv: Number.NaN }), 'cv', 'NaN');
    expectParameterError(build({ mean: 0, cv: 1 }), 'mean', '0');
    expectParameterError(build({ mean: Number.POSITIVE_INFINITY, cv: 1 }), 'mean', 'Infinity');
    expectParameterError(build({ mu: Number.NaN, sigma: 1 }), 'mu', 'NaN');
    expectParameterError(build({ mu: 0, sigma: -0.5 }), 'sigma', '-0.5');
    expectParameterError(build({ mu: 0, sigma: '1' }), 'sigma', '"1"');
    expectParameterError(build({ mean: 2, sigma: 1 }), 'parameters', '{ mean: 2, sigma: 1 }');
    expect(build({ mean: 2, cv: -1 })).toThrow('lognormal: cv must be > 0, got -1');
  });
});
