// Erlang's formulas for staffing a pool of c servers: blocking (Erlang B), probability of waiting
// (Erlang C), mean wait and service level of M/M/c. The analytic yardstick beside the simulation.

/**
 * Erlang B: the share of arrivals blocked in M/M/c/c (no queue) with offered load a = lambda / mu.
 * Stable recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)): O(c), no factorials.
 * Source: Cooper, Introduction to Queueing Theory, 2nd ed., §3.3.
 * @param servers - an integer >= 0
 * @param offeredLoad - lambda / mu, in erlangs, >= 0
 * @throws RangeError on invalid arguments
 * @example
 * erlangB(2, 1); // => 0.2
 */
export function erlangB(servers: number, offeredLoad: number): number {
  checkArguments(servers, offeredLoad);
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  return blocking;
}

/**
 * Erlang C: the probability that an arrival has to wait in M/M/c, from Erlang B as
 * C = c B / (c - a (1 - B)); 1 when a >= c (the queue grows without bound). O(c).
 * Source: Cooper §3.4; Gross et al., Fundamentals of Queueing Theory, 4th ed., (2.31).
 * @example
 * erlangC(2, 1); // => 0.33333333333333337
 */
export function erlangC(servers: number, offeredLoad: number): number {
  checkArguments(servers, offeredLoad);
  if (offeredLoad >= servers) return 1;
  const blocking = erlangB(servers, offeredLoad);
  return (servers * blocking) / (servers - offeredLoad * (1 - blocking));
}

/**
 * Mean wait in queue of M/M/c in hours, Wq = C(c, a) / (c mu - lambda); Infinity when lambda >= c mu.
 * @param arrivalRate - lambda, per hour
 * @param serviceRate - mu, per hour per server
 * @example
 * erlangWaitInQueue(2, 1, 1); // => 0.33333333333333337 hours
 */
export function erlangWaitInQueue(servers: number, arrivalRate: number, serviceRate: number): number {
  if (!(serviceRate > 0)) throw new RangeError(`serviceRate must be > 0, got ${serviceRate}`);
  const offeredLoad = arrivalRate / serviceRate;
  if (offeredLoad >= servers) return Number.POSITIVE_INFINITY;
  return erlangC(servers, offeredLoad) / (servers * serviceRate - arrivalRate);
}

/**
 * Service level of M/M/c: the share of arrivals answered within `target` hours,
 * 1 - C(c, a) e^{-(c mu - lambda) target}. The call-centre planner's formula.
 * @example
 * erlangServiceLevel(28, 250, 3600 / 330, 30 / 3600); // => 0.8568... (28 agents: the 80% in 30 s target is met)
 */
export function erlangServiceLevel(
  servers: number,
  arrivalRate: number,
  serviceRate: number,
  target: number,
): number {
  if (!(serviceRate > 0)) throw new RangeError(`serviceRate must be > 0, got ${serviceRate}`);
  if (!(target >= 0)) throw new RangeError(`target must be a number of hours >= 0, got ${target}`);
  const offeredLoad = arrivalRate / serviceRate;
  if (offeredLoad >= servers) return 0;
  return 1 - erlangC(servers, offeredLoad) * Math.exp(-(servers * serviceRate - arrivalRate) * target);
}

function checkArguments(servers: number, offeredLoad: number): void {
  if (!Number.isInteger(servers) || servers < 0)
    throw new RangeError(`servers must be an integer >= 0, got ${servers}`);
  if (!(offeredLoad >= 0) || !Number.isFinite(offeredLoad)) {
    throw new RangeError(`offeredLoad must be a finite number of erlangs >= 0, got ${offeredLoad}`);
  }
}
