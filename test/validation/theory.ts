// Closed-form queueing results the validation suite checks the kernel against, each with its source.
// Rates are per hour, times in hours; rho is utilisation (lambda / (c mu)).

/**
 * M/M/1 mean wait in queue Wq = rho / (mu - lambda) and mean sojourn W = 1 / (mu - lambda).
 * Source: Gross, Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed., §2.2.
 */
export function mm1(arrivalRate: number, serviceRate: number): { waitInQueue: number; sojourn: number } {
  const rho = arrivalRate / serviceRate;
  return { waitInQueue: rho / (serviceRate - arrivalRate), sojourn: 1 / (serviceRate - arrivalRate) };
}

/** M/M/1 probability of n in system, (1 - rho) rho^n. Source: Gross et al. (2.9). */
export function mm1StateProbability(rho: number, n: number): number {
  return (1 - rho) * rho ** n;
}

/**
 * Second moment of the wait in queue in M/G/1 under FIFO:
 * E[Wq^2] = 2 E[Wq]^2 + lambda E[S^3] / (3 (1 - rho)), with E[Wq] = lambda E[S^2] / (2 (1 - rho)) (Takacs).
 * Under non-preemptive LIFO the mean is the same and E[Wq^2] is the FIFO value divided by (1 - rho).
 * Source: Kleinrock, Queueing Systems vol. 1, (5.114); vol. 2 §3.3 for LCFS; Conway, Maxwell & Miller §8.
 */
export function mg1WaitSecondMoment(
  arrivalRate: number,
  serviceMoment2: number,
  serviceMoment3: number,
  rho: number,
  order: 'fifo' | 'lifo',
): number {
  const meanWait = (arrivalRate * serviceMoment2) / (2 * (1 - rho));
  const fifo = 2 * meanWait ** 2 + (arrivalRate * serviceMoment3) / (3 * (1 - rho));
  return order === 'fifo' ? fifo : fifo / (1 - rho);
}

/**
 * Erlang C: probability that an arrival waits in M/M/c, with offered load a = lambda / mu < c, by the
 * direct sum C = (a^c / c!) (c / (c - a)) / (sum_{k<c} a^k / k! + (a^c / c!) (c / (c - a))).
 * Source: Gross et al. (2.31); Cooper, Introduction to Queueing Theory, 2nd ed., (3.4.7).
 */
export function erlangC(servers: number, offeredLoad: number): number {
  let term = 1;
  let sumBelow = 0;
  for (let k = 0; k < servers; k++) {
    sumBelow += term;
    term *= offeredLoad / (k + 1);
  }
  const waitingTerm = (term * servers) / (servers - offeredLoad);
  return waitingTerm / (sumBelow + waitingTerm);
}

/** Erlang B: blocking probability of M/M/c/c, (a^c / c!) / sum_{k<=c} a^k / k!. Source: Cooper (3.3.3). */
export function erlangB(servers: number, offeredLoad: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= servers; k++) {
    term *= offeredLoad / k;
    sum += term;
  }
  return term / sum;
}

/** M/M/c mean wait in queue Wq = C(c, a) / (c mu - lambda) and sojourn Wq + 1/mu. Source: Gross et al. (2.34). */
export function mmc(
  servers: number,
  arrivalRate: number,
  serviceRate: number,
): { waitInQueue: number; sojourn: number } {
  const waitInQueue = erlangC(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);
  return { waitInQueue, sojourn: waitInQueue + 1 / serviceRate };
}

/**
 * M/M/c/K blocking probability P(K) from the birth-death stationary distribution:
 * p_n proportional to a^n / n! for n <= c and a^n / (c! c^(n-c)) for c < n <= K. Source: Gross et al. §2.5.
 */
export function mmckBlocking(
  servers: number,
  systemLimit: number,
  arrivalRate: number,
  serviceRate: number,
): number {
  const offeredLoad = arrivalRate / serviceRate;
  let term = 1;
  let total = 1;
  for (let n = 1; n <= systemLimit; n++) {
    term *= offeredLoad / Math.min(n, servers);
    total += term;
  }
  return term / total;
}

/**
 * Pollaczek-Khinchine mean wait in M/G/1: Wq = lambda E[S^2] / (2 (1 - rho)) = rho (1 + cv^2) E[S] / (2 (1 - rho)).
 * cv = 0 gives M/D/1. Source: Gross et al. (5.14); Kleinrock vol. 1 (5.72).
 */
export function pollaczekKhinchine(
  arrivalRate: number,
  meanService: number,
  serviceCv: number,
): { waitInQueue: number; sojourn: number } {
  const rho = arrivalRate * meanService;
  const waitInQueue = (rho * (1 + serviceCv ** 2) * meanService) / (2 * (1 - rho));
  return { waitInQueue, sojourn: waitInQueue + meanService };
}

/**
 * Jackson network of single-server exponential stations: with visit rates Lambda_i from the traffic
 * equations, each station behaves as M/M/1, L = sum rho_i / (1 - rho_i), and the mean sojourn in the
 * network is L / lambda (Little). Source: Jackson (1957); Gross et al. §4.2.
 */
export function jacksonSojourn(
  externalArrivalRate: number,
  visitRates: readonly number[],
  serviceRates: readonly number[],
): number {
  let numberInNetwork = 0;
  visitRates.forEach((visitRate, station) => {
    const rho = visitRate / serviceRates[station]!;
    numberInNetwork += rho / (1 - rho);
  });
  return numberInNetwork / externalArrivalRate;
}

