// A minimal valid scenario for tests, as YAML text, with parts replaced or added: one team of two experts in
// skill A, one stream with one step, one work type arriving at 1/h with 30 minutes of effort.
import { stringify } from 'yaml';

/** The minimal scenario as data: every test starts from it and replaces what it is about. */
export const MINIMAL_SCENARIO: Readonly<Record<string, unknown>> = {
  name: 'minimal',
  question: 'Does the minimal scenario load?',
  teams: [{ name: 'desk', preset: { shape: 'I', skills: ['A'], count: 2 } }],
  valueStreams: [{ name: 'stream', steps: [{ name: 'do', teams: ['desk'], skill: 'A' }] }],
  workTypes: [
    {
      name: 'work',
      valueStream: 'stream',
      arrivals: [{ poisson: { rate: '1/h' } }],
      effort: { A: { exponential: { mean: '30m' } } },
    },
  ],
};

/**
 * The minimal scenario with top-level keys replaced or added, as YAML text.
 * @example
 * scenarioText({ run: { replications: 5 } }); // => 'name: minimal\nquestion: ...\nrun:\n  replications: 5\n...'
 */
export function scenarioText(changes: Readonly<Record<string, unknown>> = {}): string {
  return stringify({ ...MINIMAL_SCENARIO, ...changes });
}

/**
 * The minimal scenario whose work type has the given fields replaced or added, as YAML text.
 * @example
 * workTypeText({ patience: { exponential: { mean: '10m' } } });
 */
export function workTypeText(fields: Readonly<Record<string, unknown>>): string {
  const [workType] = MINIMAL_SCENARIO.workTypes as Record<string, unknown>[];
  return scenarioText({ workTypes: [{ ...workType, ...fields }] });
}
