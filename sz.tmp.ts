import { startServiceReplication } from './engine/index.ts';
import { loadScenarioFile } from './scenarios/index.ts';
import { summarizeReplication } from './scenarios/results/index.ts';

const scenario = loadScenarioFile('bench/service-desk.yaml').baseline;
for (let r = 0; r < 6; r++) {
  const live = startServiceReplication(scenario.model, {
    seed: 1,
    replication: r,
    hours: 8760,
    warmUpHours: 168,
    recordItems: true,
  });
  live.run(8760);
  const t2 = process.hrtime.bigint();
  summarizeReplication(live, { replication: r });
  const t3 = process.hrtime.bigint();
  console.log('summary', Number(t3 - t2) / 1e6);
}
