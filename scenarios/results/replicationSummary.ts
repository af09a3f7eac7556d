// What one replication contributes to a run's results, as plain serialisable data: the engine's results,
// its value account, histograms and moments of the completed items' times, the open items' ages, and the
// backlog forecast.
import type { LiveReplication, ServiceResults } from '../../engine/index.ts';
import { type Backlog, backlogForecast, type ReplicationForecast } from './backlogForecast.ts';
import { type ItemMoments, momentsOf } from './itemMoments.ts';
import { LogHistogram, type LogHistogramJson } from './logHistogram.ts';
import { type ReplicationValue, replicationValue } from './replicationValue.ts';

/**
 * The times of a group of completed items: their histogram (for pooled percentiles) and moments (for the
 * pooled standard deviation).
 *
 * @example
 * summary.leadTime.moments.count; // => items completed in the measured window
 */
export interface ItemTimes {
  readonly histogram: LogHistogramJson;
  readonly moments: ItemMoments;
}

/**
 * One replication's contribution to a run, plain data (it can cross a worker thread or sit in a shard's
 * file). Item times cover the items completed in the measured window (delivered or stopped, not given
 * up), as `results.endToEnd` does, and are empty when the run kept no item records.
 *
 * @example
 * const summary: ReplicationSummary = summarizeReplication(live, { replication: 3 });
 * summary.leadTime.histogram.count === summary.results.endToEnd.count; // => true (records kept)
 */
export interface ReplicationSummary {
  /** The replication's index (its seed stream), by which runs are ordered and paired. */
  readonly replication: number;
  readonly results: ServiceResults;
  /** The value ledger's totals over the measured window (without its per-service and per-type lists). */
  readonly value: ReplicationValue;
  /** Arrival to completion of every completed item, hours. */
  readonly leadTime: ItemTimes;
  /** Time waiting in queues of every completed item, hours. */
  readonly waitTime: ItemTimes;
  /** The same per work type, in model order. */
  readonly byType: readonly {
    readonly type: string;
    readonly leadTime: ItemTimes;
    readonly waitTime: ItemTimes;
  }[];
  /** Ages (end of run − arrival) of the items still open at the end, hours. */
  readonly openAge: LogHistogramJson;
  /** Present when the run had a backlog. */
  readonly forecast?: ReplicationForecast;
  /** Present when the run replayed files: the window with demand and whether the replay drained. */
  readonly drain?: ReplayDrain;
}

/**
 * A replay's run: utilisation while demand arrived (time 0 to the last replayed arrival), and, when it
 * ran until drained, how many replayed items were still open when it stopped and when that was.
 * @example
 * const drain: ReplayDrain = { demandUntilHours: 2_180, demandUtilisation: 0.81, openReplayed: 0, endHours: 2_203.5 };
 */
export interface ReplayDrain {
  readonly demandUntilHours: number;
  readonly demandUtilisation: number | null;
  /** Items that arrived by the last replayed arrival and were still open at the end. */
  readonly openReplayed: number;
  /** When the replication stopped, hours. */
  readonly endHours: number;
}

/**
 * What `summarizeReplication` needs besides the replication itself.
 *
 * @example
 * const context: SummaryContext = { replication: 0, backlog: { items, doneByHours: [720] } };
 */
export interface SummaryContext {
  /** The replication's index. */
  readonly replication: number;
  /** The backlog offered at time 0, for a forecast. */
  readonly backlog?: Backlog | undefined;
  /** The replay's window with demand and drain, when the run replayed files. */
  readonly drain?: ReplayDrain | undefined;
}

/**
 * Summarises a replication after its run: its results (the value account apart, in totals), one pass over
 * its item records for the histograms and moments, the ages of its open items, and the backlog's figures
 * when there is one. O(items).
 * @example
 * const live = startServiceReplication(model, { seed: 1, replication: 0, hours: 8_760, warmUpHours: 168 });
 * live.run(8_760);
 * summarizeReplication(live, { replication: 0 }).leadTime.moments.count; // => items completed in the window
 */
export function summarizeReplication(live: LiveReplication, context: SummaryContext): ReplicationSummary {
  const { value, ...results } = live.results();
  const typeCount = results.byType.length;
  const values = live.records?.completedValues(typeCount);
  const none = new Float64Array(0);
  const now = live.simulation.now;
  const openAge = new LogHistogram();
  for (const item of live.openItems()) openAge.add(now - item.arrivalTime);
  const summary: ReplicationSummary = {
    replication: context.replication,
    results,
    value: replicationValue(value),
    leadTime: itemTimes(values?.leadTimes ?? none),
    waitTime: itemTimes(values?.waits ?? none),
    byType: results.byType.map(({ type }, typeIndex) => ({
      type,
      leadTime: itemTimes(values?.leadTimesByType[typeIndex] ?? none),
      waitTime: itemTimes(values?.waitsByType[typeIndex] ?? none),
    })),
    openAge: openAge.toJSON(),
  };
  const withDrain = context.drain === undefined ? summary : { ...summary, drain: context.drain };
  return context.backlog === undefined
    ? withDrain
    : { ...withDrain, forecast: backlogForecast(context.backlog) };
}

function itemTimes(values: Float64Array): ItemTimes {
  const histogram = new LogHistogram();
  histogram.addAll(values);
  return { histogram: histogram.toJSON(), moments: momentsOf(values) };
}
