// The value ledger: listens to a replication's items and books every unit of potential value once, as
// realised, leaked (by cause) or open at the end, and adds up the cost of people and tickets.
import type {
  CompiledModel,
  ItemLifeListener,
  LeaveOutcome,
  PersonResults,
  WorkItem,
} from '../model/index.ts';
import { CostAccount } from './costAccount.ts';
import { delayHours, delayPartsRecord } from './delayParts.ts';
import { LivingValues } from './livingValues.ts';
import { scoreObjectives } from './objectives.ts';
import { ServiceOutage } from './serviceOutage.ts';
import {
  DELAY_PARTS,
  type DeliverableValue,
  LEAKAGE_CAUSES,
  type LeakageCause,
  type ServiceValue,
  type ValueResults,
} from './valueResults.ts';

// One work type's account: its items, potential, realised, open at end, then one entry per cause.
const ITEMS = 0;
const POTENTIAL = 1;
const REALISED = 2;
const OPEN = 3;
const FIRST_CAUSE = 4;
const ACCOUNT_SIZE = FIRST_CAUSE + LEAKAGE_CAUSES.length;
const cause = (name: LeakageCause): number => FIRST_CAUSE + LEAKAGE_CAUSES.indexOf(name);
const DELAY = cause('delay');
const ABANDONMENT = cause('abandonment');
const REFUSED = cause('refused');
const STOPPED = cause('stopped');
const POOR_ADOPTION = cause('poorAdoption');
const NON_CONFORMANCE = cause('nonConformance');

/** What the ledger needs of each work type, read once. */
interface TypeTerms {
  /** Value life in hours, or 0: the type's items are not deliverables. */
  readonly valueLife: number;
  readonly adoptionShortfall: number;
  readonly slaBreachPenalty: number;
  readonly reworkPenalty: number;
}

/** An incident open at its service: the loss per share when it opened. */
interface OpenIncident {
  readonly service: number;
  readonly share: number;
  readonly perShareAtOpen: number;
}

/**
 * Books a replication's value as its items live (listen with `new ServiceSystem(model, { listener })`),
 * whether or not item records are kept, and reports it at any time with `results`.
 *
 * Services: potential is each service's value rate over the measured window; an open incident takes its
 * impact's share of the rate (the shares adding up to at most all of it) from its arrival until it is
 * restored or leaves: outage, or abandonment when its user gives up; the rest is realised. An incident
 * turned away by an intake limit takes nothing (the model does not know how long its service suffers).
 *
 * Deliverables (work types with `valueLifeHours`), arriving in the window: potential is the value rate x
 * the value life, counted from arrival. The life before delivery is delay (in parts: waiting, handed
 * over, worked, blocked, other); after delivery the value flows, less the adoption shortfall (poor
 * adoption); life after the end of the run is open at end, delivered or not. An item refused, abandoned
 * or stopped before delivery leaks its whole potential to that cause. SLA breach and rework penalties
 * come off realised value as non-conformance.
 *
 * @example
 * const ledger = new ValueLedger(model, 0);
 * const system = new ServiceSystem(model, { seed: 1, replication: 0, listener: ledger });
 * system.run(8_760);
 * ledger.results(8_760, system.openItems(), system.results().people).leakage.delay; // => money lost to delay
 */
export class ValueLedger implements ItemLifeListener {
  private readonly model: CompiledModel;
  private readonly windowStart: number;
  private readonly terms: readonly TypeTerms[];
  private readonly accounts: readonly Float64Array[];
  private readonly delayParts = new Float64Array(DELAY_PARTS.length);
  private readonly scratch = new Float64Array(DELAY_PARTS.length);
  private readonly outages: readonly ServiceOutage[];
  private readonly abandonedOutage: Float64Array;
  private readonly openIncidents = new Map<number, OpenIncident>();
  /** Automated deliverables whose value has not started yet. */
  private readonly pendingAutomated = new Set<WorkItem>();
  private readonly costs: CostAccount;
  /** Delivered value still flowing, one row an item. */
  private readonly living = new LivingValues();
  private livingAfterPrune = 0;

