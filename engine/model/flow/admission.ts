// Admitting offered items before they enter their value stream: the intake limit that may refuse one,
// automation that resolves one without people, deferral to a release time, and dependencies on other items.
import type { Simulation } from '../../kernel/index.ts';
import type { Rng } from '../../random/index.ts';
import type { CompiledModel } from '../definition/compiledModel.ts';
import type { Arrival } from '../demand/arrivalSource.ts';
import type { FlowMetrics } from '../metrics/flowMetrics.ts';
import type { ItemFactory, RunningItem } from '../work/itemFactory.ts';
import type { WorkItem, WorkStepEventKind } from '../work/workItem.ts';
import type { IntakeRule } from '../work/workType.ts';
import { beginBlockedPeriod, endBlockedPeriod } from './blockedPeriod.ts';
import type { ItemLifeListener } from './itemLifeListener.ts';

const NO_DEPENDENCIES: readonly number[] = [];

/** What admission needs: the model, where items come from and are counted, and the way into the stream. */
export interface AdmissionOptions {
  readonly simulation: Simulation;
  readonly model: CompiledModel;
  readonly factory: ItemFactory;
  readonly metrics: FlowMetrics;
  /** The item's own decision stream (automation draws from it). */
  readonly decisionsOf: (item: RunningItem) => Rng;
  /** Adds a line to the item's record. */
  readonly note: (item: RunningItem, kind: WorkStepEventKind) => void;
  /** The admitted item enters its value stream at the first step. */
  readonly enterStream: (item: RunningItem) => void;
  /** Told of refusals, automation and admissions, when given. */
  readonly listener?: ItemLifeListener | undefined;
}

/**
 * Turns offers into items and admits them: each offered item is refused when its intake limit is reached,
 * resolved without people when automated, held until its release time when deferred, and held while an
 * item it depends on is still open; otherwise it enters its value stream at once. When an item leaves,
 * its requester's intake count falls and the items waiting on it go on.
 *
 * @example
 * const admission = new Admission({ simulation, model, factory, metrics, decisionsOf, note, enterStream });
 * admission.offerByName('incident'); // => [the item made], admitted and in its stream unless held
 */
export class Admission {
  private readonly simulation: Simulation;
  private readonly model: CompiledModel;
  private readonly factory: ItemFactory;
  private readonly metrics: FlowMetrics;
  private readonly decisionsOf: (item: RunningItem) => Rng;
  private readonly note: (item: RunningItem, kind: WorkStepEventKind) => void;
  private readonly enterStream: (item: RunningItem) => void;
  private readonly listener: ItemLifeListener | undefined;
  /** Each work type's own copy of its intake limit (counts belong to one replication). */
  private readonly intakes: readonly (IntakeRule | undefined)[];
  /** Items waiting for the item of each id to leave. */
  private readonly waitingOnDependency = new Map<number, RunningItem[]>();

  constructor(options: AdmissionOptions) {
    this.simulation = options.simulation;
    this.model = options.model;
    this.factory = options.factory;
    this.metrics = options.metrics;
    this.decisionsOf = options.decisionsOf;
    this.note = options.note;
    this.enterStream = options.enterStream;
    this.listener = options.listener;
    this.intakes = this.model.workTypes.map(({ definition: type }) => type.intake?.forReplication());
  }

  /**
   * Offers items of a work type now, as an arrival source would (also for items created from code).
   * @param dependsOn - ids of items (made earlier) that must complete before these start any step
   * @returns the items made (refused or automated ones included)
   * @throws RangeError when the type is unknown, or a dependency names an item not made yet
   */
  offerByName(
    typeName: string,
    arrival: Arrival = { count: 1 },
    dependsOn: readonly number[] = [],
  ): WorkItem[] {
    const typeIndex = this.model.workTypes.findIndex(({ definition }) => definition.name === typeName);
    if (typeIndex < 0) {
      throw new RangeError(
        `work type "${typeName}" does not exist (work types: ${this.model.workTypes.map(({ definition }) => definition.name).join(', ')})`,
      );
    }
    for (const id of dependsOn) {
      if (!(Number.isInteger(id) && id >= 0 && id < this.factory.created)) {
        throw new RangeError(
          `work type "${typeName}": dependsOn names item ${id}, but only items 0 to ${this.factory.created - 1} exist`,
        );
      }
    }
    const items: WorkItem[] = [];
    this.offer(typeIndex, arrival, dependsOn, items);
    return items;
  }

