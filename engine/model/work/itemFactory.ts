// Creates work items when they arrive, drawing everything that belongs to the item (impact, urgency,
// class of service, efforts, value, patience, attributes) from its type's own stream, in a fixed order.
import { type Rng, type SubStreamSeed, subStreamSeedWord, weightedChoice } from '../../random/index.ts';
import type { CompiledModel } from '../definition/compiledModel.ts';
import type { Arrival } from '../demand/arrivalSource.ts';
import { priorityOf } from './priorityMatrix.ts';
import type { ClassOfService, WorkItem } from './workItem.ts';
import { drawNumber } from './workType.ts';

/** A work item with the run-time bookkeeping the service system keeps on it. */
export interface RunningItem extends WorkItem, SubStreamSeed {
  /**
   * The item's own stream for later decisions (success, rework, exits, blocking), built from its seed
   * words at the first decision (`ServiceSystem` does); undefined until then.
   */
  decisions: Rng | undefined;
  /** Pending abandonment event, or -1. */
  abandonEvent: number;
  /** The step a misrouted item goes back to after the wrong group's visit, or -1. */
  detourTo: number;
  /** Start of the current blocked period. */
  blockedSince: number;
  /** Queue, touch and blocked time when the current step visit began. */
  queueAtEntry: number;
  touchAtEntry: number;
  blockedAtEntry: number;
  /** Whether the current step visit has started work yet (for time-to-answer). */
  answered: boolean;
  /**
   * Effort in hours at expert speed per position in its value stream: the step's own draw when the work
   * type gives none for the step's skill, else the skill's (`effortBySkill`).
   */
  readonly effortByStep: readonly number[];
}

const CLASSES: readonly ClassOfService[] = ['expedite', 'fixed-date', 'standard', 'intangible'];
/** The attributes of items whose type draws none but the built-in one. */
const RESOLVABLE = Object.freeze({ firstLineResolvable: true });
const NOT_RESOLVABLE = Object.freeze({ firstLineResolvable: false });

/** One work type's samplers, built once. */
interface TypeSamplers {
  readonly impact: { pick(rng: Rng): number } | undefined;
  readonly urgency: { pick(rng: Rng): number } | undefined;
  readonly classOfService: { pick(rng: Rng): ClassOfService } | undefined;
  readonly entitlement: { pick(rng: Rng): number } | undefined;
  /** Skill indices with an effort distribution on the work type, and the distribution. */
  readonly efforts: readonly { readonly skill: number; readonly sample: (rng: Rng) => number }[];
  /** Skill index of each step of the type's stream, by position. */
  readonly stepSkills: readonly number[];
  /** By position: the step's own effort where the type gives none for its skill, else undefined. */
  readonly stepEfforts: readonly (((rng: Rng) => number) | undefined)[];
  readonly attributeNames: readonly string[];
  readonly attributeProbabilities: readonly number[];
  /** The groups of `needs`, and their shares, in the order given. */
  readonly needNames: readonly string[];
  readonly needShares: readonly number[];
  /** NaN per skill, and per position of the stream: copied for each item's effort arrays. */
  readonly noEffortBySkill: readonly number[];
  readonly noEffortByStep: readonly number[];
}

/**
 * Makes items of every work type. Draws happen in a fixed order per item, so the n-th item of a type is
 * the same in every variant run with the same seed (common random numbers).
 */
export class ItemFactory {
  private readonly model: CompiledModel;
  private readonly streams: readonly Rng[];
  private readonly samplers: readonly TypeSamplers[];
  private readonly slaHours: readonly number[];
  private readonly keepRecords: boolean;
  private nextId = 0;
  /** Per work type, the factor on its escalations (1 until a known error is published). */
  private readonly escalationScale: Float64Array;

