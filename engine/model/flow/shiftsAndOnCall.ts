// People's working time at run time: shifts that start and end by their calendars (with work paused or
// handed over at the end), and on-call people called in when their team's queues grow, released when idle.
import type { Simulation } from '../../kernel/index.ts';
import type { CompiledModel, CompiledStep } from '../definition/compiledModel.ts';
import type { Worker } from '../people/worker.ts';
import type { RunningItem } from '../work/itemFactory.ts';
import type { WorkStepEventKind } from '../work/workItem.ts';
import type { WorkDispatcher } from './workDispatcher.ts';

/** What shift and on-call handling calls back into: the item life cycle the service system runs. */
export interface WorkLifeCycle {
  /** A person with room takes waiting work; an on-call person left with nothing may be released. */
  pullWork(worker: Worker): void;
  /** The person has done the item's work at its step: the item moves on. */
  finishWork(worker: Worker, item: RunningItem): void;
  /** The item goes back to its step's queue (handed over at the end of a shift). */
  handBack(item: RunningItem): void;
  /** Reschedules the person's next completion after the items in their hands changed. */
  scheduleCompletion(worker: Worker): void;
  /** Adds a line to the item's record. */
  note(item: RunningItem, kind: WorkStepEventKind, person?: string): void;
}

/**
 * Shifts and on-call people during one replication. People with calendars take work when their shift
 * starts; at its end they keep their work in hand, paused until the next shift, or, when their team hands
 * over, give it back to the step's queue for whoever works next. On-call people of a team join after the
 * rule's delay when the team's queues pass its threshold, and leave when they have nothing in hand and the
 * queues have fallen below the other threshold.
 *
 * @example
 * const shifts = new ShiftsAndOnCall({ simulation, model, workers, dispatcher, lifeCycle, keepRecords: false });
 * shifts.scheduleShifts(); // => each person with a calendar has their next shift start scheduled
 */
export class ShiftsAndOnCall {
  private readonly simulation: Simulation;
  private readonly model: CompiledModel;
  private readonly workers: readonly Worker[];
  private readonly dispatcher: WorkDispatcher;
  private readonly lifeCycle: WorkLifeCycle;
  private readonly keepRecords: boolean;
  /** Whether any team has on-call people (an elastic rule); without, nobody is ever called in. */
  private readonly anyElastic: boolean;
  /** 1 for an on-call person already called and on the way. */
  private readonly pendingJoin: Uint8Array;

  constructor(options: {
    readonly simulation: Simulation;
    readonly model: CompiledModel;
    readonly workers: readonly Worker[];
    readonly dispatcher: WorkDispatcher;
    readonly lifeCycle: WorkLifeCycle;
    /** Whether items keep their records (then paused work is noted at every shift end). */
    readonly keepRecords: boolean;
  }) {
    this.simulation = options.simulation;
    this.model = options.model;
    this.workers = options.workers;
    this.dispatcher = options.dispatcher;
    this.lifeCycle = options.lifeCycle;
    this.keepRecords = options.keepRecords;
    this.anyElastic = this.model.elasticByTeam.some((rule) => rule !== undefined);
    this.pendingJoin = new Uint8Array(this.workers.length);
  }

  /** Schedules every person's next shift start (and end, where something happens then). */
  scheduleShifts(): void {
    for (const worker of this.workers) this.scheduleShiftsOf(worker);
  }

  /** Calls in the on-call people of a step's teams whose rule says the queues are now long enough. */
  callIn(step: CompiledStep): void {
    if (!this.anyElastic) return;
    for (const team of step.teams) {
      const rule = this.model.elasticByTeam[team];
      if (rule === undefined || !rule.shouldJoin(this.dispatcher.teamQueueLength(team))) continue;
      for (const personIndex of this.model.teams[team]?.people ?? []) {
        const worker = this.workers[personIndex];
        if (worker === undefined || !worker.person.onCall || worker.active || this.pendingJoin[personIndex]) {
          continue;
        }
        this.pendingJoin[personIndex] = 1;
        this.simulation.schedule(rule.joinDelayHours, this.join, worker);
      }
    }
  }

  /** Releases an active on-call person with nothing in hand, when the team's rule says they may leave. */
  releaseIfIdle(worker: Worker): void {
    if (!(worker.person.onCall && worker.active && worker.inHand === 0)) return;
    const team = worker.person.team;
    if (this.model.elasticByTeam[team]?.shouldLeave(this.dispatcher.teamQueueLength(team))) {
      worker.setActive(false, this.simulation.now);
    }
  }

  // People with calendars pull work when their shift starts; with hand-over (or records, to note the
  // pause), something happens at its end too.
  private scheduleShiftsOf(worker: Worker): void {
    const calendar = worker.person.calendar;
    if (calendar === undefined) return;
    const now = this.simulation.now;
    const start = calendar.nextStart(calendar.isWorking(now) ? calendar.nextEnd(now) : now);
    if (start !== Number.POSITIVE_INFINITY) this.simulation.scheduleAt(start, this.shiftStarts, worker);
    if (this.handsOver(worker) || this.keepRecords) {
      const end = calendar.nextEnd(now);
      if (end !== Number.POSITIVE_INFINITY) this.simulation.scheduleAt(end, this.shiftEnds, worker);
    }
  }

  private handsOver(worker: Worker): boolean {
    return this.model.definition.teams[worker.person.team]?.handoverAtShiftEnd ?? false;
  }

  private readonly shiftStarts = (worker: Worker): void => {
    // Scheduled only for people with a calendar.
    const calendar = worker.person.calendar!;
    const now = this.simulation.now;
    // Only work paused at the last shift end resumes (not work handed to this person a moment ago).
    for (const item of worker.inHandItems as RunningItem[]) {
      if (item.record?.at(-1)?.kind === 'pause') this.lifeCycle.note(item, 'resume', worker.name);
    }
    this.lifeCycle.pullWork(worker);
    const next = calendar.nextStart(calendar.nextEnd(now));
    if (next !== Number.POSITIVE_INFINITY) this.simulation.scheduleAt(next, this.shiftStarts, worker);
  };

  private readonly shiftEnds = (worker: Worker): void => {
    // Scheduled only for people with a calendar.
    const calendar = worker.person.calendar!;
    const now = this.simulation.now;
    const handover = this.handsOver(worker);
    worker.advance(now);
    // Work done at this very instant is finished by this person, not handed over (a colleague would get
    // finished work, or it would wait for the next shift) nor noted as paused (its completion event is due now).
    if (handover) {
      for (let done = worker.finishedItem(); done !== undefined; done = worker.finishedItem()) {
        this.lifeCycle.finishWork(worker, done as RunningItem);
      }
    }
    for (const item of [...worker.inHandItems] as RunningItem[]) {
      if (!handover) {
        if (!worker.hasFinished(item)) this.lifeCycle.note(item, 'pause', worker.name);
        continue;
      }
      worker.drop(item, now);
      item.lastWorker = worker.index;
      this.lifeCycle.handBack(item);
    }
    if (handover) this.lifeCycle.scheduleCompletion(worker);
    const next = calendar.nextEnd(calendar.nextStart(now));
    if (next !== Number.POSITIVE_INFINITY) this.simulation.scheduleAt(next, this.shiftEnds, worker);
  };

  private readonly join = (worker: Worker): void => {
    this.pendingJoin[worker.index] = 0;
    worker.setActive(true, this.simulation.now);
    this.lifeCycle.pullWork(worker);
  };
}
