// A scenario file's YAML parsed for loading: plain data for validation, and the node of any path with its
// line and column for problems; syntax errors, duplicate keys, alias bombs and deep nesting become problems.
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { DocumentPath } from '../schema/index.ts';
import type { ScenarioProblem } from './scenarioProblem.ts';

/** Most uses of aliases expanded: enough for any real file, too few for a "billion laughs" bomb. */
const MOST_ALIAS_USES = 100;

/** Deepest nesting accepted; a scenario needs about a dozen levels, so more is a mistake or an attack. */
const DEEPEST_NESTING = 64;

/**
 * A parsed scenario file: its plain data, and where in the file each path's node is.
 * @example
 * const source = parseYamlSource('run: { warmup: 1w }\n', 'a.yaml');
 * source.ok && source.source.locate(['run', 'warmup'], 'key'); // => { line: 1, column: 8 }
 */
export interface YamlSource {
  readonly file: string;
  /** The document as plain data (maps as objects, sequences as arrays). */
  readonly value: unknown;
  /**
   * The 1-based line and column of the node at `path`, or of its nearest existing ancestor when the path
   * goes further than the document (a missing key). `part: 'key'` points at a map entry's key instead of
   * its value (for an unknown key).
   */
  locate(path: DocumentPath, part?: 'value' | 'key'): { readonly line: number; readonly column: number };
}

/**
 * The outcome of parsing: the source, or the problems that stop loading before validation.
 * @example
 * const parsed: YamlParsing = parseYamlSource('a: [1, 2\n', 'a.yaml'); // => { ok: false, problems: [...] }
 */
export type YamlParsing =
  | { readonly ok: true; readonly source: YamlSource }
  | { readonly ok: false; readonly problems: ScenarioProblem[] };

/**
 * Parses a scenario file's text with yaml's `parseDocument` and a `LineCounter`: duplicate keys are errors
 * (`uniqueKeys`), alias expansion is capped (a bomb is refused, not expanded), nesting deeper than 64
 * levels, keys that are not plain names and `__proto__` keys are refused, and the document must be a
 * map. Every syntax error is a problem with its line and column.
 *
 * @param text - the file's text
 * @param file - the file's name, for problems
 * @returns the parsed source, or the problems
 * @example
 * parseYamlSource('name: pooling\n', 'pooling.yaml').ok; // => true
 */
export function parseYamlSource(text: string, file: string): YamlParsing {
  const lineCounter = new LineCounter();
  const at = (offset: number, path: DocumentPath, message: string): ScenarioProblem => {
    const position = lineCounter.linePos(offset);
    return { file, line: position.line, column: position.col, path, message };
  };
  let document: ReturnType<typeof parseDocument>;
  try {
    // logLevel 'error': yaml then prints no warnings to the console, but still reports a second document
    // ('silent' would drop that error and load the first document alone).
    document = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      logLevel: 'error',
    });
  } catch (error) {
    // The composer recurses per level of nesting; a pathologically deep file can exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, problems: [at(0, [], `the YAML is nested too deeply to read (${error.message})`)] };
  }
  const syntax = [...document.errors, ...document.warnings].map((error) =>
    at(
      error.pos[0],
      pathAt(document.contents, error.pos[0]),
      `YAML: ${error.message.split('\n')[0] ?? error.code}`,
    ),
  );
  if (syntax.length > 0) return { ok: false, problems: syntax };
  const shape = shapeProblems(document.contents, at);
  if (shape.length > 0) return { ok: false, problems: shape };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MOST_ALIAS_USES });
  } catch (error) {
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    const alias = firstAlias(document.contents);
    const message = `aliases expand to too much data (more than ${MOST_ALIAS_USES} uses); write the values out or use fewer aliases`;
    return { ok: false, problems: [at(alias?.range?.[0] ?? 0, [], message)] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message =
      value === null || value === undefined
        ? 'the file is empty'
        : 'a scenario file is a map of keys (name, question, teams, ...)';
    return { ok: false, problems: [at(document.contents?.range?.[0] ?? 0, [], message)] };
  }
  const locate = (path: DocumentPath, part: 'value' | 'key' = 'value') => {
    const position = lineCounter.linePos(offsetOf(document.contents, path, part));
    return { line: position.line, column: position.col };
  };
  return { ok: true, source: { file, value, locate } };
}

