// The public API of engine/random: named random streams, the distributions of durations and efforts,
// the weighted choice of a category, and the special functions they rest on. Listed one by one.

export { complementaryErrorFunction } from './complementaryErrorFunction.ts';
export type { ConstantDistribution, ConstantParameters } from './constant.ts';
export { constant } from './constant.ts';
export type { Distribution } from './distribution.ts';
export { DistributionParameterError } from './distribution.ts';
export type { EmpiricalDistribution, EmpiricalParameters } from './empirical.ts';
export { empirical } from './empirical.ts';
export type { ErlangByMean, ErlangByRate, ErlangDistribution, ErlangParameters } from './erlang.ts';
export { erlang } from './erlang.ts';
export type {
  ExponentialByMean,
  ExponentialByRate,
  ExponentialDistribution,
  ExponentialParameters,
} from './exponential.ts';
export { exponential } from './exponential.ts';
export type { GammaByMeanAndCv, GammaByShapeAndScale, GammaDistribution, GammaParameters } from './gamma.ts';
export { gamma } from './gamma.ts';
export { logGamma } from './logGamma.ts';
export type {
  LognormalByMeanAndCv,
  LognormalByMuAndSigma,
  LognormalDistribution,
  LognormalParameters,
} from './lognormal.ts';
export { lognormal } from './lognormal.ts';
export type { PertDistribution, PertParameters } from './pert.ts';
export { pert } from './pert.ts';
export {
  sampleStandardNormal,
  standardNormalCdf,
  standardNormalDensity,
  standardNormalUpperTail,
} from './standardNormal.ts';
export type { Rng } from './stream.ts';
export { stream } from './stream.ts';
export type { SubStreamSeed } from './subStream.ts';
export { subStream, subStreamFromSeed, subStreamSeedWord } from './subStream.ts';
export type { TriangularDistribution, TriangularParameters } from './triangular.ts';
export { triangular } from './triangular.ts';
export type { TruncatedNormalDistribution, TruncatedNormalParameters } from './truncatedNormal.ts';
export { truncatedNormal } from './truncatedNormal.ts';
export type { UniformDistribution, UniformParameters } from './uniform.ts';
export { uniform } from './uniform.ts';
export type { WeibullDistribution, WeibullParameters } from './weibull.ts';
export { weibull } from './weibull.ts';
export type { WeightedChoice, WeightedChoiceParameters } from './weightedChoice.ts';
export { weightedChoice } from './weightedChoice.ts';
