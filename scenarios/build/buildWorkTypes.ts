// Parsed work types turned into the engine's work type definitions: arrival sources, efforts, values and
// patience built into engine objects, intake, deferral and automation into the engine's rules.
import {
  automationRule,
  type Distribution,
  deferralRule,
  intakeLimit,
  type WorkTypeDefinition,
} from '../../engine/index.ts';
import type { DistributionSpec, DocumentPath, WorkTypeSpec } from '../schema/index.ts';
import { buildArrival } from './buildArrivals.ts';
import { attempt, type BuildContext } from './buildContext.ts';
import { buildDistribution } from './buildDistribution.ts';
import { definedFields } from './definedFields.ts';

/**
 * Builds the engine's work types. Fields mirror the document's except `deadline` and `valueLife`, which
 * are the definition's `deadlineHours` and `valueLifeHours` (recorded in the trace). Fixed values stay numbers where the engine takes
 * them (value, cost of delay, deadline, service impact); a patience or effort is always a distribution.
 * A part the engine refuses is left out, its problem recorded (the build then fails as a whole).
 *
 * @param types - the parsed work types
 * @param context - the build (trace, problems, file reading)
 * @returns the work type definitions, in order
 * @example
 * buildWorkTypes([workTypeSchema.parse({ name: 'call', valueStream: 's', arrivals: [{ poisson: { rate: '3/h' } }] })],
 *   context)[0]?.arrivals[0]?.kind; // => 'poisson'
 */
export function buildWorkTypes(types: readonly WorkTypeSpec[], context: BuildContext): WorkTypeDefinition[] {
  return types.map((type, index) => buildWorkType(type, ['workTypes', index], context));
}

function buildWorkType(type: WorkTypeSpec, path: DocumentPath, context: BuildContext): WorkTypeDefinition {
  const at = (...keys: (string | number)[]): DocumentPath => [...path, ...keys];
  const distribution = (where: DocumentPath, spec: DistributionSpec | number): Distribution | undefined =>
    attempt(context, where, () => buildDistribution(spec));
  const numberOr = (
    where: DocumentPath,
    spec: DistributionSpec | number,
  ): number | Distribution | undefined => (typeof spec === 'number' ? spec : distribution(where, spec));
  const { arrivals, effort, classOfServiceWeights, valuePerHour, costOfDelayPerHour, deadline, patience } =
    type;
  const { service, intake, deferral, automation, ...fields } = type;
  const efforts =
    effort === undefined
      ? undefined
      : Object.entries(effort).flatMap(([skill, spec]) => {
          const built = distribution(at('effort', skill), spec);
          return built === undefined ? [] : [[skill, built] as const];
        });
  if (deadline !== undefined) context.trace.record(at('deadlineHours'), at('deadline'));
  if (fields.valueLife !== undefined) context.trace.record(at('valueLifeHours'), at('valueLife'));
  const value = numberOr(at('valuePerHour'), valuePerHour);
  const costOfDelay =
    costOfDelayPerHour === undefined ? undefined : numberOr(at('costOfDelayPerHour'), costOfDelayPerHour);
  const deadlineHours = deadline === undefined ? undefined : numberOr(at('deadline'), deadline);
  const patienceDistribution = patience === undefined ? undefined : distribution(at('patience'), patience);
  const impact = service === undefined ? undefined : numberOr(at('service', 'impact'), service.impact);
  return {
    name: fields.name,
    category: fields.category,
    valueStream: fields.valueStream,
    requesters: fields.requesters,
    // With needs, first line resolves what needs no group; a share given beside them is the engine's to refuse.
    ...(fields.needs === undefined || fields.firstLineResolvable !== 0
      ? { firstLineResolvable: fields.firstLineResolvable }
      : {}),
    adoptionShortfall: fields.adoptionShortfall,
    slaBreachPenalty: fields.slaBreachPenalty,
    reworkPenalty: fields.reworkPenalty,
    ...definedFields({
      impactWeights: fields.impactWeights,
      urgencyWeights: fields.urgencyWeights,
      entitlementWeights: fields.entitlementWeights,
      attributes: fields.attributes,
      needs: fields.needs,
      problems: fields.problems,
      valueLifeHours: fields.valueLife,
    }),
    arrivals: arrivals.flatMap(
      (source, sourceIndex) => buildArrival(source, type.name, at('arrivals', sourceIndex), context) ?? [],
    ),
    ...(efforts === undefined ? {} : { effort: Object.fromEntries(efforts) }),
    ...(classOfServiceWeights === undefined
      ? {}
      : { classOfServiceWeights: definedFields(classOfServiceWeights) }),
    ...(value === undefined ? {} : { valuePerHour: value }),
    ...(costOfDelay === undefined ? {} : { costOfDelayPerHour: costOfDelay }),
    ...(deadlineHours === undefined ? {} : { deadlineHours }),
    ...(patienceDistribution === undefined ? {} : { patience: patienceDistribution }),
    ...(service === undefined || impact === undefined ? {} : { service: { name: service.name, impact } }),
    ...definedFields({
      intake:
        intake === undefined
          ? undefined
          : attempt(context, at('intake'), () => intakeLimit(intakeParameters(intake))),
      deferral:
        deferral === undefined ? undefined : attempt(context, at('deferral'), () => deferralRule(deferral)),
      automation:
        automation === undefined
          ? undefined
          : attempt(context, at('automation'), () =>
              automationRule({ share: automation.share, durationHours: automation.duration }),
            ),
    }),
  };
}

function intakeParameters(intake: NonNullable<WorkTypeSpec['intake']>): Parameters<typeof intakeLimit>[0] {
  const { perRequester, perPeriod } = intake;
  return {
    ...(perRequester === undefined ? {} : { perRequester }),
    ...(perPeriod === undefined
      ? {}
      : { perPeriod: { count: perPeriod.count, periodHours: perPeriod.period, scope: perPeriod.scope } }),
  };
}
