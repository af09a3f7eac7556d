// The models of the Little's-law cases: a three-step stream with a rework loop, a stream with every other
// flow control (blocking, a gate, abandonment, skips, exits, shifts with hand-over, multitasking), and a
// step with a WIP limit. Shared by littlesLaw.test.ts and the refactoring guard.
import { type CompiledModel, poissonArrivals, WorkingCalendar } from '../../../engine/model/index.ts';
import { exponential, lognormal } from '../../../engine/random/index.ts';
import { createServiceModel } from '../../../engine/runner/index.ts';

/**
 * Three steps (triage, fix, verify); verify sends 30% of items back to fix.
 * @example
 * reworkLoopModel().steps.length; // => 3
 */
export function reworkLoopModel(): CompiledModel {
  return createServiceModel({
    teams: [
      { name: 'desk', preset: { shape: 'I', skills: ['triage'], count: 3 } },
      { name: 'fixers', preset: { shape: 'I', skills: ['fix'], count: 4 } },
      { name: 'testers', preset: { shape: 'I', skills: ['verify'], count: 3 } },
    ],
    valueStreams: [
      {
        name: 'repair',
        steps: [
          { name: 'triage', teams: ['desk'], skill: 'triage', effort: exponential({ mean: 1 }) },
          { name: 'fix', teams: ['fixers'], skill: 'fix', effort: exponential({ mean: 1 }) },
          {
            name: 'verify',
            teams: ['testers'],
            skill: 'verify',
            effort: exponential({ mean: 0.8 }),
            rework: { probability: 0.3, toStep: 'fix' },
          },
        ],
      },
    ],
    // Utilisation: triage 2 x 1 / 3 = 0.67; fix and verify see 2 / 0.7 = 2.86 visits an hour, 0.71 and 0.76.
    workTypes: [{ name: 'fault', valueStream: 'repair', arrivals: [poissonArrivals({ ratePerHour: 2 })] }],
  });
}

/**
 * Blocking, a daily gate, abandonment, skips, first-line exits, a day shift with hand-over and multitasking.
 * @example
 * flowControlsModel().teams.length; // => 4
 */
export function flowControlsModel(): CompiledModel {
  return createServiceModel({
    calendars: { office: WorkingCalendar.businessHours() },
    teams: [
      {
        name: 'desk',
        preset: {
          shape: 'generalist',
          skills: ['triage', 'approve'],
          count: 3,
          generalistLevel: 'expert',
          maxInHand: 2,
        },
      },
      { name: 'engineers', preset: { shape: 'I', skills: ['fix'], count: 3 } },
      {
        name: 'day shift',
        calendar: 'office',
        handoverAtShiftEnd: true,
        preset: { shape: 'I', skills: ['fix'], count: 3 },
      },
      { name: 'ops', preset: { shape: 'I', skills: ['deploy'], count: 2 } },
    ],
    valueStreams: [
      {
        name: 'change',
        steps: [
          {
            name: 'triage',
            teams: ['desk'],
            skill: 'triage',
            effort: exponential({ mean: 0.4 }),
            exitWhen: 'firstLineResolvable',
            blocking: { probability: 0.1, duration: exponential({ mean: 1 }) },
          },
          {
            name: 'fix',
            teams: ['engineers', 'day shift'],
            skill: 'fix',
            effort: lognormal({ mean: 1.5, cv: 1 }),
          },
          {
            name: 'approve',
            teams: ['desk'],
            skill: 'approve',
            effort: exponential({ mean: 0.2 }),
            gate: { every: 24, at: 10 },
          },
          {
            name: 'deploy',
            teams: ['ops'],
            skill: 'deploy',
            effort: exponential({ mean: 0.5 }),
            skipWhen: 'simple',
          },
        ],
      },
    ],
    // Loads: desk about 0.3, fix 1.6 erlangs on 3 + 3 x 40/168 people (0.42), ops 0.2.
    workTypes: [
      {
        name: 'change',
        valueStream: 'change',
        arrivals: [poissonArrivals({ ratePerHour: 1.5 })],
        firstLineResolvable: 0.3,
        attributes: { simple: 0.3 },
        patience: exponential({ mean: 10 }),
      },
    ],
  });
}

/**
 * Analyse then build, with at most three items in build; items wait before it when it is full.
 * @example
 * wipLimitModel().steps[1]!.definition.wipLimit; // => 3
 */
export function wipLimitModel(): CompiledModel {
  return createServiceModel({
    teams: [
      { name: 'analysts', preset: { shape: 'I', skills: ['analyse'], count: 3 } },
      { name: 'builders', preset: { shape: 'I', skills: ['build'], count: 2 } },
    ],
    valueStreams: [
      {
        name: 'feature',
        steps: [
          { name: 'analyse', teams: ['analysts'], skill: 'analyse', effort: exponential({ mean: 1 }) },
          {
            name: 'build',
            teams: ['builders'],
            skill: 'build',
            effort: exponential({ mean: 1 }),
            wipLimit: 3,
          },
        ],
      },
    ],
    workTypes: [
      { name: 'feature', valueStream: 'feature', arrivals: [poissonArrivals({ ratePerHour: 1.6 })] },
    ],
  });
}
