// The service model at run time, the item life cycle: items arrive, pass through the steps of their value
// stream (held up by deferrals, dependencies, WIP limits, blocking and gates), are worked, and leave.
// Who works on what is the dispatcher's (workDispatcher.ts); shifts and on-call are shiftsAndOnCall.ts's.
import { Simulation } from '../../kernel/index.ts';
import { type Rng, stream, subStreamFromSeed } from '../../random/index.ts';
import type { CompiledModel, CompiledStep } from '../definition/compiledModel.ts';
import type { Arrival } from '../demand/arrivalSource.ts';
import { DeskMetrics } from '../metrics/deskMetrics.ts';
import { FlowMetrics } from '../metrics/flowMetrics.ts';
import type { ItemRecordsView } from '../metrics/itemRecords.ts';
import { type ServiceResults, summarizeService } from '../metrics/serviceResults.ts';
import { Worker } from '../people/worker.ts';
import { ItemFactory, type RunningItem } from '../work/itemFactory.ts';
import type { WorkItem, WorkItemTraceEvent, WorkStepEvent, WorkStepEventKind } from '../work/workItem.ts';
import type { IntakeRule } from '../work/workType.ts';
import { beginBlockedPeriod, endBlockedPeriod } from './blockedPeriod.ts';
import { ShiftsAndOnCall, type WorkLifeCycle } from './shiftsAndOnCall.ts';
import { nextGateOpening } from './valueStream.ts';
import { WorkDispatcher } from './workDispatcher.ts';

const NO_DEPENDENCIES: readonly number[] = [];

/** Where a replication's randomness comes from, the warm-up, and what it keeps. */
export interface ServiceSystemOptions {
  readonly seed: number | string;
  readonly replication: number;
  /** Statistics restart at this time, hours; default 0 (no warm-up). */
  readonly warmUpHours?: number;
  /** Keep a record of every item that leaves in the measured window (for percentiles); default true. */
  readonly recordItems?: boolean;
  /** Check the dispatch rule whenever the clock moves on (for tests; costs time); default false. */
  readonly checkDispatch?: boolean;
}

/**
 * One replication of a compiled service model on its own simulation. Construct it, `run(hours)`, then
 * read `results()`.
 *
 * @example
 * const system = new ServiceSystem(compileModel(definition), { seed: 1, replication: 0 });
 * system.run(24 * 7 * 52);
 * system.results().conservation.completed; // => items completed in the year
 */
export class ServiceSystem implements WorkLifeCycle {
  readonly simulation: Simulation;
  readonly model: CompiledModel;
  readonly workers: readonly Worker[];
  readonly metrics: FlowMetrics;
  readonly desks: readonly DeskMetrics[];
  /** Who works on what: the step queues and the assignment of items to people. */
  readonly dispatcher: WorkDispatcher;
  /** Samples of total WIP and each step's queue length, every `sampleEveryHours`. */
  readonly samples: { readonly time: number[]; readonly wip: number[]; readonly queues: number[][] };
  private readonly shifts: ShiftsAndOnCall;
  /** Items in each step (queued, in progress or blocked there). */
  private readonly inStep: Int32Array;
  /** Items waiting for room before a step at its WIP limit, oldest first. */
  private readonly waitingToEnter: RunningItem[][];
  private readonly factory: ItemFactory;
  /** For each step, the index of the desk measuring it, or -1. */
  private readonly deskOfStep: Int32Array;
  private readonly waitingOnDependency = new Map<number, RunningItem[]>();
  private readonly intakes: readonly (IntakeRule | undefined)[];
  /** `model.steps`, one load nearer for the hot paths. */
  private readonly steps: readonly CompiledStep[];
  /** For each step, the global index just past the last step of its value stream. */
  private readonly streamEndOfStep: Int32Array;
  /** For each work type, the global index of the first step of its value stream. */
  private readonly firstStepOfType: Int32Array;
  private readonly checkDispatch: boolean;

