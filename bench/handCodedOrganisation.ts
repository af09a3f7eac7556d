// serviceDeskModel.ts's organisation written out by hand as typed-array tables for the hand-coded twin:
// people's levels, speeds and first-time success, the steps with their efforts, work types and pull tiers.

/** Priorities of the default 4 × 4 impact-by-urgency matrix. */
export const PRIORITIES = 4;
/** How a step's effort is drawn (`stepEffortKind`). */
export const CONSTANT_EFFORT = 0;
export const EXPONENTIAL_EFFORT = 1;
export const LOGNORMAL_EFFORT = 2;

const [TRIAGE, APPS, DATABASE, NETWORK, SERVERS] = [0, 1, 2, 3, 4];
const SKILLS = 5;
// The engine's defaults (skillLevel.ts): rank, speed and first-time success of each named level.
const EXPERT = { rank: 2, speed: 1, success: 1 };
const KNOWLEDGEABLE = { rank: 1, speed: 0.5, success: 0.8 };
// Teams as ranges of person indices, in the order the model lists them.
const DESK = { first: 0, end: 10 };
const APPLICATIONS = { first: 10, end: 20 };
const INFRASTRUCTURE = { first: 20, end: 30 };

/** Tables of the organisation, indexed by person, skill, global step or work type. */
export interface HandCodedOrganisation {
  readonly people: number;
  readonly skills: number;
  /** By person × skills + skill: level rank (0 none, 1 knowledgeable, 2 expert), speed, first-time success. */
  readonly level: Float64Array;
  readonly speed: Float64Array;
  readonly success: Float64Array;
  readonly steps: number;
  readonly stepSkill: Int32Array;
  /** Position of the step in its value stream (the item's effort column). */
  readonly stepPosition: Int32Array;
  /** The next step of the stream, or -1 after its last step. */
  readonly stepNext: Int32Array;
  /** 1 when an item the first line can resolve leaves after this step. */
  readonly stepExitsWhenResolvable: Int32Array;
  readonly stepEffortKind: Int32Array;
  /** Constant: the value; exponential: the rate (1 / mean, as the engine divides by it); lognormal: mu. */
  readonly stepEffortParameter: Float64Array;
  /** Lognormal only: sigma. */
  readonly stepEffortSigma: Float64Array;
  /** The people who can do each step (team member with the skill), lowest index first. */
  readonly eligible: readonly Int32Array[];
  /** For each person, the steps they can do grouped by their level there, highest level first. */
  readonly tiers: readonly (readonly Int32Array[])[];
  readonly typeNames: readonly string[];
  readonly typeRatePerHour: Float64Array;
  readonly typeFirstStep: Int32Array;
  readonly typeStepCount: Int32Array;
  /** 1 when impact and urgency are drawn from the level weights; else both are 2 (P3). */
  readonly typeDrawsLevels: Int32Array;
  readonly typeResolvableProbability: Float64Array;
  /** Cumulative level weights (1, 3, 6, 10) of impact and urgency 1 to 4, and their total. */
  readonly levelCumulativeWeights: Float64Array;
  readonly levelWeightTotal: number;
  /** Priority by (impact − 1) × 4 + urgency − 1. */
  readonly priorityMatrix: Int32Array;
}

interface StepSpecification {
  readonly team: { readonly first: number; readonly end: number };
  readonly skill: number;
  readonly effort: readonly [kind: number, mean: number];
  readonly exitsWhenResolvable?: boolean;
}

/**
 * The benchmark's organisation: 3 teams of 10, 12 steps in 4 value streams, 4 work types.
 * @example
 * handCodedOrganisation().eligible[0]; // => Int32Array [0, 1, ..., 9] (the desk registers)
 */
