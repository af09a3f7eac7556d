// Value streams: ordered steps that turn demand into value, each done by a team with a skill, with
// rework loops, WIP limits, scheduled gates, branches that end the stream, skips, and the restoration point.
import type { Distribution } from '../../random/index.ts';
import { _ruleProblem, type ModelProblem, type ProblemPath } from '../definition/modelProblem.ts';
import { _describeValue } from '../definition/untrustedValues.ts';

/**
 * A scheduled wait before a step starts, such as a weekly Change Advisory Board: every `every` hours at
 * `at`.
 * @example
 * const weeklyBoard: StepGate = { every: 168, at: 3 * 24 + 10 }; // => Thursdays at 10:00
 */
export interface StepGate {
  /** Period in hours (168 for weekly, 24 for daily). */
  readonly every: number;
  /** Offset within the period, hours (e.g. 3 * 24 + 10 for Thursday 10:00 in a weekly period). */
  readonly at: number;
}

/**
 * Waiting on a requester or a third party: with `probability`, the item is blocked for a drawn time
 * before the step.
 * @example
 * const waitOnUser: StepBlocking = { probability: 0.2, duration: exponential({ mean: 8 }) };
 * // => one item in five waits, eight hours on average
 */
export interface StepBlocking {
  readonly probability: number;
  readonly duration: Distribution;
}

/**
 * One step of a value stream.
 * @example
 * const fix: StepDefinition = { name: 'fix', teams: ['apps'], skill: 'apps' };
 * // => done by team apps with skill apps, its effort from the work type
 */
export interface StepDefinition {
  readonly name: string;
  /** The team or teams whose people can do the step. */
  readonly teams: readonly string[];
  /** The skill the step needs. */
  readonly skill: string;
  /** Effort in hours at expert speed when the work type gives none for this skill. */
  readonly effort?: Distribution;
  /** Probability of going back to `rework.toStep` after the step. */
  readonly rework?: { readonly probability: number; readonly toStep: string };
  /** Most items in the step at once (queued or in progress); more wait before it. Default Infinity. */
  readonly wipLimit?: number;
  /** A scheduled wait before the step (a meeting). */
  readonly gate?: StepGate;
  /** Blocking before the step. */
  readonly blocking?: StepBlocking;
  /** The stream ends after this step with this probability (e.g. first-line fix). */
  readonly exitProbability?: number;
  /** The stream ends after this step for items whose attribute of this name is true ('firstLineResolvable' is built in). */
  readonly exitWhen?: string;
  /**
   * Whether leaving the stream at this step's exit delivers value (a first-line fix does) or stops the
   * item without value (a business case rejected at "decide to invest"). Default true.
   */
  readonly exitDelivers?: boolean;
  /** The step is skipped for items whose attribute of this name is true. */
  readonly skipWhen?: string;
  /**
   * The step is done only for items whose attribute of this name is true (a tier or group the item
   * `needs`, see WorkTypeDefinition); the others skip it.
   */
  readonly onlyWhen?: string;
  /**
   * Hours an item takes to reach the step's queue from another step (a ticket in transit between groups:
   * an escalation or a bounce back); not at the stream's first step. It counts as blocked time.
   */
  readonly handoffDelay?: Distribution;
  /**
   * Extra effort, hours at expert speed, when the item comes from a team not among the step's teams (the
   * context lost at an escalation: the receiving group diagnoses again).
   */
  readonly rediagnosisEffort?: Distribution;
  /**
   * Misrouting ("ping-pong"): with `probability`, an item bound for this step from another step goes
   * first to a wrong group, another step of the stream with `onlyWhen`, chosen at random, which spends
   * `bounceEffort` finding the ticket is not theirs and sends it back here (each leg a reassignment, with
   * the steps' handoff delays).
   */
  readonly misrouting?: { readonly probability: number; readonly bounceEffort: Distribution };
  /** Value starts to flow when this step is done (service restored before the record is closed). */
  readonly restoresValue?: boolean;
}

/**
 * A value stream: a name and its ordered steps.
 * @example
 * const support: ValueStreamDefinition = { name: 'support', steps: [log, fix] }; // => log, then fix
 */
export interface ValueStreamDefinition {
  readonly name: string;
  readonly steps: readonly StepDefinition[];
}

/**
 * Every problem with a value stream's own structure (names, probabilities, limits, gates, rework
 * targets), all of them; references to teams and skills are the model's to check. The stream must have
 * the shape modelShapeProblems checks (a name, steps with string names, team lists and skills).
 * @param stream - the stream, of a sound shape
 * @param path - where the stream sits in the model definition, e.g. `['valueStreams', 0]`
 * @returns the problems, each naming the stream, the step and the field; empty for a sound stream
 * @example
 * valueStreamProblems({ name: 'support', steps: [{ name: 'log', teams: ['desk'], skill: 'triage',
 *   wipLimit: 0 }] }, ['valueStreams', 0]).map((problem) => problem.path);
 * // => [['valueStreams', 0, 'steps', 0, 'wipLimit']]
 */
