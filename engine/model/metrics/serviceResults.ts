// Plain, serialisable results of one service-model replication: flow per work type and priority, per
// step, percentiles, utilisation per person and team, call-centre measures, open work and conservation.
import { HOURS_PER_WEEK } from '../demand/arrivalSource.ts';
import type { ServiceSystem } from '../flow/serviceSystem.ts';
import { type DeskResults, deskResults } from './deskResults.ts';
import type { ConservationCounts } from './flowMetrics.ts';
import { type FlowSummary, summarizeFlow } from './flowSummary.ts';
import { type ItemPercentiles, itemPercentiles } from './itemPercentiles.ts';
import type { RunSamples } from './runSamples.ts';
import { type SupportResults, supportResults } from './supportResults.ts';
import { type PersonResults, type TeamResults, utilisationResults } from './utilisationResults.ts';

/**
 * Everything one replication measured. Unless a field says otherwise it covers the measured window, from
 * the end of the warm-up (or time 0) to the end of the run, and a measure with no observations is null
 * with its count beside it. Times are hours.
 *
 * @example
 * const results = runServiceReplication(model, { seed: 1, replication: 0, hours: 8_760, warmUpHours: 168 });
 * results.windowConservation.holds; // => true
 * results.percentiles.leadTime?.p85; // => 85% of the items completed in the window took at most this long
 */
export interface ServiceResults {
  /** Length of the measured window, hours. */
  readonly measuredHours: number;
  /**
   * Counts over the whole run, warm-up included, from time 0: offered = refused + admitted; admitted =
   * completed + automated + abandoned + open (open: admitted, not yet gone, at the end).
   */
  readonly conservation: ConservationCounts & { readonly open: number; readonly holds: boolean };
  /**
   * Counts over the measured window: offered = refused + admitted; openAtStart + admitted = completed +
   * automated + abandoned + open (open at the end).
   */
  readonly windowConservation: ConservationCounts & {
    readonly openAtStart: number;
    readonly open: number;
    readonly holds: boolean;
  };
  /**
   * Every item completed in the window (delivered or stopped; abandoned items are in neither the count nor
   * the means), from its arrival, which may fall in the warm-up.
   */
  readonly endToEnd: FlowSummary;
  /** Lead-time and wait percentiles of the items completed in the window (needs item records). */
  readonly percentiles: ItemPercentiles;
  /** Per work type, in model order. */
  readonly byType: readonly {
    readonly type: string;
    /** Items of the type completed in the window, per week of the window. */
    readonly throughputPerWeek: number;
    /** The type's items completed in the window. */
    readonly flow: FlowSummary;
    /** The same items' lead-time and wait percentiles. */
    readonly percentiles: ItemPercentiles;
    /** The same items by priority, P1 first (every priority of the model, empty ones included). */
    readonly byPriority: readonly { readonly priority: number; readonly flow: FlowSummary }[];
  }[];
  /** Per step, in model order (value stream by value stream), over the visits that ended in the window. */
  readonly bySteps: readonly {
    readonly valueStream: string;
    readonly step: string;
    /** Visits that ended at the step: entry to exit (moved on, sent back by rework, or abandoned there). */
    readonly flow: FlowSummary;
    /** Time-average number waiting in the step's queue. */
    readonly meanQueueLength: number;
    /** Time-average number in the step (waiting, in progress or blocked there). */
    readonly meanWip: number;
    /** Visits that ended per week (done, sent back by rework, or abandoned there). */
    readonly throughputPerWeek: number;
  }[];
  /** Time-average number of items admitted and not yet gone, over the window (Little's L end to end). */
  readonly meanWip: number;
  /** Per person, in model order: busy, available and idle hours of the window. */
  readonly people: readonly PersonResults[];
  /** Per team: its people's hours together. */
  readonly teams: readonly TeamResults[];
  /** How work moved between teams: reassignments, first-time fixes, escalated items, effort per item. */
  readonly support: SupportResults;
  /** Call-centre measures of the steps the model names as service desks. */
  readonly desks: readonly DeskResults[];
  /** Samples over the whole run, warm-up included: WIP, queues, step WIP, stream arrivals and completions. */
  readonly samples: RunSamples;
  /** Items still open at the end of the run (whatever their arrival), and their ages (work item age). */
  readonly openItems: {
    readonly count: number;
    /** Mean age (now - arrival) of the open items; null when none is open. */
    readonly meanAgeHours: number | null;
    /** Largest age; null when none is open. */
    readonly maxAgeHours: number | null;
  };
}

/**
 * Summarises a replication at its current time (call after `run`).
 * @example
 * summarizeService(system).conservation.holds; // => true
 */
export function summarizeService(system: ServiceSystem): ServiceResults {
  const now = system.simulation.now;
  const metrics = system.metrics;
  const model = system.model;
  const measuredHours = now - metrics.windowStart;
  const counts = metrics.counts;
  const window = metrics.windowCounts;
  const open = metrics.open.size;
  const { people, teams } = utilisationResults(system, measuredHours);
  let openAgeSum = 0;
  let openAgeMax = 0;
  for (const item of metrics.open.values()) {
    const age = now - item.arrivalTime;
    openAgeSum += age;
    openAgeMax = Math.max(openAgeMax, age);
  }
  const percentiles = itemPercentiles(metrics.records, metrics.completedByType);
  const perWeek = (count: number): number => (count / measuredHours) * HOURS_PER_WEEK;
  return {
    measuredHours,
    conservation: {
      ...counts,
      open,
      holds:
        counts.offered === counts.refused + counts.admitted &&
        counts.admitted === counts.completed + counts.automated + counts.abandoned + open,
    },
    windowConservation: {
      ...window,
      open,
      holds:
        window.offered === window.refused + window.admitted &&
        window.openAtStart + window.admitted ===
          window.completed + window.automated + window.abandoned + open,
    },
    endToEnd: summarizeFlow(metrics.byTypeAndPriority.flat()),
    percentiles: percentiles.overall,
    byType: model.workTypes.map(({ definition }, typeIndex) => {
      const groups = metrics.byTypeAndPriority[typeIndex] ?? [];
      return {
        type: definition.name,
        throughputPerWeek: perWeek(metrics.completedByType[typeIndex] ?? 0),
        flow: summarizeFlow(groups),
        percentiles: percentiles.byType[typeIndex] ?? { count: 0, leadTime: null, wait: null },
        byPriority: groups.map((tallies, index) => ({ priority: index + 1, flow: summarizeFlow([tallies]) })),
      };
    }),
    bySteps: model.steps.map((step) => ({
      valueStream: model.streams[step.stream]?.name ?? '',
      step: step.definition.name,
      flow: summarizeFlow(metrics.bySteps.slice(step.index, step.index + 1)),
      meanQueueLength: system.dispatcher.meanQueueLength(step.index, now),
      meanWip: metrics.stepWip[step.index]?.mean(now) ?? 0,
      throughputPerWeek: perWeek(metrics.stepThroughput[step.index] ?? 0),
    })),
    meanWip: metrics.wip.mean(now),
    people,
    teams,
    support: supportResults(metrics, teams),
    desks: system.desks.map((desk) => deskResults(desk, model, people)),
    samples: system.samples.snapshot(),
    openItems: {
      count: open,
      meanAgeHours: open > 0 ? openAgeSum / open : null,
      maxAgeHours: open > 0 ? openAgeMax : null,
    },
  };
}
