import { foldTitle } from '../programme/fold-title.js';
import type { PreviousEvent } from './previous-calendar.js';

/*
 * A UID is `<identity>-<n>@programme-sync`: <identity> is a hash of the session's
 * normalised title and audience, <n> tells apart the events that share them (the third
 * "Mentors" session, the second day of a seminar). The previous calendar is then read
 * back so that an event keeps the UID it had: the same identity on the same start first,
 * then, in order, the same identity whose date moved (a corrected date).
 */

const suffix = '@programme-sync';
const uidPattern = /^([0-9a-f]{16})-(\d+)@programme-sync$/;

/** The identity part of a UID, for a title and an audience. */
export function identityHash(identity: { title: string; audience: string }): string {
  const key = `${foldTitle(identity.title)}\u0000${foldTitle(identity.audience)}`;
  // node:crypto is loaded on first use, not with the module: it pulls in the stream modules,
  // a cost a build that carries every event over (and so hashes no identity) need not pay.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}

/** What UID assignment needs to know of an event about to be written. */
export interface UidCandidate {
  identity: { title: string; audience: string };
  /** The unfolded DTSTART line the event will have. */
  start: string;
}

/**
 * Gives each event its UID, keeping those of the previous calendar's matching events.
 * `known` holds the UIDs already settled (events carried over whole by content key); the
 * others are matched around them and never given one of theirs.
 */
export function assignUids(
  events: readonly UidCandidate[],
  previous: ReadonlyArray<Pick<PreviousEvent, 'uid' | 'start'>>,
  known: ReadonlyArray<string | undefined> = [],
): string[] {
  const uids: Array<string | undefined> = events.map((_, index) => known[index]);
  // A rebuild that changed nothing carries every UID over: no identity to hash.
  if (uids.every((uid) => uid !== undefined)) return uids as string[];
  const groups = new Map<string, number[]>();
  events.forEach((event, index) => {
    const hash = identityHash(event.identity);
    const members = groups.get(hash);
    if (members) members.push(index);
    else groups.set(hash, [index]);
  });
  // The previous events by identity, read once: a programme of 10,000 rows has as many groups.
  const previousByHash = new Map<string, Array<Pick<PreviousEvent, 'uid' | 'start'>>>();
  for (const event of previous) {
    const hash = uidPattern.exec(event.uid)?.[1];
    if (hash === undefined) continue;
    const list = previousByHash.get(hash);
    if (list) list.push(event);
    else previousByHash.set(hash, [event]);
  }

  for (const [hash, members] of groups) {
    const earlier = previousByHash.get(hash) ?? [];
    const used = new Set<string>(members.flatMap((index) => (uids[index] === undefined ? [] : [uids[index]!])));
    for (const index of members) {
      if (uids[index] !== undefined) continue;
      const same = earlier.find((event) => !used.has(event.uid) && event.start === events[index]!.start);
      if (same) {
        uids[index] = same.uid;
        used.add(same.uid);
      }
    }
    const moved = earlier.filter((event) => !used.has(event.uid));
    for (const index of members) {
      if (uids[index] !== undefined) continue;
      const event = moved.shift();
      if (!event) break;
      uids[index] = event.uid;
      used.add(event.uid);
    }
    const taken = new Set([...earlier.map((event) => event.uid), ...used]);
    members.forEach((index, ordinal) => {
      if (uids[index] !== undefined) return;
      let n = ordinal + 1;
      while (taken.has(`${hash}-${n}${suffix}`)) n++;
      uids[index] = `${hash}-${n}${suffix}`;
      taken.add(uids[index]!);
    });
  }
  return uids as string[];
}
