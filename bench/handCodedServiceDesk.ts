// The service-desk benchmark's organisation hand-coded on typed arrays: the same demand, routing, effort
// draws and assignment rule as the domain layer runs, with only the core statistics and none of the
// features this model leaves unused. What a special-purpose loop reaches on this machine: the ceiling a
// general run-time can approach, timed beside it in the same run (as the bare M/M/c loop is for the kernel).
import { type Rng, stream } from '../engine/random/stream.ts';
import { growTypedArray } from './growTypedArray.ts';

const SEED = 20240601;
const PEOPLE = 30;
const SKILLS = 5; // triage, apps, database, network, servers
const PRIORITIES = 4;
const [TRIAGE, APPS, DATABASE, NETWORK, SERVERS] = [0, 1, 2, 3, 4] as const;
const EXPERT = 2;
const KNOWLEDGEABLE = 1;
const ARRIVAL = 0;
const WORK_DONE = 1;
// The default 4 x 4 priority matrix (impact by urgency) and the incidents' level weights (1 to 4).
const PRIORITY_MATRIX = [
  [1, 2, 3, 4],
  [2, 3, 4, 4],
  [3, 4, 4, 4],
  [4, 4, 4, 4],
];
const LEVEL_WEIGHTS = [1, 3, 6, 10];
const LEVEL_WEIGHT_TOTAL = 20;

/** How a step's effort is drawn: a constant, exponential, or lognormal with mean 2 h and cv 1. */
const Effort = { Constant: 0, Exponential: 1, Lognormal: 2 } as const;

/** One step: the people who can do it (a range of person indices), its skill and effort, what follows. */
interface Step {
  readonly firstPerson: number;
  readonly endPerson: number;
  readonly skill: number;
  readonly effort: (typeof Effort)[keyof typeof Effort];
  readonly mean: number;
  /** The item leaves here when the first line could resolve it. */
  readonly exitsWhenResolvable: boolean;
  /** Global index of the next step, or -1 at the end of the stream. */
  readonly next: number;
}

/** What one run did: calendar events popped, items completed, and the mean lead time (a sanity check). */
export interface HandCodedRun {
  readonly events: number;
  readonly completed: number;
  readonly meanLeadTime: number;
}

/**
 * Runs `hours` of the service desk's demand through the hand-coded loop.
 * @example
 * runHandCodedServiceDesk(24 * 365).completed; // => about 99 600 items
 */
