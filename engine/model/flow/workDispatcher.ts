// Dispatching work to people: the step queues, who may work at each step and at what level, the queue
// statistics, and the two decisions of pull dispatch (who takes an arriving item; what a person takes next).
//
// Extension points for the support models (tiered and swarming support):
// - Tiers with escalation queues: a tier is a step whose eligible people are the tier's team, so an
//   escalation moves the item to the next tier's step and `place` puts it in front of that tier; a queue
//   per tier and per group (vendor, second line) is a queue per step here.
// - A request for several people at once (a backlog swarm) and a group that meets at set times (a dispatch
//   swarm) break the rule that nobody eligible is free while work they can do waits: such a feature declares
//   itself as a `DispatchException`, which `assertNobodyIdleWhileWorkWaits` respects.
import type { Simulation } from '../../kernel/index.ts';
import type { Rng } from '../../random/index.ts';
import { TimeWeightedAverage } from '../../stats/index.ts';
import type { CompiledModel } from '../definition/compiledModel.ts';
import type { Worker } from '../people/worker.ts';
import type { RunningItem } from '../work/itemFactory.ts';
import type { AssignmentPolicy } from './assignmentPolicy.ts';
import { PersonOrderContext, StepAssignmentContext, StepCandidate } from './dispatchContexts.ts';
import { type DispatchException, DispatchInvariantError } from './dispatchException.ts';
import { type QueueOrder, type Selection, selectAcross } from './queueOrder.ts';

/** What the dispatcher needs: the model and its people, the policies, and how to hand an item over. */
export interface WorkDispatcherOptions {
  readonly simulation: Simulation;
  readonly model: CompiledModel;
  readonly workers: readonly Worker[];
  readonly queueOrder: QueueOrder;
  readonly assignment: AssignmentPolicy;
  /** The stream the assignment policy may draw from. */
  readonly assignmentRng: Rng;
  /** Starts work: the item, out of any queue, goes into the person's hands (the item life cycle's part). */
  readonly assign: (worker: Worker, item: RunningItem) => void;
  /** Features that let work wait while someone eligible is free; none for plain pull dispatch. */
  readonly exceptions?: readonly DispatchException[];
}

/**
 * Gives work to people by plain pull dispatch. An item reaching a step goes at once to a free person who
 * can do it, if any (the assignment policy chooses which); otherwise it waits in the step's queue. A
 * person who becomes free takes, from the steps they can do, the queues where their level is highest
 * first, and there the item the queue order ranks first across those queues (ties first in, first out).
 * So no eligible person is free while work they can do waits, unless a declared `DispatchException` says so.
 *
 * @example
 * const dispatcher = new WorkDispatcher({ simulation, model, workers, queueOrder: triage(),
 *   assignment: bestSkilled(), assignmentRng: stream(1, 0, 'assignment'), assign: start });
 * dispatcher.place(item); // => false: handed to a free person at once
 */
export class WorkDispatcher {
  private readonly simulation: Simulation;
  private readonly model: CompiledModel;
  private readonly queueOrder: QueueOrder;
  private readonly assignment: AssignmentPolicy;
  private readonly assign: (worker: Worker, item: RunningItem) => void;
  private readonly exceptions: readonly DispatchException[];
  /** The items waiting at each step, in arrival order. */
  private readonly queues: RunningItem[][];
  /** Items waiting at each step, over time. */
  private readonly queueLengths: TimeWeightedAverage[];
  /** Items in all step queues together: when none wait, a person who becomes free need not search. */
  private queuedCount = 0;
  /** The people who can do each step, with their level and speed there. */
  private readonly candidates: readonly (readonly StepCandidate[])[];
  private readonly assignmentContexts: readonly StepAssignmentContext[];
  /**
   * For each person, their tiers: the queues of the steps they can do, grouped by their level there,
   * highest level first.
   */
  private readonly tiers: readonly (readonly (readonly RunningItem[])[])[][];
  private readonly orderContexts: readonly PersonOrderContext[];
  private readonly stepsOfTeam: readonly (readonly number[])[];
  // The free candidates of a decision, gathered here, then copied into `candidatesBySize[count]`, an array
  // of exactly that length: emptying one array with `length = 0` drops its storage, so refilling it
  // allocated anew on every arrival (a visible share of the run time, and garbage).
  private readonly freeCandidates: StepCandidate[];
  private readonly candidatesBySize: StepCandidate[][];
  private readonly selection: Selection = { queue: 0, position: 0 };

