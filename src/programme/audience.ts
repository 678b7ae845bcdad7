/*
 * Who a session is for, read two ways, both here so that the checks and the calendar
 * agree on the words:
 * - groups: the people a programme names anywhere (EIG, mentors, fellows...), from the
 *   audience column, else from the title and the hours labels. The checks use them to
 *   tell whether two sessions on one day share people (overlap, a section's rows).
 * - audiences: the names written in the audience column, whatever they are. The
 *   calendar writes one feed per audience (`build --split audience`).
 */
import { slug } from 'github-slugger';
import { normaliseText } from '../dates/normalise-text.js';
import { withoutMarks } from '../dates/marks.js';
import type { Session } from './model.js';


/** One audience a programme names in its audience column (`EIG`, `mentors`). */
export interface Audience {
  /** As first written in the table. */
  name: string;
  /** For file names, ASCII: `mentors`, `referents` for `Référents`. */
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
    .filter((name) => asciiSlug(name) !== '')
    .map((name) => ({ name, slug: asciiSlug(name), key: audienceKey(name) }));
}

/**
 * A name as it goes into a file name and an address: github-slugger's slug with the
 * accents taken off (`Référents` -> `referents`), so a feed's URL needs no escaping.
 */
export function asciiSlug(name: string): string {
  return slug(withoutMarks(name.normalize('NFD')));
}

/** The matching key of an audience name: its slug, a trailing plural `s` dropped. */
export function audienceKey(name: string): string {
  const s = asciiSlug(name);
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

// The groups a programme is for, as its titles and hours labels name them. Plurals and
// English forms fold to one key so `pour les mentors` and `Mentor` are the same people.
const GROUP_WORDS: ReadonlyMap<string, string> = new Map([
  ['eig', 'eig'],
  ['mentor', 'mentors'],
  ['mentors', 'mentors'],
  ['dig', 'dig'],
  ['fellow', 'fellows'],
  ['fellows', 'fellows'],
  ['intrapreneur', 'intrapreneurs'],
  ['intrapreneurs', 'intrapreneurs'],
]);

/** How a group is written in messages (`EIG`, `mentors`). */
export function groupName(group: string): string {
  return group === 'eig' || group === 'dig' ? group.toUpperCase() : group;
}

/** The groups a text names (`EIG (+ mentors l'après-midi)` -> eig, mentors). */
export function groupsIn(text: string): Set<string> {
  const groups = new Set<string>();
  for (const word of normaliseText(text).split(/[^a-z0-9]+/)) {
    const group = GROUP_WORDS.get(word);
    if (group) groups.add(group);
  }
  return groups;
}

/**
 * Who a session is for: the audience column when it names a group, else the title and
 * the hours labels. Empty when nothing says; overlap checks then stay silent.
 */
export function audienceOf(session: Session): Set<string> {
  let groups = audiences.get(session);
  if (!groups) {
    groups = readAudience(session);
    audiences.set(session, groups);
  }
  return groups;
}

// Read once per session: the overlap rule asks for each pair of rows sharing a day.
const audiences = new WeakMap<Session, Set<string>>();

function readAudience(session: Session): Set<string> {
  const fromColumn = session.audience ? groupsIn(session.audience.text) : new Set<string>();
  if (fromColumn.size > 0) return fromColumn;
  const groups = groupsIn(session.title.text);
  for (const slot of session.hours?.value ?? []) if (slot.label) for (const g of groupsIn(slot.label)) groups.add(g);
  return groups;
}