  /**
   * @param windowStart - start of the measured window (the end of the warm-up), hours: services are
   *   valued from it, deliverables arriving from it on, penalties and tickets from it on
   */
  constructor(model: CompiledModel, windowStart: number) {
    this.model = model;
    this.windowStart = windowStart;
    this.terms = model.workTypes.map(({ definition }) => ({
      valueLife: definition.valueLifeHours ?? 0,
      adoptionShortfall: definition.adoptionShortfall ?? 0,
      slaBreachPenalty: definition.slaBreachPenalty ?? 0,
      reworkPenalty: definition.reworkPenalty ?? 0,
    }));
    this.accounts = model.workTypes.map(() => new Float64Array(ACCOUNT_SIZE));
    const services = model.definition.services ?? [];
    this.outages = services.map((service) => new ServiceOutage(service.valuePerHour, windowStart));
    this.abandonedOutage = new Float64Array(services.length);
    this.costs = new CostAccount(model);
  }

  /**
   * Whether the ledger needs to hear the items' lives: false for a model that values nothing item by item
   * (no service value, no value life, no penalties, no ticket charges), whose account is then the people's
   * cost alone; a replication can leave the listener off and save its calls.
   */
  get listensToItems(): boolean {
    const valuedService = this.outages.some((outage) => outage.valuePerHour > 0);
    const itemTerms = this.terms.some(
      (terms) => terms.valueLife > 0 || terms.slaBreachPenalty > 0 || terms.reworkPenalty > 0,
    );
    const tickets = this.model.definition.teams.some((team) => (team.costPerTicket ?? 0) > 0);
    return valuedService || itemTerms || tickets;
  }

  refused(item: WorkItem): void {
    if (this.isDeliverable(item)) this.bookWholePotential(item, REFUSED);
  }

  automated(item: WorkItem, now: number): void {
    this.openIncident(item, now);
    if (this.isDeliverable(item)) this.pendingAutomated.add(item);
  }

  admitted(item: WorkItem, now: number): void {
    this.openIncident(item, now);
  }

  valueStarted(item: WorkItem, now: number): void {
    this.closeIncident(item, now, 'delivered');
    if (!this.isDeliverable(item)) return;
    this.pendingAutomated.delete(item);
    this.bookDelivered(item, now);
  }

  visitAnswered(_item: WorkItem, team: number, now: number): void {
    if (now >= this.windowStart) this.costs.ticketAnswered(team);
  }

  reworked(item: WorkItem, now: number): void {
    const penalty = this.termsOf(item).reworkPenalty;
    if (penalty > 0 && now >= this.windowStart) this.bookPenalty(item, penalty);
  }

  left(item: WorkItem, now: number, outcome: LeaveOutcome): void {
    this.closeIncident(item, now, outcome);
    if (this.isDeliverable(item) && Number.isNaN(item.valueStartTime)) {
      this.bookWholePotential(item, outcome === 'abandoned' ? ABANDONMENT : STOPPED);
    }
    const penalty = this.termsOf(item).slaBreachPenalty;
    if (penalty > 0 && outcome !== 'abandoned' && now > item.slaDue && now >= this.windowStart) {
      this.bookPenalty(item, penalty);
    }
  }

