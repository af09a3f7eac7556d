// The service model at run time: items arrive, pass through the steps of their value stream, wait in
// step queues, and are worked by people chosen by the assignment policy in the queue order's sequence.
// Longer than most files (~790 lines): the item life cycle reads best in one place (arrive, enter, queue,
// work, leave); shift and on-call handling (the last third) is the candidate to split out next.
import { Simulation } from '../../kernel/index.ts';
import { type Rng, stream } from '../../random/index.ts';
import { subStreamFromSeed } from '../../random/subStream.ts';
import type { CompiledModel, CompiledStep } from '../definition/compiledModel.ts';
import type { Arrival } from '../demand/arrivalSource.ts';
import { DeskMetrics } from '../metrics/deskMetrics.ts';
import { FlowMetrics } from '../metrics/flowMetrics.ts';
import { ItemFactory, type RunningItem } from '../work/itemFactory.ts';
import type { AssignmentContext, AssignmentPolicy } from './assignmentPolicy.ts';
import { type QueueOrderContext, type Selection, selectAcross } from './queueOrder.ts';
import { nextGateOpening } from './valueStream.ts';
import { Worker } from '../people/worker.ts';
import type { WorkItem, WorkItemTraceEvent, WorkStepEvent, WorkStepEventKind } from '../work/workItem.ts';
import type { IntakeRule } from '../work/workType.ts';

const NO_DEPENDENCIES: readonly number[] = [];
/** The `position` of an item handed to a person as it reaches a step, without entering the queue. */
const NOT_QUEUED = -1;

// What the assignment policy sees of a decision, one object reused for all of them. A class rather than
// an object literal: literals share V8's shape tree with every other `{ now, ... }` literal, and there
// `now` had become a tagged field, so each decision allocated a heap number for the time.
class AssignmentDecision implements AssignmentContext {
  now = 0;
  step = 0;
  readonly rng: () => number;

  constructor(rng: () => number) {
    this.rng = rng;
  }
}

/** Where a replication's randomness comes from, and the warm-up. */
export interface ServiceSystemOptions {
  readonly seed: number | string;
  readonly replication: number;
  /** Statistics restart at this time, hours; default 0 (no warm-up). */
  readonly warmUpHours?: number;
}

/**
 * One replication of a compiled service model on its own simulation. Construct it, `run(hours)`, then
 * read `metrics`, `desks` and `workers` (or `serviceResults()` in results.ts for plain data).
 *
 * Rules: an arriving item goes to an available qualified person at once if there is one (the assignment
 * policy chooses which); otherwise it waits. A person who becomes free takes, from the steps they can
 * do, the queues where their skill level is highest first, and there the item the queue order ranks
 * first (ties first in, first out).
 *
 * @example
 * const system = new ServiceSystem(compileModel(definition), { seed: 1, replication: 0 });
 * system.run(24 * 7 * 52);
 * system.metrics.counts.completed; // => items completed in the year
 */
