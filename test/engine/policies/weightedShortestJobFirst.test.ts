// Tests of weightedShortestJobFirst(): highest cost of delay per hour of effort first, zero-effort items
// first of all, and Smith's rule: its order minimises the total cost of delay, checked by brute force.
import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../../engine/model/work/workItem.ts';
import { weightedShortestJobFirst } from '../../../engine/policies/weightedShortestJobFirst.ts';
import { stream } from '../../../engine/random/stream.ts';
import { makeContext, makeItems, serviceOrder } from './items.ts';

/** A job of a single-server sequencing instance: cost of delay per hour and processing time, hours. */
interface Job {
  readonly costPerHour: number;
  readonly processingTime: number;
}

/**
 * Total cost of delay sum c_i * C_i of serving `jobs` in `sequence` on one server from time 0, where C_i is
 * job i's completion time. Written here, independently of the code under test.
 */
function totalCostOfDelay(jobs: readonly Job[], sequence: readonly number[]): number {
  let clock = 0;
  let cost = 0;
  for (const index of sequence) {
    const job = jobs[index];
    if (job === undefined) throw new Error(`no job ${index}`);
    clock += job.processingTime;
    cost += job.costPerHour * clock;
  }
  return cost;
}

/** Every permutation of 0..n-1 (Heap's algorithm), passed to `visit` one at a time. */
function forEachPermutation(n: number, visit: (sequence: readonly number[]) => void): void {
  const sequence = Array.from({ length: n }, (_, index) => index);
  const counters = new Array<number>(n).fill(0);
  visit(sequence);
  let position = 1;
  while (position < n) {
    const counter = counters[position] ?? 0;
    if (counter < position) {
      const other = position % 2 === 0 ? 0 : counter;
      [sequence[other], sequence[position]] = [sequence[position] ?? 0, sequence[other] ?? 0];
      visit(sequence);
      counters[position] = counter + 1;
      position = 1;
    } else {
      counters[position] = 0;
      position++;
    }
  }
}

describe('weightedShortestJobFirst', () => {
  it('serves the highest cost of delay per hour of effort first (ratios [2, 3, 0.5, 3] → [1, 3, 0, 2])', () => {
    const items = makeItems([
      { costOfDelayPerHour: 8, remainingEffort: 4 }, // 2 per hour of effort
      { costOfDelayPerHour: 3, remainingEffort: 1 }, // 3
      { costOfDelayPerHour: 1, remainingEffort: 2 }, // 0.5
      { costOfDelayPerHour: 6, remainingEffort: 2 }, // 3, ties with item 1: FIFO by id
    ]);
    expect(serviceOrder(items, weightedShortestJobFirst())).toEqual([1, 3, 0, 2]);
  });

  it('gives zero-effort items infinite priority, even at zero cost of delay, FIFO among them', () => {
    const items = makeItems([
      { costOfDelayPerHour: 1000, remainingEffort: 0.01 },
      { costOfDelayPerHour: 0, remainingEffort: 0, enqueuedAt: 2 },
      { costOfDelayPerHour: 5, remainingEffort: 0, enqueuedAt: 1 },
    ]);
    const order = weightedShortestJobFirst();
    expect(order.rank(items[1] as WorkItem, makeContext())).toBe(Number.NEGATIVE_INFINITY);
    expect(serviceOrder(items, order)).toEqual([2, 1, 0]);
  });

  it("matches Smith's rule: its total cost of delay equals the brute-force minimum in 200 random instances", () => {
    const rng = stream(11, 0, 'smith');
    const order = weightedShortestJobFirst();
    for (let instance = 0; instance < 200; instance++) {
      const n = 2 + Math.floor(rng() * 6); // 2..7 jobs
      // Small integers make ties in ratio and zero costs or efforts common, and keep the sums exact.
      const jobs: Job[] = Array.from({ length: n }, () => ({
        costPerHour: Math.floor(rng() * 10), // 0..9 per hour
        processingTime: Math.floor(rng() * 6), // 0..5 hours
      }));
      const items = makeItems(
        jobs.map((job) => ({ costOfDelayPerHour: job.costPerHour, remainingEffort: job.processingTime })),
      );
      const wsjfCost = totalCostOfDelay(jobs, serviceOrder(items, order));
      let minimum = Number.POSITIVE_INFINITY;
      forEachPermutation(n, (sequence) => {
        minimum = Math.min(minimum, totalCostOfDelay(jobs, sequence));
      });
      expect(wsjfCost, `instance ${instance}: ${JSON.stringify(jobs)}`).toBe(minimum);
    }
  });

  it('enumerates all n! orders in the brute force (3 jobs → 6 distinct orders)', () => {
    const seen = new Set<string>();
    forEachPermutation(3, (sequence) => seen.add(sequence.join(',')));
    expect([...seen].sort()).toEqual(['0,1,2', '0,2,1', '1,0,2', '1,2,0', '2,0,1', '2,1,0']);
  });

  it('is a frozen, static order of kind weighted-shortest-job-first', () => {
    const order = weightedShortestJobFirst();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual([
      'weighted-shortest-job-first',
      false,
      true,
    ]);
  });
});
