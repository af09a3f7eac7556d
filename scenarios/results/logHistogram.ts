// A fixed log-binned histogram of non-negative times in hours: exact merging by adding bins, percentiles
// within one bin (1% relative), and a sparse JSON form so that the shards of a batch can be merged later.

/**
 * The bins of a {@link LogHistogram}: a bin for exactly zero, an underflow count for values in
 * (0, smallest), `binCount` bins [smallest · ratio^i, smallest · ratio^(i+1)) for i = 0 … binCount − 1,
 * and an overflow count for values at or above smallest · ratio^binCount. Two histograms merge only when
 * their schemes are equal.
 *
 * @example
 * const scheme: LogHistogramScheme = { smallest: 1e-6, ratio: 1.01, binCount: 3009 }; // 3.6 ms to 1.0e7 h
 */
export interface LogHistogramScheme {
  /** Lower edge of the first bin, hours (> 0). */
  readonly smallest: number;
  /** Each bin's upper edge over its lower edge (> 1): 1.01 makes every bin at most 1% wide, relative. */
  readonly ratio: number;
  /** Number of log-spaced bins (a whole number >= 1). */
  readonly binCount: number;
}

/**
 * The scheme every result uses: bins from 1e-6 h (3.6 ms) up to 1.007e7 h (1 150 years), each 1% wide
 * relative to its lower edge: 3 009 bins, since ln(1e7 / 1e-6) / ln(1.01) = 3 008.3.
 *
 * @example
 * DEFAULT_HISTOGRAM_SCHEME.binCount; // => 3009
 */
export const DEFAULT_HISTOGRAM_SCHEME: LogHistogramScheme = { smallest: 1e-6, ratio: 1.01, binCount: 3009 };

/**
 * A histogram as plain JSON data: its scheme, the counts outside the log bins, the exact smallest and
 * largest value (null when empty) and the non-empty bins as one flat list of index and count pairs in
 * index order, `[index, count, index, count, ...]`: a few thousand numbers in one list weigh a fraction
 * of as many two-element lists, and a batch keeps a dozen histograms per replication.
 *
 * @example
 * new LogHistogram().toJSON().bins; // => []
 */
export interface LogHistogramJson {
  readonly scheme: LogHistogramScheme;
  readonly count: number;
  readonly zero: number;
  readonly underflow: number;
  readonly overflow: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly bins: readonly number[];
}

// The edges of each scheme in use, computed once: immutable, shared by every histogram of the scheme
// (an add then reads an edge instead of raising the ratio to a power).
const edgeTables = new Map<string, Float64Array>();

function edgesOf(scheme: LogHistogramScheme): Float64Array {
  const key = `${scheme.smallest}/${scheme.ratio}/${scheme.binCount}`;
  let edges = edgeTables.get(key);
  if (edges === undefined) {
    edges = Float64Array.from(
      { length: scheme.binCount + 1 },
      (_, index) => scheme.smallest * scheme.ratio ** index,
    );
    edgeTables.set(key, edges);
  }
  return edges;
}

/**
 * A fixed log-binned histogram: counts values in bins whose width grows with their value, so that a
 * percentile read from it is within 1% of the exact one at any scale (a 3-minute wait and a 3-month lead
 * time alike), in fixed memory, and two histograms of the same scheme merge exactly, in any order, by
 * adding their bins: shards of a batch combine into exactly the histogram of one big run.
 *
 * The idea is DDSketch's relative-accuracy log buckets (Masson, Rim & Lee, "DDSketch: a fast and
 * fully-mergeable quantile sketch with relative-error guarantees", PVLDB 12(12), 2019,
 * https://arxiv.org/abs/1908.10693), as in HdrHistogram's log buckets (http://hdrhistogram.org/), here with
 * a fixed range and a separate bin for exactly zero (an item that never waited).
 *
 * Complexity: add O(1); merge, percentile and JSON O(binCount); memory 8 · binCount bytes.
 *
 * @example
 * const waits = new LogHistogram();
 * waits.addAll([0, 0.5, 1, 2, 4]);
 * waits.percentile(0.5); // => within 1% of 1, the exact median
 * waits.percentile(1); // => 4 (the largest value is kept exactly)
 */
export class LogHistogram {
  /** The bins' layout. */
  readonly scheme: LogHistogramScheme;
  private readonly bins: Float64Array;
  private readonly logRatio: number;
  /** The bins' edges: edge i is smallest x ratio^i, for i from 0 to binCount (shared by every histogram of a scheme). */
  private readonly edges: Float64Array;
  private zero = 0;
  private underflow = 0;
  private overflow = 0;
  private total = 0;
  private smallestSeen = Number.POSITIVE_INFINITY;
  private largestSeen = Number.NEGATIVE_INFINITY;