export class ServiceSystem {
  readonly simulation: Simulation;
  readonly model: CompiledModel;
  readonly workers: readonly Worker[];
  readonly metrics: FlowMetrics;
  readonly desks: readonly DeskMetrics[];
  /** Samples of total WIP and each step's queue length, every `sampleEveryHours`. */
  readonly samples: { readonly time: number[]; readonly wip: number[]; readonly queues: number[][] };
  private readonly queues: RunningItem[][];
  /** Items in all step queues together: when none wait, a person who becomes free need not search. */
  private queuedCount = 0;
  private readonly inStep: Int32Array;
  private readonly waitingToEnter: RunningItem[][];
  private readonly factory: ItemFactory;
  private readonly deskOfStep: Int32Array;
  /** For each worker, the queues of the steps they can do, grouped by their level there (highest first). */
  private readonly tiers: { readonly steps: number[]; readonly queues: RunningItem[][] }[][];
  private readonly stepsOfTeam: number[][];
  /** The people who can do each step, as workers (the dispatch loop's look-up). */
  private readonly eligibleWorkers: readonly Worker[][];
  /** Level and speed of each eligible person in the step's skill, in `eligibleWorkers` order. */
  private readonly eligibleLevels: readonly Float64Array[];
  private readonly eligibleSpeeds: readonly Float64Array[];
  private readonly waitingOnDependency = new Map<number, RunningItem[]>();
  private readonly pendingJoin: Uint8Array;
  // The people free for an arrival, gathered here first, then copied into `candidatesBySize[count]`, an
  // array of exactly that length: emptying one array with `length = 0` drops its storage, so refilling it
  // allocated anew on every arrival (a visible share of the run time, and garbage).
  private readonly freeWorkers: Worker[];
  private readonly candidatesBySize: Worker[][];
  private readonly selection: Selection = { queue: 0, position: 0 };
  private readonly assignmentContext: AssignmentDecision;
  private readonly orderContext: QueueOrderContext & { now: number };
  private chooser: Worker | undefined;
  private readonly keepRecords: boolean;
  private readonly assignment: AssignmentPolicy;
  private readonly intakes: readonly (IntakeRule | undefined)[];
  /** `model.steps`, one load nearer for the hot paths. */
  private readonly steps: readonly CompiledStep[];
  /** For each step, the global index just past the last step of its value stream. */
  private readonly streamEndOfStep: Int32Array;
  /** For each work type, the global index of the first step of its value stream. */
  private readonly firstStepOfType: Int32Array;
  /** Whether any team has on-call people (an elastic rule); without, enqueue need not look. */
  private readonly anyElastic: boolean;

  constructor(model: CompiledModel, options: ServiceSystemOptions) {
    this.model = model;
    this.steps = model.steps;
    this.simulation = new Simulation();
    const definition = model.definition;
    this.keepRecords = definition.keepRecords ?? false;
    const stepCount = model.steps.length;
    this.queues = Array.from({ length: stepCount }, () => []);
    this.waitingToEnter = Array.from({ length: stepCount }, () => []);
    this.inStep = new Int32Array(stepCount);
    this.workers = model.people.map((person) => new Worker(person));
    this.metrics = new FlowMetrics(
      model.workTypes.length,
      model.priorityCount,
      stepCount,
      definition.slaHours ?? [],
    );
    this.factory = new ItemFactory(
      model,
      model.workTypes.map(({ definition: type }) =>
        stream(options.seed, options.replication, `items:${type.name}`),
      ),
    );
    this.deskOfStep = new Int32Array(stepCount).fill(-1);
    this.desks = (definition.serviceDesks ?? []).map((desk, index) => {
      const streamIndex = model.streams.findIndex((candidate) => candidate.name === desk.valueStream);
      const step = model.steps.find(
        (candidate) => candidate.stream === streamIndex && candidate.definition.name === desk.step,
      )!;
      this.deskOfStep[step.index] = index;
      return new DeskMetrics(desk, step.index);
    });
    this.tiers = this.workers.map((worker) => this.buildTiers(worker));
    this.eligibleWorkers = model.steps.map((step) => step.eligible.map((index) => this.workers[index]!));
    this.eligibleLevels = model.steps.map((step) =>
      Float64Array.from(step.eligible, (index) => model.people[index]!.levels[step.skill]!),
    );
    this.eligibleSpeeds = model.steps.map((step) =>
      Float64Array.from(step.eligible, (index) => model.people[index]!.speeds[step.skill]!),
    );
    this.freeWorkers = [...this.workers];
    this.candidatesBySize = Array.from({ length: this.workers.length + 1 }, (_, size) =>
      this.workers.slice(0, size),
    );
    this.stepsOfTeam = model.teams.map((_, team) =>
      model.steps.filter((step) => step.teams.includes(team)).map((step) => step.index),
    );
    this.pendingJoin = new Uint8Array(this.workers.length);
    // Policies and rules that keep counts get a copy of their own, so live replications never share them.
    this.assignment = definition.assignment.forReplication?.() ?? definition.assignment;
    this.intakes = model.workTypes.map(({ definition: type }) => type.intake?.forReplication());
    this.streamEndOfStep = Int32Array.from(model.steps, (step) => {
      const stream = model.streams[step.stream]!;
      return stream.firstStep + stream.stepCount;
    });
    this.firstStepOfType = Int32Array.from(model.workTypes, (type) => model.streams[type.stream]!.firstStep);
    this.anyElastic = model.elasticByTeam.some((rule) => rule !== undefined);
    this.assignmentContext = new AssignmentDecision(stream(options.seed, options.replication, 'assignment'));
    this.orderContext = {
      now: 0,
      effortAt: (item) => item.remainingEffort,
      levelOfChooser: (item) =>
        this.chooser === undefined ? 0 : this.chooser.person.levels[this.steps[item.stepIndex]!.skill]!,
      availablePeopleFor: (item) => this.countAvailable(this.steps[item.stepIndex]!),
    };
    const samplePeriod = definition.sampleEveryHours ?? 24;
    this.samples = { time: [], wip: [], queues: model.steps.map(() => []) };
    const simulation = this.simulation;
    const warmUp = options.warmUpHours ?? 0;
    if (warmUp > 0) simulation.setWarmUp(warmUp);
    simulation.onWarmUpEnd(() => this.resetStatistics());
    model.workTypes.forEach(({ definition: type }, typeIndex) => {
      type.arrivals.forEach((source, sourceIndex) => {
        source.start({
          simulation,
          rng: stream(options.seed, options.replication, `arrivals:${type.name}:${sourceIndex}`),
          offer: (arrival) => {
            this.offer(typeIndex, arrival, NO_DEPENDENCIES, undefined);
          },
        });
      });
    });
    for (const worker of this.workers) this.scheduleShifts(worker);
    simulation.schedule(samplePeriod, this.takeSample, samplePeriod);
  }

