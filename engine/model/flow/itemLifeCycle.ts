// The item life cycle at run time: an admitted item passes through the steps of its value stream (held
// up by WIP limits, blocking and gates), waits for a person, is worked, reworked, moved on, and leaves
// (completed, stopped or abandoned). Who takes what is the dispatcher's; shifts and on-call their own file's.
import type { Simulation } from '../../kernel/index.ts';
import { type Rng, subStreamFromSeed } from '../../random/index.ts';
import type { CompiledModel, CompiledStep } from '../definition/compiledModel.ts';
import type { DeskMetrics } from '../metrics/deskMetrics.ts';
import type { FlowMetrics } from '../metrics/flowMetrics.ts';
import type { Worker } from '../people/worker.ts';
import type { RunningItem } from '../work/itemFactory.ts';
import type { WorkItemTraceEvent, WorkStepEvent, WorkStepEventKind } from '../work/workItem.ts';
import { beginBlockedPeriod, endBlockedPeriod } from './blockedPeriod.ts';
import { EscalationRules } from './escalationRules.ts';
import type { ItemLifeListener, LeaveOutcome } from './itemLifeListener.ts';
import { ShiftsAndOnCall, type WorkLifeCycle } from './shiftsAndOnCall.ts';
import { nextGateOpening, skipsStep } from './valueStream.ts';
import { WorkDispatcher } from './workDispatcher.ts';

/** What the life cycle needs: the model and its people, where it reports, and how requests close. */
export interface ItemLifeCycleOptions {
  readonly simulation: Simulation;
  readonly model: CompiledModel;
  readonly workers: readonly Worker[];
  readonly metrics: FlowMetrics;
  /** Call-centre measures, and for each step the index of the desk measuring it (-1 for none). */
  readonly desks: readonly DeskMetrics[];
  readonly deskOfStep: Int32Array;
  /** The stream the assignment policy may draw from. */
  readonly assignmentRng: Rng;
  /** Whether items keep their records (then paused work is noted at every shift end). */
  readonly keepRecords: boolean;
  /** An item left: its requester has one request fewer open (before the metrics close it). */
  readonly requestClosed: (item: RunningItem) => void;
  /** An item left: the items waiting on it may go on (after the metrics closed it). */
  readonly releaseDependants: (item: RunningItem) => void;
  /** Told when value starts, visits are answered, work is redone and items leave, when given. */
  readonly listener?: ItemLifeListener | undefined;
}

/**
 * The path of admitted items through their value streams, step by step: entry (skips, WIP limits,
 * blocking, gates), the wait for a person, work, rework, the next step, and the way out. It owns the
 * dispatcher (who works on what) and shifts and on-call, which call back into it.
 *
 * @example
 * const lifeCycle = new ItemLifeCycle({ simulation, model, workers, metrics, desks, deskOfStep,
 *   assignmentRng, keepRecords: false, requestClosed, releaseDependants });
 * lifeCycle.enterStream(item); // => the item is at its first step: queued, with a person, or held up
 */
export class ItemLifeCycle implements WorkLifeCycle {
  /** Who works on what: the step queues and the assignment of items to people. */
  readonly dispatcher: WorkDispatcher;
  /** People's shifts and on-call call-outs. */
  readonly shifts: ShiftsAndOnCall;
  private readonly simulation: Simulation;
  private readonly metrics: FlowMetrics;
  private readonly desks: readonly DeskMetrics[];
  private readonly deskOfStep: Int32Array;
  private readonly requestClosed: (item: RunningItem) => void;
  private readonly releaseDependants: (item: RunningItem) => void;
  private readonly listener: ItemLifeListener | undefined;
  /** `model.steps`, one load nearer for the hot paths. */
  private readonly steps: readonly CompiledStep[];
  /** Misrouting, transit between groups and parties, re-diagnosis. */
  private readonly escalation: EscalationRules;
  /** Items in each step (queued, in progress or blocked there). */
  private readonly inStep: Int32Array;
  /** Items waiting for room before a step at its WIP limit, oldest first. */
  private readonly waitingToEnter: RunningItem[][];
  /** For each step, the global index just past the last step of its value stream. */
  private readonly streamEndOfStep: Int32Array;
  /** For each work type, the global index of the first step of its value stream. */
  private readonly firstStepOfType: Int32Array;

