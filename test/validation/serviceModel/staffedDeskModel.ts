// The service desk planner's model: one team of agents answering calls with exponential handling, and the
// desk's answer target. Shared by staffing.test.ts and the refactoring guard.
import { type CompiledModel, poissonArrivals } from '../../../engine/model/index.ts';
import { exponential } from '../../../engine/random/index.ts';
import { createServiceModel } from '../../../engine/runner/index.ts';

/** Calls offered per hour. */
export const CONTACTS_PER_HOUR = 250;
/** Mean handling time: 330 s. */
export const HANDLING_HOURS = 330 / 3600;
/** Answered within 30 s counts as in time. */
export const ANSWER_TARGET_HOURS = 30 / 3600;

/**
 * `agents` identical agents (I-shaped, one skill) in front of Poisson calls: an M/M/c queue.
 * @example
 * staffedDeskModel(27).people.length; // => 27
 */
export function staffedDeskModel(agents: number): CompiledModel {
  return createServiceModel({
    teams: [{ name: 'desk', preset: { shape: 'I', skills: ['answer'], count: agents } }],
    valueStreams: [{ name: 'contact', steps: [{ name: 'answer', teams: ['desk'], skill: 'answer' }] }],
    workTypes: [
      {
        name: 'call',
        valueStream: 'contact',
        arrivals: [poissonArrivals({ ratePerHour: CONTACTS_PER_HOUR })],
        effort: { answer: exponential({ mean: HANDLING_HOURS }) },
      },
    ],
    serviceDesks: [{ valueStream: 'contact', step: 'answer', answerTargetHours: ANSWER_TARGET_HOURS }],
  });
}