/** The children of a collection node with the key each sits under. */
function childrenOf(node: Node): { key: string | number; node: Node | null; keyNode?: Node }[] {
  if (isMap(node)) {
    return node.items.map((pair) => ({
      key: isScalar(pair.key) ? String(pair.key.value) : '?',
      node: (pair.value as Node | null) ?? null,
      ...(isPair(pair) && pair.key !== null && typeof pair.key === 'object'
        ? { keyNode: pair.key as Node }
        : {}),
    }));
  }
  if (isSeq(node))
    return node.items.map((item, index) => ({ key: index, node: (item as Node | null) ?? null }));
  return [];
}

/** Checked without recursion, since the point is to refuse what is too deep: depth and keys. */
function shapeProblems(
  root: Node | null,
  at: (offset: number, path: DocumentPath, message: string) => ScenarioProblem,
): ScenarioProblem[] {
  const pending: { node: Node; path: (string | number)[] }[] =
    root === null ? [] : [{ node: root, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, path } = next;
    if (path.length > DEEPEST_NESTING) {
      return [at(node.range?.[0] ?? 0, path.slice(0, 8), `nested more than ${DEEPEST_NESTING} levels deep`)];
    }
    if (!isCollection(node)) continue;
    for (const child of childrenOf(node)) {
      if (child.keyNode !== undefined && !isScalar(child.keyNode)) {
        return [at(child.keyNode.range?.[0] ?? 0, path, 'a key must be a plain name, not a list or a map')];
      }
      // Plain objects treat this key as their prototype: a map read with it would silently lose it.
      if (isMap(node) && child.key === '__proto__') {
        return [at(child.keyNode?.range?.[0] ?? 0, [...path, child.key], 'a key may not be named __proto__')];
      }
      if (child.node !== null) pending.push({ node: child.node, path: [...path, child.key] });
    }
  }
  return [];
}

function firstAlias(root: Node | null): Node | undefined {
  const pending: Node[] = root === null ? [] : [root];
  for (let node = pending.shift(); node !== undefined; node = pending.shift()) {
    if (isAlias(node)) return node;
    for (const child of childrenOf(node)) if (child.node !== null) pending.push(child.node);
  }
  return undefined;
}

/** The deepest path whose node's range holds `offset` (where a syntax error sits). */
function pathAt(root: Node | null, offset: number): DocumentPath {
  const path: (string | number)[] = [];
  let node = root;
  while (node !== null && isCollection(node) && path.length <= DEEPEST_NESTING) {
    const inside = childrenOf(node).find((child) => {
      const range = child.node?.range ?? child.keyNode?.range;
      const start = child.keyNode?.range?.[0] ?? range?.[0];
      return range != null && start !== undefined && offset >= start && offset <= range[1];
    });
    if (inside === undefined) break;
    path.push(inside.key);
    node = inside.node;
  }
  return path;
}

/** The offset of the node at `path`, or of its nearest existing ancestor. */
function offsetOf(root: Node | null, path: DocumentPath, part: 'value' | 'key'): number {
  let node = root;
  let offset = root?.range?.[0] ?? 0;
  for (const [index, key] of path.entries()) {
    if (node === null || !isCollection(node)) break;
    const child = childrenOf(node).find((candidate) => candidate.key === (isSeq(node) ? key : String(key)));
    if (child === undefined) break;
    const last = index === path.length - 1;
    const target =
      last && part === 'key' ? (child.keyNode ?? child.node) : (child.node ?? child.keyNode ?? null);
    offset = target?.range?.[0] ?? offset;
    node = child.node;
  }
  return offset;
}
