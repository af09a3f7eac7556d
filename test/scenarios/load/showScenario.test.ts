// `valueflow show`: a merged scenario as YAML with every default written out, presets' people listed with
// their levels (generalists knowledgeable unless the file says otherwise), and text that loads again to the
// same compiled model.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenarioFile, loadScenarioText } from '../../../scenarios/load/loadScenario.ts';
import { ScenarioError } from '../../../scenarios/load/scenarioProblem.ts';
import { selectScenario, showScenario } from '../../../scenarios/load/showScenario.ts';
import { scenarioText } from '../build/scenarioText.ts';
import { modelFacts } from './sameModel.ts';

const libraryFolder = path.join(import.meta.dirname, '../../../scenarios/library');
const libraryFiles = readdirSync(libraryFolder).filter((file) => file.endsWith('.yaml'));

describe('showScenario', () => {
  it('shows five generalists as knowledgeable, at half speed, when the file does not say their level', () => {
    const text = scenarioText({
      teams: [{ name: 'desk', preset: { shape: 'generalist', skills: ['A', 'B'], count: 5 } }],
    });
    const shown = showScenario(loadScenarioText(text, 'generalists.yaml'));
    expect(parse(shown).teams[0].preset).toEqual({
      shape: 'generalist',
      skills: ['A', 'B'],
      count: 5,
      generalistLevel: 'knowledgeable',
    });
    expect(shown).toContain(
      'desk 1, desk 2, ... desk 5 (5 people): A knowledgeable (speed 0.5, 80% right first time), B knowledgeable (speed 0.5, 80% right first time)',
    );
  });

  it('shows generalists as experts when the file says so', () => {
    const shown = showScenario(loadScenarioFile(path.join(libraryFolder, 'pooling.yaml')), 'pooled');
    expect(parse(shown).teams[0].preset.generalistLevel).toBe('expert');
    expect(shown).toContain('team 1, team 2, ... team 6 (6 people): A expert, B expert');
  });

  it('writes every default out in the notation of the file', () => {
    const shown = parse(showScenario(loadScenarioText(scenarioText(), 'defaults.yaml')));
    expect(shown.run).toEqual({
      length: '52w',
      warmUp: '0s',
      replications: 20,
      seed: 1,
      until: 'length',
      sampleEvery: '1d',
      recordItems: true,
    });
    expect(shown.policies).toEqual({ queueOrder: 'triage', assignment: 'bestSkilled' });
    expect(shown.workTypes[0]).toMatchObject({
      category: 'service-request',
      requesters: 1000,
      arrivals: [{ poisson: { rate: '1/h' } }],
    });
    expect(shown.valueStreams[0].steps[0]).toMatchObject({ exitDelivers: true, restoresValue: false });
  });

  it('shows a variant merged, under its own name, with the header saying which', () => {
    const loaded = loadScenarioFile(path.join(libraryFolder, 'new-service.yaml'));
    const shown = showScenario(loaded, 'daily CAB');
    expect(shown.split('\n')[0]).toBe(
      `# ${loaded.file}: variant "daily CAB" of "new service", merged, with every default written out`,
    );
    const deploy = parse(shown).valueStreams[0].steps.find(
      (step: { name: string }) => step.name === 'deploy',
    );
    expect(deploy.gate).toEqual({ every: '1d', at: '10h' });
    expect(parse(showScenario(loaded)).valueStreams[0].steps[4].gate).toEqual({
      every: '1w',
      at: 'Thu 10:00',
    });
  });

  it('refuses an unknown variant', () => {
    const loaded = loadScenarioFile(path.join(libraryFolder, 'pooling.yaml'));
    expect(() => selectScenario(loaded, 'pool')).toThrow(ScenarioError);
    expect(selectScenario(loaded)).toBe(loaded.baseline);
  });

  it.each(libraryFiles)('shows %s, baseline and variants, as text that loads to the same model', (file) => {
    const loaded = loadScenarioFile(path.join(libraryFolder, file));
    for (const scenario of [loaded.baseline, ...loaded.variants]) {
      const shown = showScenario(loaded, scenario.isBaseline ? undefined : scenario.name);
      const again = loadScenarioText(shown, path.join(libraryFolder, file)).baseline;
      expect(modelFacts(again.model)).toEqual(modelFacts(scenario.model));
      expect(again.settings).toEqual(scenario.settings);
    }
  });
});
