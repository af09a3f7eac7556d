// Test helpers for the policy tests: a WorkItem with every field filled and overridable, a queue order
// context, the full service order of a queue under an order, and assignment candidates.

import type { AssignmentContext, CandidateView } from '../../../engine/model/flow/assignmentPolicy.ts';
import {
  type QueueOrder,
  type QueueOrderContext,
  selectNext,
} from '../../../engine/model/flow/queueOrder.ts';
import type { WorkItem } from '../../../engine/model/work/workItem.ts';

/**
 * A queued standard P3 incident (id 0, waiting since 0, 1 h of effort in skill 0), with any field
 * overridden.
 * @example
 * makeItem({ id: 4, priority: 1 }).priority; // => 1
 */
export function makeItem(overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    id: 0,
    typeIndex: 0,
    typeName: 'incident',
    category: 'incident',
    arrivalTime: 0,
    priority: 3,
    impact: 2,
    urgency: 2,
    classOfService: 'standard',
    entitlement: 2,
    requester: 0,
    effortBySkill: [1],
    valuePerHour: 100,
    costOfDelayPerHour: 10,
    deadline: Number.POSITIVE_INFINITY,
    slaDue: Number.POSITIVE_INFINITY,
    firstLineResolvable: false,
    patience: Number.POSITIVE_INFINITY,
    service: -1,
    serviceImpact: 0,
    attributes: {},
    dependsOn: [],
    state: 'queued',
    stepIndex: 0,
    enqueuedAt: 0,
    stepEnteredAt: 0,
    remainingEffort: 1,
    touchTime: 0,
    queueTime: 0,
    blockedTime: 0,
    handoffs: 0,
    lastWorker: -1,
    lastTeam: -1,
    reassignments: 0,
    reworks: 0,
    valueStartTime: Number.NaN,
    completionTime: Number.NaN,
    firstStartTime: Number.NaN,
    firstWaitTime: Number.NaN,
    record: undefined,
    ...overrides,
  };
}

/**
 * Items with ids 0, 1, 2, ... in list order, each built from its overrides; all enqueued at 0 unless
 * overridden, so only the order (then the id) decides.
 */
export function makeItems(overridesList: readonly Partial<WorkItem>[]): WorkItem[] {
  return overridesList.map((overrides, id) => makeItem({ id, ...overrides }));
}

/**
 * A queue order context at time 0 where the job size is the item's remaining effort, nobody chooses
 * (level 0) and one person is free for every item, with any field overridden.
 */
export function makeContext(overrides: Partial<QueueOrderContext> = {}): QueueOrderContext {
  return {
    now: 0,
    effortAt: (item) => item.remainingEffort,
    levelOfChooser: () => 0,
    availablePeopleFor: () => 1,
    ...overrides,
  };
}

/**
 * The ids of the items in the order they are served: selectNext, remove the chosen item, repeat.
 * @example
 * serviceOrder(makeItems([{ remainingEffort: 3 }, { remainingEffort: 1 }]), shortestFirst(), makeContext()); // => [1, 0]
 */
export function serviceOrder(
  items: readonly WorkItem[],
  order: QueueOrder,
  context: QueueOrderContext = makeContext(),
): number[] {
  const queue = [...items];
  const served: number[] = [];
  while (queue.length > 0) {
    const index = selectNext(queue, order, context);
    const [chosen] = queue.splice(index, 1);
    if (chosen === undefined) throw new Error(`selectNext returned ${index} for a queue of ${queue.length}`);
    served.push(chosen.id);
  }
  return served;
}

/** A free expert (level 2, speed 1) with nothing in hand, idle since 0, with any field overridden. */
export function makeCandidate(index: number, overrides: Partial<CandidateView> = {}): CandidateView {
  return {
    index,
    name: `person ${index}`,
    level: 2,
    speed: 1,
    inHand: 0,
    busyHours: 0,
    idleSince: 0,
    ...overrides,
  };
}

/**
 * An assignment context at time 0, step 0, whose stream throws when read: deterministic policies must
 * not consume randomness.
 */
export function makeAssignmentContext(overrides: Partial<AssignmentContext> = {}): AssignmentContext {
  return {
    now: 0,
    step: 0,
    rng: () => {
      throw new Error('a deterministic assignment policy read the random stream');
    },
    ...overrides,
  };
}