  /**
   * @param scheme - the bins; default {@link DEFAULT_HISTOGRAM_SCHEME}
   * @throws RangeError when smallest is not > 0, ratio not > 1 or binCount not a whole number >= 1
   */
  constructor(scheme: LogHistogramScheme = DEFAULT_HISTOGRAM_SCHEME) {
    checkScheme(scheme);
    this.scheme = { smallest: scheme.smallest, ratio: scheme.ratio, binCount: scheme.binCount };
    this.bins = new Float64Array(scheme.binCount);
    this.logRatio = Math.log(scheme.ratio);
    this.edges = edgesOf(this.scheme);
  }

  /** Values counted. */
  get count(): number {
    return this.total;
  }

  /**
   * Counts one value.
   * @param value - a time, hours: a finite number >= 0
   * @throws RangeError when the value is negative, NaN or infinite
   */
  add(value: number): void {
    if (!(value >= 0 && value < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`LogHistogram: a value must be a finite number >= 0, got ${value}`);
    }
    this.total++;
    if (value < this.smallestSeen) this.smallestSeen = value;
    if (value > this.largestSeen) this.largestSeen = value;
    const edges = this.edges;
    if (value === 0) this.zero++;
    else if (value < edges[0]!)
      this.underflow++; // edges has binCount + 1 >= 2 entries
    else if (value >= edges[edges.length - 1]!) this.overflow++;
    else this.bins[this.binOf(value)]!++; // binOf returns 0 to binCount - 1 for values in range
  }

  /** Counts every value of a list (a typed array of an item column, say). */
  addAll(values: ArrayLike<number>): void {
    for (let index = 0; index < values.length; index++) this.add(values[index]!); // index < length
  }

  /**
   * Adds another histogram's counts to this one: the result is exactly the histogram of both sets of
   * values together, whatever the order of merging.
   * @throws RangeError when the schemes differ
   */
  merge(other: LogHistogram): void {
    if (!sameScheme(this.scheme, other.scheme)) {
      throw new RangeError(
        `LogHistogram.merge: schemes differ (${JSON.stringify(this.scheme)} and ${JSON.stringify(other.scheme)})`,
      );
    }
    for (let index = 0; index < this.bins.length; index++) this.bins[index]! += other.bins[index]!; // same length
    this.zero += other.zero;
    this.underflow += other.underflow;
    this.overflow += other.overflow;
    this.total += other.total;
    this.smallestSeen = Math.min(this.smallestSeen, other.smallestSeen);
    this.largestSeen = Math.max(this.largestSeen, other.largestSeen);
  }

  /**
   * The p-quantile, aiming at the exact type-7 percentile (R's default: linear between the order
   * statistics x[floor(h)] and x[floor(h) + 1], h = (n − 1) · p, from 0). Each order statistic is read as
   * its bin's values spread evenly over the bin (clipped to the smallest and largest value seen, which
   * are exact), so every estimate lies in the bin of the value it stands for, and the result is within
   * (ratio − 1) · exact of the exact percentile for values inside the log bins (Hyndman & Fan, "Sample
   * quantiles in statistical packages", The American Statistician 50(4), 1996, definition 7).
   * @param probability - in [0, 1]
   * @returns the percentile, hours; null when the histogram is empty
   * @throws RangeError when probability is outside [0, 1]
   * @example
   * histogram.percentile(0.85); // => 2.41 (85% of the items took at most about this long)
   */
  percentile(probability: number): number | null {
    if (!(probability >= 0 && probability <= 1)) {
      throw new RangeError(`LogHistogram.percentile: probability must be in [0, 1], got ${probability}`);
    }
    if (this.total === 0) return null;
    const position = (this.total - 1) * probability;
    const below = Math.floor(position);
    const fraction = position - below;
    const lower = this.valueAtRank(below);
    return fraction === 0 ? lower : lower + fraction * (this.valueAtRank(below + 1) - lower);
  }

  /** The histogram as plain JSON data, with only the non-empty bins. */
  toJSON(): LogHistogramJson {
    const bins: number[] = [];
    this.bins.forEach((count, index) => {
      if (count > 0) bins.push(index, count);
    });
    const empty = this.total === 0;
    return {
      scheme: { ...this.scheme },
      count: this.total,
      zero: this.zero,
      underflow: this.underflow,
      overflow: this.overflow,
      min: empty ? null : this.smallestSeen,
      max: empty ? null : this.largestSeen,
      bins,
    };
  }

