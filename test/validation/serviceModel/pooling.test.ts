// Pooling and skill breadth: two skills with equal Poisson demand and c = 3 people per skill, as I-shaped
// specialists (two M/M/3), expert generalists (one M/M/6) and T-shaped people (an exact Markov chain).
//
// Generalists form one FIFO pool: every item has the default priority, so triage ranks all items equal and
// selectAcross (engine/model/queueOrder.ts) breaks the tie by enqueuedAt across both queues, and an arrival
// finds a free generalist only when both queues are empty. T-shaped people work their second skill at the
// 'knowledgeable' speed 0.5 with first-time success set to 1: the default 0.8 would add rework, which
// neither the pooling argument nor the chain has. Whether T-shaped people beat specialists depends on the
// load: at utilisation 0.8 the exact chain puts them above the specialists (a slow cross-skilled person who
// takes an item ties up capacity; Rothkopf & Rech 1987), at 0.5 strictly between specialists and the pool.
import { describe, expect, it } from 'vitest';
import { observed } from '../../helpers/observed.ts';
import { mmc } from '../theory.ts';
import { expectMatchesTheory } from '../theoryCheck.ts';
import { printedInterval } from './intervalChecks.ts';
import { runReplications } from './replications.ts';
import { skillPoolModel } from './skillPoolModel.ts';
import { solveTShapedChain } from './tShapedMarkovChain.ts';

/** Erlang C mean wait in queue of M/M/c, hours (theory.ts's direct sum, independent of engine/resources). */
function erlangWait(servers: number, arrivalRate: number, serviceRate: number): number {
  return mmc(servers, arrivalRate, serviceRate).waitInQueue;
}

const SKILLS = ['A', 'B'];
const PEOPLE_PER_SKILL = 3;
const HALF_SPEED_T = {
  shape: 'T',
  count: 2 * PEOPLE_PER_SKILL,
  performance: { knowledgeable: { speed: 0.5, firstTimeSuccess: 1 } },
} as const;

// Utilisation 0.8 per skill: lambda = 2.4 per hour per skill, effort mean 1 h. Lengths sized for a 99.9%
// half-width of about 4% of theory (relative variance of the mean wait about 45 per simulated hour).
const LOAD_08 = { seed: 8_024, replications: 30, hours: 13_200, warmUpHours: 200 };
const RATE_08 = 0.8 * PEOPLE_PER_SKILL;
// Utilisation 0.5: lambda = 1.5 per hour per skill; the relative variance of the mean
// wait is larger here (about 75 per simulated hour: waits are rarer), so the runs are longer.
const LOAD_05 = { seed: 5_024, replications: 30, hours: 22_000, warmUpHours: 200 };
const RATE_05 = 0.5 * PEOPLE_PER_SKILL;

function meanWaits(
  label: string,
  ratePerSkill: number,
  people: Parameters<typeof skillPoolModel>[0]['people'],
  plan: typeof LOAD_08,
): number[] {
  const model = skillPoolModel({ skills: SKILLS, ratePerSkill, people });
  return runReplications(label, model, plan).map((results) =>
    observed(results.endToEnd.meanQueueTime, `${label}: mean wait`),
  );
}

