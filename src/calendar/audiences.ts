import { slug } from 'github-slugger';
import type { Session } from '../programme/model.js';

/** One audience a programme names in its audience column (`EIG`, `mentors`). */
export interface Audience {
  /** As first written in the table. */
  name: string;
  /** For file names: `mentors`. */
  slug: string;
  /** For matching: the slug without a plural `s`, so `mentor` and `mentors` meet. */
  key: string;
}

// `EIG + mentors`, `EIG, mentors`, `EIG & mentors`, `EIG/mentors`, `EIG et mentors`, `EIG (+ mentors)`.
// No `\s*` around it: on a long run of spaces that would backtrack quadratically; parts are trimmed instead.
const separators = /[+,&/;()[\]]|\bet\b|\band\b/i;

/** The audiences an audience cell names. */
export function audienceNames(cell: string): Audience[] {
  return cell
    .split(separators)
    .map((name) => name.trim())
    .filter((name) => slug(name) !== '')
    .map((name) => ({ name, slug: slug(name), key: audienceKey(name) }));
}

/** The matching key of an audience name: its slug, a trailing plural `s` dropped. */
export function audienceKey(name: string): string {
  const s = slug(name);
  return s.length > 3 && s.endsWith('s') ? s.slice(0, -1) : s;
}

/** Every audience of a programme's sessions, in order of first appearance. */
export function programmeAudiences(sessions: readonly Session[]): Audience[] {
  const found = new Map<string, Audience>();
  for (const session of sessions) {
    for (const audience of audienceNames(session.audience?.text ?? '')) {
      if (!found.has(audience.key)) found.set(audience.key, audience);
    }
  }
  return [...found.values()];
}

/** Whether a session belongs in an audience's feed: it names that audience, or names none (it is for everyone). */
export function isForAudience(session: Session, audience: Audience): boolean {
  const names = audienceNames(session.audience?.text ?? '');
  return names.length === 0 || names.some((name) => name.key === audience.key);
}
