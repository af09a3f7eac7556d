// Random small service models for the conservation property: skill shapes, calendars, multitasking, on-call
// people, intake limits, automation, patience, deferral, blocking, gates, WIP limits, rework, exits and
// skips, drawn from one seeded stream. Shared by conservation.test.ts and the refactoring guard.
import {
  automationRule,
  deferralRule,
  elasticCapacityRule,
  intakeLimit,
  poissonArrivals,
  type SkillShape,
  type StepDefinition,
  type TeamDefinition,
  WorkingCalendar,
  type WorkTypeDefinition,
} from '../../../engine/model/index.ts';
import { exponential, lognormal, type Rng } from '../../../engine/random/index.ts';
import type { ServiceModelDefinition } from '../../../engine/runner/index.ts';

const ALL_SKILLS = ['network', 'database', 'desktop'];

/** A whole number in [low, high]. */
function between(rng: Rng, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

function pick<Option>(rng: Rng, options: readonly Option[]): Option {
  return options[Math.floor(rng() * options.length)]!;
}

/** One random model: 1-3 skills, 1-2 teams (plus on-call contractors), 1-2 streams of 1-3 steps, 1-3 work types. */
export function randomModel(rng: Rng): ServiceModelDefinition {
  const skills = ALL_SKILLS.slice(0, between(rng, 1, ALL_SKILLS.length));
  const shapes: SkillShape[] = skills.length === 1 ? ['I', 'generalist'] : ['I', 'T', 'Pi', 'generalist'];
  const teams: TeamDefinition[] = Array.from({ length: between(rng, 1, 2) }, (_, index) => ({
    name: `team ${index + 1}`,
    // count >= the number of skills, so that round-robin primaries cover every skill in every shape.
    preset: {
      shape: pick(rng, shapes),
      skills,
      count: skills.length * between(rng, 1, 2),
      maxInHand: between(rng, 1, 2),
    },
    ...(chance(rng, 0.3) ? { calendar: 'office', handoverAtShiftEnd: chance(rng, 0.5) } : {}),
  }));
  const onCall = chance(rng, 0.3);
  if (onCall) {
    teams.push({
      name: 'contractors',
      people: [
        {
          name: 'contractor',
          skills: Object.fromEntries(skills.map((skill) => [skill, 'expert'])),
          onCall: true,
        },
      ],
    });
  }
  const teamNames = teams.map((team) => team.name);
  const valueStreams = Array.from({ length: between(rng, 1, 2) }, (_, streamIndex) => {
    const name = `stream ${streamIndex + 1}`;
    const stepCount = between(rng, 1, 3);
    const steps: StepDefinition[] = Array.from({ length: stepCount }, (_, position) => {
      const stepName = `step ${position + 1}`;
      const wipLimit = chance(rng, 0.25) ? between(rng, 1, 4) : undefined;
      return {
        name: stepName,
        teams: teamNames,
        skill: pick(rng, skills),
        effort: exponential({ mean: 0.2 + rng() }),
        ...(wipLimit === undefined ? {} : { wipLimit }),
        ...(chance(rng, 0.25)
          ? {
              blocking: {
                probability: 0.1 + 0.3 * rng(),
                duration: lognormal({ mean: 1 + 4 * rng(), cv: 1 }),
              },
            }
          : {}),
        ...(chance(rng, 0.15) ? { gate: { every: 24, at: 24 * rng() } } : {}),
        ...(chance(rng, 0.3)
          ? { rework: { probability: 0.1 + 0.3 * rng(), toStep: `step ${between(rng, 1, position + 1)}` } }
          : {}),
        ...(chance(rng, 0.2) ? { exitProbability: 0.2 * rng() } : {}),
        ...(position === 0 && chance(rng, 0.3) ? { exitWhen: 'firstLineResolvable' } : {}),
        ...(position > 0 && chance(rng, 0.2) ? { skipWhen: 'simple' } : {}),
      };
    });
    return { name, steps };
  });
  const workTypes: WorkTypeDefinition[] = Array.from({ length: between(rng, 1, 3) }, (_, index) => ({
    name: `type ${index + 1}`,
    valueStream: pick(rng, valueStreams).name,
    arrivals: [poissonArrivals({ ratePerHour: 0.2 + 0.8 * rng() })],
    impactWeights: [1, 1, 2, 4],
    urgencyWeights: [1, 2, 2, 3],
    attributes: { simple: 0.3 },
    firstLineResolvable: 0.3,
    requesters: between(rng, 5, 200),
    ...(chance(rng, 0.4) ? { patience: exponential({ mean: 2 + 20 * rng() }) } : {}),
    ...(chance(rng, 0.3)
      ? {
          intake: chance(rng, 0.5)
            ? intakeLimit({ perRequester: between(rng, 1, 3) })
            : intakeLimit({ perPeriod: { count: between(rng, 5, 60), periodHours: 168 } }),
        }
      : {}),
    ...(chance(rng, 0.3)
      ? { automation: automationRule({ share: 0.5 * rng(), durationHours: 2 * rng() }) }
      : {}),
    ...(chance(rng, 0.3) ? { deferral: deferralRule({ cutoffHour: between(rng, 10, 20) }) } : {}),
  }));
  return {
    calendars: { office: WorkingCalendar.businessHours() },
    teams,
    valueStreams,
    workTypes,
    ...(onCall ? { elastic: { contractors: elasticCapacityRule({ queueAbove: between(rng, 1, 6) }) } } : {}),
  };
}
