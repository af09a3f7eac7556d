// What a report is drawn from: the JSON documents of a run, a comparison or a sweep (never the engine's
// internals), the item records of one replication when there are any, and a ticket export's history.
import type {
  CompareDocument,
  HistoryBlock as ExportHistory,
  RunDocument,
  SweepDocument,
} from '../scenarios/index.ts';

/**
 * A histogram in the form of an entry of a run document's `distributions`.
 *
 * @example
 * const empty: HistogramData = { scheme: { smallest: 1e-6, ratio: 1.01, binCount: 3009 }, count: 0, zero: 0, underflow: 0, overflow: 0, min: null, max: null, bins: [] };
 */
export type HistogramData = RunDocument['distributions']['leadTime'];

/**
 * The `history` block a run document carries for a scenario that replays a ticket export: what the
 * export itself says, to be drawn beside the model (scenarios' `HistoryBlock`).
 *
 * @example
 * history.leadTime.p85; // => 31.5 (hours)
 */
export type HistoryBlock = ExportHistory;

/**
 * A run document, which may carry a ticket export's history.
 *
 * @example
 * const run: ReportRun = { ...document, history };
 */
export type ReportRun = RunDocument;

/**
 * One finished item of one replication, for the control chart: when it finished and its lead time, hours.
 *
 * @example
 * const item: ItemPoint = { workType: 'incident', finishHours: 340.2, leadTimeHours: 3.1 };
 */
export interface ItemPoint {
  readonly workType: string;
  readonly finishHours: number;
  readonly leadTimeHours: number;
}

/**
 * Everything a report needs. `runs` holds one document per scenario, the baseline first (one for `run`,
 * every compared scenario for `compare`, none for `sweep`).
 *
 * @example
 * const input: ReportInput = { kind: 'run', question: 'Does one pool wait less?', runs: [document] };
 */
export interface ReportInput {
  readonly kind: 'run' | 'compare' | 'sweep';
  /** The scenario file's question, the page's heading. */
  readonly question?: string;
  readonly runs: readonly ReportRun[];
  readonly compare?: CompareDocument;
  readonly sweep?: SweepDocument;
  /** Finished items of one replication of the first scenario, for the control chart. */
  readonly items?: readonly ItemPoint[];
  /** Which replication the items come from. */
  readonly itemsReplication?: number;
}
