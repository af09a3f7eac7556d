// The public API of scenario results: replication summaries, their aggregation into the JSON documents of
// `valueflow run`, `compare` and `sweep`, the mergeable histogram, and the terminal summaries.

export type { Interval, MeanWithInterval } from './acrossReplications.ts';
export type { OpenAtEnd, RunDistributions, RunDocument, RunInput } from './aggregateRun.ts';
export { aggregateRun, OPEN_AT_END_NOTE } from './aggregateRun.ts';
export type { Backlog, ReplicationForecast } from './backlogForecast.ts';
export { backlogForecast, stopWhenBacklogDone } from './backlogForecast.ts';
export type { CompareDocument, ComparedRun, Difference, Differences } from './compareRuns.ts';
export { compareRuns } from './compareRuns.ts';
export { formatComparison, leadTimeSentence } from './formatComparison.ts';
export { formatRunSummary } from './formatRunSummary.ts';
export { formatSweep } from './formatSweep.ts';
export type { ItemMoments } from './itemMoments.ts';
export type { LogHistogramJson, LogHistogramScheme } from './logHistogram.ts';
export { DEFAULT_HISTOGRAM_SCHEME, LogHistogram, mergeHistograms } from './logHistogram.ts';
export type { MeasureName, ReplicationMeasures } from './replicationMeasures.ts';
export { replicationMeasures } from './replicationMeasures.ts';
export type { ItemTimes, ReplayDrain, ReplicationSummary, SummaryContext } from './replicationSummary.ts';
export { summarizeReplication } from './replicationSummary.ts';
export type {
  DelayPart,
  LeakageCause,
  ObjectiveScore,
  ReplicationValue,
  ValueFigures,
} from './replicationValue.ts';
export type { ForecastPercentiles, RunForecast } from './runForecast.ts';
export type { DeskTarget, RunMetrics, ServiceLevelMetric, ThroughputMetric } from './runMetrics.ts';
export type { Band, RunSeries } from './runSeries.ts';
export type { ObjectiveMetric, RunValue } from './runValue.ts';
export type { SweepDocument, SweepValue, SweptPoint } from './sweepDocument.ts';
export { sweepDocument } from './sweepDocument.ts';
export type { TimeMetric } from './timeMetric.ts';
export type { HoursBreakdown, UtilisationMetric } from './utilisationMetric.ts';