  /** @param streams - one attribute stream per work type */
  constructor(model: CompiledModel, streams: readonly Rng[]) {
    this.model = model;
    this.streams = streams;
    this.escalationScale = new Float64Array(model.workTypes.length).fill(1);
    this.slaHours = model.definition.slaHours ?? [];
    this.keepRecords = model.definition.keepRecords ?? false;
    this.samplers = model.workTypes.map(({ definition, stream }) => {
      const levels = (weights: readonly number[] | undefined) =>
        weights === undefined
          ? undefined
          : weightedChoice({ options: weights.map((_, index) => index + 1), weights });
      const classWeights = definition.classOfServiceWeights;
      const efforts: { skill: number; sample: (rng: Rng) => number }[] = [];
      for (const [skill, distribution] of Object.entries(definition.effort ?? {})) {
        efforts.push({ skill: model.skills.indexOf(skill), sample: (rng) => distribution.sample(rng) });
      }
      const { firstStep, stepCount } = model.streams[stream]!; // a checked model's types name real streams
      const streamSteps = model.steps.slice(firstStep, firstStep + stepCount);
      const stepSkills = streamSteps.map((step) => step.skill);
      const stepEfforts = streamSteps.map((step) => {
        const own = step.definition.effort;
        return own === undefined || efforts.some((effort) => effort.skill === step.skill)
          ? undefined
          : (rng: Rng) => own.sample(rng);
      });
      const attributes = Object.entries(definition.attributes ?? {});
      return {
        impact: levels(definition.impactWeights),
        urgency: levels(definition.urgencyWeights),
        classOfService:
          classWeights === undefined
            ? undefined
            : weightedChoice({ options: CLASSES, weights: CLASSES.map((name) => classWeights[name] ?? 0) }),
        entitlement:
          definition.entitlementWeights === undefined
            ? undefined
            : weightedChoice({
                options: definition.entitlementWeights.map((_, index) => index),
                weights: definition.entitlementWeights,
              }),
        efforts,
        stepSkills,
        stepEfforts,
        attributeNames: attributes.map(([name]) => name),
        attributeProbabilities: attributes.map(([, probability]) => probability),
        needNames: Object.keys(definition.needs ?? {}),
        needShares: Object.values(definition.needs ?? {}),
        noEffortBySkill: model.skills.map(() => Number.NaN),
        noEffortByStep: stepSkills.map(() => Number.NaN),
      };
    });
  }

  /** Number of items made so far. */
  get created(): number {
    return this.nextId;
  }

  /**
   * Multiplies the escalations of a type's later arrivals by `scale` (a published known error): the
   * shares of its `needs`, or its share not resolvable at first line. The draws stay the same, so an item
   * resolvable at first line before stays so.
   */
  scaleEscalations(typeIndex: number, scale: number): void {
    this.escalationScale[typeIndex] = (this.escalationScale[typeIndex] ?? 1) * scale;
  }