/**
 * Non-preemptive priority M/G/1 (Cobham 1954): class k waits W0 / ((1 - sigma_{k-1})(1 - sigma_k)),
 * W0 = sum_i lambda_i E[S_i^2] / 2, sigma_k = sum_{i<=k} rho_i. Exponential service of rate mu for all
 * classes. Source: Gross et al. (3.55); Kleinrock vol. 2 (3.31).
 * @returns the mean sojourn of each class, most urgent first
 */
export function cobhamSojourns(arrivalRates: readonly number[], serviceRate: number): number[] {
  const residual = arrivalRates.reduce((sum, rate) => sum + rate * (2 / serviceRate ** 2), 0) / 2;
  let sigmaBefore = 0;
  return arrivalRates.map((rate) => {
    const sigma = sigmaBefore + rate / serviceRate;
    const sojourn = residual / ((1 - sigmaBefore) * (1 - sigma)) + 1 / serviceRate;
    sigmaBefore = sigma;
    return sojourn;
  });
}

/**
 * Preemptive-resume priority M/G/1: class k sojourns
 * T_k = [E[S](1 - sigma_k) + R_k] / ((1 - sigma_{k-1})(1 - sigma_k)), R_k = sum_{i<=k} lambda_i E[S^2] / 2.
 * Exponential service of rate mu for all classes. Source: Kleinrock vol. 2 (3.45); Gross et al. §3.4.2.
 */
export function preemptiveResumeSojourns(arrivalRates: readonly number[], serviceRate: number): number[] {
  let sigmaBefore = 0;
  let residual = 0;
  return arrivalRates.map((rate) => {
    const sigma = sigmaBefore + rate / serviceRate;
    residual += (rate * (2 / serviceRate ** 2)) / 2;
    const sojourn = ((1 / serviceRate) * (1 - sigma) + residual) / ((1 - sigmaBefore) * (1 - sigma));
    sigmaBefore = sigma;
    return sojourn;
  });
}

/** M/G/1 processor sharing: a job of size x stays x / (1 - rho) on average. Source: Kleinrock vol. 2 (4.17). */
export function processorSharingSojourn(size: number, rho: number): number {
  return size / (1 - rho);
}

/**
 * Non-preemptive priority M/M/c with one service rate mu for all classes (Cobham 1954): class k waits
 * Wq_k = [C(c, a) / (c mu)] / ((1 - sigma_{k-1})(1 - sigma_k)), with a = lambda / mu over all classes and
 * sigma_k = sum_{i<=k} lambda_i / (c mu). Source: A. Cobham, "Priority assignment in waiting line
 * problems", Operations Research 2(1), 70-76 (1954); Gross et al., Fundamentals of Queueing Theory, §3.4.1.
 * With c = 1 it is cobhamSojourns minus 1 / mu.
 * @returns the mean wait in queue of each class, most urgent first
 */
export function cobhamMmcWaits(
  arrivalRates: readonly number[],
  servers: number,
  serviceRate: number,
): number[] {
  const total = arrivalRates.reduce((sum, rate) => sum + rate, 0);
  const base = erlangC(servers, total / serviceRate) / (servers * serviceRate);
  let sigmaBefore = 0;
  return arrivalRates.map((rate) => {
    const sigma = sigmaBefore + rate / (servers * serviceRate);
    const wait = base / ((1 - sigmaBefore) * (1 - sigma));
    sigmaBefore = sigma;
    return wait;
  });
}

/**
 * Erlang A (M/M/c+M): Poisson arrivals lambda, c servers of rate mu, and exponential patience of rate theta
 * while waiting. The number in system is a birth-death chain with birth rate lambda and death rate
 * min(n, c) mu + max(n - c, 0) theta, solved here by its product form, truncated where the terms vanish.
 * By PASTA the share of arrivals who wait is P(N >= c); by Little's law over every arrival (abandoners
 * included) the mean wait is E[Lq] / lambda, and the share abandoning theta E[Lq] / lambda.
 * Source: C. Palm (1943); O. Garnett, A. Mandelbaum and M. Reiman, "Designing a call center with impatient
 * customers", Manufacturing & Service Operations Management 4(3), 208-227 (2002), §2.
 */
export function erlangA(
  servers: number,
  arrivalRate: number,
  serviceRate: number,
  abandonRate: number,
): { probabilityOfWaiting: number; meanWait: number; abandonedShare: number; truncatedMass: number } {
  const terms = [1];
  for (let n = 1; n < 100_000; n++) {
    const deathRate = Math.min(n, servers) * serviceRate + Math.max(n - servers, 0) * abandonRate;
    const term = (terms[n - 1] ?? 0) * (arrivalRate / deathRate);
    terms.push(term);
    if (n > servers && term < 1e-300) break;
  }
  const total = terms.reduce((sum, term) => sum + term, 0);
  let waiting = 0;
  let queueLength = 0;
  terms.forEach((term, n) => {
    if (n >= servers) waiting += term / total;
    queueLength += (Math.max(n - servers, 0) * term) / total;
  });
  return {
    probabilityOfWaiting: waiting,
    meanWait: queueLength / arrivalRate,
    abandonedShare: (abandonRate * queueLength) / arrivalRate,
    truncatedMass: (terms.at(-1) ?? 0) / total,
  };
}
