// Provenance of a merged scenario document: for each of its parts, where in the file it was written (the
// baseline, a variant, or a --set override), so that a problem points at the line that caused it.
import type { DocumentPath } from '../schema/index.ts';

/**
 * Where a part of a merged document was written: its path in the YAML file, and for a value set on the
 * command line, the override that set it. Children are listed only where they were written elsewhere
 * than under this part's own path (a variant's key merged into a baseline map); a child not listed was
 * written at this path plus its key, like everything below it.
 *
 * @example
 * const merged: Origin = { path: ['teams', 0], children: new Map([['preset', { path: ['variants', 0, 'teams', 0, 'preset'] }]]) };
 * originOf(merged, ['name']).path; // => ['teams', 0, 'name'] (from the baseline)
 */
export interface Origin {
  readonly path: DocumentPath;
  /** The override that set this value, as the user wrote it: `teams.desk.preset.count=5`. */
  readonly override?: string;
  readonly children?: ReadonlyMap<string | number, Origin>;
}

/**
 * The origin of a part written at `path` in the file, with everything below it.
 * @example
 * writtenAt(['variants', 1, 'run']).path; // => ['variants', 1, 'run']
 */
export function writtenAt(path: DocumentPath, override?: string): Origin {
  return override === undefined ? { path } : { path, override };
}

/**
 * The origin of the child under `key`: listed, or else written under this part's path.
 * @example
 * childOrigin(writtenAt(['run']), 'seed').path; // => ['run', 'seed']
 */
export function childOrigin(origin: Origin, key: string | number): Origin {
  return origin.children?.get(key) ?? writtenAt([...origin.path, key], origin.override);
}

/**
 * The origin of the part at `path` of a merged document (a path past the document's end, such as a
 * missing key, keeps its extra keys: the file is then searched for the nearest node that exists).
 * @example
 * originOf(writtenAt([]), ['teams', 0, 'preset']).path; // => ['teams', 0, 'preset']
 */
export function originOf(root: Origin, path: DocumentPath): Origin {
  return path.reduce<Origin>((origin, key) => childOrigin(origin, key), root);
}

/**
 * The same provenance with the part at `path` now set by an override (a new value written nowhere in
 * the file: problems point at where it would be, and say which override set it).
 * @example
 * originOf(withOverride(writtenAt([]), ['run', 'seed'], 'run.seed=5'), ['run', 'seed']).override; // => 'run.seed=5'
 */
export function withOverride(root: Origin, path: DocumentPath, override: string): Origin {
  const [key, ...rest] = path;
  if (key === undefined) return writtenAt(root.path, override);
  const children = new Map(root.children ?? []);
  children.set(key, withOverride(childOrigin(root, key), rest, override));
  return { ...root, children };
}