  constructor(options: ItemLifeCycleOptions) {
    const { simulation, model, workers } = options;
    this.simulation = simulation;
    this.metrics = options.metrics;
    this.desks = options.desks;
    this.deskOfStep = options.deskOfStep;
    this.requestClosed = options.requestClosed;
    this.releaseDependants = options.releaseDependants;
    this.listener = options.listener;
    this.steps = model.steps;
    this.escalation = new EscalationRules(model, (item) => this.decisionsOf(item));
    this.inStep = new Int32Array(model.steps.length);
    this.waitingToEnter = model.steps.map(() => []);
    this.streamEndOfStep = Int32Array.from(model.steps, (step) => {
      const valueStream = model.streams[step.stream];
      return valueStream === undefined ? 0 : valueStream.firstStep + valueStream.stepCount;
    });
    this.firstStepOfType = Int32Array.from(
      model.workTypes,
      (type) => model.streams[type.stream]?.firstStep ?? 0,
    );
    const definition = model.definition;
    this.dispatcher = new WorkDispatcher({
      simulation,
      model,
      workers,
      queueOrder: definition.queueOrder,
      // Policies and rules that keep counts get a copy of their own, so live replications never share them.
      assignment: definition.assignment.forReplication?.() ?? definition.assignment,
      assignmentRng: options.assignmentRng,
      assign: (worker, item) => {
        this.start(worker, item);
      },
    });
    this.shifts = new ShiftsAndOnCall({
      simulation,
      model,
      workers,
      dispatcher: this.dispatcher,
      lifeCycle: this,
      keepRecords: options.keepRecords,
    });
  }

  /** An admitted item enters its value stream at the first step (skipping what its attributes skip). */
  enterStream(item: RunningItem): void {
    this.moveTo(item, this.firstStepOfType[item.typeIndex] ?? 0);
  }

  /** A person with room takes waiting work; an on-call person left with nothing may be released. */
  pullWork(worker: Worker): void {
    this.dispatcher.pull(worker);
    this.shifts.releaseIfIdle(worker);
  }

  /** The item goes back to its step's queue (handed over at the end of a shift). */
  handBack(item: RunningItem): void {
    this.enqueue(item);
  }

  /** Reschedules the person's next completion after the items in their hands changed. */
  scheduleCompletion(worker: Worker): void {
    if (worker.completionEvent >= 0) this.simulation.cancel(worker.completionEvent);
    worker.completionEvent = -1;
    const due = worker.nextCompletionTime(this.simulation.now);
    if (due !== Number.POSITIVE_INFINITY) {
      worker.completionEvent = this.simulation.scheduleAt(due, this.workDone, worker);
      worker.completionScheduledAt = this.simulation.eventsScheduled;
    }
  }