  /**
   * Makes the next item of a type arriving now.
   * @throws Error when a replayed priority is outside the model's priorities
   */
  create(typeIndex: number, now: number, arrival: Arrival, dependsOn: readonly number[] = []): RunningItem {
    // One work type, sampler and stream per type index.
    const { definition, service } = this.model.workTypes[typeIndex]!;
    const samplers = this.samplers[typeIndex]!;
    const rng = this.streams[typeIndex]!;
    // Without weights, impact and urgency are 2 of 4: P3 under the default matrix, routine work.
    const impact = samplers.impact?.pick(rng) ?? 2;
    const urgency = samplers.urgency?.pick(rng) ?? 2;
    let priority = priorityOf(this.model.priorityMatrix, impact, urgency);
    if (arrival.priority !== undefined) {
      if (
        !Number.isInteger(arrival.priority) ||
        arrival.priority < 1 ||
        arrival.priority > this.model.priorityCount
      ) {
        throw new Error(
          `work type "${definition.name}": a replayed ticket has priority ${arrival.priority}; the model has priorities 1 to ${this.model.priorityCount}`,
        );
      }
      priority = arrival.priority;
    }
    const classOfService = samplers.classOfService?.pick(rng) ?? 'standard';
    const entitlement = samplers.entitlement?.pick(rng) ?? 0;
    const requester = Math.floor(rng() * (definition.requesters ?? 1000));
    // Plain arrays: allocating a typed array per item costs far more than these few numbers. Copies of a
    // packed template, because `new Array(n)` makes a holey array, slower to fill and to read.
    const effortBySkill = samplers.noEffortBySkill.slice();
    for (const effort of samplers.efforts) {
      effortBySkill[effort.skill] = arrival.effortHours ?? effort.sample(rng);
    }
    // Each step with its own effort draws it, in stream order (two steps of one skill differ); the first
    // such draw of a skill also stands for the skill, as steps without an effort of their own use it.
    const { stepSkills, stepEfforts } = samplers;
    const effortByStep = samplers.noEffortByStep.slice();
    for (let position = 0; position < stepSkills.length; position++) {
      const own = stepEfforts[position];
      if (own === undefined) continue;
      const skill = stepSkills[position]!; // position < stepSkills.length
      const effort = arrival.effortHours ?? own(rng);
      effortByStep[position] = effort;
      if (Number.isNaN(effortBySkill[skill])) effortBySkill[skill] = effort;
    }
    for (let position = 0; position < stepSkills.length; position++) {
      if (stepEfforts[position] === undefined) effortByStep[position] = effortBySkill[stepSkills[position]!]!;
    }
    const valuePerHour = drawNumber(definition.valuePerHour, rng, 0);
    const costOfDelayPerHour = drawNumber(definition.costOfDelayPerHour, rng, valuePerHour);
    const deadlineHours = drawNumber(definition.deadlineHours, rng, Number.POSITIVE_INFINITY);
    // A known error shrinks the share that escalates; unscaled, the share is used as given (no rounding).
    const scale = this.escalationScale[typeIndex] ?? 1;
    const resolvable = definition.firstLineResolvable ?? 0;
    const resolvableDraw = rng() < (scale === 1 ? resolvable : 1 - (1 - resolvable) * scale);
    // A type with needs draws one more number, the group (or none); types without keep their sequence.
    const need = samplers.needNames.length > 0 ? pickNeed(samplers.needShares, rng(), scale) : -1;
    const firstLineResolvable = samplers.needNames.length > 0 ? need < 0 : resolvableDraw;
    const patience =
      definition.patience === undefined ? Number.POSITIVE_INFINITY : definition.patience.sample(rng);
    const serviceImpact =
      definition.service === undefined ? 0 : drawNumber(definition.service.impact, rng, 0);
    const attributes = this.attributesOf(samplers, firstLineResolvable, need, rng);
    // The seed words of the item's own stream, drawn now so this stream's sequence does not depend on
    // whether the item ever decides anything; the generator is built at its first decision, if any.
    const seedA = subStreamSeedWord(rng);
    const seedB = subStreamSeedWord(rng);
    const seedC = subStreamSeedWord(rng);
    const seedCounter = subStreamSeedWord(rng);
    const slaTarget = this.slaHours[priority - 1];
    return {
      id: this.nextId++,
      typeIndex,
      typeName: definition.name,
      category: definition.category ?? 'service-request',
      arrivalTime: now,
      priority,
      impact,
      urgency,
      classOfService,
      entitlement,
      requester,
      effortBySkill,
      valuePerHour,
      costOfDelayPerHour,
      deadline: now + deadlineHours,
      slaDue: slaTarget === undefined ? Number.POSITIVE_INFINITY : now + slaTarget,
      firstLineResolvable,
      patience,
      service,
      serviceImpact,
      attributes,
      dependsOn,
      state: 'queued',
      stepIndex: -1,
      enqueuedAt: now,
      stepEnteredAt: now,
      remainingEffort: 0,
      touchTime: 0,
      queueTime: 0,
      blockedTime: 0,
      handoffs: 0,
      lastTeam: -1,
      reassignments: 0,
      reworks: 0,
      valueStartTime: Number.NaN,
      completionTime: Number.NaN,
      firstStartTime: Number.NaN,
      firstWaitTime: Number.NaN,
      record: this.keepRecords ? [] : undefined,
      decisions: undefined,
      seedA,
      seedB,
      seedC,
      seedCounter,
      lastWorker: -1,
      abandonEvent: -1,
      detourTo: -1,
      blockedSince: now,
      queueAtEntry: 0,
      touchAtEntry: 0,
      blockedAtEntry: 0,
      answered: false,
      effortByStep,
    };
  }

  // The item's attributes: drawn by name for a type that has some; for one with only the built-in
  // firstLineResolvable, one of two shared frozen records (readonly on WorkItem), which saves an object
  // per item.
  private attributesOf(
    samplers: TypeSamplers,
    firstLineResolvable: boolean,
    need: number,
    rng: Rng,
  ): Readonly<Record<string, boolean>> {
    const names = samplers.attributeNames;
    const needNames = samplers.needNames;
    if (names.length === 0 && needNames.length === 0)
      return firstLineResolvable ? RESOLVABLE : NOT_RESOLVABLE;
    const attributes: Record<string, boolean> = { firstLineResolvable };
    for (let index = 0; index < names.length; index++) {
      // index < names.length, and there is one probability per name.
      attributes[names[index]!] = rng() < samplers.attributeProbabilities[index]!;
    }
    for (let index = 0; index < needNames.length; index++) attributes[needNames[index]!] = index === need;
    return attributes;
  }
}

// The group whose cumulative share (times `scale`) first passes u, or -1 when u falls past them all
// (first line only).
function pickNeed(shares: readonly number[], u: number, scale: number): number {
  let cumulative = 0;
  for (let index = 0; index < shares.length; index++) {
    cumulative += shares[index]! * scale; // index < shares.length
    if (u < cumulative) return index;
  }
  return -1;
}
