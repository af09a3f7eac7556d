// The shape every observable simulation event shares, and the events the kernel itself announces.
// Higher layers (resources, the service model) define their own event interfaces on the same base.

/**
 * Base of every event on `simulation.events$`: a literal `kind` to switch on and the simulation time
 * in hours. Layers above the kernel extend it (`ResourceEvent`, ...).
 *
 * @example
 * simulation.events$.subscribe((event: TraceEvent) => console.log(event.time, event.kind));
 * // => 8 run-stopped
 */
export interface TraceEvent {
  readonly kind: string;
  readonly time: number;
}

/** Announced once, when the warm-up period ends and statistics restart. */
export interface WarmUpEndedEvent extends TraceEvent {
  readonly kind: 'warm-up-ended';
}

/** Announced when a run stops, with the reason. */
export interface RunStoppedEvent extends TraceEvent {
  readonly kind: 'run-stopped';
  readonly reason: StopReason;
}

/**
 * Why {@link Simulation.run} returned: the time limit was reached, the calendar ran empty, the stop
 * condition held, or a model called `stop()` (for instance after a number of completions).
 */
export type StopReason = 'time-limit' | 'calendar-empty' | 'condition' | 'stopped';

/** Events announced by the kernel. */
export type KernelEvent = WarmUpEndedEvent | RunStoppedEvent;
