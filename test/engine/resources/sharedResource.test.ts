// Hand-traceable cases for processor sharing: equal shares, late arrivals, several servers,
// capacity changes and bad use.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../engine/kernel/index.ts';
import { SharedResource } from '../../../engine/resources/index.ts';
import { recordEventLog } from '../../helpers/eventLog.ts';

describe('SharedResource', () => {
  it('shares one server equally between the jobs present', () => {
    // Two 2 h jobs at 0, each at half speed: both finish at 4.
    const simulation = new Simulation();
    const shared = new SharedResource(simulation);
    const first = shared.arrive({ work: 2 });
    const second = shared.arrive({ work: 2 });
    simulation.run();
    expect([first.departureTime, second.departureTime]).toEqual([4, 4]);
    expect(first.waitingTime).toBe(2);
  });

  it('slows a job down while another is present', () => {
    // #0 (3 h) alone 0-1 does 1 h; from 1 both run at 1/2: #1 (1 h) needs 2 h and leaves at 3;
    // #0 has done 1 + 1 = 2 h by 3, then alone does its last hour: leaves at 4.
    const simulation = new Simulation();
    const shared = new SharedResource(simulation);
    const log = recordEventLog(simulation);
    shared.arrive({ work: 3 });
    simulation.scheduleAt(1, () => shared.arrive({ work: 1 }));
    simulation.run();
    expect(log.filter((line) => line.includes('finish'))).toEqual(['3 finish #1', '4 finish #0']);
  });

  it('gives each job a full server while jobs are fewer than servers', () => {
    // c = 2: three 1 h jobs share 2 servers, each at 2/3 speed: all leave at 1.5.
    const simulation = new Simulation();
    const shared = new SharedResource(simulation, { capacity: 2 });
    const jobs = [1, 1, 1].map((work) => shared.arrive({ work }));
    simulation.run();
    for (const job of jobs) expect(job.departureTime).toBeCloseTo(1.5, 12);
  });

  it('speeds up and slows down with its capacity', () => {
    // One 2 h job; capacity 0 from 0.5 to 1.5 (no progress): done 0.5 h by then, finishes at 3.
    const simulation = new Simulation();
    const shared = new SharedResource(simulation);
    const job = shared.arrive({ work: 2 });
    simulation.scheduleAt(0.5, () => shared.setCapacity(0));
    simulation.scheduleAt(1.5, () => shared.setCapacity(1));
    simulation.run();
    expect(job.departureTime).toBeCloseTo(3, 12);
  });

  it('turns away arrivals beyond its job limit', () => {
    const simulation = new Simulation();
    const shared = new SharedResource(simulation, { maxJobs: 1 });
    shared.arrive({ work: 1 });
    expect(shared.arrive({ work: 1 }).state).toBe('baulked');
  });

  it('refuses jobs without work and release()', () => {
    const simulation = new Simulation();
    const shared = new SharedResource(simulation, { name: 'analyst' });
    expect(() => shared.request()).toThrow('analyst: processor sharing needs jobs with finite work');
    const job = shared.arrive({ work: 1 });
    expect(() => shared.release(job)).toThrow(/cannot release job #0/);
    simulation.run();
    expect(job.departureTime).toBe(1);
  });

  it('refuses a job of infinite work before counting it', () => {
    const simulation = new Simulation();
    const shared = new SharedResource(simulation, { name: 'analyst' });
    const arrivals: number[] = [];
    shared.on('arrive', (job) => arrivals.push(job.sequence));
    expect(() => shared.arrive({ work: Number.POSITIVE_INFINITY })).toThrow(
      'analyst: processor sharing needs jobs with finite work, got work Infinity',
    );
    expect(shared.statistics.arrivals).toBe(0);
    expect(arrivals).toEqual([]);
  });
});
