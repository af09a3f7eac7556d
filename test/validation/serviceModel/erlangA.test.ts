// Impatient callers at the service model's own queue: c identical agents, Poisson calls, exponential
// handling and exponential patience while waiting for a first answer, against Erlang A (M/M/c+M): the share
// of all arrivals who wait, their mean wait (abandoners' waits included) and the share who give up.
//
// Five agents, 4.8 calls an hour of mean 1 h, mean patience 2 h: without abandonment the load would be 0.96.
import { describe, expect, it } from 'vitest';
import { type CompiledModel, poissonArrivals } from '../../../engine/model/index.ts';
import { exponential } from '../../../engine/random/index.ts';
import { createServiceModel } from '../../../engine/runner/index.ts';
import { observed } from '../../helpers/observed.ts';
import { erlangA } from '../theory.ts';
import { expectMatchesTheory } from '../theoryCheck.ts';
import { runReplications } from './replications.ts';

const AGENTS = 5;
const CALLS_PER_HOUR = 4.8;
const HANDLING_RATE = 1;
const ABANDON_RATE = 0.5;
const PLAN = { seed: 4_805, replications: 20, hours: 10_000, warmUpHours: 200 };

function impatientDeskModel(): CompiledModel {
  return createServiceModel({
    teams: [{ name: 'desk', preset: { shape: 'I', skills: ['answer'], count: AGENTS } }],
    valueStreams: [{ name: 'call', steps: [{ name: 'answer', teams: ['desk'], skill: 'answer' }] }],
    workTypes: [
      {
        name: 'call',
        valueStream: 'call',
        arrivals: [poissonArrivals({ ratePerHour: CALLS_PER_HOUR })],
        effort: { answer: exponential({ rate: HANDLING_RATE }) },
        patience: exponential({ rate: ABANDON_RATE }),
      },
    ],
    serviceDesks: [{ valueStream: 'call', step: 'answer', answerTargetHours: 0.25 }],
  });
}

describe('erlangA', () => {
  it('is Erlang C when nobody gives up, and the Poisson M/M/inf tail when patience runs at the service rate', () => {
    // theta -> 0: C(5, 4) = 0.554113 (theory.ts's erlangC, Gross et al. (2.31)).
    expect(erlangA(5, 4, 1, 1e-12).probabilityOfWaiting).toBeCloseTo(0.5541125541, 8);
    // theta = mu: N is Poisson(4), P(N >= 5) = 1 - sum_{k<=4} e^-4 4^k / k! = 0.371163 (by hand).
    expect(erlangA(5, 4, 1, 1).probabilityOfWaiting).toBeCloseTo(0.3711630648, 8);
  });
});

describe('abandonment at the service model queues (Erlang A)', () => {
  it('matches the share of arrivals who wait, their mean wait and the share who give up', {
    timeout: 240_000,
  }, () => {
    const theory = erlangA(AGENTS, CALLS_PER_HOUR, HANDLING_RATE, ABANDON_RATE);
    expect(theory.truncatedMass).toBeLessThan(1e-12);
    // Abandoning callers never reach a person, so end-to-end Little's law is not for this model.
    const runs = runReplications('Erlang A', impatientDeskModel(), PLAN, {
      endToEnd: false,
      checkDispatch: true,
    });
    const contacts = runs.map((results) => {
      const desk = results.desks[0];
      if (desk === undefined) throw new Error('the model measures one desk');
      return desk.allContacts;
    });
    expectMatchesTheory(
      'M/M/5+M: share of all arrivals who wait',
      theory.probabilityOfWaiting,
      contacts.map((all) => observed(all.probabilityOfWaiting, 'probability of waiting')),
    );
    expectMatchesTheory(
      'M/M/5+M: mean wait over all arrivals (h)',
      theory.meanWait,
      contacts.map((all) => observed(all.meanWaitHours, 'mean wait')),
    );
    expectMatchesTheory(
      'M/M/5+M: share of arrivals who give up',
      theory.abandonedShare,
      contacts.map((all) => observed(all.abandonedShare, 'abandoned share')),
    );
  });
});
