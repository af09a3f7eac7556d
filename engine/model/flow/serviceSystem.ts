// One replication of a service model: builds its simulation, people, item factory, admission and item
// life cycle, starts the arrival sources, and answers for the run (results, records, samples, the checks).
import { Simulation } from '../../kernel/index.ts';
import { stream } from '../../random/index.ts';
import type { CompiledModel } from '../definition/compiledModel.ts';
import type { Arrival } from '../demand/arrivalSource.ts';
import { DeskMetrics } from '../metrics/deskMetrics.ts';
import { FlowMetrics } from '../metrics/flowMetrics.ts';
import type { ItemRecordsView } from '../metrics/itemRecords.ts';
import { SampleCollector } from '../metrics/runSamples.ts';
import { type ServiceResults, summarizeService } from '../metrics/serviceResults.ts';
import { Worker } from '../people/worker.ts';
import { ItemFactory } from '../work/itemFactory.ts';
import type { WorkItem } from '../work/workItem.ts';
import { Admission } from './admission.ts';
import { ItemLifeCycle } from './itemLifeCycle.ts';
import type { ItemLifeListener } from './itemLifeListener.ts';
import { combineListeners } from './listenerGroup.ts';
import { ProblemManagement } from './problemManagement.ts';
import type { WorkDispatcher } from './workDispatcher.ts';

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
  /** Told of every item's refusal, automation, admission, value start, answered visit, rework and exit. */
  readonly listener?: ItemLifeListener;
}

/**
 * One replication of a compiled service model on its own simulation. Construct it, `run(hours)`, then
 * read `results()`. Offered items are admitted by `Admission` and go through their value streams in the
 * `ItemLifeCycle`, whose dispatcher gives work to people.
 *
 * @example
 * const system = new ServiceSystem(compileModel(definition), { seed: 1, replication: 0 });
 * system.run(24 * 7 * 52);
 * system.results().conservation.completed; // => items completed in the year
 */
export class ServiceSystem {
  readonly simulation: Simulation;
  readonly model: CompiledModel;
  readonly workers: readonly Worker[];
  readonly metrics: FlowMetrics;
  readonly desks: readonly DeskMetrics[];
  /** Who works on what: the step queues and the assignment of items to people. */
  readonly dispatcher: WorkDispatcher;
  /** Samples of WIP, each step's queue and WIP, each stream's arrivals and completions, every `sampleEveryHours`. */
  readonly samples: SampleCollector;
  private readonly admission: Admission;
  private readonly checkDispatch: boolean;

  constructor(model: CompiledModel, options: ServiceSystemOptions) {
    this.model = model;
    const simulation = new Simulation();
    this.simulation = simulation;
    const definition = model.definition;
    const stepCount = model.steps.length;
    this.workers = model.people.map((person) => new Worker(person));
    const metrics = new FlowMetrics(
      model.workTypes.length,
      model.priorityCount,
      stepCount,
      definition.slaHours ?? [],
      options.recordItems ?? true,
      Int32Array.from(model.workTypes, (type) => type.stream),
      model.streams.length,
    );
    this.metrics = metrics;
    const factory = new ItemFactory(
      model,
      model.workTypes.map(({ definition: type }) =>
        stream(options.seed, options.replication, `items:${type.name}`),
      ),
    );
    const deskOfStep = new Int32Array(stepCount).fill(-1);
    this.desks = (definition.serviceDesks ?? []).map((desk, index) => {
      const step = deskStep(model, desk.valueStream, desk.step);
      deskOfStep[step] = index;
      return new DeskMetrics(desk, step);
    });
    // Problem management listens beside the caller's listener, and offers problems through admission.
    const problems = ProblemManagement.isUsedBy(model)
      ? new ProblemManagement(model, factory, (problemType) => {
          const made: WorkItem[] = [];
          this.admission.offer(problemType, { count: 1 }, undefined, made);
          return made;
        })
      : undefined;
    const listener = combineListeners(options.listener, problems);
    const lifeCycle = new ItemLifeCycle({
      simulation,
      model,
      workers: this.workers,
      metrics,
      desks: this.desks,
      deskOfStep,
      assignmentRng: stream(options.seed, options.replication, 'assignment'),
      keepRecords: definition.keepRecords ?? false,
      // Admission is built just below; these run only once items flow.
      requestClosed: (item) => {
        this.admission.requestClosed(item);
      },
      releaseDependants: (item) => {
        this.admission.releaseDependants(item);
      },
      listener,
    });
    this.dispatcher = lifeCycle.dispatcher;
    this.admission = new Admission({
      simulation,
      model,
      factory,
      metrics,
      decisionsOf: (item) => lifeCycle.decisionsOf(item),
      note: (item, kind) => {
        lifeCycle.note(item, kind);
      },
      enterStream: (item) => {
        lifeCycle.enterStream(item);
      },
      listener,
    });
    this.checkDispatch = options.checkDispatch ?? false;
    const samplePeriod = definition.sampleEveryHours ?? 24;
    this.samples = new SampleCollector(stepCount, model.streams.length, {
      wip: () => metrics.open.size,
      queueLength: (step) => this.dispatcher.queueLength(step),
      stepWip: (step) => metrics.stepWip[step]?.current ?? 0,
      arrivals: (stream) => metrics.arrivedByStream[stream] ?? 0,
      completions: (stream) => metrics.completedByStream[stream] ?? 0,
    });
    const warmUp = options.warmUpHours ?? 0;
    if (warmUp > 0) simulation.setWarmUp(warmUp);
    simulation.onWarmUpEnd(() => this.restartStatistics());
    model.workTypes.forEach(({ definition: type }, typeIndex) => {
      type.arrivals.forEach((source, sourceIndex) => {
        source.start({
          simulation,
          rng: stream(options.seed, options.replication, `arrivals:${type.name}:${sourceIndex}`),
          offer: (arrival) => {
            this.admission.offer(typeIndex, arrival);
          },
        });
      });
    });
    lifeCycle.shifts.scheduleShifts();
    simulation.schedule(samplePeriod, this.takeSample, samplePeriod);
  }

  /**
   * Runs until `hours` (absolute simulation time), or until `stopWhen` (checked after every event)
   * returns true. With `checkDispatch`, the dispatch rule is checked whenever the clock is about to move
   * on (a DispatchInvariantError names the step and the free person when it breaks).
   */
  run(hours: number, stopWhen?: () => boolean): void {
    const check = this.checkDispatch ? this.dispatchRuleBroken : undefined;
    const stop =
      check === undefined ? stopWhen : stopWhen === undefined ? check : () => check() || stopWhen();
    if (stop === undefined) this.simulation.run({ until: hours });
    else this.simulation.run({ until: hours, stopWhen: stop });
    for (const worker of this.workers) worker.advance(this.simulation.now);
  }

  /** The items admitted and not yet gone, oldest first (a copy). */
  openItems(): WorkItem[] {
    return [...this.metrics.open.values()];
  }

  /**
   * Offers items of a work type now, as an arrival source would (also for items created from code).
   * @param dependsOn - ids of items (made earlier) that must complete before these start any step
   * @returns the items made (refused or automated ones included)
   * @throws RangeError when the type is unknown, or a dependency names an item not made yet
   */
  offerByName(typeName: string, arrival?: Arrival, dependsOn?: readonly number[]): WorkItem[] {
    return this.admission.offerByName(typeName, arrival, dependsOn);
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

  private readonly takeSample = (period: number): void => {
    this.samples.take(this.simulation.now);
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
