// A parsed scenario document turned into the engine's model definition and the run settings, with the
// trace of where the definition's parts came from and the problems the engine's factories raised.
import type { ServiceModelDefinition } from '../../engine/index.ts';
import type { DocumentProblem, ScenarioDocument } from '../schema/index.ts';
import { buildCalendar } from './buildCalendar.ts';
import type { ReplayFound } from './buildContext.ts';
import { attempt, type BuildContext, type ReadScenarioFile } from './buildContext.ts';
import { buildDistribution } from './buildDistribution.ts';
import { buildAssignment, buildQueueOrder } from './buildPolicies.ts';
import { buildTeams } from './buildTeams.ts';
import { buildValueStreams } from './buildValueStreams.ts';
import { buildWorkTypes } from './buildWorkTypes.ts';
import { DefinitionTrace } from './definitionTrace.ts';
import { type RunSettings, runSettingsOf } from './runSettings.ts';

/**
 * What a build makes of a document: the definition, the run settings, the trace from definition paths
 * to document paths, and the problems the engine's factories raised (none, for a valid document, in all
 * but corner cases such as a mean so small that its rate overflows; a definition with problems is
 * incomplete and must not be compiled).
 *
 * @example
 * const built: BuiltScenario = buildScenario(document, { readFile });
 * built.problems.length === 0 ? createServiceModel(built.definition) : undefined; // => a model
 */
export interface BuiltScenario {
  readonly definition: ServiceModelDefinition;
  readonly settings: RunSettings;
  readonly trace: DefinitionTrace;
  readonly problems: readonly DocumentProblem[];
  /** The replayed files, in the order the work types name them. */
  readonly replays: readonly ReplayFound[];
  /** What was accepted but looks wrong (an export's repeated ids, gaps, misspelt columns). */
  readonly warnings: readonly string[];
}

/**
 * Builds the engine's model definition from a parsed document: calendars, teams (elastic capacity into
 * the definition's `elastic` by team name), value streams, work types, services, the priority matrix,
 * SLA targets by priority (`sla.P2` is `slaHours[1]`; priorities without a target have none), policies,
 * service desks (`answerTarget` in hours), no per-item step records, and the sampling interval of
 * `run.sampleEvery`. Each move of a part is recorded in the trace, so that the engine's problems can be
 * reported at the document's node.
 *
 * @param document - a parsed, valid document
 * @param options - `readFile` reads a file the scenario names (a ticket CSV), relative to its folder
 * @returns the definition, the settings, the trace and the problems
 * @example
 * buildScenario(document, { readFile }).definition.slaHours; // => [4, 8, 24, 72] for { P1: 4h, P2: 8h, P3: 1d, P4: 3d }
 */
export function buildScenario(
  document: ScenarioDocument,
  options: { readonly readFile: ReadScenarioFile },
): BuiltScenario {
  const trace = new DefinitionTrace();
  const problems: DocumentProblem[] = [];
  const context: BuildContext = { trace, problems, readFile: options.readFile, replays: [], warnings: [] };
  const calendars = Object.fromEntries(
    Object.entries(document.calendars ?? {}).flatMap(([name, spec]) => {
      const calendar = attempt(context, ['calendars', name], () => buildCalendar(spec));
      return calendar === undefined ? [] : [[name, calendar] as const];
    }),
  );
  const { teams, elastic } = buildTeams(document.teams, context);
  const parties = Object.fromEntries(
    Object.entries(document.parties ?? {}).map(([name, party]) => {
      const delay = party.handoffDelay;
      const handoffDelay =
        delay === undefined
          ? undefined
          : attempt(context, ['parties', name, 'handoffDelay'], () => buildDistribution(delay));
      return [name, handoffDelay === undefined ? {} : { handoffDelay }] as const;
    }),
  );
  trace.record(['priorityMatrix', 'cells'], ['priorityMatrix']);
  trace.record(['queueOrder'], ['policies', 'queueOrder']);
  trace.record(['assignment'], ['policies', 'assignment']);
  trace.record(['sampleEveryHours'], ['run', 'sampleEvery']);
  const queueOrder = attempt(context, ['policies', 'queueOrder'], () =>
    buildQueueOrder(document.policies.queueOrder),
  );
  const definition: ServiceModelDefinition = {
    teams,
    valueStreams: buildValueStreams(document.valueStreams, context),
    workTypes: buildWorkTypes(document.workTypes, context),
    ...(document.calendars === undefined ? {} : { calendars }),
    ...(document.services === undefined ? {} : { services: document.services }),
    ...(document.parties === undefined ? {} : { parties }),
    priorityMatrix: { cells: document.priorityMatrix },
    ...(document.sla === undefined ? {} : { slaHours: slaHoursOf(document.sla, trace) }),
    ...(Object.keys(elastic).length === 0 ? {} : { elastic }),
    ...(queueOrder === undefined ? {} : { queueOrder }),
    assignment: buildAssignment(document.policies.assignment),
    ...(document.serviceDesks === undefined
      ? {}
      : { serviceDesks: serviceDesksOf(document.serviceDesks, trace) }),
    keepRecords: false,
    sampleEveryHours: document.run.sampleEvery,
  };
  const settings = runSettingsOf(document);
  const replayEnd = Math.max(...context.replays.map((replay) => replay.lastArrivalHours));
  return {
    definition,
    settings: context.replays.length === 0 ? settings : { ...settings, replayEndHours: replayEnd },
    trace,
    problems,
    replays: context.replays,
    warnings: context.warnings,
  };
}

/** SLA targets by priority as the definition's list: P1 first; a priority without a target has none. */
function slaHoursOf(sla: NonNullable<ScenarioDocument['sla']>, trace: DefinitionTrace): number[] {
  const targets = Object.entries(sla).map(([priority, hours]) => ({
    level: Number(priority.slice(1)),
    priority,
    hours,
  }));
  const levels = Math.max(0, ...targets.map((target) => target.level));
  const slaHours = new Array<number>(levels).fill(Number.POSITIVE_INFINITY);
  for (const target of targets) {
    slaHours[target.level - 1] = target.hours;
    trace.record(['slaHours', target.level - 1], ['sla', target.priority]);
  }
  return slaHours;
}

function serviceDesksOf(desks: NonNullable<ScenarioDocument['serviceDesks']>, trace: DefinitionTrace) {
  return desks.map((desk, index) => {
    trace.record(['serviceDesks', index, 'answerTargetHours'], ['serviceDesks', index, 'answerTarget']);
    return { valueStream: desk.valueStream, step: desk.step, answerTargetHours: desk.answerTarget };
  });
}
