// Samples of a run taken at a fixed period: work in progress, each step's queue length and work in
// progress, and each value stream's cumulative arrivals and completions (what a cumulative flow diagram and
// a WIP run chart need), as plain lists.

/**
 * The samples of one replication, from time 0 (the warm-up included), one entry per sample time.
 *
 * @example
 * const samples: RunSamples = live.results().samples;
 * samples.time[0]; // => 24 (the first sample, a day into the run, with sampleEveryHours 24)
 * samples.arrivals[0]?.[0]; // => items that had entered the first value stream by then
 */
export interface RunSamples {
  /** Sample times, hours. */
  readonly time: readonly number[];
  /** Items admitted and not yet gone. */
  readonly wip: readonly number[];
  /** By step (model order), items waiting in its queue. */
  readonly queueLength: readonly (readonly number[])[];
  /** By step, items in it: waiting, in progress or blocked there. */
  readonly stepWip: readonly (readonly number[])[];
  /** By value stream (model order), items admitted into it so far. */
  readonly arrivals: readonly (readonly number[])[];
  /** By value stream, items that left it completed (delivered or stopped) so far. */
  readonly completions: readonly (readonly number[])[];
}

/** What a sample reads at its time. */
export interface SampleSources {
  readonly wip: () => number;
  readonly queueLength: (step: number) => number;
  readonly stepWip: (step: number) => number;
  readonly arrivals: (stream: number) => number;
  readonly completions: (stream: number) => number;
}

/**
 * Collects samples: `take(now)` appends one reading of every measure.
 *
 * @example
 * const samples = new SampleCollector(3, 1, sources);
 * samples.take(24);
 * samples.time; // => [24]
 */
export class SampleCollector implements RunSamples {
  readonly time: number[] = [];
  readonly wip: number[] = [];
  readonly queueLength: number[][];
  readonly stepWip: number[][];
  readonly arrivals: number[][];
  readonly completions: number[][];
  private readonly sources: SampleSources;

  constructor(stepCount: number, streamCount: number, sources: SampleSources) {
    this.queueLength = Array.from({ length: stepCount }, () => []);
    this.stepWip = Array.from({ length: stepCount }, () => []);
    this.arrivals = Array.from({ length: streamCount }, () => []);
    this.completions = Array.from({ length: streamCount }, () => []);
    this.sources = sources;
  }

  /** Reads every measure now. */
  take(now: number): void {
    const sources = this.sources;
    this.time.push(now);
    this.wip.push(sources.wip());
    this.queueLength.forEach((list, step) => {
      list.push(sources.queueLength(step));
    });
    this.stepWip.forEach((list, step) => {
      list.push(sources.stepWip(step));
    });
    this.arrivals.forEach((list, stream) => {
      list.push(sources.arrivals(stream));
    });
    this.completions.forEach((list, stream) => {
      list.push(sources.completions(stream));
    });
  }

  /** A plain copy, for results that outlive the run. */
  snapshot(): RunSamples {
    const copy = (lists: readonly (readonly number[])[]): number[][] => lists.map((list) => [...list]);
    return {
      time: [...this.time],
      wip: [...this.wip],
      queueLength: copy(this.queueLength),
      stepWip: copy(this.stepWip),
      arrivals: copy(this.arrivals),
      completions: copy(this.completions),
    };
  }
}
