/**
 * The candidate closest to a wanted string by edit distance (insertions, deletions,
 * substitutions), or undefined when none is close enough to be a plausible typo or move.
 * Ties go to the first candidate in sorted order, so suggestions are stable.
 * Written by hand: no edit-distance package is installed, and this is twenty lines.
 */
export function closestPath(wanted: string, candidates: Iterable<string>): string | undefined {
  // Beyond half the wanted length a "suggestion" is a different file, not a correction.
  const limit = Math.max(3, Math.floor(wanted.length / 2));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of [...candidates].sort()) {
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(wanted, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, stopping early once every path costs at least `ceiling`. */
export function editDistance(a: string, b: string, ceiling = Number.POSITIVE_INFINITY): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum >= ceiling) return rowMinimum;
    previous = current;
  }
  return previous[b.length]!;
}