  /**
   * The account at `now` (the end of the run, usually), without changing what is booked: value still
   * flowing or items still open are split at `now`.
   * @param openItems - the items admitted and not yet gone (`ServiceSystem.openItems()`)
   * @param people - the replication's people over the window, in model order (for their cost)
   */
  results(now: number, openItems: Iterable<WorkItem>, people: readonly PersonResults[]): ValueResults {
    const accounts = this.accounts.map((account) => Float64Array.from(account));
    const delayParts = Float64Array.from(this.delayParts);
    this.living.forEachSplit(now, (type, flowed, toCome) => {
      const account = accounts[type];
      if (account === undefined) return;
      this.bookFlowed(account, type, flowed);
      account[OPEN]! += toCome;
    });
    for (const item of this.pendingAutomated) this.bookUndelivered(item, now, accounts, delayParts);
    for (const item of openItems) {
      if (this.isDeliverable(item) && Number.isNaN(item.valueStartTime)) {
        this.bookUndelivered(item, now, accounts, delayParts);
      }
    }
    const measuredHours = Math.max(0, now - this.windowStart);
    const services = this.serviceValues(now, measuredHours);
    const total = new Float64Array(ACCOUNT_SIZE);
    for (const account of accounts)
      for (let entry = 0; entry < ACCOUNT_SIZE; entry++) total[entry]! += account[entry]!;
    const leakage = {} as Record<LeakageCause, number>;
    LEAKAGE_CAUSES.forEach((name, index) => {
      leakage[name] = total[FIRST_CAUSE + index] ?? 0;
    });
    let servicePotential = 0;
    let serviceRealised = 0;
    for (const service of services) {
      servicePotential += service.potential;
      serviceRealised += service.realised;
      leakage.outage += service.outage;
      leakage.abandonment += service.abandonment;
    }
    const potential = (total[POTENTIAL] ?? 0) + servicePotential;
    const realised = (total[REALISED] ?? 0) + serviceRealised;
    const openAtEnd = total[OPEN] ?? 0;
    const leaked = LEAKAGE_CAUSES.reduce((sum, name) => sum + leakage[name], 0);
    const peopleCost = this.costs.people(people);
    const ticketCost = this.costs.tickets();
    const cost = peopleCost + ticketCost;
    const deliverables = this.deliverableValues(accounts);
    return {
      measuredHours,
      potential,
      realised,
      leakage,
      delayParts: delayPartsRecord(delayParts),
      openAtEnd,
      cost,
      costParts: { people: peopleCost, tickets: ticketCost },
      return: realised - cost,
      balance: potential - realised - leaked - openAtEnd,
      services,
      deliverables,
      objectives: scoreObjectives({
        measuredHours,
        potential,
        leakage,
        servicePotential,
        serviceOutage: services.reduce((sum, service) => sum + service.outage, 0),
        deliverablePotential: deliverables.reduce((sum, type) => sum + type.potential, 0),
      }),
    };
  }

  private termsOf(item: WorkItem): TypeTerms {
    // Items are made by the model's own work types.
    return this.terms[item.typeIndex]!;
  }

  private isDeliverable(item: WorkItem): boolean {
    return this.termsOf(item).valueLife > 0 && item.valuePerHour > 0 && item.arrivalTime >= this.windowStart;
  }

  private openIncident(item: WorkItem, now: number): void {
    const outage = item.service >= 0 ? this.outages[item.service] : undefined;
    const share = Math.min(1, Math.max(0, item.serviceImpact));
    if (outage === undefined || share === 0 || outage.valuePerHour === 0) return;
    const perShareAtOpen = outage.open(share, now);
    this.openIncidents.set(item.id, { service: item.service, share, perShareAtOpen });
  }

  // The incident stops taking its share now; a user who gave up moves the incident's loss to abandonment.
  private closeIncident(item: WorkItem, now: number, outcome: LeaveOutcome): void {
    const open = this.openIncidents.get(item.id);
    if (open === undefined) return;
    this.openIncidents.delete(item.id);
    // The service exists: the incident was opened at it.
    const loss = this.outages[open.service]!.close(open.share, now, open.perShareAtOpen);
    if (outcome === 'abandoned') this.abandonedOutage[open.service]! += loss;
  }

  // Potential = rate x life; the life before `valueStart` is delay (in parts), the rest flows from then on.
  private bookDelivered(item: WorkItem, valueStart: number): void {
    const account = this.accounts[item.typeIndex]!;
    const { valueLife } = this.termsOf(item);
    const rate = item.valuePerHour;
    const lifeEnd = item.arrivalTime + valueLife;
    account[ITEMS]! += 1;
    account[POTENTIAL]! += rate * valueLife;
    const flowStart = Math.min(valueStart, lifeEnd);
    bookDelay(item, valueStart, flowStart - item.arrivalTime, account, this.delayParts, this.scratch);
    if (lifeEnd > flowStart) {
      this.living.add(flowStart, lifeEnd, rate, item.typeIndex);
      if (this.living.size >= 2 * this.livingAfterPrune + 64) this.pruneLiving(valueStart);
    }
  }

