// A resource with c identical servers in front of one queue: a pluggable queue discipline, preemption
// (resume or restart), reneging, baulking, a queue limit that preemption respects (pushing a job out), and
// a number of servers that can change while jobs are in hand.
import type { Simulation } from '../kernel/index.ts';
import { fifo } from './fifo.ts';
import type { Job } from './job.ts';
import type { QueueDiscipline } from './queueDiscipline.ts';
import { ResourceBase } from './resourceBase.ts';

/**
 * What happens to a job that loses its server to a more urgent arrival:
 * - 'none': no preemption; urgent jobs wait for the next free server.
 * - 'resume': the job returns to the queue and later continues with the work it had left.
 * - 'restart': the job returns to the queue and later starts its work again from the beginning.
 * A job held with `request()` (no known work) is preempted for good either way: it leaves, and its
 * holding process is interrupted. A job returning to a queue already at `maxQueueLength` makes one
 * job leave (pushed out): see {@link ResourceOptions.maxQueueLength} for which.
 */
export type PreemptionRule = 'none' | 'resume' | 'restart';

/**
 * What a cut in the number of servers does to work in hand:
 * - 'finish-current' (default): servers above the new number finish their job, then leave;
 * - 'preempt': the least urgent jobs in service (latest started among equals) return to the queue at
 *   once, to resume later with the work they had left (or restart, under the 'restart' preemption rule);
 *   one at a time, each under the queue limit rule of {@link ResourceOptions.maxQueueLength}.
 */
export type CapacityCutRule = 'finish-current' | 'preempt';

/** Options of a {@link Resource}. */
export interface ResourceOptions {
  /** Number of servers, an integer >= 0. Default 1. */
  readonly capacity?: number;
  /** Order of service among waiting jobs. Default {@link fifo}. */
  readonly discipline?: QueueDiscipline;
  /** Whether a more urgent arrival takes a server from a less urgent job. Default 'none'. */
  readonly preemption?: PreemptionRule;
  /**
   * The most jobs that may wait; the number waiting never exceeds it. Default Infinity.
   *
   * Baulking: an arrival that finds this many jobs waiting, no free server and nobody it may preempt
   * leaves at once (state 'baulked', counted in `statistics.baulked`). M/M/c/K is
   * `capacity: c, maxQueueLength: K - c`.
   *
   * Push-out: a job preempted from service (by a more urgent arrival, or by a capacity cut under the
   * 'preempt' rule; to resume or to restart) still returns to the queue. If that makes one job too many,
   * the lowest-ranked waiting job leaves at once, and it may be the returning job itself: state
   * 'pushed-out', a 'push-out' event just after the 'preempt' event, counted in `statistics.pushedOut`
   * (not as baulked or reneged). Lowest-ranked means the job the discipline would serve last if nobody
   * else came ({@link QueueDiscipline.peekLast}):
   * - `priorityOrder()`: the highest key, and among equal keys the latest arrival (the highest
   *   arrival `sequence`; a preempted job keeps its own, so it outranks later arrivals of its key);
   * - `fifo()`: the job at the back of the line (the returning job rejoins at the front, so it is the
   *   one to leave only when the limit is 0);
   * - `lifo()`: the job at the front, the earliest to join of those waiting (the returning job rejoins
   *   at the back, which lifo serves next, so it too leaves only when the limit is 0).
   */
  readonly maxQueueLength?: number;
  /** What a cut in capacity does to work in hand. Default 'finish-current'. */
  readonly capacityCut?: CapacityCutRule;
  /** Name for messages and trace events. Default "resource". */
  readonly name?: string;
}

/**
 * c servers and a queue. Jobs arrive with work (hours at speed 1), a priority class (lower is more
 * urgent) and a patience; the resource serves them in the discipline's order, and records waits,
 * sojourns, queue length and utilisation in {@link ResourceBase.statistics}.
 *
 * Rules at one instant: a job that arrives to a free server starts at once; a departure hands its
 * server to the next waiting job in the same event, before any other event at that time.
 *
 * @example
 * const sim = new Simulation();
 * const desk = new Resource(sim, { capacity: 2, discipline: priorityOrder(), preemption: 'resume' });
 * desk.arrive({ work: 1, priority: 1 });
 * desk.arrive({ work: 1, priority: 0 });
 * sim.run(); // both finish at t = 1 (two servers)
 */
