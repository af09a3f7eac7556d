// STYLE.md rules 6 and 14: each layer's index.ts lists its exports by name (no `export *`), and every
// exported name is declared with a TSDoc comment right before it. Biome cannot check either; this does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, withoutComments } from '../helpers/sourceFiles.ts';

/** One name an index file exports, and the file its `from` clause points at. */
interface ExportedName {
  readonly name: string;
  readonly from: string;
}

/** Where an exported name is declared, and the problem with it, if any. */
type Finding =
  | { readonly kind: 'documented'; readonly location: string; readonly hasExample: boolean }
  | { readonly kind: 'undocumented'; readonly location: string }
  | { readonly kind: 'not-found' };

type ReadSource = (filePath: string) => string | undefined;

const DECLARATION_KEYWORDS = String.raw`(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:class|function\s*\*?|const|let|var|type|interface)`;

function readFromRepository(filePath: string): string | undefined {
  const absolute = path.join(repositoryRoot, filePath);
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
}

/**
 * engine/index.ts, every engine/<layer>/index.ts, scenarios/index.ts, every scenarios/<part>/index.ts,
 * reports/index.ts and every reports/<part>/index.ts that exists, repository-relative.
 */
function layerIndexFiles(): string[] {
  const folders = ['engine', 'scenarios', 'reports'].flatMap((root) =>
    readdirSync(path.join(repositoryRoot, root), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${root}/${entry.name}/index.ts`),
  );
  return ['engine/index.ts', 'scenarios/index.ts', 'reports/index.ts', ...folders]
    .filter((filePath) => readFromRepository(filePath) !== undefined)
    .sort();
}

/** The names a module exports with `export { a, b as c } from '...'`, `export type {...} from` or a declaration. */
function exportedNames(filePath: string, text: string): ExportedName[] {
  const code = withoutComments(text);
  const names: ExportedName[] = [];
  for (const match of code.matchAll(/\bexport\s+(?:type\s+)?\{([^}]*)\}\s*(?:from\s*(['"])([^'"]+)\2)?/g)) {
    const from = match[3] === undefined ? filePath : path.posix.join(path.posix.dirname(filePath), match[3]);
    for (const item of (match[1] ?? '').split(',')) {
      const original = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]
        ?.trim();
      if (original) names.push({ name: original, from });
    }
  }
  for (const match of code.matchAll(
    new RegExp(String.raw`^\s*export\s+${DECLARATION_KEYWORDS}\s+(\w+)`, 'gm'),
  )) {
    if (match[1] !== undefined) names.push({ name: match[1], from: filePath });
  }
  return names;
}

/**
 * The doc comment right before `lineIndex` (the last non-blank lines close a comment that opened with
 * `/**`), as text, or undefined when there is none.
 */
function docCommentBefore(lines: readonly string[], lineIndex: number): string | undefined {
  let index = lineIndex - 1;
  while (index >= 0 && lines[index]?.trim() === '') index--;
  if (index < 0 || !lines[index]?.trimEnd().endsWith('*/')) return undefined;
  const end = index;
  while (index >= 0 && !lines[index]?.includes('/*')) index--;
  if (index < 0 || !(lines[index]?.trimStart().startsWith('/**') ?? false)) return undefined;
  return lines.slice(index, end + 1).join('\n');
}

/** Finds the declaration of `name` in `filePath`, following re-exports, and checks its doc comment. */
function findDeclaration(name: string, filePath: string, readSource: ReadSource, depth = 0): Finding {
  const text = readSource(filePath);
  if (text === undefined || depth > 5) return { kind: 'not-found' };
  const lines = text.split('\n');
  const exported = new RegExp(String.raw`^\s*export\s+${DECLARATION_KEYWORDS}\s+${name}\b`);
  // A name declared without `export` and exported later by an `export { name }` list.
  const local = new RegExp(String.raw`^\s*${DECLARATION_KEYWORDS}\s+${name}\b`);
  for (const pattern of [exported, local]) {
    const lineIndex = lines.findIndex((line) => pattern.test(line));
    if (lineIndex >= 0) {
      const location = `${filePath}:${lineIndex + 1}`;
      const comment = docCommentBefore(lines, lineIndex);
      return comment === undefined
        ? { kind: 'undocumented', location }
        : { kind: 'documented', location, hasExample: comment.includes('@example') };
    }
  }
  const reexport = exportedNames(filePath, text).find(
    (entry) => entry.name === name && entry.from !== filePath,
  );
  return reexport === undefined
    ? { kind: 'not-found' }
    : findDeclaration(name, reexport.from, readSource, depth + 1);
}

/**
 * Problems with the exports of one index file, as readable lines; with `requireExample`, a doc comment
 * without an `@example` is one too.
 */
function undocumentedExports(indexPath: string, readSource: ReadSource, requireExample = false): string[] {
  const problems: string[] = [];
  for (const { name, from } of exportedNames(indexPath, readSource(indexPath) ?? '')) {
    const finding = findDeclaration(name, from, readSource);
    if (finding.kind === 'not-found')
      problems.push(`${indexPath} exports ${name}, but no declaration was found in ${from}`);
    if (finding.kind === 'undocumented') {
      problems.push(
        `${indexPath} exports ${name}, declared at ${finding.location} without a /** doc comment before it`,
      );
    }
    if (finding.kind === 'documented' && requireExample && !finding.hasExample) {
      problems.push(
        `${indexPath} exports ${name}, declared at ${finding.location} with no @example in its doc comment`,
      );
    }
  }
  return problems;
}

/** Every name the engine's public API exports, values and types: a change here is a change of the surface. */
const PUBLIC_API = [
  // Building and running a service model.
  'LiveReplication',
  'ReplicationOptions',
  'ReplicationResults',
  'ServiceModel',
  'ServiceModelDefinition',
  'createServiceModel',
  'runServiceReplication',
  'startServiceReplication',
  'ModelProblem',
  'PersonDefinition',
  'StepDefinition',
  'TeamDefinition',
  'ValueStreamDefinition',
  'WorkTypeDefinition',
  'checkModel',
  'ModelError',
  'DurationError',
  'formatDuration',
  'parseDuration',
  // Demand, shaping, working time.
  'ArrivalSource',
  'automationRule',
  'batchArrivals',
  'burstArrivals',
  'deferralRule',
  'elasticCapacityRule',
  'intakeLimit',
  'parseTicketCsv',
  'poissonArrivals',
  'profiledArrivals',
  'replayArrivals',
  'scheduledArrivals',
  'TicketCsvError',
  'WorkingCalendar',
  'weeklyRateProfile',
  // Policies and their contracts.
  'AssignmentContext',
  'AssignmentPolicy',
  'CandidateView',
  'QueueOrder',
  'QueueOrderContext',
  'WorkItem',
  'ageing',
  'bestSkilled',
  'byResourceAvailability',
  'classOfServiceOrder',
  'closestToSlaBreach',
  'costOfDelay',
  'entitlementTiers',
  'firstInFirstOut',
  'highestValueFirst',
  'lastInFirstOut',
  'leastLoaded',
  'longestFirst',
  'randomAssignment',
  'roundRobin',
  'shortestFirst',
  'thenBy',
  'triage',
  'weightedShortestJobFirst',
  // Results.
  'FlowSummary',
  'ItemRecordsView',
  'ServiceResults',
  'ValueResults',
  'WorkItemTraceEvent',
  // Randomness.
  'Distribution',
  'Rng',
  'constant',
  'empirical',
  'erlang',
  'exponential',
  'gamma',
  'lognormal',
  'pert',
  'stream',
  'triangular',
  'truncatedNormal',
  'uniform',
  'weibull',
  // A queueing model of one's own.
  'TraceEvent',
  'process',
  'Simulation',
  'timeout',
  'ZeroTimeLoopError',
  'erlangC',
  'erlangWaitInQueue',
  'priorityOrder',
  'Resource',
  'SharedResource',
  'confidenceInterval',
  'pairedDifference',
];

/** The names of PUBLIC_API that are types (they vanish at run time). */
const PUBLIC_TYPES = new Set([
  'LiveReplication',
  'ReplicationOptions',
  'ReplicationResults',
  'ServiceModel',
  'ServiceModelDefinition',
  'ModelProblem',
  'PersonDefinition',
  'StepDefinition',
  'TeamDefinition',
  'ValueStreamDefinition',
  'WorkTypeDefinition',
  'ArrivalSource',
  'AssignmentContext',
  'AssignmentPolicy',
  'CandidateView',
  'QueueOrder',
  'QueueOrderContext',
  'WorkItem',
  'FlowSummary',
  'ItemRecordsView',
  'ServiceResults',
  'ValueResults',
  'WorkItemTraceEvent',
  'Distribution',
  'Rng',
  'TraceEvent',
]);

describe('undocumentedExports', () => {
  it('accepts a documented declaration and reports an undocumented, a plain-comment and a missing one', () => {
    const sources = new Map<string, string>([
      [
        'engine/demo/index.ts',
        "export { good, plain } from './things.ts';\nexport type { Bare, Missing } from './things.ts';\nexport { Relayed } from './relay.ts';",
      ],
      [
        'engine/demo/things.ts',
        [
          '// header',
          '/**',
          ' * Documented.',
          ' */',
          'export function good(): void {}',
          '/* not a doc comment */',
          'export const plain = 1;',
          '',
          'export interface Bare {}',
        ].join('\n'),
      ],
      ['engine/demo/relay.ts', "export { Relayed } from './deep.ts';"],
      ['engine/demo/deep.ts', '/** Documented two files down. */\n\nexport class Relayed {}'],
    ]);
    expect(undocumentedExports('engine/demo/index.ts', (filePath) => sources.get(filePath))).toEqual([
      'engine/demo/index.ts exports plain, declared at engine/demo/things.ts:7 without a /** doc comment before it',
      'engine/demo/index.ts exports Bare, declared at engine/demo/things.ts:9 without a /** doc comment before it',
      'engine/demo/index.ts exports Missing, but no declaration was found in engine/demo/things.ts',
    ]);
  });
});

describe('engine/index.ts, the public API', () => {
  it('exports exactly the curated names, well under 100', async () => {
    const names = exportedNames('engine/index.ts', readFromRepository('engine/index.ts') ?? '').map(
      (entry) => entry.name,
    );
    expect([...names].sort()).toEqual([...PUBLIC_API].sort());
    expect(names.length).toBeLessThan(90);
    const engine: Record<string, unknown> = await import('../../engine/index.ts');
    expect(Object.keys(engine).sort()).toEqual(PUBLIC_API.filter((name) => !PUBLIC_TYPES.has(name)).sort());
  });

  it('documents every name with a doc comment that has an @example', () => {
    const problems = undocumentedExports('engine/index.ts', readFromRepository, true);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('reports/index.ts, the public API of reports', () => {
  it('documents every name with a doc comment that has an @example', () => {
    const problems = undocumentedExports('reports/index.ts', readFromRepository, true);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('engine layer index files', () => {
  it('list their exports by name, never with export *', () => {
    const indexFiles = layerIndexFiles();
    expect(indexFiles).toContain('engine/kernel/index.ts');
    const starExports = indexFiles.filter((filePath) =>
      /\bexport\s*\*/.test(withoutComments(readFromRepository(filePath) ?? '')),
    );
    expect(starExports, 'list each export by name (STYLE.md rule 6)').toEqual([]);
  });

  it('export only names declared with a /** doc comment right before the declaration', () => {
    const problems = layerIndexFiles().flatMap((filePath) =>
      undocumentedExports(filePath, readFromRepository),
    );
    expect(problems, `STYLE.md rule 14:\n${problems.join('\n')}`).toEqual([]);
  });

  it('give the kernel exactly its documented API', async () => {
    const names = exportedNames('engine/kernel/index.ts', readFromRepository('engine/kernel/index.ts') ?? '');
    expect(names.map((entry) => entry.name).sort()).toEqual(
      [
        'EventCalendar',
        'EventHandler',
        'EventId',
        'Interrupt',
        'KernelEvent',
        'MAX_EVENT_PRIORITY',
        'MIN_EVENT_PRIORITY',
        'Process',
        'ProcessGenerator',
        'RunOptions',
        'RunStoppedEvent',
        'SimEvent',
        'SimEventCallback',
        'SimEventState',
        'Simulation',
        'StopReason',
        'TraceEvent',
        'WarmUpEndedEvent',
        'Yieldable',
        'ZeroTimeLoopError',
        'process',
        'timeout',
        'waitFor',
      ].sort(),
    );
    // Types vanish at run time; the values that remain are exactly the classes, functions and constants.
    const kernel: Record<string, unknown> = await import('../../engine/kernel/index.ts');
    expect(Object.keys(kernel).sort()).toEqual(
      [
        'EventCalendar',
        'Interrupt',
        'MAX_EVENT_PRIORITY',
        'MIN_EVENT_PRIORITY',
        'Process',
        'SimEvent',
        'Simulation',
        'ZeroTimeLoopError',
        'process',
        'timeout',
        'waitFor',
      ].sort(),
    );
  });
});
