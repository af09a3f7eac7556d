// Parsed value streams turned into the engine's value stream definitions: steps keep their fields, with
// efforts, blocking times, handoff delays and re-diagnosis built into distributions and gates already in
// hours.
import type { StepDefinition, ValueStreamDefinition } from '../../engine/index.ts';
import type { ValueStreamSpec } from '../schema/index.ts';
import { attempt, type BuildContext } from './buildContext.ts';
import { buildDistribution } from './buildDistribution.ts';
import { definedFields } from './definedFields.ts';

/**
 * Builds the engine's value streams. Step fields mirror the document's, so the engine's problems (an
 * unknown team, a skill nobody has, a rework target that is not a step) point at the same paths.
 *
 * @param streams - the parsed value streams
 * @param context - the build (problems)
 * @returns the value stream definitions, in order
 * @example
 * buildValueStreams([{ name: 's', steps: [{ name: 'fix', teams: ['desk'], skill: 'apps', effort: 0.5,
 *   exitDelivers: true, restoresValue: false }] }], context)[0]?.steps[0]?.effort?.kind; // => 'constant'
 */
export function buildValueStreams(
  streams: readonly ValueStreamSpec[],
  context: BuildContext,
): ValueStreamDefinition[] {
  return streams.map((stream, streamIndex) => ({
    name: stream.name,
    steps: stream.steps.map((step, stepIndex): StepDefinition => {
      const path = ['valueStreams', streamIndex, 'steps', stepIndex];
      const { effort, blocking, handoffDelay, rediagnosisEffort, misrouting, ...fields } = step;
      const built: StepDefinition = definedFields(fields);
      const distributionAt = (field: string, spec: typeof effort) =>
        spec === undefined ? undefined : attempt(context, [...path, field], () => buildDistribution(spec));
      const effortDistribution = distributionAt('effort', effort);
      const bounceEffort =
        misrouting === undefined
          ? undefined
          : attempt(context, [...path, 'misrouting', 'bounceEffort'], () =>
              buildDistribution(misrouting.bounceEffort),
            );
      const blockingDuration =
        blocking === undefined
          ? undefined
          : attempt(context, [...path, 'blocking', 'duration'], () => buildDistribution(blocking.duration));
      return {
        ...built,
        ...(effortDistribution === undefined ? {} : { effort: effortDistribution }),
        ...definedFields({
          handoffDelay: distributionAt('handoffDelay', handoffDelay),
          rediagnosisEffort: distributionAt('rediagnosisEffort', rediagnosisEffort),
        }),
        ...(misrouting === undefined || bounceEffort === undefined
          ? {}
          : { misrouting: { probability: misrouting.probability, bounceEffort } }),
        ...(blocking === undefined || blockingDuration === undefined
          ? {}
          : { blocking: { probability: blocking.probability, duration: blockingDuration } }),
      };
    }),
  }));
}
