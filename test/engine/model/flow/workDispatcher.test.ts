// The dispatcher alone: arrivals go to a free person or wait, a person who becomes free takes the waiting
// item, and the pull rule's assertion names a person left free while work waits, unless an exception is declared.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../../engine/kernel/index.ts';
import {
  type DispatchException,
  DispatchInvariantError,
} from '../../../../engine/model/flow/dispatchException.ts';
import { WorkDispatcher } from '../../../../engine/model/flow/workDispatcher.ts';
import type { CompiledModel } from '../../../../engine/model/index.ts';
import { Worker } from '../../../../engine/model/people/worker.ts';
import { ItemFactory, type RunningItem } from '../../../../engine/model/work/itemFactory.ts';
import { bestSkilled, triage } from '../../../../engine/policies/index.ts';
import { constant, stream } from '../../../../engine/random/index.ts';
import { createServiceModel } from '../../../../engine/runner/index.ts';

/** Two equal experts, ana and bo, at one step "answer". */
function twoExperts(): CompiledModel {
  return createServiceModel({
    teams: [
      {
        name: 'desk',
        people: [
          { name: 'ana', skills: { answer: 'expert' } },
          { name: 'bo', skills: { answer: 'expert' } },
        ],
      },
    ],
    valueStreams: [{ name: 'calls', steps: [{ name: 'answer', teams: ['desk'], skill: 'answer' }] }],
    workTypes: [
      { name: 'call', valueStream: 'calls', arrivals: [], effort: { answer: constant({ value: 1 }) } },
    ],
  });
}

/** A dispatcher over the two experts whose assignments put the item in the person's hands and are logged. */
function setUp(exceptions: readonly DispatchException[] = []) {
  const model = twoExperts();
  const simulation = new Simulation();
  const workers = model.people.map((person) => new Worker(person));
  const assigned: string[] = [];
  const dispatcher = new WorkDispatcher({
    simulation,
    model,
    workers,
    queueOrder: triage(),
    assignment: bestSkilled(),
    assignmentRng: stream(1, 0, 'assignment'),
    assign: (worker, item) => {
      worker.take(item, 0);
      assigned.push(`item ${item.id} to ${worker.name}`);
    },
    exceptions,
  });
  const factory = new ItemFactory(model, [stream(1, 0, 'items:call')]);
  const arrive = (): RunningItem => {
    const item = factory.create(0, 0, { count: 1 });
    item.stepIndex = 0;
    return item;
  };
  return { dispatcher, workers, assigned, arrive };
}

describe('WorkDispatcher', () => {
  it('hands arrivals to free people, queues the rest, and gives waiting work to whoever frees up', () => {
    const { dispatcher, workers, assigned, arrive } = setUp();
    const [first, second, third] = [arrive(), arrive(), arrive()];
    expect([first, second, third].map((item) => dispatcher.place(item))).toEqual([false, false, true]);
    expect(dispatcher.queueLength(0)).toBe(1);
    expect(dispatcher.availablePeople(0)).toBe(0);
    dispatcher.assertNobodyIdleWhileWorkWaits();
    // bo puts his item down: he is free while item 2 waits, until he pulls.
    workers[1]?.drop(second, 0);
    expect(() => dispatcher.assertNobodyIdleWhileWorkWaits()).toThrow(DispatchInvariantError);
    expect(() => dispatcher.assertNobodyIdleWhileWorkWaits()).toThrow(
      'dispatch rule broken at time 0: 1 item(s) wait at step "answer" while bo, who can do it, is free',
    );
    dispatcher.pull(workers[1] as Worker);
    expect(dispatcher.queued).toBe(0);
    dispatcher.assertNobodyIdleWhileWorkWaits();
    expect(assigned).toEqual(['item 0 to ana', 'item 1 to bo', 'item 2 to bo']);
  });

  it('lets work wait while a person is free where a declared exception allows it', () => {
    const heldForBo: DispatchException = {
      kind: 'held for a group',
      allowsIdle: (_step, person) => person === 1,
    };
    const { dispatcher, workers, arrive } = setUp([heldForBo]);
    const [, second, third] = [arrive(), arrive(), arrive()];
    for (const item of [second, third]) dispatcher.place(item);
    dispatcher.place(arrive());
    workers[1]?.drop(second, 0);
    expect(dispatcher.queueLength(0)).toBe(1);
    expect(() => dispatcher.assertNobodyIdleWhileWorkWaits()).not.toThrow();
    expect(third.id).toBe(2);
  });
});
