// Hand-traceable event logs for the Resource: disciplines, preemption, reneging, baulking, capacity
// changes and stop rules. Every expected log is worked out by hand in the comment above it.
import { describe, expect, it } from 'vitest';
import {
  Interrupt,
  type Process,
  type ProcessGenerator,
  process,
  Simulation,
} from '../../../engine/kernel/index.ts';
import {
  fifo,
  type JobOptions,
  lifo,
  priorityOrder,
  Resource,
  type ResourceOptions,
} from '../../../engine/resources/index.ts';
import { recordEventLog } from '../../helpers/eventLog.ts';

function arriveAt(simulation: Simulation, resource: Resource, time: number, options: JobOptions): void {
  simulation.scheduleAt(time, () => resource.arrive(options));
}

function setUp(options: ResourceOptions): { simulation: Simulation; resource: Resource; log: string[] } {
  const simulation = new Simulation();
  const resource = new Resource(simulation, options);
  return { simulation, resource, log: recordEventLog(simulation) };
}

describe('Resource', () => {
  it('serves in arrival order under fifo, one job per server', () => {
    // c = 1; jobs #0 (2 h), #1 (1 h), #2 (1 h) all at t = 0: #0 runs 0-2, #1 2-3, #2 3-4.
    const { simulation, resource, log } = setUp({ capacity: 1, discipline: fifo() });
    for (const work of [2, 1, 1]) arriveAt(simulation, resource, 0, { work });
    simulation.run();
    expect(log).toEqual([
      '0 arrive #0',
      '0 start #0',
      '0 arrive #1',
      '0 arrive #2',
      '2 finish #0',
      '2 start #1',
      '3 finish #1',
      '3 start #2',
      '4 finish #2',
    ]);
  });

  it('serves the newest waiting job first under lifo', () => {
    // #0 holds the server 0-3; #1 and #2 wait; lifo takes #2 at 3, then #1 at 4.
    const { simulation, resource, log } = setUp({ capacity: 1, discipline: lifo() });
    arriveAt(simulation, resource, 0, { work: 3 });
    arriveAt(simulation, resource, 1, { work: 1 });
    arriveAt(simulation, resource, 2, { work: 1 });
    simulation.run();
    expect(log.filter((line) => !line.includes('arrive'))).toEqual([
      '0 start #0',
      '3 finish #0',
      '3 start #2',
      '4 finish #2',
      '4 start #1',
      '5 finish #1',
    ]);
  });

  it('serves the most urgent class first without preempting under priority order', () => {
    // #0 (class 1) runs 0-2; #1 (class 1) and #2 (class 0) wait; #2 goes first at 2, #1 at 3.
    const { simulation, resource, log } = setUp({ capacity: 1, discipline: priorityOrder() });
    arriveAt(simulation, resource, 0, { work: 2, priority: 1 });
    arriveAt(simulation, resource, 0.5, { work: 1, priority: 1 });
    arriveAt(simulation, resource, 1, { work: 1, priority: 0 });
    simulation.run();
    expect(log.filter((line) => !line.includes('arrive'))).toEqual([
      '0 start #0',
      '2 finish #0',
      '2 start #2',
      '3 finish #2',
      '3 start #1',
      '4 finish #1',
    ]);
  });

  it('orders by a custom key, here shortest work first', () => {
    const { simulation, resource, log } = setUp({
      capacity: 1,
      discipline: priorityOrder({ key: (job) => job.work }),
    });
    arriveAt(simulation, resource, 0, { work: 1 });
    arriveAt(simulation, resource, 0, { work: 3 });
    arriveAt(simulation, resource, 0, { work: 2 });
    simulation.run();
    expect(log.filter((line) => line.includes('start'))).toEqual(['0 start #0', '1 start #2', '3 start #1']);
  });

  it('resumes a preempted job with the work it had left', () => {
    // Low-priority #0 needs 4 h from t = 0; urgent #1 (2 h) arrives at 1 and takes the server until 3;
    // #0 resumes at 3 with 3 h left and finishes at 6.
    const { simulation, resource, log } = setUp({
      capacity: 1,
      discipline: priorityOrder(),
      preemption: 'resume',
    });
    arriveAt(simulation, resource, 0, { work: 4, priority: 1 });
    arriveAt(simulation, resource, 1, { work: 2, priority: 0 });
    simulation.run();
    expect(log).toEqual([
      '0 arrive #0',
      '0 start #0',
      '1 arrive #1',
      '1 preempt #0',
      '1 start #1',
      '3 finish #1',
      '3 start #0',
      '6 finish #0',
    ]);
  });

  it('restarts a preempted job from the beginning under the restart rule', () => {
    // Same as above, but #0 starts its 4 h again at 3 and finishes at 7.
    const { simulation, resource, log } = setUp({
      capacity: 1,
      discipline: priorityOrder(),
      preemption: 'restart',
    });
    arriveAt(simulation, resource, 0, { work: 4, priority: 1 });
    arriveAt(simulation, resource, 1, { work: 2, priority: 0 });
    simulation.run();
    expect(log.slice(-2)).toEqual(['3 start #0', '7 finish #0']);
  });

  it('records the waiting time over every visit to the queue', () => {
    const { simulation, resource } = setUp({
      capacity: 1,
      discipline: priorityOrder(),
      preemption: 'resume',
    });
    const low = resource.arrive({ work: 4, priority: 1 });
    simulation.scheduleAt(1, () => resource.arrive({ work: 2, priority: 0 }));
    simulation.run();
    expect(low.waitingTime).toBe(2); // waited 1-3
    expect(low.preemptions).toBe(1);
    expect(low.sojournTime).toBe(6);
  });

  it('lets an impatient job renege, and starts a patient one later', () => {
    // #0 holds the server 0-5; #1 (patience 2) leaves at 2; #2 (patience 10, arrived 1) starts at 5.
    const { simulation, resource, log } = setUp({ capacity: 1 });
    arriveAt(simulation, resource, 0, { work: 5 });
    arriveAt(simulation, resource, 0, { work: 1, patience: 2 });
    arriveAt(simulation, resource, 1, { work: 1, patience: 10 });
    simulation.run();
    expect(log).toEqual([
      '0 arrive #0',
      '0 start #0',
      '0 arrive #1',
      '1 arrive #2',
      '2 renege #1',
      '5 finish #0',
      '5 start #2',
      '6 finish #2',
    ]);
    expect(resource.statistics.reneged).toBe(1);
  });

  it('turns arrivals away when the queue is at its limit (baulking)', () => {
    // One server, room for one waiting job: #0 starts, #1 waits, #2 baulks, #3 (after #0 left) waits.
    const { simulation, resource, log } = setUp({ capacity: 1, maxQueueLength: 1 });
    arriveAt(simulation, resource, 0, { work: 2 });
    arriveAt(simulation, resource, 0, { work: 2 });
    arriveAt(simulation, resource, 1, { work: 2 });
    arriveAt(simulation, resource, 3, { work: 2 });
    simulation.run();
    expect(log).toEqual([
      '0 arrive #0',
      '0 start #0',
      '0 arrive #1',
      '1 arrive #2',
      '1 baulk #2',
      '2 finish #0',
      '2 start #1',
      '3 arrive #3',
      '4 finish #1',
      '4 start #3',
      '6 finish #3',
    ]);
    expect(resource.statistics.baulked).toBe(1);
  });

  it('starts waiting jobs when capacity rises, and lets jobs finish when it falls (finish-current)', () => {
    // c = 1; three 2 h jobs at 0. At 1 capacity 2: #1 starts. At 1.5 capacity 1: nobody stops;
    // #0 ends at 2 (its server leaves, 1 busy of 1), #1 ends at 3 and #2 starts then.
    const { simulation, resource, log } = setUp({ capacity: 1 });
    for (let index = 0; index < 3; index++) arriveAt(simulation, resource, 0, { work: 2 });
    simulation.scheduleAt(1, () => resource.setCapacity(2));
    simulation.scheduleAt(1.5, () => resource.setCapacity(1));
    simulation.run();
    expect(log.filter((line) => !line.includes('arrive'))).toEqual([
      '0 start #0',
      '1 capacity 2',
      '1 start #1',
      '1.5 capacity 1',
      '2 finish #0',
      '3 finish #1',
      '3 start #2',
      '5 finish #2',
    ]);
  });

  it('sends the latest-started job back to the queue when capacity falls under the preempt rule', () => {
    // c = 2; #0 at 0 and #1 at 0.5, 2 h each. At 1 capacity 1: #1 (started last) returns to the queue
    // with 1.5 h left; #0 ends at 2 and #1 resumes, ending at 3.5.
    const { simulation, resource, log } = setUp({ capacity: 2, capacityCut: 'preempt' });
    arriveAt(simulation, resource, 0, { work: 2 });
    arriveAt(simulation, resource, 0.5, { work: 2 });
    simulation.scheduleAt(1, () => resource.setCapacity(1));
    simulation.run();
    expect(log.filter((line) => !line.includes('arrive'))).toEqual([
      '0 start #0',
      '0.5 start #1',
      '1 capacity 1',
      '1 preempt #1',
      '2 finish #0',
      '2 start #1',
      '3.5 finish #1',
    ]);
  });

  it('stops the run after a number of completions', () => {
    const { simulation, resource } = setUp({ capacity: 1 });
    for (let index = 0; index < 5; index++) arriveAt(simulation, resource, 0, { work: 1 });
    resource.stopAfterCompletions(2);
    expect(simulation.run()).toBe('stopped');
    expect(simulation.now).toBe(2);
    expect(resource.totalCompletions).toBe(2);
  });

  it('stops at a time limit and on a condition', () => {
    const { simulation, resource } = setUp({ capacity: 1 });
    for (let index = 0; index < 5; index++) arriveAt(simulation, resource, 0, { work: 1 });
    expect(simulation.run({ until: 2.5 })).toBe('time-limit');
    expect(resource.totalCompletions).toBe(2);
    expect(simulation.run({ stopWhen: () => resource.queueLength === 0 })).toBe('condition');
    expect(simulation.now).toBe(4); // #4 starts at 4, leaving the queue empty
  });

  it('lets a process request, hold and release a server (SimPy style)', () => {
    // Two clerks share one desk: A holds it 0-2, B waits and holds it 2-3.
    const { simulation, resource, log } = setUp({ capacity: 1 });
    const trace: string[] = [];
    function* clerk(name: string, hold: number): ProcessGenerator {
      const job = resource.request();
      yield job.granted!;
      trace.push(`${simulation.now} ${name} got the desk`);
      yield hold;
      resource.release(job);
    }
    process(simulation, clerk('A', 2));
    process(simulation, clerk('B', 1));
    simulation.run();
    expect(trace).toEqual(['0 A got the desk', '2 B got the desk']);
    expect(log).toEqual([
      '0 arrive #0',
      '0 start #0',
      '0 arrive #1',
      '2 release #0',
      '2 start #1',
      '3 release #1',
    ]);
  });

  it('lets a process wait for a served job, and interrupts the holder of a preempted seized job', () => {
    const { simulation, resource } = setUp({
      capacity: 1,
      discipline: priorityOrder(),
      preemption: 'resume',
    });
    const trace: string[] = [];
    function* holdDesk(): ProcessGenerator {
      const job = resource.request({ priority: 1, holder });
      yield job.granted!;
      try {
        yield 10;
      } catch (error) {
        if (error instanceof Interrupt) trace.push(`${simulation.now} lost the desk`);
      }
    }
    const holder: Process = process(simulation, holdDesk());
    process(
      simulation,
      (function* (): ProcessGenerator {
        yield 1;
        const job = resource.serve({ work: 2, priority: 0 });
        yield job.done!;
        trace.push(`${simulation.now} urgent job ${job.state}`);
      })(),
    );
    simulation.run();
    expect(trace).toEqual(['1 lost the desk', '3 urgent job finished']);
  });

  it('refuses to release a job that does not hold a server, and stays consistent', () => {
    const { simulation, resource } = setUp({ capacity: 1 });
    const holding = resource.request();
    const waiting = resource.request();
    expect(() => resource.release(waiting)).toThrow(
      /cannot release job #1: it does not hold a server here \(state waiting\)/,
    );
    resource.release(holding);
    expect(() => resource.release(holding)).toThrow(/cannot release job #0/);
    simulation.run();
    expect(waiting.state).toBe('in-service');
  });

  it('rejects invalid options with a message naming the field', () => {
    const simulation = new Simulation();
    expect(() => new Resource(simulation, { capacity: -1, name: 'desk' })).toThrow(
      'desk: capacity must be an integer >= 0, got -1',
    );
    expect(() => new Resource(simulation, { capacity: 1.5 })).toThrow(/capacity must be an integer/);
    expect(() => new Resource(simulation, { maxQueueLength: -2 })).toThrow(
      /maxQueueLength must be an integer >= 0/,
    );
    const resource = new Resource(simulation, { name: 'desk' });
    expect(() => resource.arrive({ work: -1 })).toThrow(
      'desk: job work must be a number of hours >= 0, got -1',
    );
    expect(() => resource.arrive({ work: Number.NaN })).toThrow(
      /work must be a number of hours >= 0, got NaN/,
    );
    expect(() => resource.arrive({ work: 1, patience: -3 })).toThrow(
      /patience must be a number of hours >= 0, got -3/,
    );
    expect(() => resource.arrive({})).toThrow(/need work/);
    expect(() => resource.setCapacity(-1)).toThrow(/capacity must be an integer >= 0, got -1/);
    expect(resource.statistics.arrivals).toBe(0);
    expect(resource.capacity).toBe(1);
  });

  it('restarts its statistics at the end of the warm-up', () => {
    // One 4 h job from 0; warm-up ends at 2: afterwards the server is busy 2-4 of the window 2-6.
    const { simulation, resource } = setUp({ capacity: 1 });
    simulation.setWarmUp(2);
    resource.arrive({ work: 4 });
    simulation.run({ until: 6 });
    expect(resource.statistics.busyServers.mean(6)).toBeCloseTo(0.5, 12);
    expect(resource.statistics.arrivals).toBe(0);
    expect(resource.statistics.completions).toBe(1);
  });

  it('does not preempt while servers above a cut are still finishing their work', () => {
    // Two servers busy with routine work; capacity cut to 1 (finish-current) at 1. An urgent job at 2
    // must wait: preempting would hand a leaving server a new job. #0 ends at 5, #1 at 6; the urgent #2
    // starts when the in-service count falls below 1 at 6 and ends at 7.
    const { simulation, resource, log } = setUp({
      capacity: 2,
      discipline: priorityOrder(),
      preemption: 'resume',
    });
    arriveAt(simulation, resource, 0, { work: 5, priority: 1 });
    arriveAt(simulation, resource, 0, { work: 6, priority: 1 });
    simulation.scheduleAt(1, () => resource.setCapacity(1));
    arriveAt(simulation, resource, 2, { work: 1, priority: 0 });
    simulation.run();
    expect(log.filter((line) => !line.includes('arrive'))).toEqual([
      '0 start #0',
      '0 start #1',
      '1 capacity 1',
      '5 finish #0',
      '6 finish #1',
      '6 start #2',
      '7 finish #2',
    ]);
  });
});
