// STYLE.md rule 1 and ARCHITECTURE.md: each engine layer imports only from its own folder or the layers
// before it (kernel, random, stats, resources, model, value, policies, runner), never from outside engine/,
// and another layer only through its index; the command imports only the public API, engine/index.ts;
// reports/ sits above scenarios/ and reaches it and the engine only through their index files.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SourceFile, typeScriptFiles, withoutComments } from '../helpers/sourceFiles.ts';

/** The engine's layers, lowest first; a folder may import from itself and from those before it. */
const LAYERS = ['kernel', 'random', 'stats', 'resources', 'model', 'value', 'policies', 'runner'];

/** Top-level folders that sit above the whole engine and that it must never import. */
const ABOVE_ENGINE = ['scenarios', 'reports', 'cli'];

const IMPORT_PATTERNS = [
  /\b(?:import|export)\b[^;'"]*?\bfrom\s*(['"])([^'"]+)\1/g, // import ... from '...', export ... from '...'
  /\bimport\s*(['"])([^'"]+)\1/g, // import '...' (side effects only)
  /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g, // import('...')
];

/** The relative module specifiers a file imports or re-exports, in order of appearance per pattern. */
function relativeSpecifiers(text: string): string[] {
  const code = withoutComments(text);
  const specifiers: string[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[2];
      if (specifier?.startsWith('.')) specifiers.push(specifier);
    }
  }
  return specifiers;
}

/** The layer a path belongs to: a folder name, 'engine root' for engine/*.ts, undefined outside engine/. */
function layerOf(filePath: string): string | undefined {
  const segments = filePath.split('/');
  if (segments[0] !== 'engine') return undefined;
  return segments.length === 2 ? 'engine root' : segments[1];
}

/** Every import that breaks the layer order or leaves engine/, as "engine/x/y.ts imports engine/z/w.ts (...)". */
function layerViolations(files: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const sourceLayer = layerOf(file.path);
    if (sourceLayer === undefined) continue;
    if (sourceLayer !== 'engine root' && !LAYERS.includes(sourceLayer)) {
      violations.push(
        `${file.path} is in engine/${sourceLayer}, which is not a layer (${LAYERS.join(', ')})`,
      );
      continue;
    }
    for (const specifier of relativeSpecifiers(file.text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier));
      const targetLayer = layerOf(target);
      if (targetLayer === undefined) {
        const folder = target.split('/')[0] ?? target;
        const why = ABOVE_ENGINE.includes(folder) ? `${folder} is above the engine` : 'it is outside engine/';
        violations.push(`${file.path} imports ${target} (${why})`);
        continue;
      }
      // The engine's own index.ts gathers every layer; inside a layer, files import each other freely.
      if (sourceLayer === 'engine root' || targetLayer === sourceLayer) continue;
      if (targetLayer === 'engine root' || LAYERS.indexOf(targetLayer) > LAYERS.indexOf(sourceLayer)) {
        violations.push(`${file.path} imports ${target} (${targetLayer} is above ${sourceLayer})`);
      } else if (!LAYERS.includes(targetLayer)) {
        violations.push(`${file.path} imports ${target} (engine/${targetLayer} is not a layer)`);
      } else if (target !== `engine/${targetLayer}/index.ts`) {
        violations.push(
          `${file.path} imports ${target} (another layer's internal file: import engine/${targetLayer}/index.ts)`,
        );
      }
    }
  }
  return violations;
}

describe('relativeSpecifiers', () => {
  it('finds static, multi-line, re-export, side-effect and dynamic imports but not comments or packages', () => {
    const text = [
      "import { Observable } from 'rxjs';",
      "import type { Rng } from '../random/stream.ts';",
      'import {',
      '  first,',
      '  second,',
      "} from './multiLine.ts';",
      "export { thing } from './reexported.ts';",
      "export type { Shape } from './shapes.ts';",
      "import './sideEffect.ts';",
      "const lazy = await import('../stats/lazy.ts');",
      "// import { old } from '../runner/commentedOut.ts';",
      "/* export * from '../model/blockComment.ts'; */",
    ].join('\n');
    expect(relativeSpecifiers(text)).toEqual([
      '../random/stream.ts',
      './multiLine.ts',
      './reexported.ts',
      './shapes.ts',
      './sideEffect.ts',
      '../stats/lazy.ts',
    ]);
  });
});

describe('layerViolations', () => {
  it('reports an import from a later layer, from outside engine/ and from an unknown folder', () => {
    const files: SourceFile[] = [
      { path: 'engine/kernel/clock.ts', text: "import { tally } from '../stats/tally.ts';" },
      { path: 'engine/resources/pool.ts', text: "import { Rng } from '../random/index.ts';" },
      {
        path: 'engine/policies/order.ts',
        text: "import type { WorkItem } from '../model/work/workItem.ts';",
      },
      { path: 'engine/model/team.ts', text: "import { load } from '../../scenarios/load.ts';" },
      { path: 'engine/runner/replicate.ts', text: "import { api } from '../index.ts';" },
      { path: 'engine/index.ts', text: "export { replicate } from './runner/replicate.ts';" },
      { path: 'engine/helpers/misc.ts', text: '' },
    ];
    expect(layerViolations(files)).toEqual([
      'engine/kernel/clock.ts imports engine/stats/tally.ts (stats is above kernel)',
      "engine/policies/order.ts imports engine/model/work/workItem.ts (another layer's internal file: import engine/model/index.ts)",
      'engine/model/team.ts imports scenarios/load.ts (scenarios is above the engine)',
      'engine/runner/replicate.ts imports engine/index.ts (engine root is above runner)',
      'engine/helpers/misc.ts is in engine/helpers, which is not a layer (kernel, random, stats, resources, model, value, policies, runner)',
    ]);
  });
});