  /** The person has done the item's work at its step: rework, or on to the next step, or out. */
  finishWork(worker: Worker, item: RunningItem): void {
    const now = this.simulation.now;
    const step = this.stepAt(item.stepIndex);
    const skill = worker.drop(item, now);
    item.lastWorker = worker.index;
    this.note(item, 'finish-step', worker.name);
    if (item.detourTo >= 0) {
      // A misrouted ticket: the wrong group found it is not theirs and sends it on to the right one.
      const back = item.detourTo;
      item.detourTo = -1;
      this.leaveStep(item, step);
      this.moveTo(item, back, false);
      return;
    }
    const success = worker.person.firstTimeSuccess[skill] ?? 1;
    if (success < 1 && this.decisionsOf(item)() >= success) {
      // Not right first time: the work is redone at the same step.
      item.reworks++;
      item.remainingEffort = item.effortByStep[step.position] ?? 0;
      this.note(item, 'rework');
      this.listener?.reworked(item, now);
      this.enqueue(item);
      return;
    }
    this.leaveStep(item, step);
    const definition = step.definition;
    if (definition.restoresValue && Number.isNaN(item.valueStartTime)) {
      item.valueStartTime = now;
      this.note(item, 'restore');
      this.listener?.valueStarted(item, now);
    }
    const rework = definition.rework;
    if (step.reworkTo >= 0 && rework !== undefined && this.decisionsOf(item)() < rework.probability) {
      item.reworks++;
      this.note(item, 'rework');
      this.listener?.reworked(item, now);
      this.moveTo(item, step.reworkTo);
      return;
    }
    const exits =
      (definition.exitWhen !== undefined && item.attributes[definition.exitWhen] === true) ||
      (definition.exitProbability !== undefined && this.decisionsOf(item)() < definition.exitProbability);
    const last = step.index === (this.streamEndOfStep[step.index] ?? 0) - 1;
    if (exits && definition.exitDelivers === false) this.complete(item, false);
    else if (exits || last) this.complete(item, true);
    else this.moveTo(item, step.index + 1);
  }

  /**
   * Adds a line to the item's record (when records are kept) and announces it on `simulation.events$`
   * (when somebody subscribes); otherwise it costs one check.
   */
  note(item: RunningItem, kind: WorkStepEventKind, person?: string): void {
    const observed = this.simulation.observed;
    if (item.record === undefined && !observed) return;
    const time = this.simulation.now;
    // The record gives the position in the item's own stream (WorkStepEvent.step), not the global index.
    const step = item.stepIndex < 0 ? -1 : this.stepAt(item.stepIndex).position;
    const line: WorkStepEvent = person === undefined ? { kind, time, step } : { kind, time, step, person };
    item.record?.push(line);
    if (observed) {
      const event: WorkItemTraceEvent = {
        kind: `item-${kind}`,
        time,
        item: item.id,
        workType: item.typeName,
        priority: item.priority,
        step,
        ...(person === undefined ? {} : { person }),
      };
      this.simulation.emit(event);
    }
  }

  // Moves an item to a step (skipping steps its attributes skip), or completes it past the last step; an
  // item coming from another step may be misrouted to a wrong group first.
  private moveTo(item: RunningItem, target: number, mayMisroute = true): void {
    const streamEnd = this.streamEndOfStep[target] ?? 0;
    let step = target;
    while (step < streamEnd && skipsStep(this.stepAt(step).definition, item.attributes)) step++;
    if (step >= streamEnd) {
      this.complete(item);
      return;
    }
    const from = item.stepIndex;
    const fromAnotherStep = from >= 0 && from !== step;
    const wrong = mayMisroute && fromAnotherStep ? this.escalation.misrouteTo(item, this.stepAt(step)) : -1;
    if (wrong >= 0) {
      item.detourTo = step;
      step = wrong;
    }
    item.stepIndex = step;
    const transit = from >= 0 && from !== step ? this.escalation.transitHours(item, this.stepAt(step)) : 0;
    if (transit > 0) {
      // In transit to the step's queue: blocked, outside the step's visit (as a wait for room is).
      beginBlockedPeriod(item, 'blocked', this.simulation.now);
      this.note(item, 'block');
      this.simulation.schedule(transit, this.endTransit, item);
      return;
    }
    this.arrive(item);
  }

  private readonly endTransit = (item: RunningItem): void => {
    endBlockedPeriod(item, this.simulation.now);
    this.note(item, 'unblock');
    this.arrive(item);
  };

