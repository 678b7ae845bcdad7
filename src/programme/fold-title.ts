/**
 * Folds a title (or an audience) for comparison: accents, case, punctuation and spacing
 * ignored, so `Séminaire EIG` and `seminaire  eig.` are one title. The rules (the same
 * session twice), the calendar (event identity, detail links) and the report (what
 * changes for subscribers) all compare titles through this one function, so they agree
 * on which sessions are the same. Event UIDs are hashes of it: changing it changes every
 * subscriber's UIDs.
 */
export function foldTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
