// Running a scenario's seeded replications one after another, each summarised for aggregation, with a
// look at one chosen replication while it runs (its event log) and after (its item records).
import {
  type LiveReplication,
  type ServiceModel,
  startServiceReplication,
  type WorkItem,
} from '../engine/index.ts';
import {
  type ReplayDrain,
  type ReplicationSummary,
  stopWhenBacklogDone,
  summarizeReplication,
} from './results/index.ts';

/** How a scenario runs: what its `run`, `backlog` and `forecast` sections say, in hours. */
export interface ScenarioRunSettings {
  readonly hours: number;
  readonly warmUpHours: number;
  readonly replications: number;
  readonly seed: number;
  /** `drained`: stop a replication once its backlog is done (at most `hours`). */
  readonly until: 'length' | 'drained';
  readonly recordItems: boolean;
  /** Items waiting at time 0, by work type. */
  readonly backlog: readonly { readonly workType: string; readonly count: number }[];
  /** Times at which a forecast counts the backlog items done, hours. */
  readonly forecastDoneByHours: readonly number[];
  /** With replayed files: the time of the last replayed arrival, hours (where demand ends). */
  readonly replayEndHours?: number;
}

/** A scenario ready to run: its compiled model and its settings. */
export interface RunnableScenario {
  readonly name: string;
  readonly model: ServiceModel;
  readonly settings: ScenarioRunSettings;
}

/** Changes to a scenario's run settings, as the command's options give them. */
export interface RunSettingChanges {
  readonly replications?: number;
  readonly seed?: number;
  /** Stop each replication once its backlog is done. */
  readonly untilDrained?: boolean;
}

/**
 * A scenario ready to run with its run settings changed.
 * @example
 * runnable(loaded.baseline, { replications: 5 }).settings.replications; // => 5
 */
export function runnable(
  scenario: { readonly name: string; readonly model: ServiceModel; readonly settings: ScenarioRunSettings },
  changes: RunSettingChanges = {},
): RunnableScenario {
  return {
    name: scenario.name,
    model: scenario.model,
    settings: {
      ...scenario.settings,
      ...(changes.replications === undefined ? {} : { replications: changes.replications }),
      ...(changes.seed === undefined ? {} : { seed: changes.seed }),
      ...(changes.untilDrained === true ? { until: 'drained' as const } : {}),
    },
  };
}

/** A look at one replication: before it runs (to subscribe to its events) and after (to read it). */
export interface ReplicationWatch {
  readonly replication: number;
  readonly before?: (live: LiveReplication) => void;
  readonly after?: (live: LiveReplication) => void;
}

/** Which replications to run, and what to do along the way. */
export interface ReplicationPlan {
  /** Run these replication indices; default 0 to settings.replications - 1. */
  readonly replications?: readonly number[];
  /** Seed instead of the scenario's. */
  readonly seed?: number;
  /** Called after each replication, with how many are done and how many there are. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly watch?: ReplicationWatch;
}

/**
 * Runs a scenario's replications one after another and summarises each. Replication i uses the streams
 * of (seed, i), so a result depends only on the scenario, the seed and i; variants run with the same seed
 * see the same demand (common random numbers). A backlog is offered at time 0, before any other arrival,
 * and with `until: drained` a replication stops as soon as its backlog is done.
 *
 * @example
 * const summaries = runReplications(scenario, { replications: [0, 1, 2] });
 * aggregateRun({ scenario: scenario.name, seed: 1, summaries }).metrics.leadTime.mean; // => hours
 */
export function runReplications(
  scenario: RunnableScenario,
  plan: ReplicationPlan = {},
): ReplicationSummary[] {
  const settings = scenario.settings;
  const indices = plan.replications ?? Array.from({ length: settings.replications }, (_, index) => index);
  const seed = plan.seed ?? settings.seed;
  return indices.map((replication, done) => {
    const summary = runOneReplication(scenario, seed, replication, plan.watch);
    plan.onProgress?.(done + 1, indices.length);
    return summary;
  });
}

/**
 * Runs one replication of a scenario and summarises it: replication `replication` of seed `seed`, the
 * backlog offered at time 0, stopped early once the backlog is done when the scenario runs until drained.
 * The same arguments give the same summary, in this process or in a worker thread.
 * @example
 * runOneReplication(scenario, 1, 7).replication; // => 7
 */
export function runOneReplication(
  scenario: RunnableScenario,
  seed: number,
  replication: number,
  watch?: ReplicationWatch,
): ReplicationSummary {
  const settings = scenario.settings;
  const live = startServiceReplication(scenario.model, {
    seed,
    replication,
    hours: settings.hours,
    warmUpHours: settings.warmUpHours,
    recordItems: settings.recordItems,
  });
  const watched = watch?.replication === replication ? watch : undefined;
  watched?.before?.(live);
  const backlog: WorkItem[] = [];
  for (const { workType, count } of settings.backlog) backlog.push(...live.offerByName(workType, { count }));
  const replayEnd = settings.replayEndHours;
  let drain: ReplayDrain | undefined;
  if (replayEnd === undefined) {
    const drained = settings.until === 'drained' && backlog.length > 0;
    live.run(settings.hours, drained ? stopWhenBacklogDone(backlog) : undefined);
  } else drain = runReplay(live, settings, replayEnd);
  watched?.after?.(live);
  return summarizeReplication(live, {
    replication,
    ...(backlog.length > 0 ? { backlog: { items: backlog, doneByHours: settings.forecastDoneByHours } } : {}),
    ...(drain === undefined ? {} : { drain }),
  });
}

/**
 * Runs a replication that replays files: first to the last replayed arrival (or the run's end, if
 * sooner), where everyone's utilisation over the window with demand is read, then on to the run's end,
 * or, running until drained, until every item that arrived by then (the backlog's too) has left. The
 * run's length bounds it; what is still open then is counted, for a warning.
 */
function runReplay(live: LiveReplication, settings: ScenarioRunSettings, replayEnd: number): ReplayDrain {
  const demandUntilHours = Math.min(replayEnd, settings.hours);
  live.run(demandUntilHours);
  const demandUtilisation = overallUtilisation(live.results());
  const arrivedByEnd = (): WorkItem[] => live.openItems().filter((item) => item.arrivalTime <= replayEnd);
  if (settings.until === 'drained') {
    // Rows at the last arrival's own time may still be on the calendar: the items are gathered once the
    // clock has passed it, and from then on only those are watched.
    let done: (() => boolean) | undefined;
    live.run(settings.hours, () => {
      if (live.simulation.now <= replayEnd) return false;
      done ??= stopWhenBacklogDone(arrivedByEnd());
      return done();
    });
  } else live.run(settings.hours);
  const stillOpen = arrivedByEnd().length;
  return { demandUntilHours, demandUtilisation, openReplayed: stillOpen, endHours: live.simulation.now };
}

/** Everyone's busy hours over everyone's available hours so far; null when nobody was available. */
function overallUtilisation(results: {
  readonly teams: readonly { busyHours: number; availableHours: number }[];
}): number | null {
  let busy = 0;
  let available = 0;
  for (const team of results.teams) {
    busy += team.busyHours;
    available += team.availableHours;
  }
  return available > 0 ? busy / available : null;
}
