// A one-shot event that processes wait for (SimPy's Event): pending, then triggered with a value or an
// error, then processed, when its callbacks run at the simulation time it was triggered for.
import type { Simulation } from './simulation.ts';

/** The three states of a {@link SimEvent}, in the order it passes through them. */
export type SimEventState = 'pending' | 'triggered' | 'processed';

/** A function called with the event once it is processed. */
export type SimEventCallback<Value> = (event: SimEvent<Value>) => void;

/**
 * Something that happens once: a timeout, a granted request, a finished process. Processes `yield` it
 * to wait; other code adds callbacks. Triggering schedules the callbacks through the calendar (at the
 * current time, or after a delay), so that everything happening at one instant runs in a fixed order.
 *
 * @example
 * const done = new SimEvent<string>(sim, 'report ready');
 * done.addCallback((event) => console.log(event.value));
 * done.succeed('ok', 2); // at t = 2 prints "ok"
 */
export class SimEvent<Value = undefined> {
  /** Where the event is in its life. */
  state: SimEventState = 'pending';
  /** True when it succeeded; false when it failed (then {@link error} holds why). */
  ok = true;
  /** The value it succeeded with, once triggered. */
  value: Value | undefined = undefined;
  /** The error it failed with, once triggered. */
  error: unknown = undefined;
  // Typed with a `never` parameter, not SimEventCallback<Value>: a Value in a parameter position would make
  // SimEvent invariant, and then a SimEvent<string> could not be yielded as a SimEvent<unknown>.
  private callbacks: ((event: never) => void)[] = [];

  /** The simulation whose calendar processes this event. */
  readonly simulation: Simulation;
  /** Shown in error messages. */
  readonly name: string;

  constructor(simulation: Simulation, name = 'event') {
    this.simulation = simulation;
    this.name = name;
  }

  /**
   * Triggers the event with a value; callbacks run after `delay` hours.
   * @throws Error when the event was already triggered
   */
  succeed(value: Value, delay = 0): this {
    this.trigger(delay);
    this.value = value;
    return this;
  }

  /**
   * Triggers the event with an error; a process waiting on it has the error thrown at its `yield`.
   * @throws Error when the event was already triggered
   */
  fail(error: unknown, delay = 0): this {
    this.trigger(delay);
    this.ok = false;
    this.error = error;
    return this;
  }

  /** Adds a function to call when the event is processed; on a processed event it runs at the current time. */
  addCallback(callback: SimEventCallback<Value>): void {
    if (this.state === 'processed') {
      this.simulation.schedule(0, callback, this);
      return;
    }
    this.callbacks.push(callback);
  }

  /** Removes a callback added earlier; does nothing if it is not there. */
  removeCallback(callback: SimEventCallback<Value>): void {
    const index = this.callbacks.indexOf(callback);
    if (index >= 0) this.callbacks.splice(index, 1);
  }

  /** Number of callbacks still waiting (a failed event with none is an unhandled error). */
  get waiting(): number {
    return this.callbacks.length;
  }

  /** @internal runs the callbacks; called by the calendar. */
  _process(): void {
    this.state = 'processed';
    const callbacks = this.callbacks;
    this.callbacks = [];
    if (!this.ok && callbacks.length === 0 && !this.defused) throw this.error;
    // Every stored callback was added through addCallback, so it takes a SimEvent<Value>.
    for (const callback of callbacks) (callback as SimEventCallback<Value>)(this);
  }

  /** Set by a waiter that handles the failure itself, so that an unawaited failure is not rethrown. */
  defused = false;

  toString(): string {
    return `SimEvent(${this.name})`;
  }

  private trigger(delay: number): void {
    if (this.state !== 'pending') throw new Error(`${this} has already been triggered`);
    // Schedule before changing state: a bad delay throws and leaves the event pending, not stuck.
    this.simulation.schedule(delay, processEvent, this as SimEvent<unknown>);
    this.state = 'triggered';
  }
}

function processEvent(event: SimEvent<unknown>): void {
  event._process();
}

/**
 * An event that succeeds `delay` hours from now.
 * @throws RangeError when the delay is negative or not finite
 * @example
 * const alarm = timeout(sim, 8); // processed at now + 8
 */
export function timeout(simulation: Simulation, delay: number): SimEvent {
  if (!(delay >= 0) || !Number.isFinite(delay)) {
    throw new RangeError(`timeout delay must be a finite number of hours >= 0, got ${delay}`);
  }
  return new SimEvent(simulation, `timeout(${delay})`).succeed(undefined, delay);
}