  constructor(model: CompiledModel, options: ServiceSystemOptions) {
    this.model = model;
    this.steps = model.steps;
    this.simulation = new Simulation();
    const definition = model.definition;
    const stepCount = model.steps.length;
    this.waitingToEnter = model.steps.map(() => []);
    this.inStep = new Int32Array(stepCount);
    this.workers = model.people.map((person) => new Worker(person));
    this.metrics = new FlowMetrics(
      model.workTypes.length,
      model.priorityCount,
      stepCount,
      definition.slaHours ?? [],
      options.recordItems ?? true,
    );
    this.factory = new ItemFactory(
      model,
      model.workTypes.map(({ definition: type }) =>
        stream(options.seed, options.replication, `items:${type.name}`),
      ),
    );
    this.deskOfStep = new Int32Array(stepCount).fill(-1);
    this.desks = (definition.serviceDesks ?? []).map((desk, index) => {
      const step = deskStep(model, desk.valueStream, desk.step);
      this.deskOfStep[step] = index;
      return new DeskMetrics(desk, step);
    });
    this.dispatcher = new WorkDispatcher({
      simulation: this.simulation,
      model,
      workers: this.workers,
      queueOrder: definition.queueOrder,
      // Policies and rules that keep counts get a copy of their own, so live replications never share them.
      assignment: definition.assignment.forReplication?.() ?? definition.assignment,
      assignmentRng: stream(options.seed, options.replication, 'assignment'),
      assign: (worker, item) => {
        this.start(worker, item);
      },
    });
    this.shifts = new ShiftsAndOnCall({
      simulation: this.simulation,
      model,
      workers: this.workers,
      dispatcher: this.dispatcher,
      lifeCycle: this,
      keepRecords: definition.keepRecords ?? false,
    });
    this.intakes = model.workTypes.map(({ definition: type }) => type.intake?.forReplication());
    this.streamEndOfStep = Int32Array.from(model.steps, (step) => {
      const valueStream = model.streams[step.stream];
      return valueStream === undefined ? 0 : valueStream.firstStep + valueStream.stepCount;
    });
    this.firstStepOfType = Int32Array.from(
      model.workTypes,
      (type) => model.streams[type.stream]?.firstStep ?? 0,
    );
    this.checkDispatch = options.checkDispatch ?? false;
    const samplePeriod = definition.sampleEveryHours ?? 24;
    this.samples = { time: [], wip: [], queues: model.steps.map(() => []) };
    const simulation = this.simulation;
    const warmUp = options.warmUpHours ?? 0;
    if (warmUp > 0) simulation.setWarmUp(warmUp);
    simulation.onWarmUpEnd(() => this.restartStatistics());
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
    this.shifts.scheduleShifts();
    simulation.schedule(samplePeriod, this.takeSample, samplePeriod);
  }

  /**
   * Runs until `hours` (absolute simulation time). With `checkDispatch`, the dispatch rule is checked
   * whenever the clock is about to move on (a DispatchInvariantError names the step and the free person
   * when it breaks).
   */
  run(hours: number): void {
    if (this.checkDispatch) this.simulation.run({ until: hours, stopWhen: this.dispatchRuleBroken });
    else this.simulation.run({ until: hours });
    for (const worker of this.workers) worker.advance(this.simulation.now);
  }