  /** Runs until `hours` (absolute simulation time). */
  run(hours: number): void {
    this.simulation.run({ until: hours });
    for (const worker of this.workers) worker.advance(this.simulation.now);
  }

  /**
   * Offers items of a work type now, as an arrival source would (also for items created from code).
   * @param dependsOn - ids of items (made earlier) that must complete before these start any step
   * @returns the items made (refused or automated ones included)
   * @throws Error when the type is unknown, or a dependency names an item not made yet
   */
  offerByName(
    typeName: string,
    arrival: Arrival = { count: 1 },
    dependsOn: readonly number[] = [],
  ): WorkItem[] {
    const typeIndex = this.model.workTypes.findIndex(({ definition }) => definition.name === typeName);
    if (typeIndex < 0) {
      throw new Error(
        `work type "${typeName}" does not exist (work types: ${this.model.workTypes.map(({ definition }) => definition.name).join(', ')})`,
      );
    }
    for (const id of dependsOn) {
      if (!(Number.isInteger(id) && id >= 0 && id < this.factory.created)) {
        throw new Error(
          `work type "${typeName}": dependsOn names item ${id}, but only items 0 to ${this.factory.created - 1} exist`,
        );
      }
    }
    const items: WorkItem[] = [];
    this.offer(typeIndex, arrival, dependsOn, items);
    return items;
  }

  /** Items waiting in a step's queue now (global step index). */
  queueLength(step: number): number {
    return this.queues[step]!.length;
  }

  // Makes and routes the items of one arrival; collects them into `made` when given.
  private offer(
    typeIndex: number,
    arrival: Arrival,
    dependsOn: readonly number[],
    made: WorkItem[] | undefined,
  ): void {
    if (
      arrival.typeName !== undefined &&
      arrival.typeName !== this.model.workTypes[typeIndex]!.definition.name
    ) {
      const { typeName, ...rest } = arrival;
      const items = this.offerByName(typeName, rest, dependsOn);
      made?.push(...items);
      return;
    }
    const now = this.simulation.now;
    const type = this.model.workTypes[typeIndex]!.definition;
    for (let count = 0; count < arrival.count; count++) {
      const item = this.factory.create(typeIndex, now, arrival, dependsOn);
      made?.push(item);
      this.metrics.counts.offered++;
      this.note(item, 'arrive');
      const intake = this.intakes[typeIndex];
      if (intake !== undefined && !intake.admit(item.requester, now)) {
        item.state = 'refused';
        item.completionTime = now;
        this.metrics.counts.refused++;
        this.note(item, 'refuse');
        continue;
      }
      if (type.automation?.decide(this.decisionsOf(item))) {
        // Admitted, and resolved without people (it never enters a queue, so it is never open).
        this.metrics.counts.admitted++;
        this.metrics.counts.automated++;
        item.state = 'automated';
        item.valueStartTime = item.completionTime = now + type.automation.durationHours;
        this.note(item, 'automate');
        continue;
      }
      intake?.opened(item.requester, now);
      this.metrics.admitted(item, now);
      const release = type.deferral?.releaseTime(now) ?? now;
      if (release > now) {
        item.state = 'deferred';
        item.blockedSince = now;
        this.simulation.scheduleAt(release, this.releaseDeferred, item);
      } else {
        this.enterStream(item);
      }
    }
  }