export class Resource extends ResourceBase {
  private servers: number;
  private readonly discipline: QueueDiscipline;
  private readonly preemption: PreemptionRule;
  private readonly maxQueueLength: number;
  private readonly capacityCut: CapacityCutRule;
  private readonly serving: Job[] = [];
  private readonly finishHandler = (job: Job): void => this.finish(job);
  private readonly renegeHandler = (job: Job): void => this.renege(job);

  /** @throws RangeError when an option is invalid, naming it and the value */
  constructor(simulation: Simulation, options: ResourceOptions = {}) {
    const name = options.name ?? 'resource';
    super(simulation, name);
    const capacity = options.capacity ?? 1;
    this.checkCapacity(capacity);
    const maxQueueLength = options.maxQueueLength ?? Number.POSITIVE_INFINITY;
    this.checkLimit('maxQueueLength', maxQueueLength);
    const preemption = options.preemption ?? 'none';
    if (!['none', 'resume', 'restart'].includes(preemption)) {
      throw new RangeError(
        `${name}: preemption must be 'none', 'resume' or 'restart', got ${String(preemption)}`,
      );
    }
    const capacityCut = options.capacityCut ?? 'finish-current';
    if (!['finish-current', 'preempt'].includes(capacityCut)) {
      throw new RangeError(
        `${name}: capacityCut must be 'finish-current' or 'preempt', got ${String(capacityCut)}`,
      );
    }
    this.servers = capacity;
    this.discipline = options.discipline ?? fifo();
    this.preemption = preemption;
    this.maxQueueLength = maxQueueLength;
    this.capacityCut = capacityCut;
  }

  /** Number of servers. */
  get capacity(): number {
    return this.servers;
  }

  /** Number of jobs waiting. */
  get queueLength(): number {
    return this.discipline.length;
  }

  /** Number of jobs in service (may exceed capacity for a while after a 'finish-current' cut). */
  get inService(): number {
    return this.serving.length;
  }

  /** The jobs in service now, in no particular order. */
  get jobsInService(): readonly Job[] {
    return this.serving;
  }

  release(job: Job): void {
    if (job.state !== 'in-service' || this.serving[job._serviceIndex] !== job) {
      throw new Error(
        `${this.name}: cannot release job #${job.sequence}: it does not hold a server here (state ${job.state})`,
      );
    }
    if (job._completionEvent >= 0) this.simulation.cancel(job._completionEvent);
    this.depart(job, 'released');
  }

  /**
   * Changes the number of servers now. More servers start waiting jobs at once; fewer follow the
   * resource's {@link CapacityCutRule}.
   * @throws RangeError when the capacity is not an integer >= 0
   * @example
   * desk.setCapacity(3); // e.g. at the start of a shift
   */
  setCapacity(capacity: number): void {
    this.checkCapacity(capacity);
    this.servers = capacity;
    this.announceCapacity(capacity);
    if (this.capacityCut === 'preempt') {
      while (this.serving.length > capacity) this.preempt(this.leastUrgentInService()!);
    }
    this.fillServers();
  }

  protected admit(job: Job): void {
    const now = this.simulation.now;
    if (this.serving.length < this.servers) {
      this.start(job);
    } else if (
      this.preemption !== 'none' &&
      this.serving.length === this.servers &&
      this.canPreemptFor(job)
    ) {
      // Only at exactly full capacity: after a 'finish-current' cut, servers above the new number are
      // leaving and must not be handed a new job.
      this.preempt(this.leastUrgentInService()!);
      this.start(job);
    } else if (this.discipline.length >= this.maxQueueLength) {
      this.baulk(job);
      return;
    } else {
      this.enqueue(job, false);
    }
    this.statistics.numberInSystem.update(this.serving.length + this.discipline.length, now);
  }

  private canPreemptFor(job: Job): boolean {
    const victim = this.leastUrgentInService();
    return victim !== undefined && victim.priority > job.priority;
  }

  private enqueue(job: Job, preempted: boolean): void {
    const now = this.simulation.now;
    job.state = 'waiting';
    job._queuedSince = now;
    if (preempted) {
      this.discipline.requeue(job);
      // Maintain the queue limit before any statistic or listener sees it broken. Only a returning
      // preempted job can overflow the queue: arrivals baulk at the limit.
      if (this.discipline.length > this.maxQueueLength) {
        this.pushOut(this.discipline.peekLast()!);
        return;
      }
    } else {
      this.discipline.add(job);
    }
    this.statistics.queueLength.update(this.discipline.length, now);
    // Patience covers the wait before first service only.
    if (job.patience !== Number.POSITIVE_INFINITY && Number.isNaN(job.firstStartTime)) {
      job._renegeEvent = this.simulation.schedule(job.patience, this.renegeHandler, job);
    }
  }