  constructor(options: WorkDispatcherOptions) {
    const { simulation, model, workers } = options;
    this.simulation = simulation;
    this.model = model;
    this.queueOrder = options.queueOrder;
    this.assignment = options.assignment;
    this.assign = options.assign;
    this.exceptions = options.exceptions ?? [];
    this.queues = model.steps.map(() => []);
    this.queueLengths = model.steps.map(() => new TimeWeightedAverage());
    this.candidates = model.steps.map((step) =>
      step.eligible.map((person) => {
        const worker = workerAt(workers, person);
        return new StepCandidate(
          worker,
          worker.person.levels[step.skill] ?? 0,
          worker.person.speeds[step.skill] ?? 0,
        );
      }),
    );
    this.assignmentContexts = model.steps.map(
      (step) => new StepAssignmentContext(simulation, step.index, options.assignmentRng),
    );
    this.tiers = workers.map((worker) => this.tiersOf(worker));
    const stepSkills = Int32Array.from(model.steps, (step) => step.skill);
    this.orderContexts = workers.map(
      (worker) =>
        new PersonOrderContext(
          simulation,
          (step: number) => this.availablePeople(step),
          worker.person.levels,
          stepSkills,
        ),
    );
    this.stepsOfTeam = model.teams.map((_, team) =>
      model.steps.filter((step) => step.teams.includes(team)).map((step) => step.index),
    );
    const allCandidates = this.candidates.flat();
    this.freeCandidates = [...allCandidates];
    const largest = Math.max(0, ...this.candidates.map((list) => list.length));
    this.candidatesBySize = Array.from({ length: largest + 1 }, (_, size) => allCandidates.slice(0, size));
  }

  /** Items waiting in all step queues together. */
  get queued(): number {
    return this.queuedCount;
  }

  /** Items waiting in a step's queue now (global step index). */
  queueLength(step: number): number {
    return this.queueAt(step).length;
  }

  /** Items waiting at the steps a team works at, together. */
  teamQueueLength(team: number): number {
    let length = 0;
    for (const step of this.stepsOfTeam[team] ?? []) length += this.queueAt(step).length;
    return length;
  }

  /** People who can do a step and could take an item now. */
  availablePeople(step: number): number {
    const now = this.simulation.now;
    let count = 0;
    for (const candidate of this.candidatesAt(step)) if (candidate.worker.canTakeMore(now)) count++;
    return count;
  }

  /**
   * An item reaches the front of its step (`item.stepIndex`): when nobody waits there yet and a person who
   * can do it is free, it goes to the one the assignment policy chooses, without entering the queue (it
   * never waits, so the queue length never counts it); otherwise it joins the queue.
   * @returns true when the item joined the queue, false when it was handed to a person at once
   */
  place(item: RunningItem): boolean {
    const step = item.stepIndex;
    const queue = this.queueAt(step);
    // When others already wait here, nobody eligible is free (the pull rule), so the search is skipped.
    if (queue.length === 0) {
      const worker = this.chooseFreeWorker(item, step);
      if (worker !== undefined) {
        this.assign(worker, item);
        return false;
      }
    }
    queue.push(item);
    this.queuedCount++;
    this.queueLengthAt(step).update(queue.length, this.simulation.now);
    return true;
  }

  /** Takes a waiting item out of its queue without work starting (the requester gave up). */
  withdraw(item: RunningItem): void {
    const queue = this.queueAt(item.stepIndex);
    this.removeAt(item.stepIndex, queue.indexOf(item));
  }

  /**
   * A person with room takes work: from the queues where their level is highest first, the item the queue
   * order ranks first, again while they have room and work waits.
   */
  pull(worker: Worker): void {
    // When nothing waits anywhere, the search would find nothing (the usual case in a lightly loaded
    // organisation, where arrivals find a free person at once).
    if (this.queuedCount === 0) return;
    const now = this.simulation.now;
    const context = this.orderContexts[worker.index];
    const tiers = this.tiers[worker.index];
    if (context === undefined || tiers === undefined) return;
    const selection = this.selection;
    while (worker.canTakeMore(now)) {
      let taken: RunningItem | undefined;
      for (const queues of tiers) {
        if (!selectAcross(queues, this.queueOrder, context, selection)) continue;
        // selectAcross found the item at this queue and position.
        const item = queues[selection.queue]![selection.position]!;
        this.removeAt(item.stepIndex, selection.position);
        taken = item;
        break;
      }
      if (taken === undefined) break;
      this.assign(worker, taken);
    }
  }