export function runHandCodedServiceDesk(hours: number): HandCodedRun {
  const steps = organisationSteps();
  const firstStepOfType = [0, 4, 8, 10];
  const stepCountOfType = [4, 4, 2, 2];
  const ratePerHour = [4, 3, 3, 1.4];
  const stepCount = steps.length;
  const level = new Float64Array(PEOPLE * SKILLS);
  const speed = new Float64Array(PEOPLE * SKILLS);
  const give = (person: number, skill: number, rank: number): void => {
    level[person * SKILLS + skill] = rank;
    speed[person * SKILLS + skill] = rank === EXPERT ? 1 : 0.5;
  };
  for (let person = 0; person < 10; person++) {
    give(person, TRIAGE, EXPERT);
    give(person, APPS, KNOWLEDGEABLE);
  }
  for (let person = 10; person < 20; person++) {
    give(person, APPS, EXPERT);
    give(person, DATABASE, EXPERT);
  }
  for (let person = 20; person < 30; person++) {
    give(person, NETWORK, EXPERT);
    give(person, SERVERS, EXPERT);
  }
  const itemStreams = [0, 1, 2, 3].map((type) => stream(SEED, 0, `hand-coded items:${type}`));
  const arrivalStreams = [0, 1, 2, 3].map((type) => stream(SEED, 0, `hand-coded arrivals:${type}`));

  // The calendar: a binary heap over typed arrays ordered by (time, insertion number).
  let heapCapacity = 64;
  let heapTime: Float64Array = new Float64Array(heapCapacity);
  let heapOrder: Float64Array = new Float64Array(heapCapacity);
  let heapKind: Int32Array = new Int32Array(heapCapacity);
  let heapArgument: Int32Array = new Int32Array(heapCapacity);
  let heapSize = 0;
  let insertions = 0;
  const schedule = (time: number, kind: number, argument: number): void => {
    if (heapSize === heapCapacity) {
      heapCapacity *= 2;
      heapTime = growTypedArray(heapTime);
      heapOrder = growTypedArray(heapOrder);
      heapKind = growTypedArray(heapKind);
      heapArgument = growTypedArray(heapArgument);
    }
    const order = insertions++;
    let hole = heapSize++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const parentTime = heapTime[parent]!;
      if (parentTime < time || (parentTime === time && heapOrder[parent]! < order)) break;
      heapTime[hole] = parentTime;
      heapOrder[hole] = heapOrder[parent]!;
      heapKind[hole] = heapKind[parent]!;
      heapArgument[hole] = heapArgument[parent]!;
      hole = parent;
    }
    heapTime[hole] = time;
    heapOrder[hole] = order;
    heapKind[hole] = kind;
    heapArgument[hole] = argument;
  };
  const removeTop = (): void => {
    const size = --heapSize;
    const time = heapTime[size]!;
    const order = heapOrder[size]!;
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= size) break;
      const right = child + 1;
      if (
        right < size &&
        (heapTime[right]! < heapTime[child]! ||
          (heapTime[right] === heapTime[child] && heapOrder[right]! < heapOrder[child]!))
      ) {
        child = right;
      }
      const childTime = heapTime[child]!;
      if (time < childTime || (time === childTime && order < heapOrder[child]!)) break;
      heapTime[hole] = childTime;
      heapOrder[hole] = heapOrder[child]!;
      heapKind[hole] = heapKind[child]!;
      heapArgument[hole] = heapArgument[child]!;
      hole = child;
    }
    heapTime[hole] = time;
    heapOrder[hole] = order;
    heapKind[hole] = heapKind[size]!;
    heapArgument[hole] = heapArgument[size]!;
  };

  // Items, a column per field, recycled through a free list once they complete.
  let itemCapacity = 256;
  let itemType: Int32Array = new Int32Array(itemCapacity);
  let itemPriority: Int32Array = new Int32Array(itemCapacity);
  let itemStep: Int32Array = new Int32Array(itemCapacity);
  let itemLastWorker: Int32Array = new Int32Array(itemCapacity);
  let itemResolvable: Int32Array = new Int32Array(itemCapacity);
  let itemNextFree: Int32Array = new Int32Array(itemCapacity);
  let itemArrival: Float64Array = new Float64Array(itemCapacity);
  let itemEnqueued: Float64Array = new Float64Array(itemCapacity);
  let itemEntered: Float64Array = new Float64Array(itemCapacity);
  let itemQueueTime: Float64Array = new Float64Array(itemCapacity);
  let itemTouchTime: Float64Array = new Float64Array(itemCapacity);
  let itemEffort: Float64Array = new Float64Array(itemCapacity * 4);
  let freeItem = -1;
  let itemsMade = 0;
  const newItem = (): number => {
    if (freeItem >= 0) {
      const item = freeItem;
      freeItem = itemNextFree[item]!;
      return item;
    }
    if (itemsMade === itemCapacity) {
      itemCapacity *= 2;
      itemType = growTypedArray(itemType);
      itemPriority = growTypedArray(itemPriority);
      itemStep = growTypedArray(itemStep);
      itemLastWorker = growTypedArray(itemLastWorker);
      itemResolvable = growTypedArray(itemResolvable);
      itemNextFree = growTypedArray(itemNextFree);
      itemArrival = growTypedArray(itemArrival);
      itemEnqueued = growTypedArray(itemEnqueued);
      itemEntered = growTypedArray(itemEntered);
      itemQueueTime = growTypedArray(itemQueueTime);
      itemTouchTime = growTypedArray(itemTouchTime);
      itemEffort = growTypedArray(itemEffort);
    }
    return itemsMade++;
  };

  // Queues: first in, first out within priority, per step; people; statistics.
  const queues: number[][] = Array.from({ length: stepCount * PRIORITIES }, () => []);
  const queueLength = new Int32Array(stepCount);
  const itemInHand = new Int32Array(PEOPLE).fill(-1);
  const workStarted = new Float64Array(PEOPLE);
  const idleSince = new Float64Array(PEOPLE);
  const busyHours = new Float64Array(PEOPLE);
  const inStep = new Int32Array(stepCount);
  const wipArea = new Float64Array(stepCount);
  const wipChanged = new Float64Array(stepCount);
  const visits = new Float64Array(stepCount);
  const visitMean = new Float64Array(stepCount);
  const visitSquares = new Float64Array(stepCount);
  let completed = 0;
  let leadMean = 0;
  let now = 0;

  const drawEffort = (step: Step, rng: Rng): number => {
    if (step.effort === Effort.Constant) return step.mean;
    if (step.effort === Effort.Exponential) return -Math.log1p(-rng()) * step.mean;
    // Lognormal with mean 2 and cv 1: sigma² = ln 2, mu = ln 2 − sigma²/2 (Box-Muller, as the engine).
    const radius = Math.sqrt(-2 * Math.log1p(-rng()));
    const normal = radius * Math.cos(2 * Math.PI * rng());
    return Math.exp(Math.log(2) - Math.LN2 / 2 + Math.sqrt(Math.LN2) * normal);
  };
  const drawLevel = (rng: Rng): number => {
    const target = rng() * LEVEL_WEIGHT_TOTAL;
    let cumulative = 0;
    for (let index = 0; index < LEVEL_WEIGHTS.length; index++) {
      cumulative += LEVEL_WEIGHTS[index]!;
      if (target < cumulative) return index;
    }
    return LEVEL_WEIGHTS.length - 1;
  };
  const changeWip = (step: number, change: number): void => {
    wipArea[step]! += inStep[step]! * (now - wipChanged[step]!);
    wipChanged[step] = now;
    inStep[step]! += change;
  };
  // Whether `person` goes before `best` for an item of `skill`: level, speed, the item's last worker
  // (`last`), idle longest, then the lower index (the scan's order), as the engine's best-skilled rule.
  const prefers = (person: number, best: number, skill: number, last: number): boolean => {
    const personLevel = level[person * SKILLS + skill]!;
    const bestLevel = level[best * SKILLS + skill]!;
    if (personLevel !== bestLevel) return personLevel > bestLevel;
    const personSpeed = speed[person * SKILLS + skill]!;
    const bestSpeed = speed[best * SKILLS + skill]!;
    if (personSpeed !== bestSpeed) return personSpeed > bestSpeed;
    if ((person === last) !== (best === last)) return person === last;
    return idleSince[person]! < idleSince[best]!;
  };
  const start = (person: number, item: number): void => {
    itemQueueTime[item]! += now - itemEnqueued[item]!;
    itemInHand[person] = item;
    workStarted[person] = now;
    const step = steps[itemStep[item]!]!;
    const effort = itemEffort[item * 4 + itemStep[item]! - firstStepOfType[itemType[item]!]!]!;
    schedule(now + effort / speed[person * SKILLS + step.skill]!, WORK_DONE, person);
  };
  // An arriving item goes to the free person the best-skilled rule prefers, or waits in its step's queue.
  const enqueue = (item: number): void => {
    const stepIndex = itemStep[item]!;
    itemEnqueued[item] = now;
    if (queueLength[stepIndex] === 0) {
      const step = steps[stepIndex]!;
      const last = itemLastWorker[item]!;
      let best = -1;
      for (let person = step.firstPerson; person < step.endPerson; person++) {
        if (itemInHand[person]! < 0 && (best < 0 || prefers(person, best, step.skill, last))) best = person;
      }
      if (best >= 0) {
        start(best, item);
        return;
      }
    }
    queues[stepIndex * PRIORITIES + itemPriority[item]! - 1]!.push(item);
    queueLength[stepIndex]!++;
  };
  const enterStep = (item: number, stepIndex: number): void => {
    itemStep[item] = stepIndex;
    itemEntered[item] = now;
    changeWip(stepIndex, 1);
    enqueue(item);
  };
  const arrive = (type: number): void => {
    const rng = itemStreams[type]!;
    const item = newItem();
    const isIncident = type < 2;
    const impact = isIncident ? drawLevel(rng) : 1;
    const urgency = isIncident ? drawLevel(rng) : 1;
    itemType[item] = type;
    itemPriority[item] = PRIORITY_MATRIX[impact]![urgency]!;
    rng(); // the requester, as the engine draws it
    const first = firstStepOfType[type]!;
    for (let position = 0; position < stepCountOfType[type]!; position++) {
      itemEffort[item * 4 + position] = drawEffort(steps[first + position]!, rng);
    }
    itemResolvable[item] = rng() < (isIncident ? 0.6 : 0) ? 1 : 0;
    for (let word = 0; word < 4; word++) rng(); // the item's own stream's seed words, as the engine draws them
    itemArrival[item] = now;
    itemQueueTime[item] = 0;
    itemTouchTime[item] = 0;
    itemLastWorker[item] = -1;
    enterStep(item, first);
    schedule(now - Math.log1p(-arrivalStreams[type]!()) / ratePerHour[type]!, ARRIVAL, type);
  };
  // A free person takes the first item of their highest-level queue that has any.
  const pullWork = (person: number): void => {
    let bestStep = -1;
    let bestLevel = 0;
    for (let stepIndex = 0; stepIndex < stepCount; stepIndex++) {
      if (queueLength[stepIndex] === 0) continue;
      const step = steps[stepIndex]!;
      if (person < step.firstPerson || person >= step.endPerson) continue;
      const personLevel = level[person * SKILLS + step.skill]!;
      if (personLevel > bestLevel) {
        bestLevel = personLevel;
        bestStep = stepIndex;
      }
    }
    if (bestStep < 0) return;
    for (let priority = 0; priority < PRIORITIES; priority++) {
      const queue = queues[bestStep * PRIORITIES + priority]!;
      if (queue.length > 0) {
        queueLength[bestStep]!--;
        start(person, queue.shift()!);
        return;
      }
    }
  };
  const workDone = (person: number): void => {
    const item = itemInHand[person]!;
    const worked = now - workStarted[person]!;
    itemTouchTime[item]! += worked;
    busyHours[person]! += worked;
    itemInHand[person] = -1;
    idleSince[person] = now;
    itemLastWorker[item] = person;
    const stepIndex = itemStep[item]!;
    const step = steps[stepIndex]!;
    changeWip(stepIndex, -1);
    const visit = now - itemEntered[item]!;
    const count = ++visits[stepIndex]!;
    const deviation = visit - visitMean[stepIndex]!;
    visitMean[stepIndex]! += deviation / count;
    visitSquares[stepIndex]! += deviation * (visit - visitMean[stepIndex]!);
    if ((step.exitsWhenResolvable && itemResolvable[item] === 1) || step.next < 0) {
      completed++;
      leadMean += (now - itemArrival[item]! - leadMean) / completed;
      itemNextFree[item] = freeItem;
      freeItem = item;
    } else {
      enterStep(item, step.next);
    }
    if (itemInHand[person]! < 0) pullWork(person);
  };

  for (let type = 0; type < 4; type++) {
    schedule(-Math.log1p(-arrivalStreams[type]!()) / ratePerHour[type]!, ARRIVAL, type);
  }
  let events = 0;
  while (heapSize > 0 && heapTime[0]! < hours) {
    now = heapTime[0]!;
    const kind = heapKind[0]!;
    const argument = heapArgument[0]!;
    removeTop();
    events++;
    if (kind === ARRIVAL) arrive(argument);
    else workDone(argument);
  }
  return { events, completed, meanLeadTime: leadMean };
}