export function handCodedOrganisation(): HandCodedOrganisation {
  const people = INFRASTRUCTURE.end;
  const level = new Float64Array(people * SKILLS);
  const speed = new Float64Array(people * SKILLS);
  const success = new Float64Array(people * SKILLS);
  const give = (person: number, skill: number, grade: typeof EXPERT): void => {
    level[person * SKILLS + skill] = grade.rank;
    speed[person * SKILLS + skill] = grade.speed;
    success[person * SKILLS + skill] = grade.success;
  };
  // The desk is T-shaped over [triage, apps] with one knowledgeable skill: the preset walks the skills
  // round-robin, so even people are triage experts and odd ones apps experts, knowledgeable in triage.
  for (let person = DESK.first; person < DESK.end; person++) {
    const primary = (person - DESK.first) % 2 === 0 ? TRIAGE : APPS;
    give(person, primary, EXPERT);
    give(person, primary === TRIAGE ? APPS : TRIAGE, KNOWLEDGEABLE);
  }
  // Pi-shaped over two skills: expert in both.
  for (let person = APPLICATIONS.first; person < APPLICATIONS.end; person++) {
    give(person, APPS, EXPERT);
    give(person, DATABASE, EXPERT);
  }
  for (let person = INFRASTRUCTURE.first; person < INFRASTRUCTURE.end; person++) {
    give(person, NETWORK, EXPERT);
    give(person, SERVERS, EXPERT);
  }
  const incident = (team: StepSpecification['team'], skill: number): StepSpecification[] => [
    { team: DESK, skill: TRIAGE, effort: [CONSTANT_EFFORT, 0.1] },
    { team: DESK, skill: TRIAGE, effort: [EXPONENTIAL_EFFORT, 0.3], exitsWhenResolvable: true },
    { team, skill, effort: [LOGNORMAL_EFFORT, 2] },
    { team: DESK, skill: TRIAGE, effort: [CONSTANT_EFFORT, 0.1] },
  ];
  const streams: StepSpecification[][] = [
    incident(APPLICATIONS, APPS),
    incident(INFRASTRUCTURE, NETWORK),
    [
      { team: DESK, skill: TRIAGE, effort: [CONSTANT_EFFORT, 0.1] },
      { team: APPLICATIONS, skill: DATABASE, effort: [EXPONENTIAL_EFFORT, 1] },
    ],
    [
      { team: INFRASTRUCTURE, skill: SERVERS, effort: [EXPONENTIAL_EFFORT, 1] },
      { team: INFRASTRUCTURE, skill: SERVERS, effort: [EXPONENTIAL_EFFORT, 2] },
    ],
  ];
  const steps = streams.flat();
  const firstSteps = streams.map((_, index) => streams.slice(0, index).flat().length);
  const stepPosition = Int32Array.from(streams.flatMap((stream) => stream.map((_, position) => position)));
  // Lognormal with mean 2 and cv 1, as lognormal.ts derives it: sigma² = ln(1 + cv²), mu = ln m − sigma²/2.
  const logVariance = Math.log1p(1 * 1);
  const eligible = steps.map((step) => {
    const members: number[] = [];
    for (let person = step.team.first; person < step.team.end; person++) {
      if (level[person * SKILLS + step.skill]! > 0) members.push(person);
    }
    return Int32Array.from(members);
  });
  return {
    people,
    skills: SKILLS,
    level,
    speed,
    success,
    steps: steps.length,
    stepSkill: Int32Array.from(steps, (step) => step.skill),
    stepPosition,
    stepNext: Int32Array.from(steps, (_, index) =>
      firstSteps.includes(index + 1) || index + 1 === steps.length ? -1 : index + 1,
    ),
    stepExitsWhenResolvable: Int32Array.from(steps, (step) => (step.exitsWhenResolvable ? 1 : 0)),
    stepEffortKind: Int32Array.from(steps, (step) => step.effort[0]),
    stepEffortParameter: Float64Array.from(steps, ({ effort: [kind, mean] }) =>
      kind === CONSTANT_EFFORT
        ? mean
        : kind === EXPONENTIAL_EFFORT
          ? 1 / mean
          : Math.log(mean) - logVariance / 2,
    ),
    stepEffortSigma: Float64Array.from(steps, () => Math.sqrt(logVariance)),
    eligible,
    tiers: Array.from({ length: people }, (_, person) => tiersOf(person, eligible, steps, level)),
    typeNames: ['application incident', 'infrastructure incident', 'database request', 'server change'],
    typeRatePerHour: Float64Array.of(4, 3, 3, 1.4),
    typeFirstStep: Int32Array.from(firstSteps),
    typeStepCount: Int32Array.from(streams, (stream) => stream.length),
    typeDrawsLevels: Int32Array.of(1, 1, 0, 0),
    typeResolvableProbability: Float64Array.of(0.6, 0.6, 0, 0),
    levelCumulativeWeights: Float64Array.of(1, 4, 10, 20),
    levelWeightTotal: 20,
    priorityMatrix: Int32Array.of(1, 2, 3, 4, 2, 3, 4, 4, 3, 4, 4, 4, 4, 4, 4, 4),
  };
}

// A person's pull order, as the engine's buildTiers: the steps they are eligible for, grouped by their
// level in each step's skill, highest level first, steps in index order within a tier.
function tiersOf(
  person: number,
  eligible: readonly Int32Array[],
  steps: readonly StepSpecification[],
  level: Float64Array,
): Int32Array[] {
  const own = steps.flatMap((_, index) => (eligible[index]!.includes(person) ? [index] : []));
  const levelAt = (index: number): number => level[person * SKILLS + steps[index]!.skill]!;
  const distinct = [...new Set(own.map(levelAt))].sort((left, right) => right - left);
  return distinct.map((tierLevel) => Int32Array.from(own.filter((index) => levelAt(index) === tierLevel)));
}
