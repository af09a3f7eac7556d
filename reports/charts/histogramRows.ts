// A run's log-binned histogram (thousands of 1%-wide bins) turned into what a chart can show: a few dozen
// log-spaced display bins with the share of items in each, and the cumulative share at each bin's edge.
import type { HistogramData } from '../reportInput.ts';
import { rounded } from './reportChart.ts';

/**
 * One display bin: its edges in hours and the share of all items in it.
 * @example
 * const bin: DisplayBin = { lower: 1, upper: 1.26, share: 0.04 };
 */
export interface DisplayBin {
  readonly lower: number;
  readonly upper: number;
  readonly share: number;
}

// The lower edge and count of each non-empty bin, zeros and underflow put at the smallest positive edge.
function counted(histogram: HistogramData): { readonly at: number; readonly count: number }[] {
  const { smallest, ratio } = histogram.scheme;
  const rows: { at: number; count: number }[] = [];
  const low = histogram.zero + histogram.underflow;
  if (low > 0) rows.push({ at: 0, count: low });
  for (let position = 0; position + 1 < histogram.bins.length; position += 2) {
    rows.push({
      at: smallest * ratio ** (histogram.bins[position] ?? 0),
      count: histogram.bins[position + 1] ?? 0,
    });
  }
  if (histogram.overflow > 0) rows.push({ at: histogram.max ?? Number.MAX_VALUE, count: histogram.overflow });
  return rows;
}

/**
 * The histogram regrouped into `binCount` log-spaced bins from its smallest positive value to its largest
 * (zero times counted in the first bin). Empty when the histogram is.
 * O(non-empty bins + binCount).
 * @example
 * displayBins(document.distributions.leadTime, 40).length; // => 40
 */
export function displayBins(histogram: HistogramData, binCount = 40): DisplayBin[] {
  const rows = counted(histogram);
  const positive = rows.filter((row) => row.at > 0).map((row) => row.at);
  if (histogram.count === 0 || rows.length === 0) return [];
  const low = Math.max(
    histogram.min !== null && histogram.min > 0 ? histogram.min : (positive[0] ?? 1),
    1e-3,
  );
  const high = Math.max(histogram.max ?? low, low * 1.01);
  const step = Math.log(high / low) / binCount;
  const counts = new Array<number>(binCount).fill(0);
  for (const row of rows) {
    const index = row.at <= low ? 0 : Math.min(binCount - 1, Math.floor(Math.log(row.at / low) / step));
    counts[index] = (counts[index] ?? 0) + row.count;
  }
  return counts.map((count, index) => ({
    lower: rounded(low * Math.exp(step * index)),
    upper: rounded(low * Math.exp(step * (index + 1))),
    share: rounded(count / histogram.count),
  }));
}

/**
 * The cumulative share of items at or below each bin's upper edge, thinned to steps of at least half a
 * percent (and the last point): a smooth line of at most about 200 points. O(non-empty bins).
 * @example
 * cumulativePoints(document.distributions.leadTime).at(-1); // => { hours: <the largest>, share: 1 }
 */
export function cumulativePoints(
  histogram: HistogramData,
): { readonly hours: number; readonly share: number }[] {
  if (histogram.count === 0) return [];
  const points: { hours: number; share: number }[] = [];
  let running = 0;
  let lastShare = -1;
  const rows = counted(histogram);
  rows.forEach((row, index) => {
    running += row.count;
    const share = running / histogram.count;
    const upper = index === rows.length - 1 ? (histogram.max ?? row.at) : row.at * histogram.scheme.ratio;
    if (share - lastShare >= 0.005 || index === rows.length - 1) {
      points.push({ hours: rounded(Math.max(upper, 1e-3)), share: rounded(share) });
      lastShare = share;
    }
  });
  return points;
}