  /**
   * Offers items of a work type now, as an arrival source would (also for items created from code).
   * @param dependsOn - ids of items (made earlier) that must complete before these start any step
   * @returns the items made (refused or automated ones included)
   * @throws RangeError when the type is unknown, or a dependency names an item not made yet
   */
  offerByName(
    typeName: string,
    arrival: Arrival = { count: 1 },
    dependsOn: readonly number[] = [],
  ): WorkItem[] {
    const typeIndex = this.model.workTypes.findIndex(({ definition }) => definition.name === typeName);
    if (typeIndex < 0) {
      throw new RangeError(
        `work type "${typeName}" does not exist (work types: ${this.model.workTypes.map(({ definition }) => definition.name).join(', ')})`,
      );
    }
    for (const id of dependsOn) {
      if (!(Number.isInteger(id) && id >= 0 && id < this.factory.created)) {
        throw new RangeError(
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
    return this.dispatcher.queueLength(step);
  }

  /** The results of the run so far (summarizeService). */
  results(): ServiceResults {
    return summarizeService(this);
  }

  /** Every item that left in the measured window so far; undefined when records are off. */
  get records(): ItemRecordsView | undefined {
    return this.metrics.records;
  }

  /** A person with room takes waiting work; an on-call person left with nothing may be released. */
  pullWork(worker: Worker): void {
    this.dispatcher.pull(worker);
    this.shifts.releaseIfIdle(worker);
  }

  /** The item goes back to its step's queue (handed over at the end of a shift). */
  handBack(item: RunningItem): void {
    this.enqueue(item);
  }

  /** Reschedules the person's next completion after the items in their hands changed. */
  scheduleCompletion(worker: Worker): void {
    if (worker.completionEvent >= 0) this.simulation.cancel(worker.completionEvent);
    worker.completionEvent = -1;
    const due = worker.nextCompletionTime(this.simulation.now);
    if (due !== Number.POSITIVE_INFINITY)
      worker.completionEvent = this.simulation.scheduleAt(due, this.workDone, worker);
  }

  /** The person has done the item's work at its step: rework, or on to the next step, or out. */
  finishWork(worker: Worker, item: RunningItem): void {
    const now = this.simulation.now;
    const step = this.stepAt(item.stepIndex);
    const skill = worker.drop(item, now);
    item.lastWorker = worker.index;
    this.note(item, 'finish-step', worker.name);
    const success = worker.person.firstTimeSuccess[skill] ?? 1;
    if (success < 1 && this.decisionsOf(item)() >= success) {
      // Not right first time: the work is redone at the same step.
      item.reworks++;
      item.remainingEffort = item.effortByStep[step.position] ?? 0;
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
    const rework = definition.rework;
    if (step.reworkTo >= 0 && rework !== undefined && this.decisionsOf(item)() < rework.probability) {
      item.reworks++;
      this.note(item, 'rework');
      this.moveTo(item, step.reworkTo);
      return;
    }
    const exits =
      (definition.exitWhen !== undefined && item.attributes[definition.exitWhen] === true) ||
      (definition.exitProbability !== undefined && this.decisionsOf(item)() < definition.exitProbability);
    const last = step.index === (this.streamEndOfStep[step.index] ?? 0) - 1;
    if (exits && definition.exitDelivers === false) this.complete(item, false);
    else if (exits || last) this.complete(item, true);
    else this.moveTo(item, step.index + 1);
  }

  /**
   * Adds a line to the item's record (when records are kept) and announces it on `simulation.events$`
   * (when somebody subscribes); otherwise it costs one check.
   */
  note(item: RunningItem, kind: WorkStepEventKind, person?: string): void {
    const observed = this.simulation.observed;
    if (item.record === undefined && !observed) return;
    const time = this.simulation.now;
    // The record gives the position in the item's own stream (WorkStepEvent.step), not the global index.
    const step = item.stepIndex < 0 ? -1 : this.stepAt(item.stepIndex).position;
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

  // Makes and routes the items of one arrival; collects them into `made` when given.
  private offer(
    typeIndex: number,
    arrival: Arrival,
    dependsOn: readonly number[],
    made: WorkItem[] | undefined,
  ): void {
    const type = this.model.workTypes[typeIndex]?.definition;
    if (type === undefined) throw new RangeError(`no work type ${typeIndex}`);
    if (arrival.typeName !== undefined && arrival.typeName !== type.name) {
      const { typeName, ...rest } = arrival;
      const items = this.offerByName(typeName, rest, dependsOn);
      made?.push(...items);
      return;
    }
    const now = this.simulation.now;
    const intake = this.intakes[typeIndex];
    for (let count = 0; count < arrival.count; count++) {
      const item = this.factory.create(typeIndex, now, arrival, dependsOn);
      made?.push(item);
      this.metrics.offered();
      this.note(item, 'arrive');
      if (intake !== undefined && !intake.admit(item.requester, now)) {
        item.state = 'refused';
        item.completionTime = now;
        this.metrics.refused(item, now);
        this.note(item, 'refuse');
        continue;
      }
      if (type.automation?.decide(this.decisionsOf(item))) {
        // Admitted, and resolved without people (it never enters a queue, so it is never open).
        item.state = 'automated';
        item.valueStartTime = item.completionTime = now + type.automation.durationHours;
        this.metrics.automated(item, item.completionTime);
        this.note(item, 'automate');
        continue;
      }
      intake?.opened(item.requester, now);
      this.metrics.admitted(item, now);
      const release = type.deferral?.releaseTime(now) ?? now;
      if (release > now) {
        beginBlockedPeriod(item, 'deferred', now);
        this.simulation.scheduleAt(release, this.releaseDeferred, item);
      } else {
        this.enterStream(item);
      }
    }
  }

  private readonly releaseDeferred = (item: RunningItem): void => {
    endBlockedPeriod(item, this.simulation.now);
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
      beginBlockedPeriod(item, 'waiting-on-dependency', this.simulation.now);
      for (const id of unmet) {
        const waiting = this.waitingOnDependency.get(id) ?? [];
        waiting.push(item);
        this.waitingOnDependency.set(id, waiting);
      }
      return;
    }
    this.moveTo(item, this.firstStepOfType[item.typeIndex] ?? 0);
  }

  // Moves an item to a step (skipping steps its attributes skip), or completes it past the last step.
  private moveTo(item: RunningItem, target: number): void {
    const streamEnd = this.streamEndOfStep[target] ?? 0;
    let step = target;
    while (step < streamEnd) {
      const skipWhen = this.stepAt(step).definition.skipWhen;
      if (skipWhen === undefined || item.attributes[skipWhen] !== true) break;
      step++;
    }
    if (step >= streamEnd) {
      this.complete(item);
      return;
    }
    item.stepIndex = step;
    const limit = this.stepAt(step).definition.wipLimit;
    if (limit !== undefined && (this.inStep[step] ?? 0) >= limit) {
      beginBlockedPeriod(item, 'blocked', this.simulation.now);
      this.waitingToEnterAt(step).push(item);
      return;
    }
    this.enterStep(item, step);
  }

  // The visit starts here, not before a full step: time waiting for room under a WIP limit is blocked
  // time of the item, outside the step's WIP and visit time (so Little's law holds for the step).
  private enterStep(item: RunningItem, step: number): void {
    const now = this.simulation.now;
    const compiled = this.stepAt(step);
    const blocking = compiled.definition.blocking;
    item.stepEnteredAt = now;
    item.queueAtEntry = item.queueTime;
    item.touchAtEntry = item.touchTime;
    item.blockedAtEntry = item.blockedTime;
    item.answered = false;
    const inStep = ++this.inStep[step]!; // step < number of steps
    this.metrics.stepWip[step]?.update(inStep, now);
    item.remainingEffort = item.effortByStep[compiled.position] ?? 0;
    if (blocking !== undefined && this.decisionsOf(item)() < blocking.probability) {
      beginBlockedPeriod(item, 'blocked', now);
      this.note(item, 'block');
      this.simulation.schedule(blocking.duration.sample(this.decisionsOf(item)), this.unblock, item);
      return;
    }
    this.passGate(item);
  }

  private readonly unblock = (item: RunningItem): void => {
    endBlockedPeriod(item, this.simulation.now);
    this.note(item, 'unblock');
    this.passGate(item);
  };

  private passGate(item: RunningItem): void {
    const now = this.simulation.now;
    const gate = this.stepAt(item.stepIndex).definition.gate;
    const opening = gate === undefined ? now : nextGateOpening(gate, now);
    if (opening > now) {
      beginBlockedPeriod(item, 'gated', now);
      this.simulation.scheduleAt(opening, this.openGate, item);
      return;
    }
    this.enqueue(item);
  }

  private readonly openGate = (item: RunningItem): void => {
    endBlockedPeriod(item, this.simulation.now);
    this.enqueue(item);
  };

  // The item waits for a person at its step: handed to a free one at once, or queued.
  private enqueue(item: RunningItem): void {
    item.state = 'queued';
    item.enqueuedAt = this.simulation.now;
    this.note(item, 'enqueue');
    if (!this.dispatcher.place(item)) return;
    // Patience covers the wait for a first answer, as for a Resource: once somebody has worked on the
    // item, later queues (next steps, rework, hand-over) do not make the requester give up.
    if (item.patience !== Number.POSITIVE_INFINITY && Number.isNaN(item.firstStartTime)) {
      item.abandonEvent = this.simulation.schedule(item.patience, this.abandon, item);
    }
    this.shifts.callIn(this.stepAt(item.stepIndex));
  }

  // The dispatcher hands the item (out of any queue) to the person: work starts.
  private start(worker: Worker, item: RunningItem): void {
    const now = this.simulation.now;
    const step = item.stepIndex;
    if (item.abandonEvent >= 0) {
      this.simulation.cancel(item.abandonEvent);
      item.abandonEvent = -1;
    }
    item.queueTime += now - item.enqueuedAt;
    if (Number.isNaN(item.firstStartTime)) item.firstStartTime = now;
    if (!item.answered) {
      item.answered = true;
      this.desks[this.deskOfStep[step] ?? -1]?.answered(item.stepEnteredAt, now - item.enqueuedAt);
    }
    if (item.lastWorker >= 0 && item.lastWorker !== worker.index) {
      item.handoffs++;
      this.note(item, 'handoff', worker.name);
    }
    item.state = 'in-progress';
    this.note(item, 'start', worker.name);
    worker.advance(now);
    worker.take(item, this.stepAt(step).skill);
    this.scheduleCompletion(worker);
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

  private leaveStep(item: RunningItem, step: CompiledStep): void {
    const now = this.simulation.now;
    const index = step.index;
    const inStep = --this.inStep[index]!; // index < number of steps
    this.metrics.stepWip[index]?.update(inStep, now);
    this.metrics.visitEnded(
      index,
      item.stepEnteredAt,
      item.queueTime - item.queueAtEntry,
      item.touchTime - item.touchAtEntry,
      item.blockedTime - item.blockedAtEntry,
      now,
    );
    const next = this.waitingToEnterAt(index).shift();
    if (next !== undefined) {
      endBlockedPeriod(next, now);
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
    this.finishRequest(item, delivered ? 'delivered' : 'stopped');
  }

  private readonly abandon = (item: RunningItem): void => {
    const now = this.simulation.now;
    item.abandonEvent = -1;
    this.dispatcher.withdraw(item);
    const wait = now - item.enqueuedAt;
    item.queueTime += wait;
    this.desks[this.deskOfStep[item.stepIndex] ?? -1]?.abandoned(wait);
    this.leaveStep(item, this.stepAt(item.stepIndex));
    item.state = 'abandoned';
    item.completionTime = now;
    this.note(item, 'abandon');
    this.finishRequest(item, 'abandoned');
  };

  // An item left (completed or abandoned): items waiting on it go on once nothing they depend on is open,
  // as an item offered after it left would (an abandoned item never completes; waiting for ever would leak).
  private finishRequest(item: RunningItem, outcome: 'delivered' | 'stopped' | 'abandoned'): void {
    const now = this.simulation.now;
    this.intakes[item.typeIndex]?.closed(item.requester);
    this.metrics.left(item, now, outcome);
    const dependants = this.waitingOnDependency.get(item.id);
    if (dependants === undefined) return;
    this.waitingOnDependency.delete(item.id);
    for (const dependant of dependants) {
      if (
        dependant.state === 'waiting-on-dependency' &&
        dependant.dependsOn.every((id) => !this.metrics.open.has(id))
      ) {
        endBlockedPeriod(dependant, now);
        this.enterStream(dependant);
      }
    }
  }

  private readonly takeSample = (period: number): void => {
    const samples = this.samples;
    samples.time.push(this.simulation.now);
    samples.wip.push(this.metrics.open.size);
    samples.queues.forEach((queue, step) => {
      queue.push(this.dispatcher.queueLength(step));
    });
    this.simulation.schedule(period, this.takeSample, period);
  };

  // Checks the pull rule once the last event of an instant has run: between two events of one instant it
  // may not hold yet (a person whose shift starts now is free until their own shift-start event runs).
  private readonly dispatchRuleBroken = (): boolean => {
    if (this.simulation.peek() > this.simulation.now) this.dispatcher.assertNobodyIdleWhileWorkWaits();
    return false;
  };

  private restartStatistics(): void {
    const now = this.simulation.now;
    this.metrics.reset(now);
    this.dispatcher.restartStatistics(now);
    for (const worker of this.workers) worker.resetAccounts(now);
    for (const desk of this.desks) desk.reset();
  }

  // The item's own stream, built at its first decision from the seed words drawn when it was made.
  private decisionsOf(item: RunningItem): Rng {
    if (item.decisions === undefined) item.decisions = subStreamFromSeed(item);
    return item.decisions;
  }

  private stepAt(step: number): CompiledStep {
    // Callers pass global step indices of the compiled model.
    return this.steps[step]!;
  }

  private waitingToEnterAt(step: number): RunningItem[] {
    // One list per step.
    return this.waitingToEnter[step]!;
  }
}

// The global index of a service desk's step (the model's checks made sure it exists).
function deskStep(model: CompiledModel, valueStream: string, stepName: string): number {
  const streamIndex = model.streams.findIndex((candidate) => candidate.name === valueStream);
  const step = model.steps.find(
    (candidate) => candidate.stream === streamIndex && candidate.definition.name === stepName,
  );
  if (step === undefined) throw new RangeError(`service desk: no step "${stepName}" in "${valueStream}"`);
  return step.index;
}
