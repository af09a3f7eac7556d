// An exact oracle for T-shaped people: the continuous-time Markov chain of two skills, c people expert in
// each and slower in the other, under the runtime's dispatch rules, solved numerically for the mean wait.
//
// Why a chain and not a formula: with cross-skilled people slower than experts there is no closed form
// (Rothkopf & Rech 1987, "Perspectives on queues: combining queues is not always beneficial", Operations
// Research 35(6)), but with Poisson arrivals and exponential effort the state below is Markov, so its
// stationary distribution gives the mean wait exactly (up to the truncation, whose mass is reported).

/** The system the chain describes. */
export interface TShapedSystem {
  /** People per skill: c expert in A (and cross-skilled in B), c expert in B (and cross-skilled in A). */
  readonly peoplePerSkill: number;
  /** Poisson arrivals per hour of each skill's work. */
  readonly arrivalRatePerSkill: number;
  /** Speed in the second skill relative to an expert (0.5 for 'knowledgeable'); effort has mean 1 h. */
  readonly crossSpeed: number;
  /** Longest queue per skill kept in the chain; arrivals beyond it are dropped (see `boundaryMass`). */
  readonly queueLimit: number;
}

/** What the chain yields. */
export interface TShapedSolution {
  /** Mean wait in queue over all items, hours: (E[queue A] + E[queue B]) / (2 lambda) by Little's law. */
  readonly meanWait: number;
  /** Stationary probability that a queue is at `queueLimit` (the truncation's reach; should be tiny). */
  readonly boundaryMass: number;
  readonly states: number;
  readonly sweeps: number;
}

/**
 * Solves the chain. State: (a1, a2, b1, b2, qA, qB) with a1 A-experts working A, a2 A-experts working B,
 * b1 B-experts working B, b2 B-experts working A, and queue lengths; queues are non-empty only when all 2c
 * people are busy (everyone can do both skills, and nobody idles while work waits). Transitions follow
 * ServiceSystem's rules with best-skilled assignment: an arrival goes to a free expert of its skill, else
 * to a free cross-skilled person, else queues; a person who frees takes from the queue of their expert
 * skill first, then from the other (FIFO within a queue does not change the means). Exponential effort
 * of mean 1 h: rate 1 for an expert, `crossSpeed` for a cross-skilled person.
 *
 * Gauss-Seidel sweeps on the balance equations pi_j q_j = sum_i pi_i q_ij (Stewart, Introduction to the
 * Numerical Solution of Markov Chains, 1994, §3.2), normalised every 20 sweeps, until the mean queue
 * length changes by less than 1e-11 relative. O(states) per sweep.
 * @throws Error when the sweeps do not converge
 * @example
 * solveTShapedChain({ peoplePerSkill: 3, arrivalRatePerSkill: 2.4, crossSpeed: 1, queueLimit: 40 }).meanWait;
 * // => 0.43148 (equal speeds: the pooled M/M/6, Erlang C)
 */
