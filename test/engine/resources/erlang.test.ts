// Erlang's staffing formulas against published table values and hand calculations.
import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, erlangServiceLevel, erlangWaitInQueue } from '../../../engine/resources/index.ts';

describe('erlangB', () => {
  it('matches hand calculations and the published table', () => {
    // B(1, a) = a / (1 + a); B(2, 1) = (1/2) / (1 + 1 + 1/2) = 0.2.
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 15);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
    // Erlang B table (e.g. Cooper, Introduction to Queueing Theory, table): B(5, 4) = 0.1991, B(10, 5) = 0.0184.
    expect(erlangB(5, 4)).toBeCloseTo(0.19907, 5);
    expect(erlangB(10, 5)).toBeCloseTo(0.01838, 5);
    expect(erlangB(0, 2)).toBe(1);
  });

  it('refuses bad arguments', () => {
    expect(() => erlangB(1.5, 1)).toThrow('servers must be an integer >= 0, got 1.5');
    expect(() => erlangB(2, -1)).toThrow('offeredLoad must be a finite number of erlangs >= 0, got -1');
  });
});

describe('erlangC', () => {
  it('matches hand calculations and the published value C(5, 4.5) = 0.7625', () => {
    // C(1, a) = a (M/M/1 waits with probability rho); C(2, 1) = 1/3 by hand.
    expect(erlangC(1, 0.6)).toBeCloseTo(0.6, 15);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 15);
    expect(erlangC(5, 4.5)).toBeCloseTo(0.7625, 4);
    expect(erlangC(3, 3)).toBe(1);
  });
});

describe('erlangWaitInQueue', () => {
  it('gives M/M/1 Wq = rho / (mu - lambda) and Infinity when unstable', () => {
    expect(erlangWaitInQueue(1, 0.8, 1)).toBeCloseTo(4, 12);
    expect(erlangWaitInQueue(2, 1.5, 1)).toBeCloseTo(1.2857142857, 9);
    expect(erlangWaitInQueue(2, 2, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => erlangWaitInQueue(2, 1, 0)).toThrow('serviceRate must be > 0, got 0');
  });
});

describe('erlangServiceLevel', () => {
  it('gives the planner figures: 250 calls/h, 330 s handling, 80/30 target: 78.2% with 27 agents, 85.7% with 28', () => {
    expect(erlangServiceLevel(27, 250, 3600 / 330, 30 / 3600)).toBeCloseTo(0.7822, 4);
    expect(erlangServiceLevel(28, 250, 3600 / 330, 30 / 3600)).toBeCloseTo(0.8569, 4);
    // Target 0: everybody who does not wait is answered at once, 1 - C.
    expect(erlangServiceLevel(2, 1, 1, 0)).toBeCloseTo(2 / 3, 15);
    expect(erlangServiceLevel(2, 3, 1, 1)).toBe(0);
  });
});
