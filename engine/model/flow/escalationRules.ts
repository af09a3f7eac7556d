// The rules of work moving between groups: misrouting to a wrong group, the time in transit to a step's
// queue (its handoff delay, and a party's where accountability changes hands), and the effort a visit
// starts with (a wrong group's bounce, or the receiving group's re-diagnosis).
import type { Rng } from '../../random/index.ts';
import type { CompiledModel, CompiledStep } from '../definition/compiledModel.ts';
import type { RunningItem } from '../work/itemFactory.ts';

/**
 * A model's escalation rules, read once. Every draw comes from the item's own decision stream, asked
 * for only when a rule applies, so models without these rules draw (and build streams) exactly as before.
 *
 * @example
 * const rules = new EscalationRules(model, (item) => lifeCycle.decisionsOf(item));
 * rules.transitHours(item, step); // => hours before the item reaches the step's queue
 */
export class EscalationRules {
  private readonly steps: readonly CompiledStep[];
  private readonly partyOfTeam: Int32Array;
  private readonly partyDelays: CompiledModel['partyDelays'];
  /** Per step, the party its work crosses into (its first team with a party), or -1. */
  private readonly partyOfStep: Int32Array;
  private readonly decisionsOf: (item: RunningItem) => Rng;

  constructor(model: CompiledModel, decisionsOf: (item: RunningItem) => Rng) {
    this.decisionsOf = decisionsOf;
    this.steps = model.steps;
    this.partyOfTeam = model.partyOfTeam;
    this.partyDelays = model.partyDelays;
    this.partyOfStep = Int32Array.from(model.steps, (step) => {
      const team = step.teams.find((candidate) => (model.partyOfTeam[candidate] ?? -1) >= 0);
      return team === undefined ? -1 : (model.partyOfTeam[team] ?? -1);
    });
  }

  /**
   * The wrong step an item bound for `step` goes to first, or -1: with the step's misrouting probability,
   * one of its stream's other onlyWhen steps, at random.
   */
  misrouteTo(item: RunningItem, step: CompiledStep): number {
    const misrouting = step.definition.misrouting;
    if (misrouting === undefined) return -1;
    const decisions = this.decisionsOf(item);
    if (decisions() >= misrouting.probability) return -1;
    // A checked model has another onlyWhen step to go to.
    return step.misrouteTo[Math.floor(decisions() * step.misrouteTo.length)]!;
  }

  /**
   * Hours from another step to this one's queue: the step's handoff delay, plus the receiving party's
   * when the work crosses into another party (its last team's party is not among the step's teams').
   */
  transitHours(item: RunningItem, step: CompiledStep): number {
    const handoffDelay = step.definition.handoffDelay;
    let hours = handoffDelay === undefined ? 0 : handoffDelay.sample(this.decisionsOf(item));
    const into = this.partyOfStep[step.index] ?? -1;
    const from = item.lastTeam < 0 || into < 0 ? -1 : (this.partyOfTeam[item.lastTeam] ?? -1);
    if (from >= 0 && !step.teams.some((team) => this.partyOfTeam[team] === from)) {
      const delay = this.partyDelays[into];
      if (delay !== undefined) hours += delay.sample(this.decisionsOf(item));
    }
    return hours;
  }

  /**
   * The effort a visit of `step` starts with: the wrong group's bounce effort for a misrouted item, else
   * the item's effort there, plus re-diagnosis when it comes from a team not among the step's.
   */
  visitEffort(item: RunningItem, step: CompiledStep): number {
    if (item.detourTo >= 0) {
      const bounce = this.steps[item.detourTo]?.definition.misrouting?.bounceEffort;
      return bounce === undefined ? 0 : bounce.sample(this.decisionsOf(item));
    }
    const effort = item.effortByStep[step.position] ?? 0;
    const rediagnosis = step.definition.rediagnosisEffort;
    if (rediagnosis === undefined || item.lastTeam < 0 || step.teams.includes(item.lastTeam)) return effort;
    return effort + rediagnosis.sample(this.decisionsOf(item));
  }
}