  private readonly releaseDeferred = (item: RunningItem): void => {
    item.blockedTime += this.simulation.now - item.blockedSince;
    this.enterStream(item);
  };

  private enterStream(item: RunningItem): void {
    // A dependency is unmet while its item is still open (memory stays bounded by the work in progress).
    // Checked for length first: most items depend on nothing, and filter would allocate for each.
    const unmet =
      item.dependsOn.length === 0
        ? NO_DEPENDENCIES
        : item.dependsOn.filter((id) => this.metrics.open.has(id));
    if (unmet.length > 0) {
      item.state = 'waiting-on-dependency';
      item.blockedSince = this.simulation.now;
      for (const id of unmet) {
        const waiting = this.waitingOnDependency.get(id) ?? [];
        waiting.push(item);
        this.waitingOnDependency.set(id, waiting);
      }
      return;
    }
    this.moveTo(item, this.firstStepOfType[item.typeIndex]!);
  }

  // Moves an item to a step (skipping steps its attributes skip), or completes it past the last step.
  private moveTo(item: RunningItem, target: number): void {
    const steps = this.steps;
    const streamEnd = this.streamEndOfStep[target]!;
    let step = target;
    while (step < streamEnd) {
      const skipWhen = steps[step]!.definition.skipWhen;
      if (skipWhen === undefined || item.attributes[skipWhen] !== true) break;
      step++;
    }
    if (step >= streamEnd) {
      this.complete(item);
      return;
    }
    const now = this.simulation.now;
    item.stepIndex = step;
    const limit = steps[step]!.definition.wipLimit;
    if (limit !== undefined && this.inStep[step]! >= limit) {
      item.state = 'blocked';
      item.blockedSince = now;
      this.waitingToEnter[step]!.push(item);
      return;
    }
    this.enterStep(item, step);
  }

  // The visit starts here, not before a full step: time waiting for room under a WIP limit is blocked
  // time of the item, outside the step's WIP and visit time (so Little's law holds for the step).
  private enterStep(item: RunningItem, step: number): void {
    const now = this.simulation.now;
    const compiled = this.steps[step]!;
    const definition = compiled.definition;
    item.stepEnteredAt = now;
    item.queueAtEntry = item.queueTime;
    item.touchAtEntry = item.touchTime;
    item.blockedAtEntry = item.blockedTime;
    item.answered = false;
    this.inStep[step]!++;
    this.metrics.stepWip[step]!.update(this.inStep[step]!, now);
    item.remainingEffort = item.effortByStep[compiled.position]!;
    if (definition.blocking !== undefined && this.decisionsOf(item)() < definition.blocking.probability) {
      item.state = 'blocked';
      item.blockedSince = now;
      this.note(item, 'block');
      this.simulation.schedule(
        definition.blocking.duration.sample(this.decisionsOf(item)),
        this.unblock,
        item,
      );
      return;
    }
    this.passGate(item);
  }

  private readonly unblock = (item: RunningItem): void => {
    item.blockedTime += this.simulation.now - item.blockedSince;
    this.note(item, 'unblock');
    this.passGate(item);
  };

  private passGate(item: RunningItem): void {
    const now = this.simulation.now;
    const gate = this.steps[item.stepIndex]!.definition.gate;
    const opening = gate === undefined ? now : nextGateOpening(gate, now);
    if (opening > now) {
      item.state = 'gated';
      item.blockedSince = now;
      this.simulation.scheduleAt(opening, this.openGate, item);
      return;
    }
    this.enqueue(item);
  }