  /**
   * Rebuilds a histogram from its JSON form (a shard's output, a worker's message).
   * @throws RangeError naming the field when the data is not a consistent histogram
   * @example
   * LogHistogram.fromJSON(histogram.toJSON()).percentile(0.5) === histogram.percentile(0.5); // => true
   */
  static fromJSON(json: LogHistogramJson): LogHistogram {
    const histogram = new LogHistogram(json.scheme);
    if (json.bins.length % 2 !== 0) {
      throw new RangeError(
        `LogHistogram.fromJSON: bins must hold index and count pairs, got ${json.bins.length} numbers`,
      );
    }
    const pairs = Array.from({ length: json.bins.length / 2 }, (_, pair) => [
      json.bins[2 * pair] ?? Number.NaN,
      json.bins[2 * pair + 1] ?? Number.NaN,
    ]);
    const counts = [
      json.zero,
      json.underflow,
      json.overflow,
      ...pairs.map(([, count]) => count ?? Number.NaN),
    ];
    counts.forEach((count, index) => {
      if (!(Number.isInteger(count) && count >= 0)) {
        throw new RangeError(
          `LogHistogram.fromJSON: count ${index} must be a whole number >= 0, got ${count}`,
        );
      }
    });
    for (const [index = Number.NaN, count = 0] of pairs) {
      if (!(Number.isInteger(index) && index >= 0 && index < json.scheme.binCount)) {
        throw new RangeError(
          `LogHistogram.fromJSON: bin index must be in 0 to ${json.scheme.binCount - 1}, got ${index}`,
        );
      }
      histogram.bins[index]! += count; // index checked just above
    }
    histogram.zero = json.zero;
    histogram.underflow = json.underflow;
    histogram.overflow = json.overflow;
    histogram.total = counts.reduce((sum, count) => sum + count, 0);
    if (histogram.total !== json.count) {
      throw new RangeError(
        `LogHistogram.fromJSON: count is ${json.count}, but the bins hold ${histogram.total}`,
      );
    }
    if (histogram.total > 0) {
      if (json.min === null || json.max === null || !(json.min >= 0 && json.max >= json.min)) {
        throw new RangeError(
          `LogHistogram.fromJSON: min and max must be 0 <= min <= max, got ${json.min}, ${json.max}`,
        );
      }
      histogram.smallestSeen = json.min;
      histogram.largestSeen = json.max;
    }
    return histogram;
  }

  // Lower edge of log bin `index` (binCount: the upper edge of the last bin).
  private edge(index: number): number {
    return this.edges[index] ?? this.scheme.smallest * this.scheme.ratio ** index;
  }

  // The log bin of a value in [smallest, top edge); the logarithm may land one bin off at an edge, so the
  // result is checked against edge(), which is the one definition of the bins.
  private binOf(value: number): number {
    const last = this.scheme.binCount - 1;
    let index = Math.min(
      last,
      Math.max(0, Math.floor(Math.log(value / this.scheme.smallest) / this.logRatio)),
    );
    if (index > 0 && value < this.edge(index)) index--;
    else if (index < last && value >= this.edge(index + 1)) index++;
    return index;
  }

  // An estimate of the order statistic of rank `rank` (0 = smallest): the smallest and largest are exact;
  // others sit evenly spread in their bin, clipped to [smallest seen, largest seen].
  private valueAtRank(rank: number): number {
    if (rank <= 0) return this.smallestSeen;
    if (rank >= this.total - 1) return this.largestSeen;
    let before = this.zero;
    if (rank < before) return 0;
    const spread = (count: number, lower: number, upper: number): number => {
      const low = Math.max(lower, this.smallestSeen);
      const high = Math.min(upper, this.largestSeen);
      return low + ((rank - before + 0.5) / count) * (high - low);
    };
    if (rank < before + this.underflow) return spread(this.underflow, 0, this.scheme.smallest);
    before += this.underflow;
    for (let index = 0; index < this.bins.length; index++) {
      const count = this.bins[index]!; // index < length
      if (rank < before + count) return spread(count, this.edge(index), this.edge(index + 1));
      before += count;
    }
    return spread(this.overflow, this.edge(this.scheme.binCount), this.largestSeen);
  }
}

function checkScheme(scheme: LogHistogramScheme): void {
  if (!(scheme.smallest > 0 && Number.isFinite(scheme.smallest))) {
    throw new RangeError(`LogHistogram: scheme.smallest must be a finite number > 0, got ${scheme.smallest}`);
  }
  if (!(scheme.ratio > 1 && Number.isFinite(scheme.ratio))) {
    throw new RangeError(`LogHistogram: scheme.ratio must be a finite number > 1, got ${scheme.ratio}`);
  }
  if (!(Number.isInteger(scheme.binCount) && scheme.binCount >= 1)) {
    throw new RangeError(`LogHistogram: scheme.binCount must be a whole number >= 1, got ${scheme.binCount}`);
  }
}

function sameScheme(first: LogHistogramScheme, second: LogHistogramScheme): boolean {
  return (
    first.smallest === second.smallest && first.ratio === second.ratio && first.binCount === second.binCount
  );
}

/**
 * One histogram of all the values of several, from their JSON forms (the replications of a run, the
 * shards of a batch): exactly the histogram of all the values, in any order. An empty list gives an
 * empty histogram of the default scheme. O(histograms · binCount).
 * @throws RangeError when the schemes differ or a histogram is inconsistent
 * @example
 * mergeHistograms(summaries.map((summary) => summary.leadTime.histogram)).percentile(0.85); // => pooled p85
 */
export function mergeHistograms(histograms: readonly LogHistogramJson[]): LogHistogram {
  const merged = new LogHistogram(histograms[0]?.scheme ?? DEFAULT_HISTOGRAM_SCHEME);
  for (const histogram of histograms) merged.merge(LogHistogram.fromJSON(histogram));
  return merged;
}
