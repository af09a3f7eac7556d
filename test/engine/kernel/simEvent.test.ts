// Tests of one-shot events: their life cycle, callbacks at the triggered time, failures that nobody
// handles, the single-trigger rule, and timeout().
import { describe, expect, it } from 'vitest';
import { SimEvent, Simulation, timeout } from '../../../engine/kernel/index.ts';

describe('SimEvent', () => {
  it('passes pending, triggered and processed, running callbacks with the value after the delay', () => {
    const simulation = new Simulation();
    const report = new SimEvent<string>(simulation, 'report');
    const log: string[] = [];
    report.addCallback((event) => log.push(`${simulation.now} first ${event.value}`));
    report.addCallback((event) => log.push(`${simulation.now} second ${event.value}`));
    expect(report.state).toBe('pending');
    expect(report.waiting).toBe(2);
    simulation.schedule(1, () => report.succeed('ready', 2));
    simulation.run({ until: 2 });
    expect(report.state).toBe('triggered');
    expect(report.value).toBe('ready');
    expect(log).toEqual([]);
    simulation.run();
    expect(report.state).toBe('processed');
    expect(log).toEqual(['3 first ready', '3 second ready']);
  });

  it('runs its callbacks after the events already scheduled for the same instant', () => {
    const simulation = new Simulation();
    const signal = new SimEvent(simulation, 'signal');
    const log: string[] = [];
    signal.addCallback(() => log.push('callback'));
    simulation.schedule(0, () => {
      signal.succeed(undefined);
      simulation.schedule(0, () => log.push('scheduled after succeed'));
    });
    simulation.schedule(0, () => log.push('scheduled before'));
    simulation.run();
    expect(log).toEqual(['scheduled before', 'callback', 'scheduled after succeed']);
  });

  it('runs a callback added after processing at the current time', () => {
    const simulation = new Simulation();
    const signal = new SimEvent<number>(simulation).succeed(7, 1);
    const log: string[] = [];
    simulation.run();
    simulation.schedule(2, () =>
      signal.addCallback((event) => log.push(`${simulation.now} late ${event.value}`)),
    );
    simulation.run();
    expect(log).toEqual(['3 late 7']);
  });

  it('does not run a removed callback', () => {
    const simulation = new Simulation();
    const signal = new SimEvent(simulation);
    const log: string[] = [];
    const removed = () => log.push('removed');
    signal.addCallback(removed);
    signal.addCallback(() => log.push('kept'));
    signal.removeCallback(removed);
    signal.removeCallback(removed); // absent now: does nothing
    signal.succeed(undefined);
    simulation.run();
    expect(log).toEqual(['kept']);
  });

  it('throws "has already been triggered" when it is triggered twice', () => {
    const simulation = new Simulation();
    const done = new SimEvent<number>(simulation, 'done');
    done.succeed(1);
    expect(() => done.succeed(2)).toThrow('SimEvent(done) has already been triggered');
    expect(() => done.fail(new Error('late'))).toThrow('has already been triggered');
    simulation.run();
    expect(() => done.succeed(3)).toThrow('has already been triggered');
    expect(done.value).toBe(1);
  });

  it('stays pending when triggered with a bad delay, so it can still be triggered', () => {
    const simulation = new Simulation();
    const done = new SimEvent<string>(simulation, 'done');
    const log: string[] = [];
    done.addCallback((event) => log.push(`${simulation.now} ${event.value}`));
    expect(() => done.succeed('too soon', -1)).toThrow(/got -1/);
    expect(() => done.fail(new Error('never'), Number.NaN)).toThrow(RangeError);
    expect(done.state).toBe('pending');
    done.succeed('on time', 1);
    simulation.run();
    expect(log).toEqual(['1 on time']);
  });

  it('rethrows a failure from run() when nothing waits for it', () => {
    const simulation = new Simulation();
    const broken = new SimEvent(simulation, 'broken');
    broken.fail(new Error('disk full'), 2);
    expect(() => simulation.run()).toThrow('disk full');
    expect(simulation.now).toBe(2);
    expect(broken.ok).toBe(false);
  });

  it('hands a failure to its callbacks instead of throwing it', () => {
    const simulation = new Simulation();
    const broken = new SimEvent(simulation, 'broken');
    const log: string[] = [];
    broken.addCallback((event) => log.push(`${event.ok} ${String(event.error)}`));
    broken.fail(new Error('disk full'));
    simulation.run();
    expect(log).toEqual(['false Error: disk full']);
  });

  it('does not rethrow a defused failure', () => {
    const simulation = new Simulation();
    const broken = new SimEvent(simulation, 'broken');
    broken.defused = true;
    broken.fail(new Error('handled elsewhere'));
    expect(simulation.run()).toBe('calendar-empty');
  });
});

describe('timeout', () => {
  it('succeeds the given number of hours from now', () => {
    const simulation = new Simulation();
    const log: number[] = [];
    simulation.schedule(1, () => timeout(simulation, 2.5).addCallback(() => log.push(simulation.now)));
    simulation.run();
    expect(log).toEqual([3.5]);
  });

  it('rejects a negative, NaN or infinite delay, naming the value', () => {
    const simulation = new Simulation();
    expect(() => timeout(simulation, -2)).toThrow(
      /timeout delay must be a finite number of hours >= 0, got -2/,
    );
    expect(() => timeout(simulation, Number.NaN)).toThrow(RangeError);
    expect(() => timeout(simulation, Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
    expect(simulation.pendingEvents).toBe(0);
  });
});