  private readonly openGate = (item: RunningItem): void => {
    item.blockedTime += this.simulation.now - item.blockedSince;
    this.enqueue(item);
  };

  private enqueue(item: RunningItem): void {
    const now = this.simulation.now;
    const step = item.stepIndex;
    item.state = 'queued';
    item.enqueuedAt = now;
    this.note(item, 'enqueue');
    const queue = this.queues[step]!;
    const compiled = this.steps[step]!;
    // Invariant: a person who could take more pulls from their queues at once, so when others already
    // wait here nobody eligible is free, and the search can be skipped. When somebody is free, the item
    // goes to them without entering the queue: it never waits, so the queue length never counts it.
    if (queue.length === 0) {
      const worker = this.chooseFreeWorker(item, compiled);
      if (worker !== undefined) {
        this.start(worker, item, NOT_QUEUED);
        return;
      }
    }
    queue.push(item);
    this.queuedCount++;
    this.metrics.queueLengths[step]!.update(queue.length, now);
    // Patience covers the wait for a first answer, as for a Resource: once somebody has worked on the
    // item, later queues (next steps, rework, hand-over) do not make the requester give up.
    if (item.patience !== Number.POSITIVE_INFINITY && Number.isNaN(item.firstStartTime)) {
      item.abandonEvent = this.simulation.schedule(item.patience, this.abandon, item);
    }
    this.callElastic(compiled);
  }

  // The available qualified person the assignment policy chooses for an item, or undefined if none is free.
  private chooseFreeWorker(item: RunningItem, step: CompiledStep): Worker | undefined {
    const now = this.simulation.now;
    const eligible = this.eligibleWorkers[step.index]!;
    const levels = this.eligibleLevels[step.index]!;
    const speeds = this.eligibleSpeeds[step.index]!;
    const free = this.freeWorkers;
    let count = 0;
    for (let index = 0; index < eligible.length; index++) {
      const worker = eligible[index]!;
      if (!worker.canTakeMore(now)) continue;
      worker.level = levels[index]!;
      worker.speed = speeds[index]!;
      free[count++] = worker;
    }
    if (count === 0) return undefined;
    const candidates = this.candidatesBySize[count]!; // count <= number of people
    for (let index = 0; index < count; index++) candidates[index] = free[index]!;
    const context = this.assignmentContext;
    context.now = now;
    context.step = step.index;
    const chosen = this.assignment.choose(candidates, item, context);
    const worker = candidates[chosen];
    if (worker === undefined) {
      throw new Error(
        `assignment policy "${this.assignment.kind}" chose candidate ${chosen} of ${candidates.length}`,
      );
    }
    return worker;
  }

  // `position` is the item's place in its step's queue, or NOT_QUEUED for an item that never entered it.
  private start(worker: Worker, item: RunningItem, position: number): void {
    const now = this.simulation.now;
    const step = item.stepIndex;
    if (position !== NOT_QUEUED) {
      const queue = this.queues[step]!;
      removeAt(queue, position);
      this.queuedCount--;
      this.metrics.queueLengths[step]!.update(queue.length, now);
    }
    if (item.abandonEvent >= 0) {
      this.simulation.cancel(item.abandonEvent);
      item.abandonEvent = -1;
    }
    item.queueTime += now - item.enqueuedAt;
    if (Number.isNaN(item.firstStartTime)) item.firstStartTime = now;
    if (!item.answered) {
      item.answered = true;
      const desk = this.deskOfStep[step]!;
      if (desk >= 0) this.desks[desk]!.answered(item.stepEnteredAt, now - item.enqueuedAt);
    }
    if (item.lastWorker >= 0 && item.lastWorker !== worker.index) {
      item.handoffs++;
      this.note(item, 'handoff', worker.name);
    }
    item.state = 'in-progress';
    this.note(item, 'start', worker.name);
    worker.advance(now);
    worker.take(item, this.steps[step]!.skill);
    this.scheduleCompletion(worker);
  }