  // An item not delivered by `now`: its life up to now is delay, the rest open at end.
  private bookUndelivered(
    item: WorkItem,
    now: number,
    accounts: readonly Float64Array[],
    delayParts: Float64Array,
  ): void {
    const account = accounts[item.typeIndex]!;
    const { valueLife } = this.termsOf(item);
    const rate = item.valuePerHour;
    const lifeEnd = item.arrivalTime + valueLife;
    account[ITEMS]! += 1;
    account[POTENTIAL]! += rate * valueLife;
    bookDelay(item, now, Math.min(now, lifeEnd) - item.arrivalTime, account, delayParts, this.scratch);
    account[OPEN]! += rate * Math.max(0, lifeEnd - now);
  }

  private bookWholePotential(item: WorkItem, leak: number): void {
    const account = this.accounts[item.typeIndex]!;
    const potential = item.valuePerHour * this.termsOf(item).valueLife;
    account[ITEMS]! += 1;
    account[POTENTIAL]! += potential;
    account[leak]! += potential;
  }

  // A penalty is money lost: it comes off realised value.
  private bookPenalty(item: WorkItem, penalty: number): void {
    const account = this.accounts[item.typeIndex]!;
    account[REALISED]! -= penalty;
    account[NON_CONFORMANCE]! += penalty;
  }

  // Value whose life has ended by `now` is booked for good; the list keeps the rest.
  private pruneLiving(now: number): void {
    this.living.prune(now, (type, value) => {
      const account = this.accounts[type];
      if (account !== undefined) this.bookFlowed(account, type, value);
    });
    this.livingAfterPrune = this.living.size;
  }

  // Value that flowed: realised, less the type's adoption shortfall (poor adoption).
  private bookFlowed(account: Float64Array, type: number, flowed: number): void {
    const shortfall = this.terms[type]?.adoptionShortfall ?? 0;
    account[REALISED]! += flowed * (1 - shortfall);
    account[POOR_ADOPTION]! += flowed * shortfall;
  }

  private serviceValues(now: number, measuredHours: number): ServiceValue[] {
    const services = this.model.definition.services ?? [];
    return services.map((service, index) => {
      const potential = service.valuePerHour * measuredHours;
      const loss = this.outages[index]?.lossAt(now) ?? 0;
      const abandonment = this.abandonedOutage[index] ?? 0;
      return {
        name: service.name,
        potential,
        realised: potential - loss,
        outage: loss - abandonment,
        abandonment,
      };
    });
  }

  private deliverableValues(accounts: readonly Float64Array[]): DeliverableValue[] {
    return this.model.workTypes.flatMap(({ definition }, index): DeliverableValue[] => {
      const account = accounts[index];
      if (account === undefined || (this.terms[index]?.valueLife ?? 0) === 0) return [];
      return [
        {
          type: definition.name,
          items: account[ITEMS] ?? 0,
          potential: account[POTENTIAL] ?? 0,
          realised: account[REALISED] ?? 0,
          delay: account[DELAY] ?? 0,
          openAtEnd: account[OPEN] ?? 0,
        },
      ];
    });
  }
}

// Books `delay` hours of the item's life as delay, split in the proportions of its time up to `until`.
function bookDelay(
  item: WorkItem,
  until: number,
  delay: number,
  account: Float64Array,
  delayParts: Float64Array,
  scratch: Float64Array,
): void {
  if (delay <= 0) return;
  const rate = item.valuePerHour;
  account[DELAY]! += rate * delay;
  delayHours(item, until, scratch);
  const elapsed = until - item.arrivalTime;
  const scale = elapsed > 0 ? (rate * delay) / elapsed : 0;
  for (let part = 0; part < scratch.length; part++) delayParts[part]! += (scratch[part] ?? 0) * scale;
}
