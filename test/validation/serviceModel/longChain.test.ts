// The long chain: four skills with equal demand, eight people expert in two skills each arranged in a
// closed chain (A-B, B-C, C-D, D-A), against eight specialists and eight generalists expert in all four.
//
// Jordan & Graves (1995, "Principles on the benefits of manufacturing process flexibility", Management
// Science 41(4)) found that a closed chain gives nearly all the benefit of full flexibility; Wallace &
// Whitt (2005, "A staffing algorithm for call centers with skill-based routing", Manufacturing & Service
// Operations Management 7(4)) found the same for agents with two skills each. The claim tested is that the
// chain captures more than half of the gap in mean wait between specialists and full flexibility. All
// variants run the same seeds (common random numbers), so the share is formed per replication.
import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../../engine/stats/index.ts';
import { observed } from '../../helpers/observed.ts';
import { mmc } from '../theory.ts';
import { VALIDATION_LEVEL } from '../theoryCheck.ts';
import { printedInterval } from './intervalChecks.ts';
import { runReplications } from './replications.ts';
import { skillPoolModel } from './skillPoolModel.ts';

/** Erlang C mean wait in queue of M/M/c, hours (theory.ts's direct sum, independent of engine/resources). */
function erlangWait(servers: number, arrivalRate: number, serviceRate: number): number {
  return mmc(servers, arrivalRate, serviceRate).waitInQueue;
}

const SKILLS = ['A', 'B', 'C', 'D'];
// Two people per skill-equivalent (eight in all) at utilisation 0.85: lambda = 1.7 per hour per skill.
const PEOPLE = 8;
const RATE_PER_SKILL = 0.85 * (PEOPLE / SKILLS.length);
const PLAN = { seed: 4_085, replications: 10, hours: 10_000, warmUpHours: 500 };

function meanWaits(label: string, people: Parameters<typeof skillPoolModel>[0]['people']): number[] {
  const model = skillPoolModel({ skills: SKILLS, ratePerSkill: RATE_PER_SKILL, people });
  return runReplications(label, model, PLAN).map((results) =>
    observed(results.endToEnd.meanQueueTime, `${label}: mean wait`),
  );
}

describe('long chain of Pi-shaped people', () => {
  it('captures more than half of the wait gap between specialists and generalists (Jordan & Graves; Wallace & Whitt)', {
    timeout: 60_000,
  }, () => {
    const specialists = meanWaits('I-shaped', { shape: 'I', count: PEOPLE });
    const chain = meanWaits('Pi chain', { shape: 'Pi', count: PEOPLE, arrangement: 'chain' });
    const generalists = meanWaits('generalists', {
      shape: 'generalist',
      count: PEOPLE,
      generalistLevel: 'expert',
    });
    const specialistInterval = printedInterval(
      `I-shaped mean wait (h; Erlang C M/M/2 ${erlangWait(2, RATE_PER_SKILL, 1).toFixed(5)})`,
      specialists,
    );
    const chainInterval = printedInterval('Pi chain mean wait (h)', chain);
    const generalistInterval = printedInterval(
      `generalists mean wait (h; Erlang C M/M/8 ${erlangWait(PEOPLE, SKILLS.length * RATE_PER_SKILL, 1).toFixed(5)})`,
      generalists,
    );

    // Per replication (common random numbers): (W_I - W_Pi) / (W_I - W_generalist).
    const shares = specialists.map(
      (specialist, replication) =>
        (specialist - chain[replication]!) / (specialist - generalists[replication]!),
    );
    const share = printedInterval('share of the specialist-to-generalist gap the chain captures', shares);
    const ratioOfMeans =
      (specialistInterval.mean - chainInterval.mean) / (specialistInterval.mean - generalistInterval.mean);
    // Conservative: the worst corners of the three separate intervals.
    const worstCase =
      (specialistInterval.lower - chainInterval.upper) /
      (specialistInterval.upper - generalistInterval.lower);
    console.log(
      `long chain captures ${(100 * ratioOfMeans).toFixed(1)}% of the gap (ratio of means); ` +
        `per-replication share ${(100 * share.mean).toFixed(1)}% [${(100 * share.lower).toFixed(1)}%, ${(100 * share.upper).toFixed(1)}%]; ` +
        `worst corner of the separate intervals ${(100 * worstCase).toFixed(1)}%`,
    );
    expect(share.lower, 'lower end of the share interval').toBeGreaterThan(0.5);
    expect(worstCase, 'share from the worst corners of the separate intervals').toBeGreaterThan(0.5);
  });

  it('beats the same people paired without a chain (A-C and B-D: two M/M/4 pools)', {
    timeout: 60_000,
  }, () => {
    const chain = meanWaits('Pi chain', { shape: 'Pi', count: PEOPLE, arrangement: 'chain' });
    const pairs = meanWaits('Pi spread', { shape: 'Pi', count: PEOPLE, arrangement: 'spread' });
    printedInterval(
      `Pi pairs without a chain, mean wait (h; Erlang C M/M/4 ${erlangWait(4, 2 * RATE_PER_SKILL, 1).toFixed(5)})`,
      pairs,
    );
    const difference = pairedDifference(pairs, chain, VALIDATION_LEVEL);
    console.log(
      `unchained pairs minus chain, mean wait (h): ${difference.mean.toFixed(5)}, ` +
        `99.9% CI [${difference.lower.toFixed(5)}, ${difference.upper.toFixed(5)}] (paired, ${difference.count} replications)`,
    );
    expect(difference.lower, 'the chain waits less than unchained pairs').toBeGreaterThan(0);
  });
});
