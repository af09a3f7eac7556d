// Processes written as generator functions, in the style of SimPy: a process yields a duration to wait
// or an event to wait for, and resumes with the event's value. A process is itself an event that other
// processes can wait for; it can be interrupted.
import { SimEvent } from './simEvent.ts';
import type { Simulation } from './simulation.ts';

/** What a process may yield: a number of hours to wait, or an event to wait for. */
export type Yieldable = number | SimEvent<unknown>;

/** The generator a process runs: it yields {@link Yieldable}s and may return a value. */
export type ProcessGenerator<Result = void> = Generator<Yieldable, Result, unknown>;

/**
 * Thrown into a process at its current `yield` by {@link Process.interrupt}; catch it to react
 * (for example, to a preemption).
 */
export class Interrupt extends Error {
  /** What the interrupter passed: a reason, or an object describing the preemption. */
  override readonly cause: unknown;

  constructor(cause: unknown) {
    super(`process interrupted: ${String(cause)}`);
    this.name = 'Interrupt';
    this.cause = cause;
  }
}

/**
 * A running generator. It succeeds with the generator's return value when the generator finishes, and
 * fails with the error the generator throws (rethrown from `run()` when no one waits for the process).
 */
export class Process<Result = void> extends SimEvent<Result> {
  private target: SimEvent<unknown> | undefined = undefined;
  private readonly resumeWith = (event: SimEvent<unknown>): void => this.resume(event);
  private readonly deliverInterrupt = (interruption: SimEvent<unknown>): void =>
    this.interruptNow(interruption);
  private readonly generator: ProcessGenerator<Result>;

  constructor(simulation: Simulation, generator: ProcessGenerator<Result>, name = 'process') {
    super(simulation, name);
    this.generator = generator;
    // Start at the current time, before other events of this instant that were scheduled later.
    const start = new SimEvent<unknown>(simulation, `${name}:start`).succeed(undefined);
    this.waitFor(start);
  }

  override toString(): string {
    return `Process(${this.name})`;
  }

  /** True until the generator has returned or thrown. */
  get isAlive(): boolean {
    return this.state === 'pending';
  }

  /**
   * Throws an {@link Interrupt} carrying `cause` into the process at its current `yield`, at the current
   * time (after the events already scheduled for this instant). The event it was waiting for stays valid
   * but no longer resumes it. Several interrupts are delivered one after another; one that arrives after
   * the process has finished is dropped (SimPy's rule).
   * @throws Error when the process has already finished
   */
  interrupt(cause: unknown): void {
    if (!this.isAlive) throw new Error(`${this} has finished and cannot be interrupted`);
    const interruption = new SimEvent<unknown>(this.simulation, `${this.name}:interrupt`);
    interruption.defused = true;
    interruption.fail(new Interrupt(cause));
    interruption.addCallback(this.deliverInterrupt);
  }

  private waitFor(event: SimEvent<unknown>): void {
    this.target = event;
    event.addCallback(this.resumeWith);
  }

  // Detaches from the awaited event when the interruption is processed, not when interrupt() is called,
  // so that the process is never resumed twice for one yield (as SimPy's Interruption does).
  private interruptNow(interruption: SimEvent<unknown>): void {
    if (!this.isAlive) return;
    if (this.target !== undefined) this.target.removeCallback(this.resumeWith);
    this.target = interruption;
    this.resume(interruption);
  }

  private resume(event: SimEvent<unknown>): void {
    // A wake-up from an event the process no longer waits for (it was interrupted meanwhile).
    if (event !== this.target) return;
    this.target = undefined;
    let step: IteratorResult<Yieldable, Result>;
    try {
      if (event.ok) {
        step = this.generator.next(event.value);
      } else {
        event.defused = true;
        step = this.generator.throw(event.error);
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    if (step.done) {
      this.succeed(step.value);
      return;
    }
    const yielded = step.value;
    if (typeof yielded === 'number') {
      if (!(yielded >= 0) || !Number.isFinite(yielded)) {
        this.fail(
          new RangeError(`${this} yielded ${yielded}; a process may wait a finite number of hours >= 0`),
        );
        return;
      }
      // One fixed name: building a string per wait would cost more than the wait itself.
      this.waitFor(new SimEvent<unknown>(this.simulation, 'hold').succeed(undefined, yielded));
    } else if (yielded instanceof SimEvent) {
      this.waitFor(yielded);
    } else {
      this.fail(new TypeError(`${this} yielded ${String(yielded)}; yield a number of hours or a SimEvent`));
    }
  }
}

/**
 * Starts a process at the current time.
 * @example
 * function* clerk(): ProcessGenerator {
 *   yield 0.5;               // wait half an hour
 *   console.log(sim.now);    // => 0.5
 * }
 * process(sim, clerk());
 */
export function process<Result>(
  simulation: Simulation,
  generator: ProcessGenerator<Result>,
  name?: string,
): Process<Result> {
  return new Process(simulation, generator, name);
}

/**
 * Waits for an event inside a process and returns its value, typed: `const value = yield* waitFor(event)`.
 * @example
 * const report = yield* waitFor(reportReady); // report has the event's value type
 */
export function* waitFor<Value>(event: SimEvent<Value>): Generator<SimEvent<Value>, Value, unknown> {
  return (yield event) as Value;
}
