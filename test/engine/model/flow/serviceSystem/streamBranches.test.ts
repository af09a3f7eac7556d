// The shape of a value stream at run time: rework loops back to an earlier step, exits that end the
// stream early (by probability or attribute), skipped steps, and the step at which value is restored.
import { describe, expect, it } from 'vitest';
import type { StepDefinition } from '../../../../../engine/model/index.ts';
import { summarizeService } from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

// One person who can do every step, so that timings show only the stream's shape. Steps take 1 h each
// unless they say otherwise; each step has its own skill, so its effort is its own.
function streamOf(
  steps: readonly StepDefinition[],
  workTypes: ServiceModelDefinition['workTypes'] = [{ name: 'work', valueStream: 'flow', arrivals: [] }],
): ServiceModelDefinition {
  const skills = Object.fromEntries(steps.map((step) => [step.skill, 'expert' as const]));
  return {
    teams: [{ name: 'team', people: [{ name: 'ana', skills }] }],
    valueStreams: [{ name: 'flow', steps }],
    workTypes,
  };
}

function step(name: string, extra: Partial<StepDefinition> = {}): StepDefinition {
  return { name, teams: ['team'], skill: name, effort: hours(1), ...extra };
}

describe('ServiceSystem rework loops', () => {
  it('never loops back when the rework probability is 0', () => {
    const system = startScenario(
      streamOf([step('build'), step('test', { rework: { probability: 0, toStep: 'build' } })]),
    );
    const work = offerAt(system, 0, 'work');
    system.run(5);
    expect(recordLines(only(work))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '1 finish-step 0 ana',
      '1 enqueue 1',
      '1 start 1 ana',
      '2 finish-step 1 ana',
      '2 complete 1',
    ]);
    expect(only(work).reworks).toBe(0);
  });

  it('goes back to the rework target after every pass when the probability is 1 (a loop the horizon ends)', () => {
    const system = startScenario(
      streamOf([step('build'), step('test', { rework: { probability: 1, toStep: 'build' } })]),
    );
    const work = offerAt(system, 0, 'work');
    system.run(5.5);
    // build 0-1, test 1-2, back to build 2-3, test 3-4, back to build 4-5, test from 5: never completes.
    expect(recordLines(only(work))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '1 finish-step 0 ana',
      '1 enqueue 1',
      '1 start 1 ana',
      '2 finish-step 1 ana',
      '2 rework 1',
      '2 enqueue 0',
      '2 start 0 ana',
      '3 finish-step 0 ana',
      '3 enqueue 1',
      '3 start 1 ana',
      '4 finish-step 1 ana',
      '4 rework 1',
      '4 enqueue 0',
      '4 start 0 ana',
      '5 finish-step 0 ana',
      '5 enqueue 1',
      '5 start 1 ana',
    ]);
    expect(only(work)).toMatchObject({ reworks: 2, state: 'in-progress' });
    expect(summarizeService(system).conservation).toMatchObject({ admitted: 1, completed: 0, open: 1 });
  });
});

