// The regularized incomplete beta function I_x(a, b), the cumulative distribution function of Beta(a, b).
// The Student-t distribution function is built on it; simple-statistics has no equivalent.
import { logBeta } from './logBeta.ts';

// Lentz's method stops when a factor is within one unit of double precision of 1.
const RELATIVE_TOLERANCE = Number.EPSILON;
// Guards Lentz's method against division by an exact zero.
const TINY = 1e-300;
// The fraction needs O(sqrt(max(a, b))) terms near x ≈ a / (a + b): 10 000 covers shapes up to about 1e9.
const MAX_TERMS = 10_000;

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b).
 *
 * Why: it is the distribution function of Beta(a, b) and gives the Student-t, F and binomial
 * distribution functions; the t quantile of confidence intervals refines its guess with it.
 *
 * Method: the continued fraction of Numerical Recipes (Press et al., 3rd ed., 2007, §6.4, eq. 6.4.5)
 * evaluated by the modified Lentz method, applied directly when x < (a + 1) / (a + b + 2) and through
 * the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) otherwise, so the fraction always converges quickly.
 * The prefactor x^a (1 − x)^b / B(a, b) is formed in logarithms with {@link logBeta}. Accuracy is
 * about 1e-14 relative when one shape is small (the Student-t case, b = ½); when both shapes are
 * large, a ln x + b ln(1 − x) − ln B(a, b) cancels: about 1e-11 relative is left at a = b = 1e5,
 * 1e-8 at 1e8.
 *
 * Complexity: O(sqrt(max(a, b))) terms in the worst case (x near the mean), usually tens.
 *
 * @param x - the argument, in [0, 1]
 * @param a - first shape parameter, > 0
 * @param b - second shape parameter, > 0
 * @returns I_x(a, b), in [0, 1]
 * @throws RangeError when x is outside [0, 1] or a shape is not a finite number > 0, naming it
 * @throws Error when the continued fraction does not converge within 10 000 terms (shapes above ~1e9)
 * @example
 * regularizedIncompleteBeta(0.5, 2, 3); // => 0.6875000000000002 (exactly 11/16)
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(x >= 0 && x <= 1)) {
    throw new RangeError(`regularizedIncompleteBeta: x must be in [0, 1], got ${x}`);
  }
  if (!(a > 0 && Number.isFinite(a))) {
    throw new RangeError(`regularizedIncompleteBeta: a must be a finite number > 0, got ${a}`);
  }
  if (!(b > 0 && Number.isFinite(b))) {
    throw new RangeError(`regularizedIncompleteBeta: b must be a finite number > 0, got ${b}`);
  }
  if (x === 0) return 0;
  if (x === 1) return 1;
  return _regularizedIncompleteBetaFromParts(x, 1 - x, Math.log(x), Math.log1p(-x), a, b);
}

/**
 * I_x(a, b) from x, 1 − x and both logarithms, for a caller that knows them more accurately than
 * `1 - x` and `Math.log(x)` would give. Internal to engine/stats, for the Student-t tail: there
 * x = 1/(1 + t²/df) underflows to 0 in heavy tails while ln x = −ln(1 + t²/df) is still finite, and
 * ln x taken of a rounded x would cost df/2 · 1e-16 of relative accuracy.
 * Parameters are not validated: x and 1 − x in [0, 1] with finite logarithms (x may underflow to 0
 * when ln x is still finite), and a, b > 0. Same method, source and complexity as
 * {@link regularizedIncompleteBeta}.
 *
 * @param x - the argument
 * @param complement - 1 − x
 * @param logX - ln x
 * @param logComplement - ln(1 − x)
 * @param a - first shape
 * @param b - second shape
 * @returns I_x(a, b)
 * @example
 * _regularizedIncompleteBetaFromParts(0.5, 0.5, Math.log(0.5), Math.log(0.5), 2, 3); // => 0.6875000000000002
 */
export function _regularizedIncompleteBetaFromParts(
  x: number,
  complement: number,
  logX: number,
  logComplement: number,
  a: number,
  b: number,
): number {
  // x^a (1 − x)^b / B(a, b), in logarithms so that large shapes do not overflow.
  const prefactor = Math.exp(a * logX + b * logComplement - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (prefactor * continuedFraction(x, a, b)) / a;
  return 1 - (prefactor * continuedFraction(complement, b, a)) / b;
}

/** Evaluates the continued fraction of NR eq. 6.4.5 for I_x(a, b) by the modified Lentz method. */
function continuedFraction(x: number, a: number, b: number): number {
  const sum = a + b;
  let numeratorTerm = 1;
  let denominatorTerm = 1 - (sum * x) / (a + 1);
  if (Math.abs(denominatorTerm) < TINY) denominatorTerm = TINY;
  denominatorTerm = 1 / denominatorTerm;
  let fraction = denominatorTerm;
  for (let term = 1; term <= MAX_TERMS; term++) {
    const twiceTerm = 2 * term;
    // Even step of the fraction.
    let coefficient = (term * (b - term) * x) / ((a - 1 + twiceTerm) * (a + twiceTerm));
    denominatorTerm = 1 + coefficient * denominatorTerm;
    if (Math.abs(denominatorTerm) < TINY) denominatorTerm = TINY;
    numeratorTerm = 1 + coefficient / numeratorTerm;
    if (Math.abs(numeratorTerm) < TINY) numeratorTerm = TINY;
    denominatorTerm = 1 / denominatorTerm;
    fraction *= denominatorTerm * numeratorTerm;
    // Odd step of the fraction.
    coefficient = (-(a + term) * (sum + term) * x) / ((a + twiceTerm) * (a + 1 + twiceTerm));
    denominatorTerm = 1 + coefficient * denominatorTerm;
    if (Math.abs(denominatorTerm) < TINY) denominatorTerm = TINY;
    numeratorTerm = 1 + coefficient / numeratorTerm;
    if (Math.abs(numeratorTerm) < TINY) numeratorTerm = TINY;
    denominatorTerm = 1 / denominatorTerm;
    const factor = denominatorTerm * numeratorTerm;
    fraction *= factor;
    if (Math.abs(factor - 1) <= RELATIVE_TOLERANCE) return fraction;
  }
  throw new Error(
    `regularizedIncompleteBeta: continued fraction did not converge in ${MAX_TERMS} terms (x = ${x}, a = ${a}, b = ${b})`,
  );
}
