// What a replication's work costs: people's available hours at their rate (busy or idle; on-call people at
// their team's elastic multiplier) and a charge per ticket answered by a team (a vendor's, typically).
import type { CompiledModel, PersonResults } from '../model/index.ts';

/**
 * Counts the tickets each team answers and prices them with the people's hours at the end.
 *
 * @example
 * const costs = new CostAccount(model);
 * costs.ticketAnswered(0);
 * costs.tickets(); // => the first team's costPerTicket
 */
export class CostAccount {
  private readonly model: CompiledModel;
  private readonly ticketsByTeam: Float64Array;

  constructor(model: CompiledModel) {
    this.model = model;
    this.ticketsByTeam = new Float64Array(model.teams.length);
  }

  /** A visit of an item was answered (first taken up) by someone of team `team`. */
  ticketAnswered(team: number): void {
    this.ticketsByTeam[team] = (this.ticketsByTeam[team] ?? 0) + 1;
  }

  /** The tickets answered so far, each at its team's `costPerTicket`. */
  tickets(): number {
    const teams = this.model.definition.teams;
    let cost = 0;
    this.ticketsByTeam.forEach((tickets, index) => {
      cost += tickets * (teams[index]?.costPerTicket ?? 0);
    });
    return cost;
  }

  /**
   * People's available hours at their `costPerHour`, busy or idle; on-call people at their team's elastic
   * `costMultiplier`.
   * @param people - the replication's people over the window, in model order
   */
  people(people: readonly PersonResults[]): number {
    const elastic = this.model.definition.elastic ?? {};
    let cost = 0;
    this.model.people.forEach((person, index) => {
      const hours = people[index]?.availableHours ?? 0;
      const team = this.model.teams[person.team]?.name ?? '';
      const multiplier = person.onCall ? (elastic[team]?.costMultiplier ?? 1) : 1;
      cost += person.costPerHour * multiplier * hours;
    });
    return cost;
  }
}