export function solveTShapedChain(system: TShapedSystem): TShapedSolution {
  const { peoplePerSkill: c, arrivalRatePerSkill: lambda, crossSpeed, queueLimit: limit } = system;
  const side = c + 1;
  const queueSide = limit + 1;
  // Partly idle states (both queues empty) by code ((a1 side + a2) side + b1) side + b2; then all-busy ones.
  const partlyIdle = new Map<number, number>();
  const layout: number[][] = [];
  for (let a1 = 0; a1 <= c; a1++)
    for (let a2 = 0; a1 + a2 <= c; a2++)
      for (let b1 = 0; b1 <= c; b1++)
        for (let b2 = 0; b1 + b2 <= c; b2++) {
          if (a1 + a2 === c && b1 + b2 === c) continue;
          partlyIdle.set(((a1 * side + a2) * side + b1) * side + b2, layout.length);
          layout.push([a1, a2, b1, b2, 0, 0]);
        }
  const busyBase = layout.length;
  for (let a2 = 0; a2 <= c; a2++)
    for (let b2 = 0; b2 <= c; b2++)
      for (let qa = 0; qa <= limit; qa++)
        for (let qb = 0; qb <= limit; qb++) layout.push([c - a2, a2, c - b2, b2, qa, qb]);
  const indexOf = (a1: number, a2: number, b1: number, b2: number, qa: number, qb: number): number => {
    if (a1 + a2 === c && b1 + b2 === c) {
      if (qa > limit || qb > limit) return -1;
      return busyBase + ((a2 * side + b2) * queueSide + qa) * queueSide + qb;
    }
    return partlyIdle.get(((a1 * side + a2) * side + b1) * side + b2)!;
  };

  const count = layout.length;
  const outRate = new Float64Array(count);
  const incoming: { to: number; from: number; rate: number }[] = [];
  layout.forEach(([a1 = 0, a2 = 0, b1 = 0, b2 = 0, qa = 0, qb = 0], from) => {
    const link = (to: number, rate: number): void => {
      if (rate === 0 || to < 0 || to === from) return;
      outRate[from]! += rate;
      incoming.push({ to, from, rate });
    };
    // Arrivals of A, then of B.
    if (a1 + a2 < c) link(indexOf(a1 + 1, a2, b1, b2, qa, qb), lambda);
    else if (b1 + b2 < c) link(indexOf(a1, a2, b1, b2 + 1, qa, qb), lambda);
    else link(indexOf(a1, a2, b1, b2, qa + 1, qb), lambda);
    if (b1 + b2 < c) link(indexOf(a1, a2, b1 + 1, b2, qa, qb), lambda);
    else if (a1 + a2 < c) link(indexOf(a1, a2 + 1, b1, b2, qa, qb), lambda);
    else link(indexOf(a1, a2, b1, b2, qa, qb + 1), lambda);
    // An A-expert frees (from A at rate a1, from B at rate a2 crossSpeed): queue A first, then B.
    const aFrees = (freedA1: number, freedA2: number, rate: number): void => {
      if (qa > 0) link(indexOf(freedA1 + 1, freedA2, b1, b2, qa - 1, qb), rate);
      else if (qb > 0) link(indexOf(freedA1, freedA2 + 1, b1, b2, qa, qb - 1), rate);
      else link(indexOf(freedA1, freedA2, b1, b2, qa, qb), rate);
    };
    aFrees(a1 - 1, a2, a1);
    aFrees(a1, a2 - 1, a2 * crossSpeed);
    const bFrees = (freedB1: number, freedB2: number, rate: number): void => {
      if (qb > 0) link(indexOf(a1, a2, freedB1 + 1, freedB2, qa, qb - 1), rate);
      else if (qa > 0) link(indexOf(a1, a2, freedB1, freedB2 + 1, qa - 1, qb), rate);
      else link(indexOf(a1, a2, freedB1, freedB2, qa, qb), rate);
    };
    bFrees(b1 - 1, b2, b1);
    bFrees(b1, b2 - 1, b2 * crossSpeed);
  });

  // Incoming transitions in compressed rows, for the Gauss-Seidel sweep.
  const rowStart = new Int32Array(count + 1);
  for (const { to } of incoming) rowStart[to + 1]!++;
  for (let state = 0; state < count; state++) rowStart[state + 1]! += rowStart[state]!;
  const fill = rowStart.slice(0, count);
  const source = new Int32Array(incoming.length);
  const rate = new Float64Array(incoming.length);
  for (const { to, from, rate: value } of incoming) {
    const at = fill[to]!++;
    source[at] = from;
    rate[at] = value;
  }

  const probability = new Float64Array(count).fill(1 / count);
  let meanQueue = Number.NaN;
  for (let sweep = 1; sweep <= 50_000; sweep++) {
    for (let state = 0; state < count; state++) {
      let inflow = 0;
      for (let at = rowStart[state]!; at < rowStart[state + 1]!; at++)
        inflow += probability[source[at]!]! * rate[at]!;
      probability[state] = inflow / outRate[state]!;
    }
    if (sweep % 20 !== 0) continue;
    let total = 0;
    for (let state = 0; state < count; state++) total += probability[state]!;
    let queue = 0;
    let boundaryMass = 0;
    for (let state = 0; state < count; state++) {
      probability[state]! /= total;
      const [, , , , qa = 0, qb = 0] = layout[state]!;
      queue += probability[state]! * (qa + qb);
      if (qa === limit || qb === limit) boundaryMass += probability[state]!;
    }
    if (Math.abs(queue - meanQueue) < 1e-11 * queue) {
      return { meanWait: queue / (2 * lambda), boundaryMass, states: count, sweeps: sweep };
    }
    meanQueue = queue;
  }
  throw new Error(`the T-shaped chain did not converge in 50000 sweeps (${count} states)`);
}