  /** Mean number waiting at a step since the statistics last restarted. */
  meanQueueLength(step: number, now: number): number {
    return this.queueLengthAt(step).mean(now);
  }

  /** Restarts the queue statistics at `now` (end of the warm-up). */
  restartStatistics(now: number): void {
    for (const average of this.queueLengths) average.reset(now);
  }

  /**
   * Checks the pull-dispatch rule: at no step does work wait while a person who can do it could take it,
   * except where a declared `DispatchException` allows it. Meant for tests, between events (inside an
   * event the rule may be broken for a moment, e.g. between a person finishing and taking the next item).
   * @throws DispatchInvariantError naming the step, the free person and the time
   */
  assertNobodyIdleWhileWorkWaits(): void {
    const now = this.simulation.now;
    for (const step of this.model.steps) {
      const waiting = this.queueAt(step.index).length;
      if (waiting === 0) continue;
      for (const candidate of this.candidatesAt(step.index)) {
        if (!candidate.worker.canTakeMore(now)) continue;
        if (this.exceptions.some((exception) => exception.allowsIdle(step.index, candidate.index))) continue;
        throw new DispatchInvariantError(
          step.index,
          step.definition.name,
          candidate.index,
          candidate.name,
          now,
          waiting,
        );
      }
    }
  }

  // The available qualified person the assignment policy chooses for an item, or undefined if none is free.
  private chooseFreeWorker(item: RunningItem, step: number): Worker | undefined {
    const now = this.simulation.now;
    const eligible = this.candidatesAt(step);
    const free = this.freeCandidates;
    let count = 0;
    for (let index = 0; index < eligible.length; index++) {
      const candidate = eligible[index]!; // index < length
      if (candidate.worker.canTakeMore(now)) free[count++] = candidate;
    }
    if (count === 0) return undefined;
    const candidates = this.candidatesBySize[count]!; // count <= the step's eligible people <= largest
    for (let index = 0; index < count; index++) candidates[index] = free[index]!;
    const context = this.assignmentContexts[step]!; // one context per step
    const chosen = this.assignment.choose(candidates, item, context);
    const candidate = candidates[chosen];
    if (candidate === undefined) {
      throw new RangeError(
        `assignment policy "${this.assignment.kind}" chose candidate ${chosen} of ${candidates.length}`,
      );
    }
    return candidate.worker;
  }

  // Removes the item at `position` of a step's queue, keeping the order of the rest, and updates the
  // statistic; unlike splice, it allocates nothing (splice returns an array of the removed elements).
  private removeAt(step: number, position: number): void {
    const queue = this.queueAt(step);
    const last = queue.length - 1;
    for (let index = position; index < last; index++) queue[index] = queue[index + 1]!;
    queue.pop();
    this.queuedCount--;
    this.queueLengthAt(step).update(queue.length, this.simulation.now);
  }

  private tiersOf(worker: Worker): RunningItem[][][] {
    const levels = worker.person.levels;
    const steps = this.model.steps.filter((step) => step.eligible.includes(worker.index));
    const levelOf = (skill: number): number => levels[skill] ?? 0;
    const distinct = [...new Set(steps.map((step) => levelOf(step.skill)))].sort(
      (left, right) => right - left,
    );
    return distinct.map((level) =>
      steps.filter((step) => levelOf(step.skill) === level).map((step) => this.queueAt(step.index)),
    );
  }

  private queueAt(step: number): RunningItem[] {
    // Steps are numbered 0..n-1 and a queue exists for each.
    return this.queues[step]!;
  }

  private queueLengthAt(step: number): TimeWeightedAverage {
    // One statistic per step, like the queues.
    return this.queueLengths[step]!;
  }

  private candidatesAt(step: number): readonly StepCandidate[] {
    // One candidate list per step, like the queues.
    return this.candidates[step]!;
  }
}

function workerAt(workers: readonly Worker[], person: number): Worker {
  const worker = workers[person];
  if (worker === undefined) throw new RangeError(`no worker for person ${person}`);
  return worker;
}
