// The service-desk benchmark's organisation hand-coded on typed arrays: the engine's rules, random streams
// and draw order, so one seed gives the engine's results, with none of its generality. The ceiling a general
// run-time can approach, timed beside it in the same run (as the bare M/M/c loop is for the kernel).
import { type Rng, stream } from '../engine/random/index.ts';
import {
  CONSTANT_EFFORT,
  EXPONENTIAL_EFFORT,
  type HandCodedOrganisation,
  handCodedOrganisation,
  PRIORITIES,
} from './handCodedOrganisation.ts';
import {
  type HandCodedEndToEnd,
  HandCodedStatistics,
  type HandCodedStepResults,
} from './handCodedStatistics.ts';
import { EFFORTS_PER_ITEM, ItemColumns } from './itemColumns.ts';
import { ItemQueues } from './itemQueues.ts';
import { TypedEventCalendar } from './typedEventCalendar.ts';

// Calendar events are packed as argument × 2 + kind: an arrival of a work type, or a person's work done.
const ARRIVAL = 0;
const WORK_DONE = 1;
const TWO_PI = 2 * Math.PI; // as standardNormal.ts writes it, so the angle rounds the same way
const SEED_WORD_SCALE = 4294967296; // 2^32: a seed word is the top 32 bits of a draw (subStreamSeedWord)

/** Seed, replication and horizon, as `runServiceReplication` takes them. */
export interface HandCodedDeskOptions {
  readonly seed: number | string;
  readonly replication: number;
  /** Total simulated time, hours (warm-up included). */
  readonly hours: number;
  /** Statistics restart at this time, hours; 0 for none. */
  readonly warmUpHours: number;
}

/** What one run measured: the engine's conservation counts (whole run) and flow measures (after warm-up). */
export interface HandCodedDeskResults {
  /** Calendar events run. */
  readonly events: number;
  readonly offered: number;
  readonly completed: number;
  readonly endToEnd: HandCodedEndToEnd;
  readonly meanWip: number;
  readonly steps: readonly HandCodedStepResults[];
  /** Busy hours of each person after the warm-up. */
  readonly busyHours: readonly number[];
}

/**
 * Runs the service desk of serviceDeskModel.ts by hand: the same items, routes and people as
 * `runServiceReplication(serviceDeskModel(), options)`, so the results agree to rounding. Its setup (the
 * tables, the streams, the first arrivals) is part of the call, as building the engine's system is.
 * @example
 * runHandCodedServiceDesk({ seed: 20240601, replication: 0, hours: 8760, warmUpHours: 168 }).completed; // => 99583
 */
export function runHandCodedServiceDesk(options: HandCodedDeskOptions): HandCodedDeskResults {
  const desk = new HandCodedDesk(handCodedOrganisation(), options);
  if (options.warmUpHours > 0) {
    desk.runUntil(options.warmUpHours);
    desk.endWarmUp();
  }
  desk.runUntil(options.hours);
  return desk.finish();
}

// One run's state. A class rather than closures over `let` variables: V8 (Node 20) stores a double held
// in a closure's context as a fresh heap number on every write (`now` changes at every event), while a
// double field is updated in place; the closure version spent a tenth of its time collecting them.
class HandCodedDesk {
  private now = 0;
  private events = 0;
  private offered = 0;
  private completed = 0;
  private itemsMade = 0;
  private readonly organisation: HandCodedOrganisation;
  private readonly itemStreams: readonly Rng[];
  private readonly arrivalStreams: readonly Rng[];
  private readonly calendar = new TypedEventCalendar();
  private readonly items = new ItemColumns();
  private readonly queues: ItemQueues;
  private readonly statistics: HandCodedStatistics;
  /** Each person's item slot in hand (-1 when free), when they became idle, and when work last progressed. */
  private readonly inHand: Int32Array;
  private readonly idleSince: Float64Array;
  private readonly lastProgress: Float64Array;
  // Imported constants copied once: tsx compiles imports into getters, a call at every use in the loop.
  private readonly constantEffort = CONSTANT_EFFORT;
  private readonly exponentialEffort = EXPONENTIAL_EFFORT;
  private readonly effortsPerItem = EFFORTS_PER_ITEM;
  private readonly priorities = PRIORITIES;

  constructor(organisation: HandCodedOrganisation, options: HandCodedDeskOptions) {
    this.organisation = organisation;
    const { seed, replication } = options;
    // The engine's stream names (serviceSystem.ts), so both draw the same numbers.
    this.itemStreams = organisation.typeNames.map((name) => stream(seed, replication, `items:${name}`));
    this.arrivalStreams = organisation.typeNames.map((name) =>
      stream(seed, replication, `arrivals:${name}:0`),
    );
    this.queues = new ItemQueues(organisation.steps, this.priorities);
    this.statistics = new HandCodedStatistics({
      steps: organisation.steps,
      types: organisation.typeNames.length,
      priorities: this.priorities,
      people: organisation.people,
    });
    this.inHand = new Int32Array(organisation.people).fill(-1);
    this.idleSince = new Float64Array(organisation.people);
    this.lastProgress = new Float64Array(organisation.people);
    for (let type = 0; type < organisation.typeNames.length; type++) {
      this.calendar.schedule(this.nextArrivalTime(type), type * 2 + ARRIVAL);
    }
  }

