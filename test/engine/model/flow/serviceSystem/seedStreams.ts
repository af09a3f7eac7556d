// The two value streams of the seed document 003 ("Value stream for a new service", six steps, and
// "Value stream for user support", seven steps), written as a service model for the feature tests.

import type { ValueStreamDefinition } from '../../../../../engine/model/index.ts';
import { poissonArrivals } from '../../../../../engine/model/index.ts';
import { exponential, lognormal } from '../../../../../engine/random/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';

/** Hours in a week (time 0 is Monday 00:00). */
const WEEK = 168;

/** Thursday 10:00 within a week: the weekly Change Advisory Board (003: "often the longest delay"). */
export const CAB_HOUR_OF_WEEK = 3 * 24 + 10;

/** Share of new-service proposals the management team abandons at "decide to invest" (an assumption). */
export const ABANDON_AT_INVESTMENT_DECISION = 0.3;

/**
 * 003, "Value stream for a new service": understand and document requirements; decide whether to invest
 * (the plan may be abandoned: the stream ends there); design and architect; build, configure or buy
 * components; deploy them (here behind a weekly CAB); release to customers and users.
 */
export const newServiceStream: ValueStreamDefinition = {
  name: 'new service',
  steps: [
    {
      name: 'understand requirements',
      teams: ['product'],
      skill: 'analysis',
      effort: lognormal({ mean: 8, cv: 0.5 }),
    },
    {
      name: 'decide to invest',
      teams: ['product'],
      skill: 'investment decision',
      effort: exponential({ mean: 2 }),
      exitProbability: ABANDON_AT_INVESTMENT_DECISION,
    },
    { name: 'design', teams: ['architecture'], skill: 'design', effort: lognormal({ mean: 16, cv: 0.5 }) },
    { name: 'build', teams: ['development'], skill: 'development', effort: lognormal({ mean: 40, cv: 0.5 }) },
    {
      name: 'deploy',
      teams: ['operations'],
      skill: 'deployment',
      effort: exponential({ mean: 4 }),
      gate: { every: WEEK, at: CAB_HOUR_OF_WEEK },
    },
    { name: 'release', teams: ['operations'], skill: 'release', effort: exponential({ mean: 2 }) },
  ],
};

/**
 * 003, "Value stream for user support" (restoration of a live service): the stream branches at step 2
 * (a known solution restores value at once: the stream ends), value is restored at step 5, and steps 6
 * and 7 (feedback, improvement) follow restoration.
 */
export const userSupportStream: ValueStreamDefinition = {
  name: 'user support',
  steps: [
    {
      name: 'acknowledge and register',
      teams: ['service desk'],
      skill: 'registration',
      effort: exponential({ mean: 0.1 }),
    },
    {
      name: 'investigate and attempt a fix',
      teams: ['service desk'],
      skill: 'diagnosis',
      effort: exponential({ mean: 0.5 }),
      exitWhen: 'firstLineResolvable',
    },
    {
      name: 'get a fix from a specialist team',
      teams: ['specialists'],
      skill: 'engineering',
      effort: exponential({ mean: 3 }),
    },
    {
      name: 'deploy the fix',
      teams: ['operations'],
      skill: 'deployment',
      effort: exponential({ mean: 0.5 }),
    },
    {
      name: 'verify resolution',
      teams: ['service desk'],
      skill: 'verification',
      effort: exponential({ mean: 0.25 }),
      restoresValue: true,
    },
    {
      name: 'request feedback',
      teams: ['service desk'],
      skill: 'feedback',
      effort: exponential({ mean: 0.1 }),
    },
    {
      name: 'identify improvements',
      teams: ['problem management'],
      skill: 'improvement',
      effort: exponential({ mean: 0.5 }),
    },
  ],
};

const deskSkills = {
  registration: 'expert',
  diagnosis: 'expert',
  verification: 'expert',
  feedback: 'expert',
} as const;

/**
 * Both streams in one organisation, all working 24x7: a service desk of three, two specialists, two
 * operations engineers (who deploy fixes and new services), product, architecture, development and
 * problem management. Incidents arrive at `incidentsPerHour` (60 % resolvable by the first line), new
 * service proposals at `proposalsPerWeek`. Loads stay below capacity: specialists 0.4 x 3 h per incident.
 */
export function seedStreamsModel(
  options: { readonly incidentsPerHour?: number; readonly proposalsPerWeek?: number } = {},
): ServiceModelDefinition {
  const incidentsPerHour = options.incidentsPerHour ?? 1;
  const proposalsPerWeek = options.proposalsPerWeek ?? 2;
  return {
    teams: [
      {
        name: 'service desk',
        people: [1, 2, 3].map((number) => ({ name: `desk ${number}`, skills: deskSkills })),
      },
      {
        name: 'specialists',
        people: [1, 2].map((number) => ({ name: `specialist ${number}`, skills: { engineering: 'expert' } })),
      },
      {
        name: 'operations',
        people: [1, 2].map((number) => ({
          name: `operations ${number}`,
          skills: { deployment: 'expert', release: 'expert' },
        })),
      },
      {
        name: 'product',
        people: [{ name: 'product owner', skills: { analysis: 'expert', 'investment decision': 'expert' } }],
      },
      { name: 'architecture', people: [{ name: 'architect', skills: { design: 'expert' } }] },
      {
        name: 'development',
        people: [1, 2].map((number) => ({ name: `developer ${number}`, skills: { development: 'expert' } })),
      },
      {
        name: 'problem management',
        people: [{ name: 'problem manager', skills: { improvement: 'expert' } }],
      },
    ],
    valueStreams: [newServiceStream, userSupportStream],
    workTypes: [
      {
        name: 'new service',
        category: 'feature',
        valueStream: 'new service',
        arrivals: [poissonArrivals({ ratePerHour: proposalsPerWeek / WEEK })],
      },
      {
        name: 'incident',
        category: 'incident',
        valueStream: 'user support',
        arrivals: [poissonArrivals({ ratePerHour: incidentsPerHour })],
        firstLineResolvable: 0.6,
      },
    ],
  };
}
