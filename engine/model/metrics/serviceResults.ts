// Plain, serialisable results of one service-model replication: flow per work type and priority, per
// step, utilisation per person and team, call-centre measures, open work and the conservation check.
import { HOURS_PER_WEEK } from '../demand/arrivalSource.ts';
import type { FlowTallies } from './flowMetrics.ts';
import type { ServiceSystem } from '../flow/serviceSystem.ts';

/** Means of one group's flow measures (hours), with counts. */
export interface FlowSummary {
  readonly count: number;
  readonly meanLeadTime: number;
  readonly maxLeadTime: number;
  readonly meanQueueTime: number;
  readonly meanTouchTime: number;
  readonly meanBlockedTime: number;
  /** Touch time over lead time, summed over the group. */
  readonly flowEfficiency: number;
  readonly meanHandoffs: number;
  /** Share within the SLA for its priority (NaN when no SLA applies). */
  readonly slaAttainment: number;
}

/** Everything one replication measured after its warm-up. */
export interface ServiceResults {
  /** Length of the measured window, hours. */
  readonly measuredHours: number;
  /** Whole-run counts: offered = refused + admitted; admitted = completed + automated + abandoned + open. */
  readonly conservation: {
    readonly offered: number;
    readonly refused: number;
    readonly automated: number;
    readonly admitted: number;
    readonly completed: number;
    readonly abandoned: number;
    readonly open: number;
    readonly holds: boolean;
  };
  readonly endToEnd: FlowSummary;
  readonly byType: readonly {
    readonly type: string;
    readonly throughputPerWeek: number;
    readonly flow: FlowSummary;
    readonly byPriority: readonly { readonly priority: number; readonly flow: FlowSummary }[];
  }[];
  readonly bySteps: readonly {
    readonly valueStream: string;
    readonly step: string;
    readonly flow: FlowSummary;
    readonly meanQueueLength: number;
    readonly meanWip: number;
    /** Visits that ended per week (done, sent back by rework, or abandoned there). */
    readonly throughputPerWeek: number;
  }[];
  readonly meanWip: number;
  readonly people: readonly {
    readonly name: string;
    readonly team: string;
    readonly busyHours: number;
    readonly availableHours: number;
    readonly utilisation: number;
    /** Available hours with nothing in hand. */
    readonly idleHours: number;
    readonly offShiftHours: number;
    readonly onCallHours: number;
  }[];
  readonly teams: readonly {
    readonly name: string;
    readonly utilisation: number;
    readonly busyHours: number;
    readonly availableHours: number;
  }[];
  readonly desks: readonly {
    readonly valueStream: string;
    readonly step: string;
    readonly answered: number;
    readonly serviceLevel: number;
    readonly averageSpeedOfAnswerHours: number;
    readonly probabilityOfWaiting: number;
    readonly occupancy: number;
    readonly byHourOfDay: readonly {
      readonly hour: number;
      readonly answered: number;
      readonly serviceLevel: number;
      readonly averageSpeedOfAnswerHours: number;
    }[];
  }[];
  /** Items still open at the end, and their ages (work item age). */
  readonly openItems: { readonly count: number; readonly meanAgeHours: number; readonly maxAgeHours: number };
}

/**
 * Summarises a replication at its current time (call after `run`).
 * @example
 * summarizeService(system).conservation.holds; // => true
 */
