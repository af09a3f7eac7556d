// Engine problems are paths in the model definition; the build's trace maps them back to the document where
// the structure differs (elastic, SLA targets, policies, the matrix), and the loader reports them there.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildScenario } from '../../../scenarios/build/buildScenario.ts';
import { DefinitionTrace } from '../../../scenarios/build/definitionTrace.ts';
import { loadScenarioText } from '../../../scenarios/load/loadScenario.ts';
import { ScenarioError } from '../../../scenarios/load/scenarioProblem.ts';
import { validateDocument } from '../../../scenarios/schema/validateDocument.ts';
import { scenarioText } from './scenarioText.ts';

function traceOf(text: string): DefinitionTrace {
  const validation = validateDocument(parse(text));
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return buildScenario(validation.document, { readFile: () => '' }).trace;
}

function problemsOf(text: string) {
  try {
    loadScenarioText(text, 'trace.yaml');
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected the scenario to be refused');
}

describe('DefinitionTrace', () => {
  it('maps a path by its longest recorded prefix and keeps the rest; other paths are unchanged', () => {
    const trace = new DefinitionTrace();
    trace.record(['priorityMatrix', 'cells'], ['priorityMatrix']);
    trace.record(['elastic', 'desk'], ['teams', 2, 'elastic']);
    expect(trace.documentPathOf(['priorityMatrix', 'cells', 1, 2])).toEqual(['priorityMatrix', 1, 2]);
    expect(trace.documentPathOf(['elastic', 'desk', 'queueBelow'])).toEqual([
      'teams',
      2,
      'elastic',
      'queueBelow',
    ]);
    expect(trace.documentPathOf(['teams', 0, 'people', 1])).toEqual(['teams', 0, 'people', 1]);
  });

  it('records where the build moved parts of the document', () => {
    const trace = traceOf(
      scenarioText({
        teams: [
          { name: 'desk', preset: { shape: 'I', skills: ['A'], count: 2 }, elastic: { queueAbove: 3 } },
        ],
        sla: { P1: '4h', P2: '8h' },
        serviceDesks: [{ valueStream: 'stream', step: 'do', answerTarget: '30s' }],
        workTypes: [{ name: 'work', valueStream: 'stream', deadline: '2w' }],
      }),
    );
    expect(trace.documentPathOf(['elastic', 'desk'])).toEqual(['teams', 0, 'elastic']);
    expect(trace.documentPathOf(['slaHours', 1])).toEqual(['sla', 'P2']);
    expect(trace.documentPathOf(['queueOrder'])).toEqual(['policies', 'queueOrder']);
    expect(trace.documentPathOf(['assignment'])).toEqual(['policies', 'assignment']);
    expect(trace.documentPathOf(['sampleEveryHours'])).toEqual(['run', 'sampleEvery']);
    expect(trace.documentPathOf(['serviceDesks', 0, 'answerTargetHours'])).toEqual([
      'serviceDesks',
      0,
      'answerTarget',
    ]);
    expect(trace.documentPathOf(['workTypes', 0, 'deadlineHours'])).toEqual(['workTypes', 0, 'deadline']);
  });

  it('suggests the name meant when an engine problem lists the names it expected', () => {
    const trace = new DefinitionTrace();
    const problem = trace.documentProblemOf({
      path: ['valueStreams', 0, 'steps', 0, 'teams', 0],
      message: 'team "dsk" does not exist',
      expected: 'a team of the model (desk, apps)',
      received: '"dsk"',
    });
    expect(problem.suggestion).toBe('desk');
  });
});

describe("the engine's problems in a file", () => {
  it('reports a priority matrix row of the wrong length at the row in the file', () => {
    const problems = problemsOf(`${scenarioText()}priorityMatrix:\n  - [1, 2]\n  - [2]\n`);
    expect(problems).toEqual([
      expect.objectContaining({
        path: ['priorityMatrix', 1],
        line: 29,
        column: 5,
        message: expect.stringContaining('has 1 columns'),
      }),
    ]);
  });

  it('reports a work type of an unknown value stream at its valueStream, with the name meant', () => {
    const problems = problemsOf(scenarioText({ workTypes: [{ name: 'work', valueStream: 'straem' }] }));
    expect(problems[0]).toMatchObject({ path: ['workTypes', 0, 'valueStream'], suggestion: 'stream' });
  });

  it('reports a service desk step that does not exist at its step', () => {
    const problems = problemsOf(
      scenarioText({ serviceDesks: [{ valueStream: 'stream', step: 'answer', answerTarget: '30s' }] }),
    );
    expect(problems[0]).toMatchObject({
      path: ['serviceDesks', 0, 'step'],
      message: expect.stringContaining('does not exist'),
    });
  });
});