  /** Runs the events before `limit` (the kernel's rule: one at exactly `limit` waits), then sets the clock. */
  runUntil(limit: number): void {
    const calendar = this.calendar;
    while (calendar.nextTime() < limit) {
      this.now = calendar.nextTime();
      const event = calendar.nextEvent();
      calendar.removeNext();
      this.events++;
      if ((event & 1) === ARRIVAL) this.arrive(event >> 1);
      else this.workDone(event >> 1);
    }
    this.now = limit;
  }

  /** The engine's warm-up end: work in progress is brought up to date, then every measure restarts. */
  endWarmUp(): void {
    this.advanceWorkInProgress();
    this.statistics.reset(this.now);
  }

  /** Brings busy hours up to the end (as the engine's run does) and reads the measures. */
  finish(): HandCodedDeskResults {
    this.advanceWorkInProgress();
    const now = this.now;
    return {
      events: this.events,
      offered: this.offered,
      completed: this.completed,
      endToEnd: this.statistics.endToEnd(),
      meanWip: this.statistics.meanWip(now),
      steps: this.statistics.steps(now),
      busyHours: Array.from(this.statistics.busyHours),
    };
  }

  private advanceWorkInProgress(): void {
    for (let person = 0; person < this.inHand.length; person++) {
      const slot = this.inHand[person]!;
      if (slot < 0) continue;
      const worked = this.now - this.lastProgress[person]!;
      this.items.touchTime[slot]! += worked;
      this.statistics.busyHours[person]! += worked;
      this.lastProgress[person] = this.now;
    }
  }

  private nextArrivalTime(type: number): number {
    return this.now + -Math.log1p(-this.arrivalStreams[type]!()) / this.organisation.typeRatePerHour[type]!;
  }

  // Makes an item, drawing from its type's stream in itemFactory.ts's order, and routes it.
  private arrive(type: number): void {
    const { typeDrawsLevels, typeFirstStep, typeStepCount, typeResolvableProbability, priorityMatrix } =
      this.organisation;
    const items = this.items;
    const rng = this.itemStreams[type]!;
    const slot = items.allocate();
    const drawsLevels = typeDrawsLevels[type] === 1;
    const impact = drawsLevels ? this.drawLevel(rng) : 2;
    const urgency = drawsLevels ? this.drawLevel(rng) : 2;
    rng(); // the requester
    const firstStep = typeFirstStep[type]!;
    const efforts = slot * this.effortsPerItem;
    for (let position = 0; position < typeStepCount[type]!; position++) {
      items.effort[efforts + position] = this.drawEffort(firstStep + position, rng);
    }
    items.resolvable[slot] = rng() < typeResolvableProbability[type]! ? 1 : 0;
    const seedA = (rng() * SEED_WORD_SCALE) | 0;
    const seedB = (rng() * SEED_WORD_SCALE) | 0;
    const seedC = (rng() * SEED_WORD_SCALE) | 0;
    items.seedDecisions(slot, seedA, seedB, seedC, (rng() * SEED_WORD_SCALE) | 0);
    items.type[slot] = type;
    items.priority[slot] = priorityMatrix[(impact - 1) * 4 + urgency - 1]!;
    items.id[slot] = this.itemsMade++;
    items.arrival[slot] = this.now;
    items.queueTime[slot] = 0;
    items.touchTime[slot] = 0;
    items.lastWorker[slot] = -1;
    this.offered++;
    this.statistics.changeOpen(this.now, 1);
    this.enterStep(slot, firstStep);
    this.calendar.schedule(this.nextArrivalTime(type), type * 2 + ARRIVAL);
  }

  // Impact or urgency, 1 to 4: weightedChoice's linear scan, the first cumulative weight above u × total.
  private drawLevel(rng: Rng): number {
    const cumulative = this.organisation.levelCumulativeWeights;
    const target = rng() * this.organisation.levelWeightTotal;
    let index = 0;
    while (index < cumulative.length && cumulative[index]! <= target) index++;
    return index < cumulative.length ? index + 1 : cumulative.length;
  }

  private drawEffort(step: number, rng: Rng): number {
    const { stepEffortKind, stepEffortParameter, stepEffortSigma } = this.organisation;
    const kind = stepEffortKind[step]!;
    if (kind === this.constantEffort) return stepEffortParameter[step]!;
    if (kind === this.exponentialEffort) return -Math.log1p(-rng()) / stepEffortParameter[step]!;
    // Lognormal: Box–Muller from two uniforms, the radius first, no second variate kept (standardNormal.ts).
    const radius = Math.sqrt(-2 * Math.log1p(-rng()));
    const normal = radius * Math.cos(TWO_PI * rng());
    return Math.exp(stepEffortParameter[step]! + stepEffortSigma[step]! * normal);
  }

