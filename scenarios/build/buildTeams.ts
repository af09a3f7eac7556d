// Parsed teams turned into the engine's team definitions (people and presets as they are), and each team's
// elastic capacity into the definition's `elastic` rules by team name, traced back to the team's node.
import { elasticCapacityRule, type PersonDefinition, type TeamDefinition } from '../../engine/index.ts';
import type { TeamSpec } from '../schema/index.ts';
import { attempt, type BuildContext } from './buildContext.ts';
import { definedFields } from './definedFields.ts';

/** An elastic rule as the engine's factory makes it (the engine's index exports the factory only). */
type ElasticCapacityRule = ReturnType<typeof elasticCapacityRule>;

/**
 * The teams of a definition and the elastic rules of those that have one.
 * @example
 * const built: BuiltTeams = { teams: [{ name: 'desk', people: [] }], elastic: {} };
 */
export interface BuiltTeams {
  readonly teams: TeamDefinition[];
  readonly elastic: Record<string, ElasticCapacityRule>;
}

/**
 * Builds the engine's teams. People and presets keep their fields (the engine checks skills, levels and
 * shapes, and its problems point at the same paths in the document); a team's `elastic` becomes the
 * definition's `elastic[<team name>]`, recorded in the trace so that its problems point at the team.
 *
 * @param teams - the parsed teams
 * @param context - the build (trace and problems)
 * @returns the team definitions and the elastic rules by team name
 * @example
 * buildTeams([{ name: 'desk', handoverAtShiftEnd: false, costPerTicket: 0, preset: { shape: 'I', skills: ['A'], count: 2 },
 *   elastic: { queueAbove: 4, queueBelow: 1, joinDelay: 0.5, costMultiplier: 1.5 } }], context).elastic.desk?.joinDelayHours;
 * // => 0.5
 */
export function buildTeams(teams: readonly TeamSpec[], context: BuildContext): BuiltTeams {
  const elastic: Record<string, ElasticCapacityRule> = {};
  const built = teams.map((team, index): TeamDefinition => {
    const { elastic: elasticSpec, people, preset, ...fields } = team;
    if (elasticSpec !== undefined) {
      const path = ['teams', index, 'elastic'];
      context.trace.record(['elastic', team.name], path);
      const rule = attempt(context, path, () =>
        elasticCapacityRule({
          queueAbove: elasticSpec.queueAbove,
          queueBelow: elasticSpec.queueBelow,
          joinDelayHours: elasticSpec.joinDelay,
          costMultiplier: elasticSpec.costMultiplier,
        }),
      );
      if (rule !== undefined) elastic[team.name] = rule;
    }
    return {
      ...definedFields(fields),
      // Performance tables are keyed by level names the engine checks, so they are passed as they are.
      ...(people === undefined
        ? {}
        : { people: people.map((person) => definedFields(person) as PersonDefinition) }),
      ...(preset === undefined
        ? {}
        : { preset: definedFields(preset) as NonNullable<TeamDefinition['preset']> }),
    };
  });
  return { teams: built, elastic };
}
