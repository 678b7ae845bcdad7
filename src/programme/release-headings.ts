/*
 * A page of release notes whose headings are bare version numbers, each with its release
 * day (`## 3.11 (6 août 2022)`, `## 3.10 (4 octobre 2021)`, … `## 3.0 (3 décembre 2008)`,
 * under `# Nouveautés Python`): days software was published, no sessions (the reader of
 * jasonchampagne-nouveautes-python-2023). A bare `1.2` alone may number a course's chapter
 * (`1.2 - 4 mars`), which is why dated-text.ts does not take it for a version; a run of
 * them counting down, newest first, weeks apart, is how a changelog lists its releases, not
 * how a course counts its chapters.
 */
import type { SessionDraft } from './session-drafts.js';

// A title that is a version number and nothing else: `3.11`, `v2.0.1`, `Version 4.2` (its
// parts, two to four numbers, read apart: VERSION_PARTS).
const VERSION_TITLE = /^(?:v|version)? ?([\d.]{3,19})$/i;
const VERSION_PART = /^\d{1,4}$/;
// How many version headings counting down make a list of releases.
const FEWEST_RELEASES = 3;

function versionParts(title: string): number[] | undefined {
  const found = VERSION_TITLE.exec(title.trim());
  const parts = found ? found[1]!.split('.') : [];
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => VERSION_PART.test(part)) ? parts.map(Number) : undefined;
}

// Whether version `a` comes after version `b` (`3.11` after `3.9`).
function isLater(a: readonly number[], b: readonly number[]): boolean {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}

// The fewest days between two releases: a course log kept newest first numbers its classes
// a day or a week apart (`## 3.3 (15 mars 2024)`, `## 3.2 (14 mars)`), releases come later.
const FEWEST_DAYS_APART = 14;

/**
 * The dated headings titled by a version alone, when three or more of them count down in
 * the page's order, each released two weeks or more after the one below it: its releases.
 * `dayOf` gives a draft's first day, ISO.
 */
export function releaseHeadings(drafts: readonly SessionDraft[], dayOf: (draft: SessionDraft) => string | undefined): Set<SessionDraft> {
  const versions = drafts.flatMap((draft) => {
    const parts = draft.source === 'heading' && draft.dated ? versionParts(draft.title) : undefined;
    return parts ? [{ draft, parts }] : [];
  });
  if (versions.length < FEWEST_RELEASES) return new Set();
  const time = (draft: SessionDraft): number | undefined => {
    const day = dayOf(draft)?.split(' ')[0];
    return day === undefined ? undefined : Date.parse(`${day}T00:00:00Z`);
  };
  const apart = (later: SessionDraft, earlier: SessionDraft): boolean => {
    const [a, b] = [time(later), time(earlier)];
    return a !== undefined && b !== undefined && a - b >= FEWEST_DAYS_APART * 86_400_000;
  };
  const countsDown = versions.every((version, index) => index === 0 || (isLater(versions[index - 1]!.parts, version.parts) && apart(versions[index - 1]!.draft, version.draft)));
  return countsDown ? new Set(versions.map((version) => version.draft)) : new Set();
}
