// Tests of generator processes: waiting on durations and events, deterministic interleaving, return
// values, failures thrown into waiters, interrupts, and clear failures for bad yields.
import { describe, expect, it } from 'vitest';
import {
  Interrupt,
  type Process,
  type ProcessGenerator,
  process,
  SimEvent,
  Simulation,
  waitFor,
  type Yieldable,
} from '../../../engine/kernel/index.ts';

describe('process', () => {
  it('resumes a process that yields numbers at the right times', () => {
    const simulation = new Simulation();
    const log: number[] = [];
    function* clerk(): ProcessGenerator {
      log.push(simulation.now);
      yield 1.5;
      log.push(simulation.now);
      yield 2;
      log.push(simulation.now);
      yield 0;
      log.push(simulation.now);
    }
    const running = process(simulation, clerk(), 'clerk');
    expect(running.isAlive).toBe(true);
    simulation.run();
    expect(log).toEqual([0, 1.5, 3.5, 3.5]);
    expect(running.isAlive).toBe(false);
  });

  it('starts a process at the current time, after the events of this instant scheduled before it', () => {
    const simulation = new Simulation();
    const log: string[] = [];
    simulation.schedule(2, () => {
      simulation.schedule(0, () => log.push(`${simulation.now} event`));
      process(
        simulation,
        (function* (): ProcessGenerator {
          log.push(`${simulation.now} process`);
          yield 0;
        })(),
      );
    });
    simulation.run();
    expect(log).toEqual(['2 event', '2 process']);
  });

  it('interleaves two processes deterministically', () => {
    const simulation = new Simulation();
    const log: string[] = [];
    function* worker(name: string, step: number, rounds: number): ProcessGenerator {
      for (let round = 0; round < rounds; round++) {
        log.push(`${simulation.now} ${name}`);
        yield step;
      }
    }
    process(simulation, worker('A', 1, 3));
    process(simulation, worker('B', 2, 2));
    simulation.run();
    // At t=2 both wake: B's wait was scheduled at t=0, A's at t=1, so B goes first (FIFO).
    expect(log).toEqual(['0 A', '0 B', '1 A', '2 B', '2 A']);
    expect(simulation.now).toBe(4);
  });

  it('lets a process wait for another process and receive its return value', () => {
    const simulation = new Simulation();
    const log: string[] = [];
    function* child(): ProcessGenerator<string> {
      yield 3;
      return 'report done';
    }
    function* parent(): ProcessGenerator {
      const worker = process(simulation, child(), 'child');
      const result = yield* waitFor(worker);
      log.push(`${simulation.now} ${result}`);
    }
    process(simulation, parent(), 'parent');
    simulation.run();
    expect(log).toEqual(['3 report done']);
  });

  it("returns the event's value from yield* waitFor(event)", () => {
    const simulation = new Simulation();
    const approval = new SimEvent<number>(simulation, 'approval');
    const log: string[] = [];
    process(
      simulation,
      (function* (): ProcessGenerator {
        const amount: number = yield* waitFor(approval);
        log.push(`${simulation.now} approved ${amount}`);
      })(),
    );
    simulation.schedule(2, () => approval.succeed(42));
    simulation.run();
    expect(log).toEqual(['2 approved 42']);
  });

  it('resumes a process at once when it yields an event that was already processed', () => {
    const simulation = new Simulation();
    const done = new SimEvent<string>(simulation).succeed('earlier', 1);
    const log: string[] = [];
    simulation.run();
    process(
      simulation,
      (function* (): ProcessGenerator {
        yield 1;
        const value = yield* waitFor(done);
        log.push(`${simulation.now} ${value}`);
      })(),
    );
    simulation.run();
    expect(log).toEqual(['2 earlier']);
  });

  it('throws a failed event’s error into the waiting process at its yield, where it can be caught', () => {
    const simulation = new Simulation();
    const backup = new SimEvent<string>(simulation, 'backup');
    const log: string[] = [];
    process(
      simulation,
      (function* (): ProcessGenerator {
        try {
          yield* waitFor(backup);
          log.push('not reached');
        } catch (error) {
          log.push(`${simulation.now} caught ${(error as Error).message}`);
        }
        yield 1;
        log.push(`${simulation.now} carried on`);
      })(),
    );
    backup.fail(new Error('disk full'), 2);
    expect(simulation.run()).toBe('calendar-empty');
    expect(log).toEqual(['2 caught disk full', '3 carried on']);
  });

  it('propagates an uncaught error in a process that nobody waits for out of run()', () => {
    const simulation = new Simulation();
    const failing = process(
      simulation,
      (function* (): ProcessGenerator {
        yield 1;
        throw new Error('boom');
      })(),
      'failing',
    );
    expect(() => simulation.run()).toThrow('boom');
    expect(simulation.now).toBe(1);
    expect(failing.isAlive).toBe(false);
    expect(failing.ok).toBe(false);
  });

  it('throws a child process’s error into the parent that waits for it', () => {
    const simulation = new Simulation();
    const log: string[] = [];
    function* child(): ProcessGenerator<number> {
      yield 2;
      throw new Error('child failed');
    }
    function* parent(): ProcessGenerator {
      try {
        yield* waitFor(process(simulation, child(), 'child'));
      } catch (error) {
        log.push(`${simulation.now} ${(error as Error).message}`);
      }
    }
    process(simulation, parent(), 'parent');
    expect(simulation.run()).toBe('calendar-empty');
    expect(log).toEqual(['2 child failed']);
  });

  describe('Process.interrupt', () => {
    it('throws Interrupt with the cause into the process at the current time, and the process continues', () => {
      const simulation = new Simulation();
      const log: string[] = [];
      const worker = process(
        simulation,
        (function* (): ProcessGenerator {
          try {
            yield 10;
            log.push('not reached');
          } catch (error) {
            if (!(error instanceof Interrupt)) throw error;
            log.push(`${simulation.now} interrupted by ${String(error.cause)}`);
          }
          yield 1;
          log.push(`${simulation.now} done`);
        })(),
        'worker',
      );
      simulation.schedule(3, () => worker.interrupt('preemption'));
      simulation.run();
      // The original wait still comes due at 10 but no longer resumes the worker.
      expect(log).toEqual(['3 interrupted by preemption', '4 done']);
      expect(simulation.now).toBe(10);
    });

    it('fails the process with the Interrupt when it does not catch it', () => {
      const simulation = new Simulation();
      const worker = process(
        simulation,
        (function* (): ProcessGenerator {
          yield 10;
        })(),
        'worker',
      );
      simulation.schedule(3, () => worker.interrupt('shutdown'));
      expect(() => simulation.run()).toThrow(Interrupt);
      expect(simulation.now).toBe(3);
      expect(worker.isAlive).toBe(false);
    });

    it('delivers two interrupts of the same instant one after the other', () => {
      const simulation = new Simulation();
      const log: string[] = [];
      const worker = process(
        simulation,
        (function* (): ProcessGenerator {
          for (;;) {
            try {
              yield 10;
              return;
            } catch (error) {
              log.push(`${simulation.now} ${String((error as Interrupt).cause)}`);
            }
          }
        })(),
      );
      simulation.schedule(3, () => {
        worker.interrupt('first');
        worker.interrupt('second');
      });
      simulation.run();
      expect(log).toEqual(['3 first', '3 second']);
      expect(simulation.now).toBe(13);
    });

    it('resumes the process once per yield when it is interrupted while its awaited event is processed', () => {
      const simulation = new Simulation();
      const signal = new SimEvent<string>(simulation, 'signal');
      const log: string[] = [];
      let worker: Process | undefined;
      // This callback runs before the worker's own, while the signal is being processed.
      signal.addCallback(() => worker?.interrupt('late'));
      worker = process(
        simulation,
        (function* (): ProcessGenerator {
          const value = yield* waitFor(signal);
          log.push(`${simulation.now} got ${value}`);
          try {
            yield 5;
          } catch {
            log.push(`${simulation.now} interrupted`);
          }
          yield 10;
          log.push(`${simulation.now} after`);
        })(),
      );
      signal.succeed('go', 1);
      simulation.run();
      expect(log).toEqual(['1 got go', '1 interrupted', '11 after']);
    });

    it('throws when the process has already finished', () => {
      const simulation = new Simulation();
      const quick = process(
        simulation,
        (function* (): ProcessGenerator {
          yield 1;
        })(),
        'quick',
      );
      simulation.run();
      expect(() => quick.interrupt('too late')).toThrow(
        'Process(quick) has finished and cannot be interrupted',
      );
    });
  });

  describe('bad yields', () => {
    it('fails the process with a clear TypeError when it yields neither a number nor a SimEvent', () => {
      const simulation = new Simulation();
      const log: string[] = [];
      function* confused(): ProcessGenerator {
        yield 'soon' as unknown as Yieldable;
      }
      process(
        simulation,
        (function* (): ProcessGenerator {
          try {
            yield* waitFor(process(simulation, confused(), 'confused'));
          } catch (error) {
            log.push(`${(error as Error).name}: ${(error as Error).message}`);
          }
        })(),
      );
      simulation.run();
      expect(log).toEqual([
        'TypeError: Process(confused) yielded soon; yield a number of hours or a SimEvent',
      ]);
    });

    it('fails the process with a RangeError naming the value when it yields a negative duration', () => {
      const simulation = new Simulation();
      const impatient = process(
        simulation,
        (function* (): ProcessGenerator {
          yield 1;
          yield -2;
        })(),
        'impatient',
      );
      expect(() => simulation.run()).toThrow(
        'Process(impatient) yielded -2; a process may wait a finite number of hours >= 0',
      );
      expect(simulation.now).toBe(1);
      expect(impatient.isAlive).toBe(false);
      expect(impatient.error).toBeInstanceOf(RangeError);
    });

    it('fails the process when it yields NaN or Infinity', () => {
      for (const duration of [Number.NaN, Number.POSITIVE_INFINITY]) {
        const simulation = new Simulation();
        process(
          simulation,
          (function* (): ProcessGenerator {
            yield duration;
          })(),
        );
        expect(() => simulation.run()).toThrow(`yielded ${duration}`);
      }
    });
  });
});
