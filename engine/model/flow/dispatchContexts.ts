// What the dispatcher shows its policies: each person as a candidate at one step (level and speed there,
// load and idle time as they are now), a step's assignment context, and one person's queue-order context.
import type { Simulation } from '../../kernel/index.ts';
import type { Rng } from '../../random/index.ts';
import type { Worker } from '../people/worker.ts';
import type { WorkItem } from '../work/workItem.ts';
import type { AssignmentContext, CandidateView } from './assignmentPolicy.ts';
import type { QueueOrderContext } from './queueOrder.ts';

/**
 * A person as an assignment policy sees them at one step: their level and speed in the step's skill are
 * fixed when the dispatcher is built; load and idle time are read from the person as they are now.
 */
export class StepCandidate implements CandidateView {
  readonly worker: Worker;
  readonly index: number;
  readonly name: string;
  readonly level: number;
  readonly speed: number;

  constructor(worker: Worker, level: number, speed: number) {
    this.worker = worker;
    this.index = worker.index;
    this.name = worker.name;
    this.level = level;
    this.speed = speed;
  }

  get inHand(): number {
    return this.worker.inHand;
  }

  get busyHours(): number {
    return this.worker.busyHours;
  }

  get idleSince(): number {
    return this.worker.idleSince;
  }
}

/** What an assignment policy sees of a decision at one step: the clock, the step, the shared stream. */
export class StepAssignmentContext implements AssignmentContext {
  readonly step: number;
  readonly rng: Rng;
  private readonly simulation: Simulation;

  constructor(simulation: Simulation, step: number, rng: Rng) {
    this.simulation = simulation;
    this.step = step;
    this.rng = rng;
  }

  get now(): number {
    return this.simulation.now;
  }
}

/** What the queue order sees when one person chooses: the clock, job sizes, that person's levels, who is free. */
export class PersonOrderContext implements QueueOrderContext {
  private readonly simulation: Simulation;
  /** People who can do a step and could take an item now (the dispatcher's count). */
  private readonly availablePeople: (step: number) => number;
  private readonly levels: Float64Array;
  private readonly stepSkills: Int32Array;

  constructor(
    simulation: Simulation,
    availablePeople: (step: number) => number,
    levels: Float64Array,
    stepSkills: Int32Array,
  ) {
    this.simulation = simulation;
    this.availablePeople = availablePeople;
    this.levels = levels;
    this.stepSkills = stepSkills;
  }

  get now(): number {
    return this.simulation.now;
  }

  effortAt(item: WorkItem): number {
    return item.remainingEffort;
  }

  levelOfChooser(item: WorkItem): number {
    // Every waiting item sits at a step (stepIndex >= 0), and every skill has a level entry.
    return this.levels[this.stepSkills[item.stepIndex]!]!;
  }

  availablePeopleFor(item: WorkItem): number {
    return this.availablePeople(item.stepIndex);
  }
}
