// The simulation: clock, run loop and stop rules over the event calendar, the warm-up signal,
// and the observable event stream that costs nothing while nobody subscribes.
import { type Observable, Subject } from 'rxjs';
import { EventCalendar, type EventHandler, type EventId } from './eventCalendar.ts';
import type { StopReason, TraceEvent } from './traceEvent.ts';
import { ZeroTimeLoopError } from './zeroTimeLoopError.ts';

/** When {@link Simulation.run} should stop; with no option it runs until the calendar is empty. */
export interface RunOptions {
  /**
   * Stop before the first event at or after this time, and set the clock to it. Events at exactly
   * `until` stay pending, so a later `run` continues seamlessly (SimPy's rule).
   */
  readonly until?: number;
  /** Checked after every event; the run stops as soon as it returns true. */
  readonly stopWhen?: () => boolean;
}

/**
 * A discrete-event simulation: a clock in hours and a calendar of events that run in time order.
 * Events at the same time run by priority (lower first), then in the order they were scheduled.
 *
 * The kernel knows no queues, statistics or domain. Models schedule plain functions
 * ({@link schedule}), or write processes as generators (`process()` in `process.ts`).
 *
 * @example
 * const sim = new Simulation();
 * const log: number[] = [];
 * sim.schedule(1.5, () => log.push(sim.now));
 * sim.run(); // log => [1.5]
 */
export class Simulation {
  /** Current simulation time in hours. */
  now = 0;
  /** Number of events the loop has run (cancelled events are not counted). */
  eventsRun = 0;
  /**
   * How many events {@link run} lets happen at one instant before it decides the model is caught in a
   * loop that takes no time (it would otherwise never return), and throws {@link ZeroTimeLoopError}.
   * Raise it for a model that really means more events at one time (a replay of a million tickets
   * stamped with the same second, say).
   */
  maxEventsAtOneTime = 1_000_000;
  private readonly calendar = new EventCalendar();
  private stopRequested = false;
  private running = false;
  private readonly subject = new Subject<TraceEvent>();
  private warmUpListeners: (() => void)[] = [];
  private warmUpEnd = Number.NaN;

  /** Every event announced with {@link emit}; subscribe for tracing, live charts and teaching. */
  readonly events$: Observable<TraceEvent> = this.subject.asObservable();

  /**
   * Number of events scheduled so far (run, pending or cancelled). Two equal readings mean nothing was
   * scheduled in between, so the event scheduled last is still the latest in the calendar's order.
   */
  get eventsScheduled(): number {
    return this.calendar.pushed;
  }

  /** Number of live events pending on the calendar. */
  get pendingEvents(): number {
    return this.calendar.size;
  }

  /** True while somebody subscribes to {@link events$}; check it before building an event object. */
  get observed(): boolean {
    return this.subject.observed;
  }

  /** Time at which the warm-up ends, or NaN when no warm-up was set. */
  get warmUpEndTime(): number {
    return this.warmUpEnd;
  }

  /**
   * Schedules `handler(payload)` to run `delay` hours from now.
   * @param delay - hours from now, finite and >= 0
   * @param priority - integer in [-100, 100], default 0; lower runs first among events at the same time
   * @returns an id for {@link cancel}
   * @throws RangeError when the delay is negative, NaN or infinite
   * @example
   * sim.schedule(0.25, (name) => console.log(name, sim.now), 'tick'); // prints "tick 0.25" when run
   */
  schedule<Payload = undefined>(
    delay: number,
    handler: EventHandler<Payload>,
    payload?: Payload,
    priority = 0,
  ): EventId {
    // One comparison pair on the hot path (false for NaN and infinity alike); the message is built only on failure.
    if (!(delay >= 0 && delay < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`delay must be a finite number of hours >= 0, got ${delay}`);
    }
    return this.calendar.push(this.now + delay, priority, handler, payload as Payload);
  }

  /**
   * Schedules `handler(payload)` at an absolute time.
   * @throws RangeError when the time is NaN, infinite or before {@link now}
   */
  scheduleAt<Payload = undefined>(
    time: number,
    handler: EventHandler<Payload>,
    payload?: Payload,
    priority = 0,
  ): EventId {
    // One comparison pair on the hot path (now is finite, so this is false for NaN, infinity and the past).
    if (!(time >= this.now && time < Number.POSITIVE_INFINITY)) this.rejectTime(time);
    return this.calendar.push(time, priority, handler, payload as Payload);
  }

  // The slow path of scheduleAt: which rule the time breaks.
  private rejectTime(time: number): never {
    if (!Number.isFinite(time))
      throw new RangeError(`event time must be a finite number of hours, got ${time}`);
    throw new RangeError(`cannot schedule in the past: time ${time} is before now (${this.now})`);
  }

