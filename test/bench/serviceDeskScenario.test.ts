// The benchmark's desk as a scenario file (bench/service-desk.yaml) against the same organisation built in
// code (bench/serviceDeskModel.ts): one seed, the same results to the last digit, so the Monte Carlo
// benchmark times the workload the desk benchmark does.
import { describe, expect, it } from 'vitest';
import { serviceDeskModel } from '../../bench/serviceDeskModel.ts';
import { runServiceReplication } from '../../engine/index.ts';
import { loadScenarioFile } from '../../scenarios/index.ts';

describe('bench/service-desk.yaml', () => {
  it('gives the results of the desk built in code, for the same seed and replication', {
    timeout: 60_000,
  }, () => {
    const fromFile = loadScenarioFile(
      new URL('../../bench/service-desk.yaml', import.meta.url).pathname,
    ).baseline;
    expect(fromFile.settings).toMatchObject({ hours: 8_760, warmUpHours: 168, seed: 20_240_601 });
    const options = { seed: 20_240_601, replication: 2, hours: 4 * 168, warmUpHours: 168 };
    const fileResults = runServiceReplication(fromFile.model, options);
    const codeResults = runServiceReplication(serviceDeskModel(), options);
    expect(fileResults.conservation.completed).toBeGreaterThan(5_000);
    expect(JSON.stringify(fileResults)).toBe(JSON.stringify(codeResults));
  });
});
