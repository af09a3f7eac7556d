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
  | { readonly kind: 'documented'; readonly location: string }
  | { readonly kind: 'undocumented'; readonly location: string }
  | { readonly kind: 'not-found' };

type ReadSource = (filePath: string) => string | undefined;

const DECLARATION_KEYWORDS = String.raw`(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:class|function\s*\*?|const|let|var|type|interface)`;

function readFromRepository(filePath: string): string | undefined {
  const absolute = path.join(repositoryRoot, filePath);
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
}

/** engine/index.ts and every engine/<layer>/index.ts that exists, repository-relative. */
function layerIndexFiles(): string[] {
  const folders = readdirSync(path.join(repositoryRoot, 'engine'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `engine/${entry.name}/index.ts`);
  return ['engine/index.ts', ...folders]
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

/** True when the last non-blank line before `lineIndex` closes a comment that opened with `/**`. */
function hasDocCommentBefore(lines: readonly string[], lineIndex: number): boolean {
  let index = lineIndex - 1;
  while (index >= 0 && lines[index]?.trim() === '') index--;
  if (index < 0 || !lines[index]?.trimEnd().endsWith('*/')) return false;
  while (index >= 0 && !lines[index]?.includes('/*')) index--;
  return index >= 0 && (lines[index]?.trimStart().startsWith('/**') ?? false);
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
      return hasDocCommentBefore(lines, lineIndex)
        ? { kind: 'documented', location }
        : { kind: 'undocumented', location };
    }
  }
  const reexport = exportedNames(filePath, text).find(
    (entry) => entry.name === name && entry.from !== filePath,
  );
  return reexport === undefined
    ? { kind: 'not-found' }
    : findDeclaration(name, reexport.from, readSource, depth + 1);
}

/** Problems with the exports of one index file, as readable lines. */
function undocumentedExports(indexPath: string, readSource: ReadSource): string[] {
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
  }
  return problems;
}

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
