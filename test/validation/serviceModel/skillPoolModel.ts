// The model the pooling and long-chain cases share: one team, one work type per skill with Poisson demand
// and a one-step value stream needing that skill, exponential effort of mean 1 h at expert speed.
import {
  type CompiledModel,
  poissonArrivals,
  type ShapedPeopleOptions,
} from '../../../engine/model/index.ts';
import { exponential } from '../../../engine/random/index.ts';
import { createServiceModel } from '../../../engine/runner/index.ts';

/** What varies between the skill-pool cases: the skills, the demand per skill and the team's people. */
export interface SkillPoolOptions {
  readonly skills: readonly string[];
  /** Poisson arrivals per hour of each skill's work type. */
  readonly ratePerSkill: number;
  /** The team's people, as a skill-shape preset over `skills`. */
  readonly people: Omit<ShapedPeopleOptions, 'skills'>;
}

/**
 * A team of shaped people in front of one queue per skill. Work type `work X` follows stream `stream X`,
 * whose only step `do X` needs skill X; effort is exponential with mean 1 h (service rate 1 per hour for
 * an expert). Policies are the defaults: triage (every item here has the default priority, so FIFO by
 * enqueue time across all the queues a person can serve) and best-skilled assignment.
 * @example
 * skillPoolModel({ skills: ['A', 'B'], ratePerSkill: 2.4, people: { shape: 'I', count: 6 } }); // => two M/M/3
 */
export function skillPoolModel(options: SkillPoolOptions): CompiledModel {
  const { skills, ratePerSkill, people } = options;
  return createServiceModel({
    teams: [{ name: 'team', preset: { ...people, skills } }],
    valueStreams: skills.map((skill) => ({
      name: `stream ${skill}`,
      steps: [{ name: `do ${skill}`, teams: ['team'], skill }],
    })),
    workTypes: skills.map((skill) => ({
      name: `work ${skill}`,
      valueStream: `stream ${skill}`,
      arrivals: [poissonArrivals({ ratePerHour: ratePerSkill })],
      effort: { [skill]: exponential({ mean: 1 }) },
    })),
  });
}