  /**
   * Cancels a pending event.
   * @returns true when the event was pending and is now cancelled; false when it already ran or was cancelled
   */
  cancel(id: EventId): boolean {
    return this.calendar.cancel(id);
  }

  /** Time of the next pending event, or Infinity. */
  peek(): number {
    return this.calendar.nextTime();
  }

  /**
   * Runs the next event, if any.
   * @returns false when the calendar was empty
   */
  step(): boolean {
    const calendar = this.calendar;
    if (!calendar.pop()) return false;
    this.now = calendar.poppedTime;
    this.eventsRun++;
    calendar.runPopped();
    return true;
  }

  /**
   * Runs events in order until a stop rule holds: the time limit, the stop condition, a call to
   * {@link stop}, or an empty calendar.
   * @returns why the run stopped
   * @throws RangeError when `until` is NaN or before now; Error when called from inside an event;
   *   ZeroTimeLoopError when more than {@link maxEventsAtOneTime} events run at one instant
   * @example
   * sim.run({ until: 8 }); // => 'time-limit' (the clock now reads 8)
   */
  run(options: RunOptions = {}): StopReason {
    const until = options.until ?? Number.POSITIVE_INFINITY;
    if (Number.isNaN(until) || until < this.now) {
      throw new RangeError(`run until must be a time >= now (${this.now}), got ${options.until}`);
    }
    if (this.running) throw new Error('Simulation.run() was called from inside an event; use stop() instead');
    const stopWhen = options.stopWhen;
    const calendar = this.calendar;
    this.running = true;
    this.stopRequested = false;
    let reason: StopReason = 'calendar-empty';
    // The instant of the latest events and how many ran at it: a run that never leaves one instant is
    // a loop that takes no time, and is stopped with an error rather than left to hang.
    let instant = Number.NaN;
    let eventsAtInstant = 0;
    try {
      // The hot loop: no allocation, no emission; each event costs a heap pop and one call.
      for (;;) {
        if (this.stopRequested) {
          reason = 'stopped';
          break;
        }
        const next = calendar.nextTime();
        if (next >= until) {
          // Reached only with a finite limit, or with an empty calendar and no limit.
          if (until === Number.POSITIVE_INFINITY) break;
          this.now = until;
          reason = 'time-limit';
          break;
        }
        // Checked before the pop, so the event stays pending for a later run with a higher limit.
        if (next === instant) {
          if (++eventsAtInstant > this.maxEventsAtOneTime) {
            throw new ZeroTimeLoopError(next, this.maxEventsAtOneTime);
          }
        } else {
          instant = next;
          eventsAtInstant = 1;
        }
        calendar.pop();
        this.now = calendar.poppedTime;
        this.eventsRun++;
        calendar.runPopped();
        if (stopWhen?.()) {
          reason = 'condition';
          break;
        }
      }
    } finally {
      this.running = false;
      this.stopRequested = false;
    }
    if (this.subject.observed)
      this.subject.next({ kind: 'run-stopped', time: this.now, reason } as TraceEvent);
    return reason;
  }

  /** Asks the running loop to stop after the current event (a stop rule such as "after n completions"). */
  stop(): void {
    this.stopRequested = true;
  }

  /**
   * Announces an event to subscribers of {@link events$}. Callers in hot paths check {@link observed}
   * first, so that no event object is built when nobody listens.
   */
  emit(event: TraceEvent): void {
    if (this.subject.observed) this.subject.next(event);
  }

  /**
   * Ends the warm-up at `time`: statistics collectors registered with {@link onWarmUpEnd} reset then,
   * so that steady-state results exclude the empty-and-idle start. Can be set once.
   * @throws RangeError when the time is not finite or in the past; Error when a warm-up was already set
   */
  setWarmUp(time: number): void {
    if (!Number.isNaN(this.warmUpEnd)) throw new Error(`warm-up already set to end at ${this.warmUpEnd}`);
    if (!Number.isFinite(time) || time < this.now) {
      throw new RangeError(`warm-up end must be a finite time >= now (${this.now}), got ${time}`);
    }
    this.warmUpEnd = time;
    // Priority -100 (the most urgent): runs before every event at that instant except earlier-scheduled
    // events that also asked for -100, so that events at the boundary count after it.
    this.calendar.push(time, -100, endWarmUp, this);
  }

  /** Registers a function to call when the warm-up ends (typically a statistics collector's reset). */
  onWarmUpEnd(listener: () => void): void {
    this.warmUpListeners.push(listener);
  }

  /** @internal called by the warm-up event. */
  _announceWarmUpEnd(): void {
    for (const listener of this.warmUpListeners) listener();
    if (this.subject.observed) this.subject.next({ kind: 'warm-up-ended', time: this.now } as TraceEvent);
  }
}

function endWarmUp(simulation: Simulation): void {
  simulation._announceWarmUpEnd();
}
