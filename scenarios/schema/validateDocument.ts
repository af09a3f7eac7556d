// Validates a scenario document against the schema and turns zod's issues into document problems: short
// statements with what was expected and found, unknown keys with the key meant, unions told apart by type.
import { z } from 'zod';
import { closestName } from './didYouMean.ts';
import { type DocumentPath, type DocumentProblem, describeValue } from './documentProblem.ts';
import { type ScenarioDocument, scenarioDocumentSchema } from './scenarioDocument.ts';

/**
 * The outcome of validating a document: the parsed document, or every problem found.
 * @example
 * const outcome: DocumentValidation = { ok: false, problems: [{ path: ['question'], message: 'missing' }] };
 */
export type DocumentValidation =
  | { readonly ok: true; readonly document: ScenarioDocument }
  | { readonly ok: false; readonly problems: readonly DocumentProblem[] };

/** zod's names of types, as problems say them. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a map',
  record: 'a map',
  array: 'a list',
  nonoptional: 'a value',
  never: 'nothing',
};

type Issue = z.core.$ZodIssue;

/** What an issue's parameters may carry (set by this layer's checks and leaf readers). */
interface IssueParameters {
  readonly expected?: string;
  readonly received?: string;
  readonly suggestion?: string;
  readonly wrongType?: boolean;
}

/**
 * Validates a document (plain data, as read from YAML) against the scenario schema.
 *
 * Problems are worded by this function from zod's issue data, not from zod's messages: an `invalid_type`
 * issue's message is, by this layer's convention, the phrase for what belongs there (a schema's own type
 * error gives it, else the word for zod's type); an unknown key gets the closest known key of its map as a
 * suggestion; a union whose alternatives all failed reports the alternative of the value's type.
 *
 * @param value - the document as plain data
 * @returns the parsed document, or every problem with its path in the document
 * @example
 * validateDocument({ question: 'q', teams: [], valueStreams: [], workTypes: [], run: { warmup: '1w' } });
 * // => { ok: false, problems: [{ path: ['run', 'warmup'], message: 'unknown key', suggestion: 'warmUp', ... }] }
 */
export function validateDocument(value: unknown): DocumentValidation {
  // The keys each map allows, recorded as zod meets an unknown key, for the suggestion.
  const knownKeys = new WeakMap<object, readonly string[]>();
  const result = scenarioDocumentSchema.safeParse(value, {
    reportInput: true,
    error: (issue) => {
      if (issue.code === 'unrecognized_keys' && issue.inst instanceof z.ZodObject && isObject(issue.input)) {
        knownKeys.set(issue.input, Object.keys(issue.inst.shape));
      }
      if (issue.code !== 'invalid_type') return undefined;
      const described =
        issue.inst === undefined ? undefined : z.globalRegistry.get(issue.inst as z.ZodType)?.description;
      return described ?? TYPE_WORDS[issue.expected] ?? issue.expected;
    },
  });
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => problemsOf(issue, [], knownKeys)) };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function parametersOf(issue: Issue): IssueParameters {
  return issue.code === 'custom' ? ((issue.params ?? {}) as IssueParameters) : {};
}

/** The problems one issue stands for, at `base` plus the issue's own path. */
function problemsOf(
  issue: Issue,
  base: DocumentPath,
  knownKeys: WeakMap<object, readonly string[]>,
): DocumentProblem[] {
  const path: DocumentPath = [
    ...base,
    ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
  ];
  const received = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_union':
      return unionProblems(issue, path, knownKeys);
    case 'unrecognized_keys': {
      const known = isObject(issue.input) ? (knownKeys.get(issue.input) ?? []) : [];
      return issue.keys.map((key) =>
        withSuggestion(
          {
            path: [...path, key],
            message: 'unknown key',
            expected: `one of ${known.join(', ')}`,
            received: JSON.stringify(key),
          },
          closestName(key, known),
        ),
      );
    }
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: 'missing', expected: issue.message }];
      return [{ path, message: 'wrong type', expected: issue.message, received }];
    case 'too_small':
    case 'too_big':
      return [
        {
          path,
          message: issue.code === 'too_small' ? 'too small' : 'too large',
          expected: boundPhrase(issue),
          received,
        },
      ];
    case 'invalid_value': {
      const values = issue.values.map(String);
      const suggestion = typeof issue.input === 'string' ? closestName(issue.input, values) : undefined;
      return [
        withSuggestion(
          { path, message: 'unknown value', expected: `one of ${values.join(', ')}`, received },
          suggestion,
        ),
      ];
    }
    case 'custom': {
      const parameters = parametersOf(issue);
      // A leaf reader's refusal shows the value; an object's own check says what it found, if anything.
      const fromLeaf = parameters.wrongType !== undefined && issue.input !== undefined;
      const shown = parameters.received ?? (fromLeaf ? received : undefined);
      const problem: DocumentProblem = {
        path,
        message: issue.message,
        ...(parameters.expected === undefined ? {} : { expected: parameters.expected }),
        ...(shown === undefined ? {} : { received: shown }),
      };
      return [withSuggestion(problem, parameters.suggestion)];
    }
    default:
      return [{ path, message: issue.message, received }];
  }
}

function withSuggestion(problem: DocumentProblem, suggestion: string | undefined): DocumentProblem {
  return suggestion === undefined ? problem : { ...problem, suggestion };
}

/** The bound a too_small or too_big issue names, in words: "a number >= 0", "at least 1 item". */
function boundPhrase(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array')
    return small ? (bound === 1 ? 'a non-empty list' : `at least ${bound} items`) : `at most ${bound} items`;
  if (issue.origin === 'string') return small ? 'non-empty text' : `at most ${bound} characters`;
  const inclusive = issue.inclusive ?? true;
  return `a number ${small ? '>' : '<'}${inclusive ? '=' : ''} ${bound}`;
}

/** Whether a union branch failed only because the value is not of its type at all. */
function failedOnType(branch: readonly Issue[]): boolean {
  return branch.every((issue) => {
    if (issue.path.length > 0) return false;
    if (issue.code === 'invalid_type') return true;
    if (issue.code === 'invalid_value')
      return !issue.values.some((value) => typeof value === typeof issue.input);
    return issue.code === 'custom' && parametersOf(issue).wrongType === true;
  });
}

/**
 * The problems of a union none of whose alternatives accepted the value: those of the alternatives of
 * the value's type (the first, if several), or else one problem naming every alternative.
 */
function unionProblems(
  issue: z.core.$ZodIssueInvalidUnion,
  path: DocumentPath,
  knownKeys: WeakMap<object, readonly string[]>,
): DocumentProblem[] {
  const candidates = issue.input === undefined ? [] : issue.errors.filter((branch) => !failedOnType(branch));
  const chosen = candidates[0];
  if (chosen !== undefined) return chosen.flatMap((branchIssue) => problemsOf(branchIssue, path, knownKeys));
  const alternatives = issue.errors.map((branch) => {
    const first = branch[0];
    if (first === undefined) return 'a value';
    if (first.code === 'invalid_value') return `one of ${first.values.map(String).join(', ')}`;
    return first.code === 'custom' ? (parametersOf(first).expected ?? first.message) : first.message;
  });
  return [
    {
      path,
      message: 'wrong type',
      expected: [...new Set(alternatives)].join(', or '),
      received: describeValue(issue.input),
    },
  ];
}