  private enterStep(slot: number, step: number): void {
    this.items.step[slot] = step;
    this.items.stepEnteredAt[slot] = this.now;
    this.statistics.changeStepWip(step, this.now, 1);
    this.enqueue(slot);
  }

  // As the engine's enqueue: when nobody waits at the step, a free eligible person takes the item at
  // once (it never counts as queued); otherwise it waits in its (step, priority) ring.
  private enqueue(slot: number): void {
    const items = this.items;
    const step = items.step[slot]!;
    items.enqueuedAt[slot] = this.now;
    if (this.queues.waitingAtStep[step] === 0) {
      const person = this.chooseFreePerson(step, slot);
      if (person >= 0) {
        this.start(person, slot);
        return;
      }
    }
    this.statistics.changeQueueLength(step, this.now, 1);
    this.queues.push(step, items.priority[slot]!, slot, this.now, items.id[slot]!);
  }

  // The free eligible person best-skilled chooses: highest level, then fastest, then the item's last
  // worker, then idle longest, then the lowest index (the scan's order); -1 when nobody is free.
  private chooseFreePerson(step: number, slot: number): number {
    const { eligible, level, speed, skills, stepSkill } = this.organisation;
    const candidates = eligible[step]!;
    const skill = stepSkill[step]!;
    const last = this.items.lastWorker[slot]!;
    let best = -1;
    let bestLevel = 0;
    let bestSpeed = 0;
    for (let index = 0; index < candidates.length; index++) {
      const person = candidates[index]!;
      if (this.inHand[person]! >= 0) continue;
      const personLevel = level[person * skills + skill]!;
      const personSpeed = speed[person * skills + skill]!;
      if (best >= 0) {
        if (personLevel !== bestLevel) {
          if (personLevel < bestLevel) continue;
        } else if (personSpeed !== bestSpeed) {
          if (personSpeed < bestSpeed) continue;
        } else if ((person === last) !== (best === last)) {
          if (best === last) continue;
        } else if (!(this.idleSince[person]! < this.idleSince[best]!)) continue;
      }
      best = person;
      bestLevel = personLevel;
      bestSpeed = personSpeed;
    }
    return best;
  }

  // Work starts: it is done after the step's effort at the person's speed (one item in hand and no
  // calendar, so nothing changes the rate until then).
  private start(person: number, slot: number): void {
    const { speed, skills, stepSkill, stepPosition } = this.organisation;
    const items = this.items;
    const now = this.now;
    items.queueTime[slot]! += now - items.enqueuedAt[slot]!;
    this.inHand[person] = slot;
    this.lastProgress[person] = now;
    const step = items.step[slot]!;
    const effort = items.effort[slot * this.effortsPerItem + stepPosition[step]!]!;
    this.calendar.schedule(now + effort / speed[person * skills + stepSkill[step]!]!, person * 2 + WORK_DONE);
  }

  private workDone(person: number): void {
    const { success, skills, stepSkill, stepNext, stepExitsWhenResolvable } = this.organisation;
    const items = this.items;
    const now = this.now;
    const slot = this.inHand[person]!;
    const worked = now - this.lastProgress[person]!;
    items.touchTime[slot]! += worked;
    this.statistics.busyHours[person]! += worked;
    this.lastProgress[person] = now;
    this.inHand[person] = -1;
    this.idleSince[person] = now;
    items.lastWorker[slot] = person;
    const step = items.step[slot]!;
    const firstTimeSuccess = success[person * skills + stepSkill[step]!]!;
    // Not right first time (a knowledgeable person): redone at the same step, within the same visit.
    if (firstTimeSuccess < 1 && items.decide(slot) >= firstTimeSuccess) {
      this.enqueue(slot);
    } else {
      this.statistics.changeStepWip(step, now, -1);
      this.statistics.visitEnded(step, now - items.stepEnteredAt[slot]!);
      const next = stepNext[step]!;
      if ((stepExitsWhenResolvable[step] === 1 && items.resolvable[slot] === 1) || next < 0) {
        this.complete(slot);
      } else {
        this.enterStep(slot, next);
      }
    }
    if (this.inHand[person]! < 0 && this.queues.waiting > 0) this.takeWaiting(person);
  }

  private complete(slot: number): void {
    const items = this.items;
    this.completed++;
    this.statistics.changeOpen(this.now, -1);
    this.statistics.completed(
      items.type[slot]!,
      items.priority[slot]!,
      this.now - items.arrival[slot]!,
      items.queueTime[slot]!,
      items.touchTime[slot]!,
    );
    items.release(slot);
  }

  // A person who became free takes, from the tiers where their level is highest first, the item the
  // triage order ranks first across all the tier's queues.
  private takeWaiting(person: number): void {
    const tiers = this.organisation.tiers[person]!;
    for (let tier = 0; tier < tiers.length; tier++) {
      const queue = this.queues.firstAcross(tiers[tier]!);
      if (queue < 0) continue;
      this.statistics.changeQueueLength((queue / this.priorities) | 0, this.now, -1);
      this.start(person, this.queues.shift(queue));
      return;
    }
  }
}
