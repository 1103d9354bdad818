/**
 * "Did you mean …?" for unknown keys and values: the closest allowed word by
 * edit distance, offered only when it is plausibly a typo.
 */

/** Levenshtein distance, with one row of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(row[j - 1]! + 1, prev[j]! + 1, prev[j - 1]! + cost);
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The allowed word closest to `word`, or undefined when none is close enough.
 *
 * @example
 * ```ts
 * closest("duration", ["durationMinutes", "ages"]); // "durationMinutes"
 * closest("sextorsion", ["sextortion", "grooming"]); // "sextortion"
 * ```
 */
export function closest(word: string, allowed: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of allowed) {
    const c = candidate.toLowerCase();
    // A typo in the start of a longer word ("duraton" for "durationMinutes") counts as close too.
    let score = c.startsWith(w) || w.startsWith(c) ? Math.abs(c.length - w.length) / 4 : editDistance(w, c);
    if (c.length > w.length + 1) {
      for (let n = w.length - 1; n <= w.length + 1; n++) score = Math.min(score, editDistance(w, c.slice(0, n)) + 0.5);
    }
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  const limit = Math.max(2, Math.floor(w.length / 3));
  return best !== undefined && bestScore <= limit ? best : undefined;
}
