// What the value ledger costs: the service-desk organisation run plain (the ledger listens to nothing, as
// the model values nothing item by item) and valued (incidents hit services, requests and changes have a
// value life and an SLA penalty, the desk charges per ticket), timed back to back in pairs.
import { createServiceModel, type ServiceModel, startServiceReplication } from '../engine/runner/index.ts';
import { machine, print } from './benchOutput.ts';
import { serviceDeskDefinition } from './serviceDeskModel.ts';

const HOURS = 24 * 365;
const WARM_UP_HOURS = 168;
const PAIRS = 5;

/** The desk with value terms on every work type and a ticket charge; the same demand and people. */
function valuedDeskModel(): ServiceModel {
  const plain = serviceDeskDefinition();
  const incidentService = (name: string) => ({ name, impact: 0.2 });
  return createServiceModel({
    ...plain,
    teams: plain.teams.map((team) => (team.name === 'desk' ? { ...team, costPerTicket: 5 } : team)),
    services: [
      { name: 'applications', valuePerHour: 2_000 },
      { name: 'infrastructure', valuePerHour: 3_000 },
    ],
    workTypes: plain.workTypes.map((type) => {
      if (type.name === 'application incident') return { ...type, service: incidentService('applications') };
      if (type.name === 'infrastructure incident')
        return { ...type, service: incidentService('infrastructure') };
      return {
        ...type,
        valuePerHour: 2,
        valueLifeHours: 2_000,
        adoptionShortfall: 0.1,
        slaBreachPenalty: 50,
      };
    }),
  });
}

function timeRun(model: ServiceModel): { seconds: number; potential: number; balance: number } {
  const started = process.hrtime.bigint();
  const system = startServiceReplication(model, {
    seed: 20240601,
    replication: 0,
    hours: HOURS,
    warmUpHours: WARM_UP_HOURS,
    recordItems: false,
  });
  system.run(HOURS);
  const { value } = system.results();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, ...value };
}

/**
 * Prints one `value-ledger` line: the median over paired one-year runs of valued seconds / plain seconds,
 * with the valued run's potential and balance (0 to rounding).
 * @example
 * runValueLedgerBenchmark(); // prints {"case":"value-ledger","valuedToPlainTimeRatio":1.05,...}
 */
export function runValueLedgerBenchmark(): void {
  const plain = createServiceModel(serviceDeskDefinition());
  const valued = valuedDeskModel();
  timeRun(plain);
  timeRun(valued);
  const pairs = Array.from({ length: PAIRS }, () => {
    const plainRun = timeRun(plain);
    const valuedRun = timeRun(valued);
    return { plainRun, valuedRun, ratio: valuedRun.seconds / plainRun.seconds };
  }).sort((a, b) => a.ratio - b.ratio);
  const median = pairs[Math.floor(PAIRS / 2)]!;
  print({
    case: 'value-ledger',
    valuedToPlainTimeRatio: Number(median.ratio.toFixed(3)),
    ratioMin: Number(pairs[0]!.ratio.toFixed(3)),
    ratioMax: Number(pairs[PAIRS - 1]!.ratio.toFixed(3)),
    plainSeconds: Number(median.plainRun.seconds.toFixed(3)),
    valuedSeconds: Number(median.valuedRun.seconds.toFixed(3)),
    pairedRuns: PAIRS,
    valuedPotential: Math.round(median.valuedRun.potential),
    valuedBalance: median.valuedRun.balance,
    ...machine(),
  });
}
