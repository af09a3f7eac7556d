// The history's own figures from an export's tickets, to hold the model against: lead time opened to
// resolved (mean, percentiles and the histogram in the run's bins), arrivals by hour of the week, and
// reassignments per ticket. The `history` block of `run --json` and what `valueflow import` prints.
import { LogHistogram, type LogHistogramJson } from '../results/logHistogram.ts';
import type { ExportReading } from './readExport.ts';

const HOUR_MILLISECONDS = 3_600_000;
const WEEK_HOURS = 168;
// 1970-01-01 was a Thursday: Monday 00:00 of its week is 3 days earlier.
const EPOCH_MONDAY = -3 * 24 * HOUR_MILLISECONDS;

/**
 * The history of an export, as `run --json` prints it beside the simulated `metrics`.
 * @example
 * const history: HistoryBlock = exportHistory(readExport(text, mapping, 'incidents.csv'));
 * history.leadTime.p50; // => the median hours from opened to resolved
 */
export interface HistoryBlock {
  /** The export's file name, as the scenario writes it. */
  readonly source: string;
  readonly tickets: number;
  /** Tickets never resolved (counted, not dropped: they have no lead time). */
  readonly unresolved: number;
  /** Opened to resolved over resolved tickets, hours; percentiles read from the histogram (within one bin). */
  readonly leadTime: {
    readonly unit: 'h';
    readonly mean: number | null;
    readonly p50: number | null;
    readonly p85: number | null;
    readonly p95: number | null;
  };
  /** The lead times in the bins of the run's `distributions`. */
  readonly leadTimeHistogram: LogHistogramJson;
  /** 168 numbers: mean arrivals per week in each hour, Monday 00:00 first. */
  readonly arrivalsByHourOfWeek: readonly number[];
  /** Share of the resolved tickets never reassigned; null when the export has no reassignment count. */
  readonly resolvedWithoutReassignment: number | null;
  /** Tickets by reassignment count; null when the export has no reassignment count. */
  readonly reassignments: Readonly<Record<'0' | '1' | '2' | '3' | '4+', number>> | null;
}

/**
 * Monday 00:00 of the week holding a moment, both in milliseconds since 1970 (times as written).
 * @example
 * mondayOf(Date.UTC(2024, 1, 14, 9)); // => Date.UTC(2024, 1, 12)
 */
export function mondayOf(milliseconds: number): number {
  const week = 7 * 24 * HOUR_MILLISECONDS;
  return EPOCH_MONDAY + Math.floor((milliseconds - EPOCH_MONDAY) / week) * week;
}

/**
 * The history's figures. Lead time counts resolved tickets resolved at or after they opened. Arrivals
 * per hour of the week are each hour's arrivals over the whole weeks the export spans (Monday 00:00 of
 * the first ticket's week to the Monday after the last one's). Reassignments count every ticket with a
 * count; the share without reassignment is over the resolved ones. O(tickets).
 *
 * @param reading - an export read by readExport
 * @returns the figures
 * @example
 * exportHistory(reading).arrivalsByHourOfWeek.length; // => 168
 */
export function exportHistory(reading: ExportReading): HistoryBlock {
  const histogram = new LogHistogram();
  let sum = 0;
  const arrivals = new Array<number>(WEEK_HOURS).fill(0);
  const reassigned = { '0': 0, '1': 0, '2': 0, '3': 0, '4+': 0 };
  let withCount = 0;
  let resolvedWithCount = 0;
  let resolvedNeverReassigned = 0;
  const first = reading.tickets[0];
  const last = reading.tickets.at(-1);
  const origin = first === undefined ? 0 : mondayOf(first.opened);
  for (const ticket of reading.tickets) {
    const hour = Math.floor((ticket.opened - origin) / HOUR_MILLISECONDS) % WEEK_HOURS;
    arrivals[hour] = (arrivals[hour] ?? 0) + 1;
    if (ticket.resolved !== undefined && ticket.resolved >= ticket.opened) {
      const hours = (ticket.resolved - ticket.opened) / HOUR_MILLISECONDS;
      histogram.add(hours);
      sum += hours;
    }
    if (ticket.reassignments !== undefined) {
      withCount++;
      const key = ticket.reassignments >= 4 ? '4+' : (String(ticket.reassignments) as '0' | '1' | '2' | '3');
      reassigned[key]++;
      if (ticket.resolved !== undefined) {
        resolvedWithCount++;
        if (ticket.reassignments === 0) resolvedNeverReassigned++;
      }
    }
  }
  const weeks =
    first === undefined || last === undefined
      ? 0
      : Math.round((mondayOf(last.opened) - origin) / (WEEK_HOURS * HOUR_MILLISECONDS)) + 1;
  const resolvedCount = histogram.count;
  return {
    source: reading.source,
    tickets: reading.tickets.length,
    unresolved: reading.unresolved,
    leadTime: {
      unit: 'h',
      mean: resolvedCount === 0 ? null : sum / resolvedCount,
      p50: histogram.percentile(0.5),
      p85: histogram.percentile(0.85),
      p95: histogram.percentile(0.95),
    },
    leadTimeHistogram: histogram.toJSON(),
    arrivalsByHourOfWeek: arrivals.map((count) => (weeks === 0 ? 0 : count / weeks)),
    resolvedWithoutReassignment:
      withCount === 0 || resolvedWithCount === 0 ? null : resolvedNeverReassigned / resolvedWithCount,
    reassignments: withCount === 0 ? null : reassigned,
  };
}
