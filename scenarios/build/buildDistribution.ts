// A parsed distribution turned into the engine's distribution object, family by family: the parameters are
// already in engine units (hours, per hour), so each maps straight onto its factory.
import {
  constant,
  type Distribution,
  empirical,
  erlang,
  exponential,
  gamma,
  lognormal,
  pert,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
} from '../../engine/index.ts';
import type { DistributionSpec } from '../schema/index.ts';

/** The parameters of one family, as parsed. */
type Parameters<Family extends keyof DistributionSpec> = NonNullable<DistributionSpec[Family]>;

/** A parameter validation guarantees; reading it is a bug only if validation was skipped. */
function given(value: number | undefined, name: string): number {
  if (value === undefined) throw new RangeError(`a validated distribution lacks its ${name}`);
  return value;
}

function meanOrRate(
  family: 'exponential' | 'erlang',
  parameters: { mean?: number | undefined; rate?: number | undefined },
) {
  return parameters.mean !== undefined
    ? { mean: parameters.mean }
    : { rate: given(parameters.rate, `${family} rate`) };
}

/**
 * Builds the engine distribution a parsed one describes; a plain number is a constant.
 *
 * @param spec - a validated distribution, or a number (a constant value)
 * @returns the engine's distribution, with its `kind`, `mean` and `variance`
 * @throws DistributionParameterError (a RangeError) when the engine refuses a parameter validation let
 *   through, such as a mean so small that its rate overflows
 * @example
 * buildDistribution({ exponential: { mean: 0.5 } }).mean; // => 0.5
 * buildDistribution({ exponential: { rate: 2 } }).mean; // => 0.5
 * buildDistribution(3).kind; // => 'constant'
 */
export function buildDistribution(spec: DistributionSpec | number): Distribution {
  if (typeof spec === 'number') return constant({ value: spec });
  if (spec.constant !== undefined) return constant({ value: spec.constant });
  if (spec.exponential !== undefined) return exponential(meanOrRate('exponential', spec.exponential));
  if (spec.erlang !== undefined)
    return erlang({ shape: spec.erlang.shape, ...meanOrRate('erlang', spec.erlang) });
  if (spec.gamma !== undefined) return gamma(gammaParameters(spec.gamma));
  if (spec.lognormal !== undefined) return lognormal(lognormalParameters(spec.lognormal));
  if (spec.pert !== undefined) return pert(spec.pert);
  if (spec.triangular !== undefined) return triangular(spec.triangular);
  if (spec.truncatedNormal !== undefined) return truncatedNormal(spec.truncatedNormal);
  if (spec.uniform !== undefined) return uniform(spec.uniform);
  if (spec.weibull !== undefined) return weibull(spec.weibull);
  if (spec.empirical !== undefined) return empirical({ values: spec.empirical });
  throw new RangeError('a validated distribution names no family');
}

function gammaParameters(parameters: Parameters<'gamma'>) {
  return parameters.mean !== undefined
    ? { mean: parameters.mean, cv: given(parameters.cv, 'gamma cv') }
    : { shape: given(parameters.shape, 'gamma shape'), scale: given(parameters.scale, 'gamma scale') };
}

function lognormalParameters(parameters: Parameters<'lognormal'>) {
  return parameters.mean !== undefined
    ? { mean: parameters.mean, cv: given(parameters.cv, 'lognormal cv') }
    : { mu: given(parameters.mu, 'lognormal mu'), sigma: given(parameters.sigma, 'lognormal sigma') };
}