export function valueStreamProblems(stream: ValueStreamDefinition, path: ProblemPath): ModelProblem[] {
  const where = `value stream "${stream.name}"`;
  const problems: ModelProblem[] = [];
  if (stream.name.length === 0)
    problems.push({ path: [...path, 'name'], message: 'a value stream needs a name' });
  if (stream.steps.length === 0) {
    problems.push({ path: [...path, 'steps'], message: `${where} needs at least one step` });
  }
  const names = new Set<string>();
  stream.steps.forEach((step, index) => {
    const at = `${where}, step ${index + 1} ("${step.name}")`;
    const stepPath = [...path, 'steps', index];
    const rule = (field: ProblemPath, expected: string, value: unknown): void => {
      problems.push(_ruleProblem([...stepPath, ...field], `${at}: ${field.join('.')}`, expected, value));
    };
    if (step.name.length === 0) {
      problems.push({ path: [...stepPath, 'name'], message: `${where}, step ${index + 1} needs a name` });
    } else if (names.has(step.name)) {
      problems.push({
        path: [...stepPath, 'name'],
        message: `${at}: the step name is used twice in the stream`,
      });
    } else names.add(step.name);
    if (step.teams.length === 0) {
      problems.push({ path: [...stepPath, 'teams'], message: `${at}: teams must name at least one team` });
    }
    if (step.skill.length === 0)
      problems.push({ path: [...stepPath, 'skill'], message: `${at}: skill must be named` });
    if (step.effort !== undefined && !isDistribution(step.effort)) {
      rule(['effort'], 'a distribution (e.g. exponential({ mean: 2 }))', step.effort);
    }
    for (const field of ['handoffDelay', 'rediagnosisEffort'] as const) {
      if (step[field] !== undefined && !isDistribution(step[field])) {
        rule([field], 'a distribution of hours (e.g. exponential({ mean: 0.5 }))', step[field]);
      }
    }
    if (step.blocking !== undefined && !isDistribution(step.blocking.duration)) {
      rule(['blocking', 'duration'], 'a distribution of hours', step.blocking.duration);
    }
    if (step.misrouting !== undefined) {
      if (!isDistribution(step.misrouting.bounceEffort)) {
        rule(['misrouting', 'bounceEffort'], 'a distribution of hours', step.misrouting.bounceEffort);
      }
      if (!stream.steps.some((other) => other !== step && other.onlyWhen !== undefined)) {
        rule(
          ['misrouting'],
          'another step of the stream with onlyWhen (a wrong group to go to)',
          step.misrouting,
        );
      }
    }
    for (const [field, value] of [
      [['misrouting', 'probability'], step.misrouting?.probability],
      [['rework', 'probability'], step.rework?.probability],
      [['exitProbability'], step.exitProbability],
      [['blocking', 'probability'], step.blocking?.probability],
    ] as const) {
      if (value !== undefined && !(value >= 0 && value <= 1)) rule(field, 'a probability in [0, 1]', value);
    }
    if (step.wipLimit !== undefined && !(Number.isInteger(step.wipLimit) && step.wipLimit >= 1)) {
      rule(['wipLimit'], 'an integer >= 1', step.wipLimit);
    }
    if (step.gate !== undefined) {
      const { every, at: opening } = step.gate;
      if (!(every > 0 && Number.isFinite(every))) rule(['gate', 'every'], 'a period in hours > 0', every);
      // Where the period itself is wrong, the offset cannot be judged against it.
      else if (!(opening >= 0 && opening < every)) rule(['gate', 'at'], `in [0, ${every}) hours`, opening);
    }
  });
  stream.steps.forEach((step, index) => {
    if (step.rework !== undefined && !names.has(step.rework.toStep)) {
      const steps = [...names].join(', ');
      problems.push({
        path: [...path, 'steps', index, 'rework', 'toStep'],
        message: `${where}, step ${index + 1} ("${step.name}"): rework.toStep "${step.rework.toStep}" is not a step of this stream (steps: ${steps})`,
        expected: `a step of this stream (${steps})`,
        received: _describeValue(step.rework.toStep),
      });
    }
  });
  return problems;
}

/**
 * Whether an item with these attributes skips the step (`skipWhen` true, or `onlyWhen` not true).
 * @example
 * skipsStep({ name: 'vendor fix', teams: ['vendor'], skill: 'apps', onlyWhen: 'vendor' }, { vendor: false }); // => true
 */
export function skipsStep(
  step: StepDefinition,
  attributes: Readonly<Record<string, boolean | number | string>>,
): boolean {
  return (
    (step.skipWhen !== undefined && attributes[step.skipWhen] === true) ||
    (step.onlyWhen !== undefined && attributes[step.onlyWhen] !== true)
  );
}

function isDistribution(value: unknown): boolean {
  return typeof (value as { sample?: unknown } | undefined)?.sample === 'function';
}

/**
 * The next time a gate opens at or after `time`.
 * @example
 * nextGateOpening({ every: 168, at: 82 }, 100); // => 250 (Thursday 10:00 of the next week)
 */
export function nextGateOpening(gate: StepGate, time: number): number {
  const periodStart = Math.floor(time / gate.every) * gate.every;
  const opening = periodStart + gate.at;
  return opening >= time ? opening : opening + gate.every;
}