  // The item reaches its step: it enters, or waits for room under the step's WIP limit.
  private arrive(item: RunningItem): void {
    const step = item.stepIndex;
    const limit = this.stepAt(step).definition.wipLimit;
    if (limit !== undefined && (this.inStep[step] ?? 0) >= limit) {
      beginBlockedPeriod(item, 'blocked', this.simulation.now);
      this.waitingToEnterAt(step).push(item);
      return;
    }
    this.enterStep(item, step);
  }

  // The visit starts here, not before a full step: time waiting for room under a WIP limit is blocked
  // time of the item, outside the step's WIP and visit time (so Little's law holds for the step).
  private enterStep(item: RunningItem, step: number): void {
    const now = this.simulation.now;
    const compiled = this.stepAt(step);
    const blocking = compiled.definition.blocking;
    item.stepEnteredAt = now;
    item.queueAtEntry = item.queueTime;
    item.touchAtEntry = item.touchTime;
    item.blockedAtEntry = item.blockedTime;
    item.answered = false;
    const inStep = ++this.inStep[step]!; // step < number of steps
    this.metrics.stepWip[step]?.update(inStep, now);
    item.remainingEffort = this.escalation.visitEffort(item, compiled);
    if (blocking !== undefined && this.decisionsOf(item)() < blocking.probability) {
      beginBlockedPeriod(item, 'blocked', now);
      this.note(item, 'block');
      this.simulation.schedule(blocking.duration.sample(this.decisionsOf(item)), this.unblock, item);
      return;
    }
    this.passGate(item);
  }

  private readonly unblock = (item: RunningItem): void => {
    endBlockedPeriod(item, this.simulation.now);
    this.note(item, 'unblock');
    this.passGate(item);
  };

  private passGate(item: RunningItem): void {
    const now = this.simulation.now;
    const gate = this.stepAt(item.stepIndex).definition.gate;
    const opening = gate === undefined ? now : nextGateOpening(gate, now);
    if (opening > now) {
      beginBlockedPeriod(item, 'gated', now);
      this.simulation.scheduleAt(opening, this.openGate, item);
      return;
    }
    this.enqueue(item);
  }

  private readonly openGate = (item: RunningItem): void => {
    endBlockedPeriod(item, this.simulation.now);
    this.enqueue(item);
  };

  // The item waits for a person at its step: handed to a free one at once, or queued.
  private enqueue(item: RunningItem): void {
    item.state = 'queued';
    item.enqueuedAt = this.simulation.now;
    this.note(item, 'enqueue');
    if (!this.dispatcher.place(item)) return;
    // Patience covers the wait for a first answer, as for a Resource: once somebody has worked on the
    // item, later queues (next steps, rework, hand-over) do not make the requester give up.
    if (item.patience !== Number.POSITIVE_INFINITY && Number.isNaN(item.firstStartTime)) {
      item.abandonEvent = this.simulation.schedule(item.patience, this.abandon, item);
    }
    this.shifts.callIn(this.stepAt(item.stepIndex));
  }

  // The dispatcher hands the item (out of any queue) to the person: work starts.
  private start(worker: Worker, item: RunningItem): void {
    const now = this.simulation.now;
    const step = item.stepIndex;
    if (item.abandonEvent >= 0) {
      this.simulation.cancel(item.abandonEvent);
      item.abandonEvent = -1;
    }
    item.queueTime += now - item.enqueuedAt;
    if (Number.isNaN(item.firstStartTime)) {
      item.firstStartTime = now;
      item.firstWaitTime = item.queueTime;
    }
    if (!item.answered) {
      item.answered = true;
      this.deskAt(step)?.answered(item.stepEnteredAt, now - item.enqueuedAt);
      this.listener?.visitAnswered(item, worker.person.team, now);
    }
    if (item.lastWorker >= 0 && item.lastWorker !== worker.index) {
      item.handoffs++;
      this.note(item, 'handoff', worker.name);
    }
    const team = worker.person.team;
    if (item.lastTeam >= 0 && item.lastTeam !== team) item.reassignments++;
    item.lastTeam = team;
    item.state = 'in-progress';
    this.note(item, 'start', worker.name);
    worker.advance(now);
    worker.take(item, this.stepAt(step).skill);
    this.scheduleCompletion(worker);
  }

