// Two-class priority M/M/1 against Cobham (non-preemptive) and the preemptive-resume formula, and a
// hand-computed deterministic case where preempt-resume and preempt-restart differ.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../engine/kernel/index.ts';
import { exponential } from '../../engine/random/index.ts';
import { type PreemptionRule, priorityOrder, Resource } from '../../engine/resources/index.ts';
import { replicate } from './stationModel.ts';
import { cobhamSojourns, preemptiveResumeSojourns } from './theory.ts';
import { expectMatchesTheory } from './theoryCheck.ts';

// Arrival rates 0.2 (class 0, the priority class) and 0.6 (class 1), service rate 1 for both.
const arrivalRates = [0.2, 0.6];

describe('priority M/M/1', () => {
  const cases: { preemption: PreemptionRule; theory: number[]; seed: number }[] = [
    { preemption: 'none', theory: cobhamSojourns(arrivalRates, 1), seed: 6_001 },
    { preemption: 'resume', theory: preemptiveResumeSojourns(arrivalRates, 1), seed: 6_002 },
  ];
  it('has the textbook values 2.0 / 6.0 (Cobham) and 1.25 / 6.25 (preemptive resume)', () => {
    expect(cases[0]!.theory.map((value) => Number(value.toFixed(12)))).toEqual([2, 6]);
    expect(cases[1]!.theory.map((value) => Number(value.toFixed(12)))).toEqual([1.25, 6.25]);
  });
  for (const { preemption, theory, seed } of cases) {
    it(`matches the class sojourns with preemption '${preemption}'`, { timeout: 240_000 }, () => {
      const results = replicate(
        {
          label: `priority M/M/1 (${preemption})`,
          servers: 1,
          arrivalRates,
          service: exponential({ rate: 1 }),
          discipline: priorityOrder,
          preemption,
          warmUp: 2_000,
          measuredHours: 400_000,
          seed,
        },
        10,
      );
      theory.forEach((sojourn, priority) => {
        expectMatchesTheory(
          `priority M/M/1 (${preemption}) class ${priority} sojourn`,
          sojourn,
          results.map((result) => result.sojourn[priority]!),
        );
      });
    });
  }
});

describe('preempt-resume versus preempt-restart', () => {
  // Every 10 h a routine job (class 1, 3 h of work) arrives at 10k and an urgent one (class 0, 1 h) at
  // 10k + 2. The urgent job preempts the routine one at 10k + 2 and runs to 10k + 3. Resume: the routine
  // job has 1 h left and leaves at 10k + 4 (sojourn 4). Restart: it needs 3 h again and leaves at
  // 10k + 6 (sojourn 6). The urgent job always stays 1 h. The server is idle 10k + 4 (or + 6) to 10(k+1).
  function run(preemption: PreemptionRule): { routine: number[]; urgent: number[] } {
    const simulation = new Simulation();
    const resource = new Resource(simulation, { capacity: 1, discipline: priorityOrder(), preemption });
    const sojourns = { routine: [] as number[], urgent: [] as number[] };
    resource.on('finish', (job) =>
      (job.priority === 0 ? sojourns.urgent : sojourns.routine).push(job.sojournTime),
    );
    for (let cycle = 0; cycle < 5; cycle++) {
      simulation.scheduleAt(10 * cycle, () => resource.arrive({ work: 3, priority: 1 }));
      simulation.scheduleAt(10 * cycle + 2, () => resource.arrive({ work: 1, priority: 0 }));
    }
    simulation.run();
    return sojourns;
  }
  it('resumes with the work left', () => {
    expect(run('resume')).toEqual({ routine: [4, 4, 4, 4, 4], urgent: [1, 1, 1, 1, 1] });
  });
  it('restarts the work from scratch', () => {
    expect(run('restart')).toEqual({ routine: [6, 6, 6, 6, 6], urgent: [1, 1, 1, 1, 1] });
  });
});