describe('engine/ layers', () => {
  it('import only from their own folder or earlier layers, and never from scenarios/, reports/ or cli/', () => {
    const files = typeScriptFiles('engine');
    expect(files.length).toBeGreaterThan(0);
    const violations = layerViolations(files);
    expect(violations, `layer order: ${LAYERS.join(' < ')}\n${violations.join('\n')}`).toEqual([]);
  });
});

/** Imports of engine/ from a folder outside it that reach past `allowed`, as readable lines. */
function engineImportsOutside(files: readonly SourceFile[], allowed: (target: string) => boolean): string[] {
  const violations: string[] = [];
  for (const file of files) {
    for (const specifier of relativeSpecifiers(file.text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier));
      if (target.startsWith('engine/') && !allowed(target)) violations.push(`${file.path} imports ${target}`);
    }
  }
  return violations;
}

/** Imports of scenarios/ from cli/ that reach past its index, as readable lines. */
function scenarioImportsOutside(files: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    for (const specifier of relativeSpecifiers(file.text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier));
      if (target.startsWith('scenarios/') && target !== 'scenarios/index.ts') {
        violations.push(`${file.path} imports ${target} (import scenarios/index.ts)`);
      }
    }
  }
  return violations;
}

/**
 * Imports that break the rule of reports/: it may import scenarios/ and the engine only through their
 * index files, and no folder below it (engine/, scenarios/) may import reports/.
 */
function reportImportViolations(files: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const folder = file.path.split('/')[0];
    for (const specifier of relativeSpecifiers(file.text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier));
      if (folder === 'reports') {
        if (target.startsWith('engine/') && target !== 'engine/index.ts') {
          violations.push(`${file.path} imports ${target} (import engine/index.ts)`);
        } else if (target.startsWith('scenarios/') && target !== 'scenarios/index.ts') {
          violations.push(`${file.path} imports ${target} (import scenarios/index.ts)`);
        } else if (target.startsWith('cli/')) {
          violations.push(`${file.path} imports ${target} (cli is above reports)`);
        }
      } else if (folder !== 'cli' && target.startsWith('reports/')) {
        violations.push(`${file.path} imports ${target} (reports is above ${folder})`);
      }
    }
  }
  return violations;
}

describe('reportImportViolations', () => {
  it('reports an internal scenarios or engine file from reports/, and reports/ from below it', () => {
    const files: SourceFile[] = [
      { path: 'reports/charts/wip.ts', text: "import type { RunDocument } from '../../scenarios/index.ts';" },
      { path: 'reports/charts/bad.ts', text: "import { x } from '../../scenarios/results/runSeries.ts';" },
      { path: 'reports/charts/worse.ts', text: "import { y } from '../../engine/stats/index.ts';" },
      { path: 'scenarios/results/up.ts', text: "import { z } from '../../reports/index.ts';" },
    ];
    expect(reportImportViolations(files)).toEqual([
      'reports/charts/bad.ts imports scenarios/results/runSeries.ts (import scenarios/index.ts)',
      'reports/charts/worse.ts imports engine/stats/index.ts (import engine/index.ts)',
      'scenarios/results/up.ts imports reports/index.ts (reports is above scenarios)',
    ]);
  });
});

describe('reports/', () => {
  it('imports scenarios/ and engine/ only through their index files, and nothing below it imports reports/', () => {
    const files = ['reports', 'scenarios', 'engine'].flatMap((folder) => typeScriptFiles(folder));
    expect(files.some((file) => file.path.startsWith('reports/'))).toBe(true);
    const violations = reportImportViolations(files);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('is reached from cli/ only through reports/index.ts', () => {
    const violations = typeScriptFiles('cli').flatMap((file) =>
      relativeSpecifiers(file.text)
        .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier)))
        .filter((target) => target.startsWith('reports/') && target !== 'reports/index.ts')
        .map((target) => `${file.path} imports ${target} (import reports/index.ts)`),
    );
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

describe('code outside engine/', () => {
  it('reaches the engine only through engine/index.ts from scenarios/ and cli/, and through an index from bench/', () => {
    const layerIndex = (target: string): boolean => /^engine\/([a-z]+\/)?index\.ts$/.test(target);
    const publicApi = (target: string): boolean => target === 'engine/index.ts';
    const violations = [
      ...engineImportsOutside(typeScriptFiles('scenarios'), publicApi),
      ...engineImportsOutside(typeScriptFiles('cli'), publicApi),
      ...engineImportsOutside(typeScriptFiles('bench'), layerIndex),
      ...scenarioImportsOutside(typeScriptFiles('cli')),
    ];
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
