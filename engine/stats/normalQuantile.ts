// The standard normal quantile (inverse cumulative distribution function), after Wichura's AS 241.
// simple-statistics' `probit` is off in the third digit (1.95716 for 0.975), so intervals must not use it.

// AS 241 (PPND16) coefficients from Wichura (1988), written as the shortest literals of the doubles
// nearest to the published 20-digit values, so the runtime numbers are the same.
// Central region, |p − 0.5| <= 0.425: a rational function in r = 0.180625 − q².
const CENTRAL_NUMERATOR = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
] as const;
const CENTRAL_DENOMINATOR = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
] as const;
// Intermediate tail, r = sqrt(−ln(min(p, 1 − p))) <= 5: a rational function in r − 1.6.
const INTERMEDIATE_NUMERATOR = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
] as const;
const INTERMEDIATE_DENOMINATOR = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
] as const;
// Far tail, r > 5 (p below about 1.4e-11): a rational function in r − 5.
const FAR_NUMERATOR = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
] as const;
const FAR_DENOMINATOR = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
] as const;

/** Evaluates a degree-7 polynomial by Horner's rule, highest coefficient last. */
function polynomial(coefficients: readonly number[], argument: number): number {
  let result = 0;
  for (let index = coefficients.length - 1; index >= 0; index--) {
    // Index stays within 0..length − 1, so the read is defined.
    result = result * argument + coefficients[index]!;
  }
  return result;
}

/**
 * The standard normal quantile: the z with Φ(z) = probability.
 *
 * Why: the normal limit of the t quantile and the starting point of its refinement need z to full
 * double precision; simple-statistics' `probit` is accurate to only about three digits.
 *
 * Source: M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
 * Applied Statistics 37(3), 477–484 (1988), https://doi.org/10.2307/2347330 (PPND16, relative error
 * about 1e-16). R's `qnorm` uses the same algorithm.
 *
 * Complexity: O(1).
 *
 * @param probability - lower-tail probability, strictly between 0 and 1
 * @returns the quantile z (negative below 0.5, 0 at 0.5, positive above)
 * @throws RangeError when probability is not in (0, 1), naming the value received
 * @example
 * normalQuantile(0.975); // => 1.9599639845400536
 */
export function normalQuantile(probability: number): number {
  if (!(probability > 0 && probability < 1)) {
    throw new RangeError(`normalQuantile: probability must be in (0, 1), got ${probability}`);
  }
  const offset = probability - 0.5;
  if (Math.abs(offset) <= 0.425) {
    const argument = 0.180625 - offset * offset;
    return (offset * polynomial(CENTRAL_NUMERATOR, argument)) / polynomial(CENTRAL_DENOMINATOR, argument);
  }
  // 1 − p is exact for p in [0.5, 1] (Sterbenz), so the smaller tail keeps full precision.
  const tailProbability = offset < 0 ? probability : 1 - probability;
  let radius = Math.sqrt(-Math.log(tailProbability));
  let quantile: number;
  if (radius <= 5) {
    radius -= 1.6;
    quantile = polynomial(INTERMEDIATE_NUMERATOR, radius) / polynomial(INTERMEDIATE_DENOMINATOR, radius);
  } else {
    radius -= 5;
    quantile = polynomial(FAR_NUMERATOR, radius) / polynomial(FAR_DENOMINATOR, radius);
  }
  return offset < 0 ? -quantile : quantile;
}
