// Value streams: ordered steps that turn demand into value, each done by a team with a skill, with
// rework loops, WIP limits, scheduled gates, branches that end the stream, skips, and the restoration point.
import type { Distribution } from '../../random/index.ts';
import { _describeValue } from '../people/skillLevel.ts';

/** A scheduled wait before a step starts, such as a weekly Change Advisory Board: every `every` hours at `at`. */
export interface StepGate {
  /** Period in hours (168 for weekly, 24 for daily). */
  readonly every: number;
  /** Offset within the period, hours (e.g. 3 * 24 + 10 for Thursday 10:00 in a weekly period). */
  readonly at: number;
}

/** Waiting on a requester or a third party: with `probability`, the item is blocked for a drawn time before the step. */
export interface StepBlocking {
  readonly probability: number;
  readonly duration: Distribution;
}

/** One step of a value stream. */
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
  /** Value starts to flow when this step is done (service restored before the record is closed). */
  readonly restoresValue?: boolean;
}

/** A value stream: a name and its ordered steps. */
export interface ValueStreamDefinition {
  readonly name: string;
  readonly steps: readonly StepDefinition[];
}

/**
 * Checks a value stream's own structure (names, probabilities, limits, rework targets); references to
 * teams and skills are checked when the whole model is compiled.
 * @throws Error naming the stream, the step and the field
 * @example
 * validateValueStream({ name: 'support', steps: [{ name: 'log', teams: ['desk'], skill: 'triage' }] }); // ok
 */
export function validateValueStream(stream: ValueStreamDefinition): void {
  const where = `value stream "${stream.name}"`;
  if (stream.name.length === 0) throw new Error('a value stream needs a name');
  if (stream.steps.length === 0) throw new Error(`${where} needs at least one step`);
  const names = new Set<string>();
  stream.steps.forEach((step, index) => {
    const at = `${where}, step ${index + 1} ("${step.name}")`;
    if (step.name.length === 0) throw new Error(`${where}, step ${index + 1} needs a name`);
    if (names.has(step.name)) throw new Error(`${at}: the step name is used twice in the stream`);
    names.add(step.name);
    if (step.teams.length === 0) throw new Error(`${at}: teams must name at least one team`);
    if (step.skill.length === 0) throw new Error(`${at}: skill must be named`);
    if (step.effort !== undefined && typeof (step.effort as { sample?: unknown }).sample !== 'function') {
      throw new Error(
        `${at}: effort must be a distribution (e.g. exponential({ mean: 2 })), got ${_describeValue(step.effort)}`,
      );
    }
    if (
      step.blocking !== undefined &&
      typeof (step.blocking.duration as { sample?: unknown } | undefined)?.sample !== 'function'
    ) {
      throw new Error(
        `${at}: blocking.duration must be a distribution of hours, got ${_describeValue(step.blocking.duration)}`,
      );
    }
    checkProbability(at, 'rework.probability', step.rework?.probability);
    checkProbability(at, 'exitProbability', step.exitProbability);
    checkProbability(at, 'blocking.probability', step.blocking?.probability);
    if (step.wipLimit !== undefined && !(Number.isInteger(step.wipLimit) && step.wipLimit >= 1)) {
      throw new Error(`${at}: wipLimit must be an integer >= 1, got ${step.wipLimit}`);
    }
    if (step.gate !== undefined) {
      if (!(step.gate.every > 0 && Number.isFinite(step.gate.every))) {
        throw new Error(`${at}: gate.every must be a period in hours > 0, got ${step.gate.every}`);
      }
      if (!(step.gate.at >= 0 && step.gate.at < step.gate.every)) {
        throw new Error(`${at}: gate.at must be in [0, ${step.gate.every}) hours, got ${step.gate.at}`);
      }
    }
  });
  stream.steps.forEach((step, index) => {
    if (step.rework !== undefined && !names.has(step.rework.toStep)) {
      throw new Error(
        `${where}, step ${index + 1} ("${step.name}"): rework.toStep "${step.rework.toStep}" is not a step of this stream (steps: ${[...names].join(', ')})`,
      );
    }
  });
}

function checkProbability(where: string, field: string, value: number | undefined): void {
  if (value !== undefined && !(value >= 0 && value <= 1)) {
    throw new Error(`${where}: ${field} must be a probability in [0, 1], got ${value}`);
  }
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
