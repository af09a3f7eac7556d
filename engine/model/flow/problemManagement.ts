// Problem management: recurring incidents of a work type raise a problem (an item of the problem work
// type); when that problem is resolved, a known error is published and first line resolves more of the
// type's later incidents (the way first line learns).
import type { CompiledModel } from '../definition/compiledModel.ts';
import type { ItemFactory } from '../work/itemFactory.ts';
import type { WorkItem } from '../work/workItem.ts';
import type { ItemLifeListener, LeaveOutcome } from './itemLifeListener.ts';

/** Where a type's problem stands. */
type ProblemState = 'counting' | 'open' | 'known';

/**
 * Listens to admissions and departures: after `raiseAfter` admitted incidents of a type with `problems`,
 * offers one item of its `problemType`; when that item is delivered, scales the type's escalations by
 * `1 - knownErrorEffect` for later arrivals. A problem stopped or abandoned publishes nothing, and the
 * count starts again. One known error per type and run: the recurring problem of the category.
 *
 * @example
 * const problems = new ProblemManagement(model, factory, (type) => admission.offer(type, { count: 1 }));
 * // as a listener of the replication: problems.admitted(item, now), problems.left(item, now, 'delivered')
 */
export class ProblemManagement implements ItemLifeListener {
  private readonly model: CompiledModel;
  private readonly factory: ItemFactory;
  private readonly offerProblem: (problemType: number) => readonly WorkItem[];
  private readonly counts: Int32Array;
  private readonly states: ProblemState[];
  /** For each incident type, the index of its problem type, or -1. */
  private readonly problemTypeOf: Int32Array;
  /** Open problem items by id, with the incident type each is about. */
  private readonly openProblems = new Map<number, number>();

  constructor(
    model: CompiledModel,
    factory: ItemFactory,
    offerProblem: (problemType: number) => readonly WorkItem[],
  ) {
    this.model = model;
    this.factory = factory;
    this.offerProblem = offerProblem;
    const names = model.workTypes.map(({ definition }) => definition.name);
    this.counts = new Int32Array(names.length);
    this.states = names.map(() => 'counting');
    this.problemTypeOf = Int32Array.from(model.workTypes, ({ definition }) =>
      definition.problems === undefined ? -1 : names.indexOf(definition.problems.problemType),
    );
  }

  /** Whether a model has any work type with problem management (else it needs no listener). */
  static isUsedBy(model: CompiledModel): boolean {
    return model.workTypes.some(({ definition }) => definition.problems !== undefined);
  }

  admitted(item: WorkItem): void {
    const type = item.typeIndex;
    const rule = this.model.workTypes[type]?.definition.problems;
    const problemType = this.problemTypeOf[type] ?? -1;
    if (rule === undefined || problemType < 0 || this.states[type] !== 'counting') return;
    this.counts[type]! += 1;
    if ((this.counts[type] ?? 0) < rule.raiseAfter) return;
    this.states[type] = 'open';
    for (const problem of this.offerProblem(problemType)) {
      if (problem.state === 'refused') this.restartCount(type);
      else if (problem.state === 'automated') this.publish(type);
      else this.openProblems.set(problem.id, type);
    }
  }

  left(item: WorkItem, _now: number, outcome: LeaveOutcome): void {
    const incidentType = this.openProblems.get(item.id);
    if (incidentType === undefined) return;
    this.openProblems.delete(item.id);
    if (outcome === 'delivered') this.publish(incidentType);
    else this.restartCount(incidentType);
  }

  refused(): void {}
  automated(): void {}
  valueStarted(): void {}
  visitAnswered(): void {}
  reworked(): void {}

  // A known error: later incidents of the type escalate less.
  private publish(incidentType: number): void {
    const rule = this.model.workTypes[incidentType]?.definition.problems;
    if (rule === undefined) return;
    this.states[incidentType] = 'known';
    this.factory.scaleEscalations(incidentType, 1 - rule.knownErrorEffect);
  }

  // The problem came to nothing: recurring incidents raise it again.
  private restartCount(incidentType: number): void {
    this.states[incidentType] = 'counting';
    this.counts[incidentType] = 0;
  }
}
