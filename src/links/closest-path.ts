import { distance as editDistance } from 'fastest-levenshtein';

/**
 * The existing path most likely meant by a missing one: a file with the same name elsewhere
 * (it was moved) when there is one, else the closest path by edit distance (a typo), or
 * undefined when nothing is close enough. Ties go to the first path in sorted order.
 */
export function closestPath(wanted: string, candidates: Iterable<string>): string | undefined {
  const all = [...candidates];
  const name = wanted.slice(wanted.lastIndexOf('/') + 1);
  const moved = all.filter((candidate) => candidate.slice(candidate.lastIndexOf('/') + 1) === name);
  return closestString(wanted, moved.length > 0 ? moved : all, moved.length > 0 ? Number.POSITIVE_INFINITY : undefined);
}

/**
 * The candidate closest to a wanted string by edit distance (insertions, deletions,
 * substitutions), or undefined when none is within `limit` (by default half the wanted
 * length: beyond that a "suggestion" is a different thing, not a correction).
 */
export function closestString(wanted: string, candidates: Iterable<string>, limit = Math.max(3, Math.floor(wanted.length / 2))): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of [...candidates].sort()) {
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(wanted, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