describe('pooling and skill breadth', () => {
  it('runs I-shaped specialists as two separate M/M/3 queues: mean wait = Erlang C Wq(3, 2.4, 1)', {
    timeout: 60_000,
  }, () => {
    const waits = meanWaits('I-shaped', RATE_08, { shape: 'I', count: 2 * PEOPLE_PER_SKILL }, LOAD_08);
    expectMatchesTheory(
      'I-shaped, two M/M/3 at utilisation 0.8: mean wait (h)',
      erlangWait(PEOPLE_PER_SKILL, RATE_08, 1),
      waits,
    );
  });

  it('runs expert generalists as one M/M/6 queue with arrival rate 4.8: mean wait = Erlang C Wq(6, 4.8, 1)', {
    timeout: 60_000,
  }, () => {
    const waits = meanWaits(
      'generalists',
      RATE_08,
      { shape: 'generalist', count: 2 * PEOPLE_PER_SKILL, generalistLevel: 'expert' },
      LOAD_08,
    );
    expectMatchesTheory(
      'generalists, one M/M/6 at utilisation 0.8: mean wait (h)',
      erlangWait(2 * PEOPLE_PER_SKILL, 2 * RATE_08, 1),
      waits,
    );
  });

  it('gives half-speed T-shaped people the exact chain wait at utilisation 0.8: above the pool, and above the specialists', {
    timeout: 60_000,
  }, () => {
    const chain = solveTShapedChain({
      peoplePerSkill: PEOPLE_PER_SKILL,
      arrivalRatePerSkill: RATE_08,
      crossSpeed: 0.5,
      queueLimit: 40,
    });
    expect(chain.boundaryMass, 'truncation of the chain').toBeLessThan(1e-4);
    const specialists = erlangWait(PEOPLE_PER_SKILL, RATE_08, 1);
    const pool = erlangWait(2 * PEOPLE_PER_SKILL, 2 * RATE_08, 1);
    const waits = meanWaits('T-shaped at 0.8', RATE_08, HALF_SPEED_T, LOAD_08);
    expectMatchesTheory(
      'T-shaped (second skill at half speed) at utilisation 0.8: mean wait (h)',
      chain.meanWait,
      waits,
    );
    const interval = printedInterval('T-shaped at utilisation 0.8: mean wait (h)', waits);
    console.log(
      `utilisation 0.8 mean waits (h): specialists ${specialists.toFixed(5)} (Erlang C), T-shaped ${chain.meanWait.toFixed(5)} ` +
        `(exact chain), generalists ${pool.toFixed(5)} (Erlang C)`,
    );
    expect(interval.lower, 'T-shaped wait above the pooled generalists').toBeGreaterThan(pool);
    // The exact chain, not the simulation, settles the comparison with specialists.
    expect(chain.meanWait, 'exact T-shaped wait against specialists').toBeGreaterThan(specialists);
  });

  it('puts half-speed T-shaped people strictly between specialists and the pool at utilisation 0.5', {
    timeout: 60_000,
  }, () => {
    const chain = solveTShapedChain({
      peoplePerSkill: PEOPLE_PER_SKILL,
      arrivalRatePerSkill: RATE_05,
      crossSpeed: 0.5,
      queueLimit: 30,
    });
    expect(chain.boundaryMass, 'truncation of the chain').toBeLessThan(1e-6);
    const specialists = erlangWait(PEOPLE_PER_SKILL, RATE_05, 1);
    const pool = erlangWait(2 * PEOPLE_PER_SKILL, 2 * RATE_05, 1);
    const waits = meanWaits('T-shaped at 0.5', RATE_05, HALF_SPEED_T, LOAD_05);
    expectMatchesTheory(
      'T-shaped (second skill at half speed) at utilisation 0.5: mean wait (h)',
      chain.meanWait,
      waits,
    );
    const interval = printedInterval('T-shaped at utilisation 0.5: mean wait (h)', waits);
    console.log(
      `utilisation 0.5 mean waits (h): specialists ${specialists.toFixed(5)} (Erlang C), T-shaped ${chain.meanWait.toFixed(5)} ` +
        `(exact chain), generalists ${pool.toFixed(5)} (Erlang C)`,
    );
    expect(interval.upper, 'T-shaped wait below the specialists').toBeLessThan(specialists);
    expect(interval.lower, 'T-shaped wait above the pooled generalists').toBeGreaterThan(pool);
  });
});

describe('solveTShapedChain', () => {
  it('gives the pooled M/M/6 wait (Erlang C) when the second skill is worked at expert speed', () => {
    // Equal speeds and nobody idle while work waits: the number in system is the M/M/6 birth-death chain.
    const chain = solveTShapedChain({
      peoplePerSkill: PEOPLE_PER_SKILL,
      arrivalRatePerSkill: RATE_05,
      crossSpeed: 1,
      queueLimit: 30,
    });
    expect(chain.meanWait).toBeCloseTo(erlangWait(2 * PEOPLE_PER_SKILL, 2 * RATE_05, 1), 9);
  });
});
