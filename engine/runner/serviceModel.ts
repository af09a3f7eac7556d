// The entry point for running a service model from code: fills in the default policies (triage order,
// best-skilled assignment), compiles and checks the model, and runs seeded replications.
import type { Simulation } from '../kernel/index.ts';
import type {
  Arrival,
  AssignmentPolicy,
  CompiledModel,
  ItemRecordsView,
  ModelDefinition,
  QueueOrder,
  WorkItem,
} from '../model/index.ts';
import { compileModel, type ServiceResults, ServiceSystem } from '../model/index.ts';
import { bestSkilled, triage } from '../policies/index.ts';
import { ValueLedger, type ValueResults } from '../value/index.ts';

/**
 * A model definition whose policies may be left out (defaults: triage then FIFO, best-skilled person).
 *
 * @example
 * const definition: ServiceModelDefinition = { teams, valueStreams, workTypes, slaHours: [4, 8, 24, 72] };
 * createServiceModel(definition); // => a model with triage and best-skilled assignment
 */
export interface ServiceModelDefinition extends Omit<ModelDefinition, 'queueOrder' | 'assignment'> {
  readonly queueOrder?: QueueOrder;
  readonly assignment?: AssignmentPolicy;
}

/**
 * How long and with what randomness one replication runs.
 *
 * @example
 * const year: ReplicationOptions = { seed: 1, replication: 0, hours: 24 * 365, warmUpHours: 24 * 7 };
 * runServiceReplication(model, year).measuredHours; // => 8 592
 */
export interface ReplicationOptions {
  readonly seed: number | string;
  readonly replication: number;
  /** Total simulated time, hours (warm-up included). */
  readonly hours: number;
  /** Statistics restart after this many hours; default 0. */
  readonly warmUpHours?: number;
  /**
   * Keep a record of every item that leaves in the measured window (type, priority, times, handoffs,
   * outcome: 64 bytes an item), from which the results' percentiles are read; default true. Off, memory
   * stays flat however long the run, and the percentiles are null.
   */
  readonly recordItems?: boolean;
  /** Check at every instant that nobody who could take waiting work is free (for tests); default false. */
  readonly checkDispatch?: boolean;
}

/**
 * One replication's results: the flow measures (`ServiceResults`) and, beside them, its value account.
 *
 * @example
 * const results: ReplicationResults = runServiceReplication(model, { seed: 1, replication: 0, hours: 8_760 });
 * results.value.potential - results.value.realised; // => value leaked or still open at the end
 */
export type ReplicationResults = ServiceResults & {
  /** The value ledger's account of the measured window (see `ValueLedger`). */
  readonly value: ValueResults;
};

/**
 * A service model checked and compiled, ready to run any number of replications (it holds no run state:
 * replications alive at the same time may share it).
 *
 * @example
 * const model: ServiceModel = createServiceModel({ teams, valueStreams, workTypes });
 * model.people.length; // => everyone in the teams, presets expanded
 */
export type ServiceModel = CompiledModel;

/**
 * A replication being run: its simulation (the clock, `events$` for tracing, stepping), items offered
 * from code, and the results so far.
 *
 * @example
 * const live = startServiceReplication(model, { seed: 1, replication: 0, hours: 1_000 });
 * live.simulation.events$.subscribe((event) => console.log(event.kind));
 * live.run(500);
 * live.results().windowConservation.holds; // => true
 */
export interface LiveReplication {
  /** The replication's own simulation: its clock (`now`), `events$`, `step()`, `schedule()`. */
  readonly simulation: Simulation;
  /**
   * Runs until `hours` (absolute simulation time), or until `stopWhen`, checked after every event,
   * returns true (a forecast stops when its backlog is done).
   */
  run(hours: number, stopWhen?: () => boolean): void;
  /**
   * Offers items of a work type now, as an arrival source would.
   * @param dependsOn - ids of items (made earlier) that must complete before these start any step
   * @returns the items made (refused or automated ones included)
   */
  offerByName(typeName: string, arrival?: Arrival, dependsOn?: readonly number[]): WorkItem[];
  /** Items waiting in a step's queue now (steps numbered across all value streams, in model order). */
  queueLength(step: number): number;
  /** The results of the run so far, as `runServiceReplication` gives them at the end. */
  results(): ReplicationResults;
  /** Every item that left in the measured window so far; undefined when records are off. */
  readonly records: ItemRecordsView | undefined;
  /** The items admitted and not yet gone, oldest first (a copy; their ages are now - arrivalTime). */
  openItems(): WorkItem[];
}

/**
 * Checks a model and fills in default policies; throws before any run if the model is inconsistent.
 * @throws ModelError listing every problem, each with the path of the field at fault (unknown team,
 *   skill nobody has, step with no capacity, ...)
 * @example
 * const model = createServiceModel({ teams, valueStreams, workTypes });
 */
export function createServiceModel(definition: ServiceModelDefinition): ServiceModel {
  return compileModel({
    ...definition,
    queueOrder: definition.queueOrder ?? triage(),
    assignment: definition.assignment ?? bestSkilled(),
  });
}

/**
 * Runs one seeded replication and returns its plain results. The same model, seed and replication give
 * the same results, whatever else runs.
 * @example
 * runServiceReplication(model, { seed: 1, replication: 0, hours: 24 * 7 * 52, warmUpHours: 24 * 7 }).conservation.holds; // => true
 */
export function runServiceReplication(model: ServiceModel, options: ReplicationOptions): ReplicationResults {
  const live = startServiceReplication(model, options);
  live.run(options.hours);
  return live.results();
}

/**
 * Builds a replication without running it, for callers that want it live: its event stream, items
 * offered from code, runs in steps, results along the way.
 * @throws RangeError when hours is not a finite number > 0 or warmUpHours is outside [0, hours)
 * @example
 * startServiceReplication(model, { seed: 1, replication: 0, hours: 100 }).simulation.now; // => 0
 */
export function startServiceReplication(model: ServiceModel, options: ReplicationOptions): LiveReplication {
  if (!(options.hours > 0) || !Number.isFinite(options.hours)) {
    throw new RangeError(`hours must be a finite number > 0, got ${options.hours}`);
  }
  const warmUpHours = options.warmUpHours ?? 0;
  if (!(warmUpHours >= 0 && warmUpHours < options.hours)) {
    throw new RangeError(`warmUpHours must be in [0, hours), got ${warmUpHours}`);
  }
  const ledger = new ValueLedger(model, warmUpHours);
  const system = new ServiceSystem(model, {
    seed: options.seed,
    replication: options.replication,
    warmUpHours,
    ...(ledger.listensToItems ? { listener: ledger } : {}),
    ...(options.recordItems === undefined ? {} : { recordItems: options.recordItems }),
    ...(options.checkDispatch === undefined ? {} : { checkDispatch: options.checkDispatch }),
  });
  return {
    simulation: system.simulation,
    run: (hours, stopWhen) => {
      system.run(hours, stopWhen);
    },
    offerByName: (typeName, arrival, dependsOn) => system.offerByName(typeName, arrival, dependsOn),
    queueLength: (step) => system.queueLength(step),
    results: () => {
      const results = system.results();
      const value = ledger.results(system.simulation.now, system.metrics.open.values(), results.people);
      return { ...results, value };
    },
    get records() {
      return system.records;
    },
    openItems: () => system.openItems(),
  };
}