export function summarizeService(system: ServiceSystem): ServiceResults {
  const now = system.simulation.now;
  const metrics = system.metrics;
  const model = system.model;
  const measuredHours = now - metrics.windowStart;
  const counts = metrics.counts;
  const open = metrics.open.size;
  const allGroups: FlowTallies[] = metrics.byTypeAndPriority.flat();
  const people = system.workers.map((worker) => {
    const calendar = worker.person.calendar;
    const windowHours =
      calendar === undefined ? measuredHours : calendar.workingHoursBetween(metrics.windowStart, now);
    const onCallHours = worker.onCallHoursAt(now);
    const availableHours = worker.person.onCall ? Math.min(windowHours, onCallHours) : windowHours;
    return {
      name: worker.name,
      team: model.teams[worker.person.team]!.name,
      busyHours: worker.busyHours,
      availableHours,
      utilisation: utilisationOf(worker.busyHours, availableHours),
      idleHours: Math.max(0, availableHours - worker.busyHours),
      offShiftHours: measuredHours - windowHours,
      onCallHours,
    };
  });
  let openAgeSum = 0;
  let openAgeMax = 0;
  for (const item of metrics.open.values()) {
    const age = now - item.arrivalTime;
    openAgeSum += age;
    openAgeMax = Math.max(openAgeMax, age);
  }
  return {
    measuredHours,
    conservation: {
      ...counts,
      open,
      holds:
        counts.offered === counts.refused + counts.admitted &&
        counts.admitted === counts.completed + counts.automated + counts.abandoned + open,
    },
    endToEnd: summarize(allGroups),
    byType: model.workTypes.map(({ definition }, typeIndex) => ({
      type: definition.name,
      throughputPerWeek: (metrics.completedByType[typeIndex]! / measuredHours) * HOURS_PER_WEEK,
      flow: summarize(metrics.byTypeAndPriority[typeIndex]!),
      byPriority: metrics.byTypeAndPriority[typeIndex]!.map((tallies, index) => ({
        priority: index + 1,
        flow: summarize([tallies]),
      })),
    })),
    bySteps: model.steps.map((step) => ({
      valueStream: model.streams[step.stream]!.name,
      step: step.definition.name,
      flow: summarize([metrics.bySteps[step.index]!]),
      meanQueueLength: metrics.queueLengths[step.index]!.mean(now),
      meanWip: metrics.stepWip[step.index]!.mean(now),
      throughputPerWeek: (metrics.stepThroughput[step.index]! / measuredHours) * HOURS_PER_WEEK,
    })),
    meanWip: metrics.wip.mean(now),
    people,
    teams: model.teams.map((team) => {
      const members = team.people.map((index) => people[index]!);
      const busyHours = members.reduce((sum, person) => sum + person.busyHours, 0);
      const availableHours = members.reduce((sum, person) => sum + person.availableHours, 0);
      return {
        name: team.name,
        busyHours,
        availableHours,
        utilisation: utilisationOf(busyHours, availableHours),
      };
    }),
    desks: system.desks.map((desk) => {
      const step = model.steps[desk.step]!;
      const staff = step.eligible.map((index) => people[index]!);
      const busy = staff.reduce((sum, person) => sum + person.busyHours, 0);
      const available = staff.reduce((sum, person) => sum + person.availableHours, 0);
      return {
        valueStream: desk.measure.valueStream,
        step: desk.measure.step,
        answered: desk.answeredCount,
        serviceLevel: desk.serviceLevel,
        averageSpeedOfAnswerHours: desk.averageSpeedOfAnswer,
        probabilityOfWaiting: desk.probabilityOfWaiting,
        occupancy: available > 0 ? busy / available : 0,
        byHourOfDay: Array.from(desk.answeredByHour, (answered, hour) => ({
          hour,
          answered,
          serviceLevel: desk.withinTargetByHour[hour]! / answered,
          averageSpeedOfAnswerHours: desk.waitSumByHour[hour]! / answered,
        })),
      };
    }),
    openItems: { count: open, meanAgeHours: open > 0 ? openAgeSum / open : 0, maxAgeHours: openAgeMax },
  };
}

function summarize(groups: readonly FlowTallies[]): FlowSummary {
  let count = 0;
  let lead = 0;
  let maxLead = 0;
  let queue = 0;
  let touch = 0;
  let blocked = 0;
  let handoffs = 0;
  let slaMet = 0;
  let slaCounted = 0;
  for (const group of groups) {
    const n = group.leadTime.count;
    if (n === 0) continue;
    count += n;
    lead += group.leadTime.sum;
    maxLead = Math.max(maxLead, group.leadTime.max);
    queue += group.queueTime.sum;
    touch += group.touchTime.sum;
    blocked += group.blockedTime.sum;
    handoffs += group.handoffs.sum;
    slaMet += group.slaMet;
    slaCounted += group.slaCounted;
  }
  return {
    count,
    meanLeadTime: lead / count,
    maxLeadTime: maxLead,
    meanQueueTime: queue / count,
    meanTouchTime: touch / count,
    meanBlockedTime: blocked / count,
    flowEfficiency: touch / lead,
    meanHandoffs: handoffs / count,
    slaAttainment: slaCounted > 0 ? slaMet / slaCounted : Number.NaN,
  };
}

// Busy over available hours, 0 when none were available. The two are sums of different pieces of the
// same working time (busy spells; shifts or on-call spells), so a person busy all the time can come out
// a rounding error above 1 (1.0000000000000004 was seen): that is clamped to 1; more is left to show.
function utilisationOf(busyHours: number, availableHours: number): number {
  if (!(availableHours > 0)) return 0;
  const utilisation = busyHours / availableHours;
  return utilisation > 1 && utilisation < 1 + 1e-9 ? 1 : utilisation;
}
