// Seeded replications of a service model for the validation cases: replication i uses (seed, i), every
// run is checked with expectSoundRun, and the results come back in replication order.
import type { CompiledModel, ServiceResults } from '../../../engine/model/index.ts';
import { runServiceReplication } from '../../../engine/runner/index.ts';
import { expectSoundRun, type SoundRunOptions } from './soundRun.ts';

/** How many replications, how long, and the seed. */
export interface ReplicationPlan {
  readonly seed: number;
  readonly replications: number;
  /** Total hours of each run, warm-up included. */
  readonly hours: number;
  readonly warmUpHours: number;
}

/**
 * Runs replications 0..n-1 of a model with one seed and checks each run's invariants (and, when asked,
 * the dispatch rule at every instant).
 * @example
 * runReplications('M/M/3', model, { seed: 1, replications: 10, hours: 10_000, warmUpHours: 200 }).length; // => 10
 */
export function runReplications(
  label: string,
  model: CompiledModel,
  plan: ReplicationPlan,
  checks: SoundRunOptions & { readonly checkDispatch?: boolean } = {},
): ServiceResults[] {
  return Array.from({ length: plan.replications }, (_, replication) => {
    const results = runServiceReplication(model, {
      seed: plan.seed,
      replication,
      hours: plan.hours,
      warmUpHours: plan.warmUpHours,
      // The dispatch rule checked at every instant: a broken rule throws, naming the step and the person.
      ...(checks.checkDispatch === undefined ? {} : { checkDispatch: checks.checkDispatch }),
    });
    expectSoundRun(`${label}, replication ${replication}`, results, checks);
    return results;
  });
}