  private scheduleCompletion(worker: Worker): void {
    if (worker.completionEvent >= 0) this.simulation.cancel(worker.completionEvent);
    worker.completionEvent = -1;
    const due = worker.nextCompletionTime(this.simulation.now);
    if (due !== Number.POSITIVE_INFINITY)
      worker.completionEvent = this.simulation.scheduleAt(due, this.workDone, worker);
  }

  private readonly workDone = (worker: Worker): void => {
    const now = this.simulation.now;
    worker.completionEvent = -1;
    worker.advance(now);
    const item = worker.finishedItem() as RunningItem | undefined;
    if (item !== undefined) this.finishWork(worker, item);
    this.scheduleCompletion(worker);
    this.pullWork(worker);
  };

  private finishWork(worker: Worker, item: RunningItem): void {
    const now = this.simulation.now;
    const step = this.steps[item.stepIndex]!;
    const skill = worker.drop(item, now);
    item.lastWorker = worker.index;
    this.note(item, 'finish-step', worker.name);
    const success = worker.person.firstTimeSuccess[skill]!;
    if (success < 1 && this.decisionsOf(item)() >= success) {
      // Not right first time: the work is redone at the same step.
      item.reworks++;
      item.remainingEffort = item.effortByStep[step.position]!;
      this.note(item, 'rework');
      this.enqueue(item);
      return;
    }
    this.leaveStep(item, step);
    const definition = step.definition;
    if (definition.restoresValue && Number.isNaN(item.valueStartTime)) {
      item.valueStartTime = now;
      this.note(item, 'restore');
    }
    if (step.reworkTo >= 0 && this.decisionsOf(item)() < definition.rework!.probability) {
      item.reworks++;
      this.note(item, 'rework');
      this.moveTo(item, step.reworkTo);
      return;
    }
    const exits =
      (definition.exitWhen !== undefined && item.attributes[definition.exitWhen] === true) ||
      (definition.exitProbability !== undefined && this.decisionsOf(item)() < definition.exitProbability);
    const last = step.index === this.streamEndOfStep[step.index]! - 1;
    if (exits && definition.exitDelivers === false) this.complete(item, false);
    else if (exits || last) this.complete(item, true);
    else this.moveTo(item, step.index + 1);
  }

  private leaveStep(item: RunningItem, step: CompiledStep): void {
    const now = this.simulation.now;
    const index = step.index;
    this.inStep[index]!--;
    this.metrics.stepWip[index]!.update(this.inStep[index]!, now);
    this.metrics.visitEnded(
      index,
      item.stepEnteredAt,
      item.queueTime - item.queueAtEntry,
      item.touchTime - item.touchAtEntry,
      item.blockedTime - item.blockedAtEntry,
      now,
    );
    const waiting = this.waitingToEnter[index]!;
    if (waiting.length > 0) {
      const next = waiting.shift()!;
      next.blockedTime += now - next.blockedSince;
      this.enterStep(next, index);
    }
  }

  // The item leaves its stream; `delivered` false means it was stopped (value never starts flowing).
  private complete(item: RunningItem, delivered = true): void {
    const now = this.simulation.now;
    item.state = 'completed';
    item.completionTime = now;
    if (delivered && Number.isNaN(item.valueStartTime)) item.valueStartTime = now;
    this.note(item, 'complete');
    this.finishRequest(item, true);
  }

  private readonly abandon = (item: RunningItem): void => {
    const now = this.simulation.now;
    item.abandonEvent = -1;
    const queue = this.queues[item.stepIndex]!;
    removeAt(queue, queue.indexOf(item));
    this.queuedCount--;
    this.metrics.queueLengths[item.stepIndex]!.update(queue.length, now);
    item.queueTime += now - item.enqueuedAt;
    this.leaveStep(item, this.steps[item.stepIndex]!);
    item.state = 'abandoned';
    item.completionTime = now;
    this.note(item, 'abandon');
    this.finishRequest(item, false);
  };

