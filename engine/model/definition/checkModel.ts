// Checks a whole model definition and returns every problem, each with the path of the field at fault:
// the shape first, then each part on its own, then cross-references between the parts that were sound.
import { valueStreamProblems } from '../flow/valueStream.ts';
import { teamProblems } from '../people/teamDefinition.ts';
import { DEFAULT_PRIORITY_MATRIX, priorityLevels, priorityMatrixProblems } from '../work/priorityMatrix.ts';
import type { ModelDefinition } from './modelDefinition.ts';
import type { ModelProblem } from './modelProblem.ts';
import { _referenceProblems } from './modelReferenceChecks.ts';
import { modelShapeProblems } from './modelShapeChecks.ts';
import type { _SoundParts } from './staffingChecks.ts';
import { workTypeProblems } from './workTypeChecks.ts';

/**
 * Every problem with a model definition, all at once, each with the path of the field at fault (for a
 * scenario file, its line and column), the readable message, and what was expected and received.
 *
 * Three phases, each reading only what the one before found sound:
 * 1. the shape ({@link modelShapeProblems}): wrong types and unknown fields; if there are any, they are
 *    all that is returned, as nothing else can be read safely;
 * 2. each part on its own: the priority matrix, every team and its people, every value stream, every
 *    work type; the parts without problems are recorded as sound;
 * 3. cross-references, only between sound parts, so that no problem reported is a consequence of
 *    another (a step staffed by an unknown or broken team does not also report that nobody has its skill):
 *    duplicate names, calendars, step teams and skills, steps demand reaches, efforts, attributes,
 *    services, elastic teams, service desks, sampleEveryHours, slaHours, replayed tickets' names.
 *
 * Never throws for bad input: a definition with no problems is one `compileModel` can compile.
 *
 * @param definition - the model as given (untrusted: a scenario file, or a script with a typo)
 * @returns the problems, in phase order; an empty list for a sound model
 * @example
 * checkModel({ ...model, sampleEveryHours: 0 });
 * // => [{ path: ['sampleEveryHours'], expected: 'a finite number of hours > 0', received: '0',
 * //       message: 'sampleEveryHours must be a finite number of hours > 0, got 0' }]
 */
export function checkModel(definition: unknown): ModelProblem[] {
  const shape = modelShapeProblems(definition);
  if (shape.length > 0) return shape;
  const model = definition as ModelDefinition;
  const { problems, sound } = partProblems(model);
  return [...problems, ..._referenceProblems(model, sound)];
}

// Phase 2: each part's own problems, and which parts have none.
function partProblems(model: ModelDefinition): { problems: ModelProblem[]; sound: _SoundParts } {
  const problems: ModelProblem[] = [];
  const matrixProblems =
    model.priorityMatrix === undefined ? [] : priorityMatrixProblems(model.priorityMatrix);
  problems.push(...matrixProblems);
  // A broken matrix is reported; the default one bounds the weights and priorities checked below.
  const matrix =
    matrixProblems.length === 0 ? (model.priorityMatrix ?? DEFAULT_PRIORITY_MATRIX) : DEFAULT_PRIORITY_MATRIX;
  const soundIndices = <Part>(
    parts: readonly Part[],
    problemsOf: (part: Part, index: number) => ModelProblem[],
  ): Set<number> => {
    const sound = new Set<number>();
    parts.forEach((part, index) => {
      const own = problemsOf(part, index);
      if (own.length === 0) sound.add(index);
      problems.push(...own);
    });
    return sound;
  };
  const teams = soundIndices(model.teams, (team, index) => teamProblems(team, ['teams', index]));
  const streams = soundIndices(model.valueStreams, (stream, index) =>
    valueStreamProblems(stream, ['valueStreams', index]),
  );
  const size = { impacts: matrix.cells.length, urgencies: matrix.cells[0]!.length };
  const workTypes = soundIndices(model.workTypes, (type, index) =>
    workTypeProblems(type, size, ['workTypes', index]),
  );
  return { problems, sound: { teams, streams, workTypes, priorityCount: priorityLevels(matrix) } };
}
