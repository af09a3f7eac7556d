// The standard normal distribution N(0, 1): its density, its distribution function and upper tail
// (accurate far into the tails, through Cody's erfc), and a stateless Box–Muller sampler.
import { complementaryErrorFunction } from './complementaryErrorFunction.ts';
import type { Rng } from './stream.ts';

const ONE_OVER_SQRT_TWO_PI = 0.3989422804014327;
const SQRT_HALF = Math.SQRT1_2;
const TWO_PI = 2 * Math.PI;

/**
 * The standard normal density φ(z) = exp(−z²/2) / √(2π).
 *
 * Dimensionless. Formula source: Wikipedia, "Normal distribution".
 *
 * @param z - a standard score, any real number
 * @returns φ(z) > 0 (0 once it underflows, beyond |z| ≈ 38.6)
 * @throws never
 * @example
 * standardNormalDensity(0); // => 0.3989422804014327
 */
export function standardNormalDensity(z: number): number {
  return ONE_OVER_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
}

/**
 * The standard normal distribution function Φ(z) = P(Z <= z) = erfc(−z/√2) / 2, with relative error
 * around 1e-15 also in the lower tail (unlike a table rounded to 0.01 in z, such as simple-statistics'
 * `cumulativeStdNormalProbability`).
 *
 * Dimensionless. Formula source: Wikipedia, "Normal distribution", section "Cumulative distribution
 * function"; erfc by W. J. Cody (1969), see {@link complementaryErrorFunction}.
 *
 * @param z - a standard score, any real number
 * @returns Φ(z), a probability in [0, 1]
 * @throws never
 * @example
 * standardNormalCdf(1.96); // => 0.9750021048517795 (mpmath 1.3.0: 0.97500210485177956...)
 */
export function standardNormalCdf(z: number): number {
  return 0.5 * complementaryErrorFunction(-z * SQRT_HALF);
}

/**
 * The standard normal upper tail Q(z) = P(Z > z) = 1 − Φ(z), computed directly so that it keeps its
 * relative accuracy where Φ(z) rounds to 1 (Q(10) ≈ 7.6e-24).
 *
 * Dimensionless. Formula source: Wikipedia, "Q-function".
 *
 * @param z - a standard score, any real number
 * @returns Q(z), a probability in [0, 1]
 * @throws never
 * @example
 * standardNormalUpperTail(5); // => 2.866515718791937e-7 (mpmath 1.3.0: 2.86651571879193912e-7)
 */
export function standardNormalUpperTail(z: number): number {
  return 0.5 * complementaryErrorFunction(z * SQRT_HALF);
}

/**
 * Draws one standard normal variate by the Box–Muller transform, from exactly two uniforms and
 * without caching the second variate the transform could give: sampling stays stateless, so a
 * distribution object can be shared between streams and every draw costs a known number of uniforms.
 *
 * Dimensionless. Method source: G. E. P. Box and M. E. Muller, "A note on the generation of random
 * normal deviates", Annals of Mathematical Statistics 29 (1958); Wikipedia, "Box–Muller transform".
 *
 * @param rng - the stream; exactly 2 uniforms are read (the radius first, then the angle)
 * @returns a draw from N(0, 1); finite, since 1 − u never reaches 0 for u in [0, 1)
 * @throws never
 * @example
 * const noise = stream(7, 0, 'demo');
 * sampleStandardNormal(noise); // => 0.4500743257147703 (then a fresh draw on every call)
 */
export function sampleStandardNormal(rng: Rng): number {
  const radius = Math.sqrt(-2 * Math.log1p(-rng()));
  return radius * Math.cos(TWO_PI * rng());
}