  // An item left (completed or abandoned): items waiting on it go on once nothing they depend on is open,
  // as an item offered after it left would (an abandoned item never completes; waiting for ever would leak).
  private finishRequest(item: RunningItem, completed: boolean): void {
    const now = this.simulation.now;
    this.intakes[item.typeIndex]?.closed(item.requester);
    this.metrics.left(item, now, completed);
    const dependants = this.waitingOnDependency.get(item.id);
    if (dependants === undefined) return;
    this.waitingOnDependency.delete(item.id);
    for (const dependant of dependants) {
      if (
        dependant.state === 'waiting-on-dependency' &&
        dependant.dependsOn.every((id) => !this.metrics.open.has(id))
      ) {
        dependant.blockedTime += now - dependant.blockedSince;
        this.enterStream(dependant);
      }
    }
  }

  // A person with room: take the best item from the steps where their level is highest first.
  private pullWork(worker: Worker): void {
    // When nothing waits anywhere, the search below would find nothing: skip it (the usual case in a
    // lightly loaded organisation, where arrivals find a free person at once).
    if (this.queuedCount > 0) this.takeWaiting(worker);
    if (worker.person.onCall && worker.active && worker.inHand === 0) this.releaseOnCall(worker);
  }

  private takeWaiting(worker: Worker): void {
    const now = this.simulation.now;
    const context = this.orderContext;
    context.now = now;
    const order = this.model.definition.queueOrder;
    while (worker.canTakeMore(now)) {
      let taken = false;
      this.chooser = worker;
      for (const tier of this.tiers[worker.index]!) {
        if (selectAcross(tier.queues, order, context, this.selection)) {
          const position = this.selection.position;
          const item = tier.queues[this.selection.queue]![position]!;
          this.chooser = undefined;
          this.start(worker, item, position);
          taken = true;
          break;
        }
      }
      this.chooser = undefined;
      if (!taken) break;
    }
  }

  private countAvailable(step: CompiledStep): number {
    let count = 0;
    for (const personIndex of step.eligible)
      if (this.workers[personIndex]!.canTakeMore(this.simulation.now)) count++;
    return count;
  }

  private buildTiers(worker: Worker): { steps: number[]; queues: RunningItem[][] }[] {
    const levels = worker.person.levels;
    const steps = this.model.steps.filter((step) => step.eligible.includes(worker.index));
    const distinct = [...new Set(steps.map((step) => levels[step.skill]!))].sort(
      (left, right) => right - left,
    );
    return distinct.map((level) => {
      const tierSteps = steps.filter((step) => levels[step.skill] === level).map((step) => step.index);
      return { steps: tierSteps, queues: tierSteps.map((index) => this.queues[index]!) };
    });
  }

  // People with calendars pull work when their shift starts; with hand-over, they give it back at its end.
  private scheduleShifts(worker: Worker): void {
    const calendar = worker.person.calendar;
    if (calendar === undefined) return;
    const now = this.simulation.now;
    const start = calendar.nextStart(calendar.isWorking(now) ? calendar.nextEnd(now) : now);
    if (start !== Number.POSITIVE_INFINITY) this.simulation.scheduleAt(start, this.shiftStarts, worker);
    const handover = this.model.definition.teams[worker.person.team]!.handoverAtShiftEnd ?? false;
    if (handover || this.keepRecords) {
      const end = calendar.nextEnd(now);
      if (end !== Number.POSITIVE_INFINITY) this.simulation.scheduleAt(end, this.shiftEnds, worker);
    }
  }

  private readonly shiftStarts = (worker: Worker): void => {
    const calendar = worker.person.calendar!;
    const now = this.simulation.now;
    // Only work paused at the last shift end resumes (not work handed to this person a moment ago).
    for (const item of worker.inHandItems as RunningItem[]) {
      if (item.record?.at(-1)?.kind === 'pause') this.note(item, 'resume', worker.name);
    }
    this.pullWork(worker);
    const next = calendar.nextStart(calendar.nextEnd(now));
    if (next !== Number.POSITIVE_INFINITY) this.simulation.scheduleAt(next, this.shiftStarts, worker);
  };