describe('ServiceSystem exits', () => {
  it('ends the stream after a step whose exit probability is 1', () => {
    const system = startScenario(
      streamOf([step('triage'), step('fix', { exitProbability: 1 }), step('close')]),
    );
    const work = offerAt(system, 0, 'work');
    system.run(5);
    // triage 0-1, fix 1-2, then the stream ends: close is never visited.
    expect(recordLines(only(work))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '1 finish-step 0 ana',
      '1 enqueue 1',
      '1 start 1 ana',
      '2 finish-step 1 ana',
      '2 complete 1',
    ]);
    const close = summarizeService(system).bySteps[2];
    expect(close?.flow.count).toBe(0);
  });

  it("ends the stream after a step with exitWhen 'firstLineResolvable' only for items the first line can resolve", () => {
    const system = startScenario(
      streamOf(
        [step('log'), step('attempt fix', { exitWhen: 'firstLineResolvable' }), step('escalate')],
        [
          { name: 'known error', valueStream: 'flow', arrivals: [], firstLineResolvable: 1 },
          { name: 'new problem', valueStream: 'flow', arrivals: [], firstLineResolvable: 0 },
        ],
      ),
    );
    const known = offerAt(system, 0, 'known error');
    const unknown = offerAt(system, 10, 'new problem');
    system.run(20);
    // The known error is resolved by the first line: log 0-1, attempt 1-2, done.
    expect(only(known).attributes.firstLineResolvable).toBe(true);
    expect(recordLines(only(known)).slice(-3)).toEqual([
      '1 start 1 ana',
      '2 finish-step 1 ana',
      '2 complete 1',
    ]);
    // The new problem goes on: log 10-11, attempt 11-12, escalate 12-13.
    expect(only(unknown).attributes.firstLineResolvable).toBe(false);
    expect(recordLines(only(unknown)).slice(-6)).toEqual([
      '11 start 1 ana',
      '12 finish-step 1 ana',
      '12 enqueue 2',
      '12 start 2 ana',
      '13 finish-step 2 ana',
      '13 complete 2',
    ]);
  });
});

describe('ServiceSystem skipped steps', () => {
  it('skips a step for items whose attribute is true, and visits it for the others', () => {
    const system = startScenario(
      streamOf(
        [step('request'), step('approve', { skipWhen: 'preApproved' }), step('implement')],
        [
          { name: 'standard change', valueStream: 'flow', arrivals: [], attributes: { preApproved: 1 } },
          { name: 'normal change', valueStream: 'flow', arrivals: [], attributes: { preApproved: 0 } },
        ],
      ),
    );
    const standard = offerAt(system, 0, 'standard change');
    const normal = offerAt(system, 10, 'normal change');
    system.run(20);
    // Standard: request 0-1, approve skipped, implement 1-2.
    expect(recordLines(only(standard))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '1 finish-step 0 ana',
      '1 enqueue 2',
      '1 start 2 ana',
      '2 finish-step 2 ana',
      '2 complete 2',
    ]);
    // Normal: request 10-11, approve 11-12, implement 12-13.
    expect(recordLines(only(normal)).filter((line) => line.includes('enqueue'))).toEqual([
      '10 enqueue 0',
      '11 enqueue 1',
      '12 enqueue 2',
    ]);
    expect(only(normal).completionTime).toBe(13);
  });

  it('completes an item at once when its attribute skips the last step', () => {
    const system = startScenario(
      streamOf(
        [step('request'), step('review', { skipWhen: 'trivial' })],
        [{ name: 'trivial', valueStream: 'flow', arrivals: [], attributes: { trivial: 1 } }],
      ),
    );
    const work = offerAt(system, 0, 'trivial');
    system.run(5);
    expect(recordLines(only(work)).slice(-2)).toEqual(['1 finish-step 0 ana', '1 complete 0']);
  });
});

describe('ServiceSystem restoration of value', () => {
  it('starts value when the restoring step is done, before the record is closed', () => {
    const system = startScenario(
      streamOf([
        step('diagnose'),
        step('fix', { restoresValue: true }),
        step('document', { effort: hours(2) }),
      ]),
    );
    const work = offerAt(system, 0, 'work');
    system.run(6);
    // diagnose 0-1, fix 1-2 (service restored at 2), document 2-4 (record closed at 4).
    expect(recordLines(only(work))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '1 finish-step 0 ana',
      '1 enqueue 1',
      '1 start 1 ana',
      '2 finish-step 1 ana',
      '2 restore 1',
      '2 enqueue 2',
      '2 start 2 ana',
      '4 finish-step 2 ana',
      '4 complete 2',
    ]);
    expect([only(work).valueStartTime, only(work).completionTime]).toEqual([2, 4]);
  });

  it('starts value at completion when no step restores it', () => {
    const system = startScenario(streamOf([step('diagnose'), step('fix')]));
    const work = offerAt(system, 0, 'work');
    system.run(6);
    expect([only(work).valueStartTime, only(work).completionTime]).toEqual([2, 2]);
  });
});