  /**
   * Makes and admits the items of one arrival of a work type; collects them into `made` when given.
   * An arrival naming another work type (a replayed ticket) is offered as that type.
   */
  offer(
    typeIndex: number,
    arrival: Arrival,
    dependsOn: readonly number[] = NO_DEPENDENCIES,
    made?: WorkItem[],
  ): void {
    const type = this.model.workTypes[typeIndex]?.definition;
    if (type === undefined) throw new RangeError(`no work type ${typeIndex}`);
    if (arrival.typeName !== undefined && arrival.typeName !== type.name) {
      const { typeName, ...rest } = arrival;
      const items = this.offerByName(typeName, rest, dependsOn);
      made?.push(...items);
      return;
    }
    const now = this.simulation.now;
    const intake = this.intakes[typeIndex];
    for (let count = 0; count < arrival.count; count++) {
      const item = this.factory.create(typeIndex, now, arrival, dependsOn);
      made?.push(item);
      this.metrics.offered();
      this.note(item, 'arrive');
      if (intake !== undefined && !intake.admit(item.requester, now)) {
        item.state = 'refused';
        item.completionTime = now;
        this.metrics.refused(item, now);
        this.note(item, 'refuse');
        this.listener?.refused(item, now);
        continue;
      }
      if (type.automation?.decide(this.decisionsOf(item))) {
        // Admitted, and resolved without people (it never enters a queue, so it is never open).
        item.state = 'automated';
        item.valueStartTime = item.completionTime = now + type.automation.durationHours;
        this.metrics.automated(item, item.completionTime);
        this.note(item, 'automate');
        if (this.listener !== undefined) {
          this.listener.automated(item, now);
          this.simulation.scheduleAt(item.completionTime, this.automatedValueStarts, item);
        }
        continue;
      }
      intake?.opened(item.requester, now);
      this.metrics.admitted(item, now);
      this.listener?.admitted(item, now);
      const release = type.deferral?.releaseTime(now) ?? now;
      if (release > now) {
        beginBlockedPeriod(item, 'deferred', now);
        this.simulation.scheduleAt(release, this.releaseDeferred, item);
      } else {
        this.enterWhenFree(item);
      }
    }
  }

  /** An admitted item left (completed or abandoned): its requester has one request fewer open. */
  requestClosed(item: RunningItem): void {
    this.intakes[item.typeIndex]?.closed(item.requester);
  }

  /**
   * An item left: the items waiting on it go on once nothing they depend on is open, as an item offered
   * after it left would (an abandoned item never completes; waiting for ever would leak). Call after the
   * metrics have closed the item.
   */
  releaseDependants(item: RunningItem): void {
    const dependants = this.waitingOnDependency.get(item.id);
    if (dependants === undefined) return;
    this.waitingOnDependency.delete(item.id);
    const now = this.simulation.now;
    for (const dependant of dependants) {
      if (
        dependant.state === 'waiting-on-dependency' &&
        dependant.dependsOn.every((id) => !this.metrics.open.has(id))
      ) {
        endBlockedPeriod(dependant, now);
        this.enterWhenFree(dependant);
      }
    }
  }

  private readonly automatedValueStarts = (item: RunningItem): void => {
    this.listener?.valueStarted(item, this.simulation.now);
  };

  private readonly releaseDeferred = (item: RunningItem): void => {
    endBlockedPeriod(item, this.simulation.now);
    this.enterWhenFree(item);
  };

  // The item enters its stream, unless an item it depends on is still open (memory stays bounded by the
  // work in progress). Checked for length first: most items depend on nothing, and filter would allocate.
  private enterWhenFree(item: RunningItem): void {
    const unmet =
      item.dependsOn.length === 0
        ? NO_DEPENDENCIES
        : item.dependsOn.filter((id) => this.metrics.open.has(id));
    if (unmet.length > 0) {
      beginBlockedPeriod(item, 'waiting-on-dependency', this.simulation.now);
      for (const id of unmet) {
        const waiting = this.waitingOnDependency.get(id) ?? [];
        waiting.push(item);
        this.waitingOnDependency.set(id, waiting);
      }
      return;
    }
    this.enterStream(item);
  }
}