  private readonly workDone = (worker: Worker): void => {
    const now = this.simulation.now;
    worker.completionEvent = -1;
    worker.advance(now);
    const item = worker.finishedItem() as RunningItem | undefined;
    if (item !== undefined) this.finishWork(worker, item);
    // When finishWork gave this person their next item, its completion was scheduled just now; if nothing
    // was scheduled since, that event already stands where rescheduling would put it (same time, after
    // every other pending event), so it is kept: one calendar push and one cancelled pop fewer per step.
    const justScheduled =
      worker.completionEvent >= 0 && worker.completionScheduledAt === this.simulation.eventsScheduled;
    if (!justScheduled) this.scheduleCompletion(worker);
    this.pullWork(worker);
  };

  private leaveStep(item: RunningItem, step: CompiledStep): void {
    const now = this.simulation.now;
    const index = step.index;
    const inStep = --this.inStep[index]!; // index < number of steps
    this.metrics.stepWip[index]?.update(inStep, now);
    this.metrics.visitEnded(
      index,
      item.stepEnteredAt,
      item.queueTime - item.queueAtEntry,
      item.touchTime - item.touchAtEntry,
      item.blockedTime - item.blockedAtEntry,
      now,
    );
    const next = this.waitingToEnterAt(index).shift();
    if (next !== undefined) {
      endBlockedPeriod(next, now);
      this.enterStep(next, index);
    }
  }

  // The item leaves its stream; `delivered` false means it was stopped (value never starts flowing).
  private complete(item: RunningItem, delivered = true): void {
    const now = this.simulation.now;
    item.state = 'completed';
    item.completionTime = now;
    const valueStarts = delivered && Number.isNaN(item.valueStartTime);
    if (valueStarts) item.valueStartTime = now;
    this.note(item, 'complete');
    if (valueStarts) this.listener?.valueStarted(item, now);
    this.finishRequest(item, delivered ? 'delivered' : 'stopped');
  }

  private readonly abandon = (item: RunningItem): void => {
    const now = this.simulation.now;
    item.abandonEvent = -1;
    this.dispatcher.withdraw(item);
    const wait = now - item.enqueuedAt;
    item.queueTime += wait;
    this.deskAt(item.stepIndex)?.abandoned(wait);
    this.leaveStep(item, this.stepAt(item.stepIndex));
    item.state = 'abandoned';
    item.completionTime = now;
    this.note(item, 'abandon');
    this.finishRequest(item, 'abandoned');
  };

  // An item left (completed or abandoned): its request closes, and the items waiting on it may go on.
  private finishRequest(item: RunningItem, outcome: LeaveOutcome): void {
    this.requestClosed(item);
    this.metrics.left(item, this.simulation.now, outcome);
    this.listener?.left(item, this.simulation.now, outcome);
    this.releaseDependants(item);
  }

  /** The item's own stream, built at its first decision from the seed words drawn when it was made. */
  decisionsOf(item: RunningItem): Rng {
    if (item.decisions === undefined) item.decisions = subStreamFromSeed(item);
    return item.decisions;
  }

  // The desk measuring a step, if any. Checked for -1 first: reading a list at -1 is a slow named lookup.
  private deskAt(step: number): DeskMetrics | undefined {
    const desk = this.deskOfStep[step] ?? -1;
    return desk < 0 ? undefined : this.desks[desk];
  }

  private stepAt(step: number): CompiledStep {
    // Callers pass global step indices of the compiled model.
    return this.steps[step]!;
  }

  private waitingToEnterAt(step: number): RunningItem[] {
    // One list per step.
    return this.waitingToEnter[step]!;
  }
}