// The four value streams of the benchmark, as global steps: two incident streams (register, first-line
// fix with exit, specialist fix, verify), the database request and the server change.
function organisationSteps(): Step[] {
  const desk = { firstPerson: 0, endPerson: 10 };
  const applications = { firstPerson: 10, endPerson: 20 };
  const infrastructure = { firstPerson: 20, endPerson: 30 };
  const plain = { exitsWhenResolvable: false };
  const incident = (first: number, team: typeof desk, skill: number): Step[] => [
    { ...desk, ...plain, skill: TRIAGE, effort: Effort.Constant, mean: 0.1, next: first + 1 },
    {
      ...desk,
      skill: TRIAGE,
      effort: Effort.Exponential,
      mean: 0.3,
      exitsWhenResolvable: true,
      next: first + 2,
    },
    { ...team, ...plain, skill, effort: Effort.Lognormal, mean: 2, next: first + 3 },
    { ...desk, ...plain, skill: TRIAGE, effort: Effort.Constant, mean: 0.1, next: -1 },
  ];
  return [
    ...incident(0, applications, APPS),
    ...incident(4, infrastructure, NETWORK),
    { ...desk, ...plain, skill: TRIAGE, effort: Effort.Constant, mean: 0.1, next: 9 },
    { ...applications, ...plain, skill: DATABASE, effort: Effort.Exponential, mean: 1, next: -1 },
    { ...infrastructure, ...plain, skill: SERVERS, effort: Effort.Exponential, mean: 1, next: 11 },
    { ...infrastructure, ...plain, skill: SERVERS, effort: Effort.Exponential, mean: 2, next: -1 },
  ];
}
