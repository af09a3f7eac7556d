// The flat, indexed form of a model that the simulation runs on (types only): people, steps, streams and
// work types by index, per-skill arrays, as compileModel (compileModel.ts) builds it from a checked model.
import type { Distribution } from '../../random/index.ts';
import type { StepDefinition } from '../flow/valueStream.ts';
import type { PersonDefinition } from '../people/personDefinition.ts';
import type { WorkingCalendar } from '../people/workingCalendar.ts';
import type { PriorityMatrix } from '../work/priorityMatrix.ts';
import type { WorkTypeDefinition } from '../work/workType.ts';
import type { ElasticRule, ModelDefinition } from './modelDefinition.ts';

/**
 * A person, compiled: per-skill arrays indexed by skill index.
 * @example
 * compileModel(definition).people[0]?.levels[0]; // => 2 when the first person is an expert in the first skill
 */
export interface CompiledPerson {
  readonly index: number;
  readonly name: string;
  readonly team: number;
  readonly definition: PersonDefinition;
  /** Level rank per skill (0 none). */
  readonly levels: Float64Array;
  readonly speeds: Float64Array;
  readonly firstTimeSuccess: Float64Array;
  /** Working calendar, or undefined for 24x7. */
  readonly calendar: WorkingCalendar | undefined;
  readonly maxInHand: number;
  readonly contextSwitchPenalty: readonly number[] | undefined;
  readonly costPerHour: number;
  readonly onCall: boolean;
}

/**
 * A step, compiled: its global index, stream, skill index and the people who can do it.
 * @example
 * compileModel(definition).steps[1]?.reworkTo; // => 0 when step 2 sends rework back to step 1
 */
export interface CompiledStep {
  readonly index: number;
  readonly stream: number;
  readonly position: number;
  readonly definition: StepDefinition;
  readonly skill: number;
  readonly teams: readonly number[];
  /** People of the step's teams with the skill, in person order. */
  readonly eligible: readonly number[];
  /** Global index of the rework target step, or -1. */
  readonly reworkTo: number;
  /** Global indices of the steps a misrouted item may wrongly go to (its stream's other onlyWhen steps). */
  readonly misrouteTo: readonly number[];
}

/**
 * A model ready to run: what compileModel returns for a definition that checkModel found sound.
 * @example
 * compileModel(definition).skills; // => ['triage', 'apps'] (in the order people, steps and efforts name them)
 */
export interface CompiledModel {
  readonly definition: ModelDefinition;
  readonly skills: readonly string[];
  readonly teams: readonly { readonly name: string; readonly people: readonly number[] }[];
  readonly people: readonly CompiledPerson[];
  readonly steps: readonly CompiledStep[];
  /** First global step index of each value stream, and its step count. */
  readonly streams: readonly {
    readonly name: string;
    readonly firstStep: number;
    readonly stepCount: number;
  }[];
  readonly workTypes: readonly {
    readonly definition: WorkTypeDefinition;
    readonly stream: number;
    readonly service: number;
  }[];
  readonly priorityMatrix: PriorityMatrix;
  readonly priorityCount: number;
  readonly elasticByTeam: readonly (ElasticRule | undefined)[];
  /** Each team's party (index into `partyDelays`), or -1. */
  readonly partyOfTeam: Int32Array;
  /** Each party's handoff delay, in the order `parties` lists them (undefined: none). */
  readonly partyDelays: readonly (Distribution | undefined)[];
}
