// Hand-traceable event logs for a Resource whose queue limit meets preemption: a preempted job's return
// pushes the lowest-ranked waiting job out. Kept apart from resource.test.ts, which is long enough.
import { describe, expect, it } from 'vitest';
import { type ProcessGenerator, process, Simulation } from '../../../engine/kernel/index.ts';
import {
  fifo,
  type Job,
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

/** The queue length seen by a listener after every job event, to check the limit is never broken. */
function recordQueueLengths(resource: Resource): number[] {
  const lengths: number[] = [];
  for (const kind of [
    'arrive',
    'start',
    'finish',
    'release',
    'renege',
    'baulk',
    'push-out',
    'preempt',
  ] as const) {
    resource.on(kind, () => lengths.push(resource.queueLength));
  }
  return lengths;
}

// The case of the bug: c = 1, room for one waiting job, priority order, preemption 'resume'.
// #0 (class 2, 3 h) starts at 0; #1 (class 2, 1 h) waits. At 1 the urgent #2 (class 1, 1 h) preempts #0,
// which returns with 2 h left. The queue would hold #0 and #1, both of key 2; priority order serves the
// earlier arrival first (#0, sequence 0), so #1 (sequence 1) is served last and is pushed out. #2 runs
// 1-2, #0 resumes 2-4. Queue length: 1 on [0, 2), 0 on [2, 4]: mean 2 / 4 = 0.5, maximum 1.
const priorityCase: readonly [number, JobOptions][] = [
  [0, { work: 3, priority: 2 }],
  [0, { work: 1, priority: 2 }],
  [1, { work: 1, priority: 1 }],
];

describe('Resource with a queue limit and preemption', () => {
  it('pushes out the later arrival of equal priority when a preempted job returns to a full queue', () => {
    const { simulation, resource, log } = setUp({
      capacity: 1,
      discipline: priorityOrder(),
      preemption: 'resume',
      maxQueueLength: 1,
    });
    const lengths = recordQueueLengths(resource);
    const jobs: Job[] = [];
    for (const [time, options] of priorityCase) {
      simulation.scheduleAt(time, () => jobs.push(resource.arrive(options)));
    }
    simulation.run();
    expect(log).toEqual([
      '0 arrive #0',
      '0 start #0',
      '0 arrive #1',
      '1 arrive #2',
      '1 preempt #0',
      '1 push-out #1',
      '1 start #2',
      '2 finish #2',
      '2 start #0',
      '4 finish #0',
    ]);
    expect(Math.max(...lengths)).toBe(1);
    const [preempted, pushedOut] = jobs;
    expect(pushedOut).toMatchObject({ state: 'pushed-out', departureTime: 1, waitingTime: 1 });
    expect(preempted).toMatchObject({ state: 'finished', preemptions: 1, waitingTime: 1, departureTime: 4 });
    const statistics = resource.statistics;
    expect(statistics.pushedOut).toBe(1);
    expect([statistics.arrivals, statistics.completions, statistics.baulked, statistics.reneged]).toEqual([
      3, 2, 0, 0,
    ]);
    expect(statistics.queueLength.max).toBe(1);
    expect(statistics.queueLength.mean(4)).toBe(0.5);
  });

  it('pushes out the preempted job itself when it ranks lowest', () => {
    // Preemption goes by class, the queue by work left (priorityOrder keyed on remainingWork, read when a
    // job joins). #0 (class 2, 4 h) starts at 0; #1 (class 2, 2 h) waits with key 2. At 1 #2 (class 1,
    // 1 h) preempts #0, which rejoins with key 3 h left: above #1's 2, so #0 would be served last and
    // leaves. #2 runs 1-2, #1 2-4. Number in system: 2 on [0, 2), 1 on [2, 4): mean 6 / 4 = 1.5.
    const { simulation, resource, log } = setUp({
      capacity: 1,
      discipline: priorityOrder({ key: (job) => job.remainingWork }),
      preemption: 'resume',
      maxQueueLength: 1,
    });
    const lengths = recordQueueLengths(resource);
    const preempted = resource.arrive({ work: 4, priority: 2 });
    arriveAt(simulation, resource, 0, { work: 2, priority: 2 });
    arriveAt(simulation, resource, 1, { work: 1, priority: 1 });
    simulation.run();
    expect(log).toEqual([
      '0 arrive #0',
      '0 start #0',
      '0 arrive #1',
      '1 arrive #2',
      '1 preempt #0',
      '1 push-out #0',
      '1 start #2',
      '2 finish #2',
      '2 start #1',
      '4 finish #1',
    ]);
    expect(Math.max(...lengths)).toBe(1);
    expect(preempted).toMatchObject({
      state: 'pushed-out',
      preemptions: 1,
      remainingWork: 3,
      departureTime: 1,
      waitingTime: 0,
    });
    expect(resource.statistics.pushedOut).toBe(1);
    expect(resource.statistics.completions).toBe(2);
    expect(resource.statistics.numberInSystem.mean(4)).toBe(1.5);
  });

  it('keeps the preempted job instead when it has less work left than the waiting one', () => {
    // As above, but #2 arrives at 2.5: #0 rejoins with 1.5 h left, under #1's 2, so #1 leaves. #2 runs
    // 2.5-3.5, #0 resumes 3.5-5.
    const { simulation, resource, log } = setUp({
      capacity: 1,
      discipline: priorityOrder({ key: (job) => job.remainingWork }),
      preemption: 'resume',
      maxQueueLength: 1,
    });
    arriveAt(simulation, resource, 0, { work: 4, priority: 2 });
    arriveAt(simulation, resource, 0, { work: 2, priority: 2 });
    arriveAt(simulation, resource, 2.5, { work: 1, priority: 1 });
    simulation.run();
    expect(log.filter((line) => !line.includes('arrive'))).toEqual([
      '0 start #0',
      '2.5 preempt #0',
      '2.5 push-out #1',
      '2.5 start #2',
      '3.5 finish #2',
      '3.5 start #0',
      '5 finish #0',
    ]);
  });

  it('pushes out a restarting preempted job when no job may wait, and tells its process', () => {
    // maxQueueLength 0: #0 (class 1, 2 h) starts at 0; #1 (class 0, 1 h) preempts it at 1. Under
    // 'restart' #0 would start its 2 h again, but the queue has no room: #0 leaves at 1, unserved.
    const { simulation, resource, log } = setUp({
      capacity: 1,
      discipline: priorityOrder(),
      preemption: 'restart',
      maxQueueLength: 0,
    });
    const trace: string[] = [];
    process(
      simulation,
      (function* (): ProcessGenerator {
        const job = resource.serve({ work: 2, priority: 1 });
        yield job.done!;
        trace.push(`${simulation.now} #${job.sequence} ${job.state}, ${job.remainingWork} h left`);
      })(),
    );
    arriveAt(simulation, resource, 1, { work: 1, priority: 0 });
    simulation.run();
    expect(log).toEqual([
      '0 arrive #0',
      '0 start #0',
      '1 arrive #1',
      '1 preempt #0',
      '1 push-out #0',
      '1 start #1',
      '2 finish #1',
    ]);
    expect(trace).toEqual(['1 #0 pushed-out, 2 h left']);
    expect(resource.statistics.queueLength.max).toBe(0);
  });

  it('changes nothing when the queue has room for the returning job', () => {
    // The bug's case with room for two: #0 and #1 both wait after the preemption at 1; #2 runs 1-2,
    // #0 (the earlier arrival of key 2) resumes 2-4, #1 runs 4-5. The same log as with no limit at all.
    const expected = [
      '0 arrive #0',
      '0 start #0',
      '0 arrive #1',
      '1 arrive #2',
      '1 preempt #0',
      '1 start #2',
      '2 finish #2',
      '2 start #0',
      '4 finish #0',
      '4 start #1',
      '5 finish #1',
    ];
    for (const maxQueueLength of [2, Number.POSITIVE_INFINITY]) {
      const { simulation, resource, log } = setUp({
        capacity: 1,
        discipline: priorityOrder(),
        preemption: 'resume',
        maxQueueLength,
      });
      for (const [time, options] of priorityCase) arriveAt(simulation, resource, time, options);
      simulation.run();
      expect(log).toEqual(expected);
      expect(resource.statistics.pushedOut).toBe(0);
      expect(resource.statistics.queueLength.max).toBe(2);
    }
  });

  it('pushes out the oldest waiting job under lifo, cancelling its patience', () => {
    // lifo, room for one: #0 (class 1, 3 h) starts at 0; #1 (class 1, 1 h, patience 5) waits. At 1 #2
    // (class 0) preempts #0, which rejoins at the back (served next); #1 at the front is served last and
    // leaves at 1, so it does not also renege at 5. #2 runs 1-2, #0 resumes 2-4.
    const { simulation, resource, log } = setUp({
      capacity: 1,
      discipline: lifo(),
      preemption: 'resume',
      maxQueueLength: 1,
    });
    arriveAt(simulation, resource, 0, { work: 3, priority: 1 });
    arriveAt(simulation, resource, 0, { work: 1, priority: 1, patience: 5 });
    arriveAt(simulation, resource, 1, { work: 1, priority: 0 });
    simulation.run();
    expect(log.filter((line) => !line.includes('arrive'))).toEqual([
      '0 start #0',
      '1 preempt #0',
      '1 push-out #1',
      '1 start #2',
      '2 finish #2',
      '2 start #0',
      '4 finish #0',
    ]);
    expect(simulation.now).toBe(4);
    expect([resource.statistics.pushedOut, resource.statistics.reneged]).toEqual([1, 0]);
  });

  it('tells a process whose waiting request was pushed out', () => {
    // Priority order, room for one: #0 (class 1, 3 h) starts at 0; a clerk's request (#1, class 2) waits.
    // At 1 #2 (class 0) preempts #0; of #0 (key 1) and #1 (key 2) the clerk's #1 would be served last.
    const { simulation, resource } = setUp({
      capacity: 1,
      discipline: priorityOrder(),
      preemption: 'resume',
      maxQueueLength: 1,
    });
    const trace: string[] = [];
    resource.arrive({ work: 3, priority: 1 });
    process(
      simulation,
      (function* (): ProcessGenerator {
        const job = resource.request({ priority: 2 });
        yield job.granted!;
        trace.push(`${simulation.now} clerk's request ${job.state}`);
      })(),
    );
    arriveAt(simulation, resource, 1, { work: 1, priority: 0 });
    simulation.run();
    expect(trace).toEqual(["1 clerk's request pushed-out"]);
  });

  it('applies the rule to each job a preempting capacity cut returns, in turn', () => {
    // fifo, c = 2, room for one: #0 starts at 0 and #1 at 0.5 (2 h each); #2 waits from 0.5. At 1 capacity
    // 1: #1 (started last) rejoins at the front, so #2 at the back leaves. #0 ends at 2; #1 resumes with
    // 1.5 h left and ends at 3.5.
    const { simulation, resource, log } = setUp({ capacity: 2, maxQueueLength: 1, capacityCut: 'preempt' });
    arriveAt(simulation, resource, 0, { work: 2 });
    arriveAt(simulation, resource, 0.5, { work: 2 });
    arriveAt(simulation, resource, 0.5, { work: 2 });
    simulation.scheduleAt(1, () => resource.setCapacity(1));
    simulation.run();
    expect(log.filter((line) => !line.includes('arrive'))).toEqual([
      '0 start #0',
      '0.5 start #1',
      '1 capacity 1',
      '1 preempt #1',
      '1 push-out #2',
      '2 finish #0',
      '2 start #1',
      '3.5 finish #1',
    ]);
    expect(resource.statistics.pushedOut).toBe(1);
  });

  it('pushes out one job per returning job when a cut empties several servers', () => {
    // Priority order, c = 2, room for one: #0 (class 1) and #1 (class 2) start at 0, #2 (class 0) waits;
    // 2 h each. At 1 capacity 0: #1 (least urgent) returns and, key 2 against #2's key 0, leaves; then
    // #0 returns and, key 1 against 0, leaves too. At 2 capacity 1: #2 runs 2-4.
    const { simulation, resource, log } = setUp({
      capacity: 2,
      discipline: priorityOrder(),
      maxQueueLength: 1,
      capacityCut: 'preempt',
    });
    for (const priority of [1, 2, 0]) arriveAt(simulation, resource, 0, { work: 2, priority });
    simulation.scheduleAt(1, () => resource.setCapacity(0));
    simulation.scheduleAt(2, () => resource.setCapacity(1));
    simulation.run();
    expect(log.filter((line) => !line.includes('arrive'))).toEqual([
      '0 start #0',
      '0 start #1',
      '1 capacity 0',
      '1 preempt #1',
      '1 push-out #1',
      '1 preempt #0',
      '1 push-out #0',
      '2 capacity 1',
      '2 start #2',
      '4 finish #2',
    ]);
    expect(resource.statistics.pushedOut).toBe(2);
    expect(resource.statistics.queueLength.max).toBe(1);
  });
});

describe('fifo, lifo and priorityOrder with a queue limit', () => {
  it('each push out the waiting #1 in the bug case, by their own rules', () => {
    // priorityOrder: #0 and #1 share key 2 and #1 arrived later. fifo: the returning #0 goes to the
    // front, #1 is at the back. lifo: the returning #0 goes to the back (served next), #1 is at the front.
    for (const discipline of [priorityOrder(), fifo(), lifo()]) {
      const { simulation, resource, log } = setUp({
        capacity: 1,
        discipline,
        preemption: 'resume',
        maxQueueLength: 1,
      });
      for (const [time, options] of priorityCase) arriveAt(simulation, resource, time, options);
      simulation.run();
      expect(
        log.filter((line) => line.includes('push-out')),
        discipline.kind,
      ).toEqual(['1 push-out #1']);
    }
  });
});
