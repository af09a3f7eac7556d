// Suggestions for misspelt names: the known name closest to what was written, by edit distance, when it
// is close enough to be the likely intent ("warmup" -> "warmUp", "exponental" -> "exponential").

/**
 * The optimal string alignment distance between two texts: the fewest insertions, deletions,
 * substitutions and swaps of neighbouring characters that turn one into the other (Damerau-Levenshtein
 * restricted to non-overlapping edits; Wikipedia, "Damerau-Levenshtein distance"). O(n·m) time.
 *
 * @param first - a text
 * @param second - another text
 * @returns the number of edits, 0 for equal texts
 * @example
 * editDistance('warmup', 'warmUp'); // => 1
 * editDistance('exponental', 'exponential'); // => 1
 * editDistance('tset', 'test'); // => 1 (a swap)
 */
export function editDistance(first: string, second: string): number {
  const rows = first.length + 1;
  const columns = second.length + 1;
  // One row per prefix of `first`; three rows are kept because a swap looks two rows back.
  let twoBack = new Array<number>(columns).fill(0);
  let previous = Array.from({ length: columns }, (_, column) => column);
  for (let row = 1; row < rows; row++) {
    const current = new Array<number>(columns).fill(0);
    current[0] = row;
    for (let column = 1; column < columns; column++) {
      const substitution = first[row - 1] === second[column - 1] ? 0 : 1;
      let best = Math.min(
        previous[column]! + 1,
        current[column - 1]! + 1,
        previous[column - 1]! + substitution,
      );
      const swapped =
        row > 1 &&
        column > 1 &&
        first[row - 1] === second[column - 2] &&
        first[row - 2] === second[column - 1];
      if (swapped) best = Math.min(best, twoBack[column - 2]! + 1);
      current[column] = best;
    }
    twoBack = previous;
    previous = current;
  }
  return previous[columns - 1]!;
}

/**
 * The known name most likely meant by a misspelt one: equal when case is ignored, or else the closest by
 * {@link editDistance} (case ignored) when at most a third of its letters (at least one) differ. Ties go
 * to the name listed first, so suggestions are stable.
 *
 * @param written - the name as written
 * @param known - the names that would be accepted
 * @returns the suggestion, or undefined when no known name is close enough
 * @example
 * closestName('warmup', ['length', 'warmUp', 'seed']); // => 'warmUp'
 * closestName('colour', ['name', 'people']); // => undefined
 */
export function closestName(written: string, known: readonly string[]): string | undefined {
  const lowered = written.toLowerCase();
  const allowed = Math.max(1, Math.floor(written.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    if (candidate === written) continue;
    const distance = editDistance(lowered, candidate.toLowerCase());
    if (distance < bestDistance && distance <= allowed) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
