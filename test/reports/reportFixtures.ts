// Report inputs for the tests: short runs of library scenarios saved as their --json documents (made
// with `valueflow run|compare|sweep ... --reps 3 --set run.length=6w --set run.warmUp=1w --json`), and a
// hand-made ticket-export history block in the shape the ticket-export issue gives it.
import { readFileSync } from 'node:fs';
import type { HistoryBlock, ReportInput, ReportRun } from '../../reports/index.ts';
import type { CompareDocument, SweepDocument } from '../../scenarios/index.ts';

function fixture<Document>(name: string): Document {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as Document;
}

/** The bin index of the default histogram scheme (1e-6 h, 1% bins) that holds `hours`. */
export function binIndex(hours: number): number {
  return Math.floor(Math.log(hours / 1e-6) / Math.log(1.01));
}

/**
 * A ticket export's history: 100 resolved tickets, 10 at each of 1, 2, ..., 10 hours (so p50 is 5 h
 * and p85 9 h by construction), arrivals on weekdays 9 to 17 only.
 */
export function handMadeHistory(): HistoryBlock {
  const bins = Array.from({ length: 10 }, (_, index) => [binIndex(index + 1), 10]).flat();
  return {
    source: 'tickets-2026.csv',
    tickets: 104,
    unresolved: 4,
    leadTime: { unit: 'h', mean: 5.5, p50: 5, p85: 9, p95: 10 },
    leadTimeHistogram: {
      scheme: { smallest: 1e-6, ratio: 1.01, binCount: 3009 },
      count: 100,
      zero: 0,
      underflow: 0,
      overflow: 0,
      min: 1,
      max: 10,
      bins,
    },
    arrivalsByHourOfWeek: Array.from({ length: 168 }, (_, hour) =>
      hour < 120 && hour % 24 >= 9 && hour % 24 < 17 ? 2 : 0,
    ),
    resolvedWithoutReassignment: 0.62,
    reassignments: { '0': 62, '1': 25, '2': 8, '3': 3, '4+': 2 },
  };
}

/** One run of value leakage (value, two work types, several streams and teams). */
export const valueLeakageRun = (): ReportRun => fixture('run-value-leakage');

/** The comparison of value leakage with its two variants, and each scenario's run document. */
export function valueLeakageComparison(): ReportInput {
  return {
    kind: 'compare',
    question:
      "Do smaller batches or twice the developers realise more of a product's value, and at what return?",
    runs: [fixture('run-value-leakage'), fixture('run-smaller-batches'), fixture('run-twice-the-developers')],
    compare: fixture<CompareDocument>('compare-value-leakage'),
  };
}

/** A run of the service-desk staffing scenario (a service level by hour). */
export const serviceDeskRun = (): ReportRun => fixture('run-service-desk');

/** A run of the backlog forecast scenario. */
export const forecastRun = (): ReportRun => fixture('run-forecast');

/** A sweep of the arrival rate of utilisation and waiting over 0.5, 0.7 and 0.85 per hour. */
export const utilisationSweep = (): SweepDocument => fixture('sweep-utilisation');