  private readonly shiftEnds = (worker: Worker): void => {
    const calendar = worker.person.calendar!;
    const now = this.simulation.now;
    const handover = this.model.definition.teams[worker.person.team]!.handoverAtShiftEnd ?? false;
    worker.advance(now);
    // Work done at this very instant is finished by this person, not handed over (a colleague would get
    // finished work, or it would wait for the next shift) nor noted as paused (its completion event is due now).
    if (handover) {
      for (let done = worker.finishedItem(); done !== undefined; done = worker.finishedItem()) {
        this.finishWork(worker, done as RunningItem);
      }
    }
    for (const item of [...worker.inHandItems] as RunningItem[]) {
      if (!handover) {
        if (!worker.hasFinished(item)) this.note(item, 'pause', worker.name);
        continue;
      }
      worker.drop(item, now);
      item.lastWorker = worker.index;
      this.enqueue(item);
    }
    if (handover) this.scheduleCompletion(worker);
    const next = calendar.nextEnd(calendar.nextStart(now));
    if (next !== Number.POSITIVE_INFINITY) this.simulation.scheduleAt(next, this.shiftEnds, worker);
  };

  // On-call people of a team join when the team's queues pass the rule's threshold.
  private callElastic(step: CompiledStep): void {
    if (!this.anyElastic) return;
    for (const team of step.teams) {
      const rule = this.model.elasticByTeam[team];
      if (rule === undefined || !rule.shouldJoin(this.teamQueueLength(team))) continue;
      for (const personIndex of this.model.teams[team]!.people) {
        const worker = this.workers[personIndex]!;
        if (!worker.person.onCall || worker.active || this.pendingJoin[personIndex]) continue;
        this.pendingJoin[personIndex] = 1;
        this.simulation.schedule(rule.joinDelayHours, this.joinOnCall, worker);
      }
    }
  }

  private readonly joinOnCall = (worker: Worker): void => {
    this.pendingJoin[worker.index] = 0;
    worker.setActive(true, this.simulation.now);
    this.pullWork(worker);
  };

  private releaseOnCall(worker: Worker): void {
    const rule = this.model.elasticByTeam[worker.person.team];
    if (rule?.shouldLeave(this.teamQueueLength(worker.person.team))) {
      worker.setActive(false, this.simulation.now);
    }
  }

  private teamQueueLength(team: number): number {
    let length = 0;
    for (const step of this.stepsOfTeam[team]!) length += this.queues[step]!.length;
    return length;
  }

  private readonly takeSample = (period: number): void => {
    const samples = this.samples;
    samples.time.push(this.simulation.now);
    samples.wip.push(this.metrics.open.size);
    this.queues.forEach((queue, step) => {
      samples.queues[step]!.push(queue.length);
    });
    this.simulation.schedule(period, this.takeSample, period);
  };

  private resetStatistics(): void {
    const now = this.simulation.now;
    this.metrics.reset(now);
    for (const worker of this.workers) worker.resetAccounts(now);
    for (const desk of this.desks) desk.reset();
  }

  // The item's own stream, built at its first decision from the seed words drawn when it was made.
  private decisionsOf(item: RunningItem): Rng {
    if (item.decisions === undefined) item.decisions = subStreamFromSeed(item);
    return item.decisions;
  }

  // Adds a line to the item's record (when records are kept) and announces it on `simulation.events$`
  // (when somebody subscribes); otherwise it costs one check.
  private note(item: RunningItem, kind: WorkStepEventKind, person?: string): void {
    const observed = this.simulation.observed;
    if (item.record === undefined && !observed) return;
    const time = this.simulation.now;
    // The record gives the position in the item's own stream (WorkStepEvent.step), not the global index.
    const step = item.stepIndex < 0 ? -1 : this.steps[item.stepIndex]!.position;
    const line: WorkStepEvent = person === undefined ? { kind, time, step } : { kind, time, step, person };
    item.record?.push(line);
    if (observed) {
      const event: WorkItemTraceEvent = {
        kind: `item-${kind}`,
        time,
        item: item.id,
        workType: item.typeName,
        priority: item.priority,
        step,
        ...(person === undefined ? {} : { person }),
      };
      this.simulation.emit(event);
    }
  }
}

// Removes the element at `position`, keeping the order of the rest; unlike splice, it allocates nothing
// (splice returns an array of the removed elements).
function removeAt<Element>(array: Element[], position: number): void {
  const last = array.length - 1;
  for (let index = position; index < last; index++) array[index] = array[index + 1]!;
  array.pop();
}
