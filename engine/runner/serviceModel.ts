// The entry point for running a service model from code: fills in the default policies (triage order,
// best-skilled assignment), compiles and checks the model, and runs seeded replications.
import type { CompiledModel } from '../model/definition/compiledModel.ts';
import { compileModel } from '../model/definition/compileModel.ts';
import type { ModelDefinition } from '../model/definition/modelDefinition.ts';
import type { AssignmentPolicy } from '../model/flow/assignmentPolicy.ts';
import type { QueueOrder } from '../model/flow/queueOrder.ts';
import { ServiceSystem } from '../model/flow/serviceSystem.ts';
import { type ServiceResults, summarizeService } from '../model/metrics/serviceResults.ts';
import { bestSkilled } from '../policies/bestSkilled.ts';
import { triage } from '../policies/triage.ts';

/** A model definition whose policies may be left out (defaults: triage then FIFO, best-skilled person). */
export interface ServiceModelDefinition extends Omit<ModelDefinition, 'queueOrder' | 'assignment'> {
  readonly queueOrder?: QueueOrder;
  readonly assignment?: AssignmentPolicy;
}

/** How long and with what randomness one replication runs. */
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
 * Checks a model and fills in default policies; throws before any run if the model is inconsistent.
 * @throws Error naming the part at fault (unknown team, skill nobody has, step with no capacity, ...)
 * @example
 * const model = createServiceModel({ teams, valueStreams, workTypes });
 */
export function createServiceModel(definition: ServiceModelDefinition): CompiledModel {
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
export function runServiceReplication(model: CompiledModel, options: ReplicationOptions): ServiceResults {
  const system = startServiceReplication(model, options);
  system.run(options.hours);
  return summarizeService(system);
}

/**
 * Builds a replication without running it, for callers that want the live system (its event stream,
 * its items, or stepwise runs).
 */
export function startServiceReplication(model: CompiledModel, options: ReplicationOptions): ServiceSystem {
  if (!(options.hours > 0) || !Number.isFinite(options.hours)) {
    throw new RangeError(`hours must be a finite number > 0, got ${options.hours}`);
  }
  const warmUpHours = options.warmUpHours ?? 0;
  if (!(warmUpHours >= 0 && warmUpHours < options.hours)) {
    throw new RangeError(`warmUpHours must be in [0, hours), got ${warmUpHours}`);
  }
  return new ServiceSystem(model, {
    seed: options.seed,
    replication: options.replication,
    warmUpHours,
    ...(options.recordItems === undefined ? {} : { recordItems: options.recordItems }),
    ...(options.checkDispatch === undefined ? {} : { checkDispatch: options.checkDispatch }),
  });
}