  private start(job: Job): void {
    const simulation = this.simulation;
    const now = simulation.now;
    if (job._renegeEvent >= 0) {
      simulation.cancel(job._renegeEvent);
      job._renegeEvent = -1;
    }
    job.waitingTime += now - job._queuedSince;
    job.state = 'in-service';
    if (Number.isNaN(job.firstStartTime)) job.firstStartTime = now;
    job.lastStartTime = now;
    job._serviceIndex = this.serving.length;
    this.serving.push(job);
    this.statistics.busyServers.update(this.serving.length, now);
    if (job.remainingWork !== Number.POSITIVE_INFINITY) {
      job._completionEvent = simulation.schedule(job.remainingWork, this.finishHandler, job);
    }
    this.notify('start', job);
    this.settleGrant(job);
  }

  private finish(job: Job): void {
    job._completionEvent = -1;
    job.remainingWork = 0;
    this.depart(job, 'finished');
  }

  private depart(job: Job, state: 'finished' | 'released'): void {
    const now = this.simulation.now;
    this.removeFromService(job);
    job.state = state;
    job.departureTime = now;
    this.statistics.numberInSystem.update(this.serving.length + this.discipline.length, now);
    this.recordDeparture(job);
    this.notify(state === 'finished' ? 'finish' : 'release', job);
    this.settleDeparture(job);
    this.fillServers();
  }

  private renege(job: Job): void {
    const now = this.simulation.now;
    job._renegeEvent = -1;
    job.state = 'reneged';
    job.departureTime = now;
    job.waitingTime += now - job._queuedSince;
    this.discipline.remove(job);
    const statistics = this.statistics;
    statistics.queueLength.update(this.discipline.length, now);
    statistics.numberInSystem.update(this.serving.length + this.discipline.length, now);
    statistics.reneged++;
    this.notify('renege', job);
    this.settleDeparture(job);
  }

  // A waiting job leaves to keep the queue within maxQueueLength (the rule is in ResourceOptions).
  private pushOut(job: Job): void {
    const now = this.simulation.now;
    if (job._renegeEvent >= 0) {
      this.simulation.cancel(job._renegeEvent);
      job._renegeEvent = -1;
    }
    job.state = 'pushed-out';
    job.departureTime = now;
    job.waitingTime += now - job._queuedSince;
    this.discipline.remove(job);
    const statistics = this.statistics;
    statistics.queueLength.update(this.discipline.length, now);
    statistics.numberInSystem.update(this.serving.length + this.discipline.length, now);
    statistics.pushedOut++;
    this.notify('push-out', job);
    this.settleDeparture(job);
  }

  private preempt(victim: Job): void {
    const simulation = this.simulation;
    const now = simulation.now;
    this.removeFromService(victim);
    victim.preemptions++;
    if (victim._completionEvent >= 0) {
      simulation.cancel(victim._completionEvent);
      victim._completionEvent = -1;
    }
    this.notify('preempt', victim);
    if (victim.remainingWork === Number.POSITIVE_INFINITY) {
      // A seized job has no work to resume: it leaves, and its process hears of it.
      victim.state = 'preempted';
      victim.departureTime = now;
      this.statistics.numberInSystem.update(this.serving.length + this.discipline.length, now);
      this.interruptHolder(victim, victim.holder);
      return;
    }
    victim.remainingWork =
      this.preemption === 'restart' ? victim.work : victim.remainingWork - (now - victim.lastStartTime);
    this.enqueue(victim, true);
  }

  private fillServers(): void {
    const discipline = this.discipline;
    while (this.serving.length < this.servers && discipline.length > 0) {
      const next = discipline.next()!;
      this.statistics.queueLength.update(discipline.length, this.simulation.now);
      this.start(next);
    }
  }

  // The job to preempt: the least urgent in service, and among those the one that started last.
  private leastUrgentInService(): Job | undefined {
    let victim: Job | undefined;
    for (const job of this.serving) {
      if (
        victim === undefined ||
        job.priority > victim.priority ||
        (job.priority === victim.priority && job.lastStartTime > victim.lastStartTime)
      ) {
        victim = job;
      }
    }
    return victim;
  }

  private removeFromService(job: Job): void {
    const serving = this.serving;
    const last = serving.pop()!;
    if (last !== job) {
      serving[job._serviceIndex] = last;
      last._serviceIndex = job._serviceIndex;
    }
    job._serviceIndex = -1;
    this.statistics.busyServers.update(serving.length, this.simulation.now);
  }
}
