import type { TimeSlot } from '../dates/types.js';
import type { Session } from '../programme/model.js';
import type { RuleContext } from './define-rule.js';
import { relatedAt } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';
import { normaliseText } from '../dates/normalise-text.js';

/*
 * Within one day's agenda (the slots under a dated heading), a slot that starts before an
 * earlier one ends is a slip a reader sees at once (`9h30 - 12h30` then `12h - 14h`). Not a
 * slip: a break inside a longer slot (`10h - 12h30` then `10h30 - 11h`), slots with the same
 * hours (parallel workshops), slots that name different groups (`Groupe 1`, `Groupe 2`) or
 * are placed in different rooms (`Salle GNU`, `Salle Puffy`), and
 * an instant (`17h00 : soumission`, `20h00 - ...`), which has no length to overlap with.
 * Nor two tracks run side by side: when a day's slots go back in time (`8h - 9h30`,
 * `9h30 - 12h` for one group, then `8h - 8h30`, `8h30 - 10h` for the other, under
 * `### Groupe 2`, `Parcours B`, `Salle 2` or nothing at all), a reader sees the agenda of
 * another track starting again, not a slot that clashes; each track is checked on its own.
 * Nor the talks of a block (`14h-15h30 : session 1` over `14h-14h20`, `14h25-14h45`, ...):
 * see blocksOf. Nor a slot within activities that run side by side all along (a fair and
 * self-run workshops both `14h → 18h`, then `16h → 18h : Table ronde`): see openActivities.
 * Nor an activity with a heading of its own beside the timed items of another: see byKind.
 */

interface Minutes {
  start: number;
  end: number;
}

function minutesOf(slots: readonly TimeSlot[] | undefined): Minutes | undefined {
  const slot = slots?.length === 1 ? slots[0] : undefined;
  if (!slot?.end) return undefined;
  const at = (t: { hour: number; minute: number }) => t.hour * 60 + t.minute;
  return { start: at(slot.start), end: at(slot.end) + (slot.nextDay ? 24 * 60 : 0) };
}

// `Groupe 1`, `groupe B`, `gr. 2`: two slots for different groups run side by side.
function groupNamed(session: Session): string | undefined {
  const text = `${session.title.text} ${session.place?.text ?? ''}`;
  return /\bgr(?:oupe|\.)\s*([0-9]+|[A-Z])\b/i.exec(text)?.[1]?.toLowerCase();
}

/** The slots of each day agenda, in the order written: the sessions that take their day from one heading. */
function agendaDays(sessions: readonly Session[]): Session[][] {
  const days = new Map<number, Session[]>();
  for (const session of sessions) {
    if (session.source === 'table') continue;
    const key = session.dayFrom ?? session.rowIndex;
    const day = days.get(key);
    if (day) day.push(session);
    else days.set(key, [session]);
  }
  return [...days.values()].filter((day) => day.length > 1);
}

/** Reports each agenda slot that starts before an earlier slot of its day ends. */
export function checkAgendaOverlaps(context: RuleContext): void {
  const usable = context.programme.sessions.filter((s) => s.status === 'confirmed' && s.dates.value && !s.dates.value.alternatives);
  for (const day of agendaDays(usable)) {
    for (const track of byKind(day).flatMap(tracksOf)) {
      const blocks = blocksOf(track);
      const open = openActivities(track);
      track.forEach((slot, index) => {
        const span = minutesOf(slot.hours?.value);
        if (!span) return;
        const earlier = track.slice(0, index).find((other, at) => blocks.get(index) !== at && !(open.has(other) && within(span, other)) && clashes(other, slot, span));
        if (earlier) report(context, earlier, slot);
      });
    }
  }
}

/**
 * A day's slots written as headings of their own (`### Katakrak de 14h à 17h`) apart from
 * its timed lines and items (`* de 13h30 à 16h, achetez votre vélo` under `### Bourse aux
 * vélos`): an activity given its own heading runs beside the timetable another heading
 * lists, as the stands of a fair do; each kind is checked on its own.
 */
function byKind(day: readonly Session[]): Session[][] {
  const headings = day.filter((session) => session.source === 'heading');
  const others = day.filter((session) => session.source !== 'heading');
  // A grid's tracks (`Salle A | Salle B`) run side by side: each is checked on its own, and
  // the slots outside the grid (a plenary, a break) on their own.
  const tracks = [...new Set(others.map((session) => session.track))];
  const byTrack = tracks.map((track) => others.filter((session) => session.track === track));
  return [headings, ...byTrack].filter((kind) => kind.length > 0);
}

function startOf(session: Session): number | undefined {
  const slot = session.hours?.value?.[0];
  return slot ? slot.start.hour * 60 + slot.start.minute : undefined;
}

/**
 * A day's slots cut where the clock goes back: a slot that starts before the slot written
 * above it starts opens another track (a second group's morning written after the first's).
 */
function tracksOf(day: readonly Session[]): Session[][] {
  const tracks: Session[][] = [];
  let current: Session[] = [];
  let previousStart: number | undefined;
  for (const slot of day) {
    const start = startOf(slot);
    if (start !== undefined && previousStart !== undefined && start < previousStart && current.length > 0) {
      tracks.push(current);
      current = [];
    }
    current.push(slot);
    if (start !== undefined) previousStart = start;
  }
  if (current.length > 0) tracks.push(current);
  return tracks;
}

// How many slots in a row must lie inside a longer one for it to be a block that holds them.
const BLOCK_SLOTS = 2;

/**
 * The slots that are part of a block written above them: a slot followed at once by two or
 * more slots that lie wholly inside it (`14h-15h30 : session 1`, then `14h-14h20`,
 * `14h25-14h45`, `14h45-15h30`) is a block of talks as a reader sees it, not a slot they
 * clash with. One slot alone inside another (`9h45 - 10h30 : ateliers` then `10h15 - 10h30 :
 * pause`), or a longer slot written after the short one (`9h - 9h30 : accueil` then
 * `9h - 12h : introduction`), is still a slip. Gives, for each slot of a block, the index
 * of its block.
 */
function blocksOf(track: readonly Session[]): Map<number, number> {
  const blocks = new Map<number, number>();
  track.forEach((slot, index) => {
    const outer = minutesOf(slot.hours?.value);
    if (!outer || blocks.has(index)) return;
    let next = index + 1;
    for (; next < track.length; next++) {
      const inner = minutesOf(track[next]!.hours?.value);
      if (!inner || inner.start < outer.start || inner.end > outer.end || (inner.start === outer.start && inner.end === outer.end)) break;
    }
    if (next - index - 1 < BLOCK_SLOTS) return;
    for (let inside = index + 1; inside < next; inside++) blocks.set(inside, index);
  });
  return blocks;
}

/**
 * The slots that run side by side with another of the same hours (`14h → 18h : Salon`,
 * `14h → 18h : Ateliers`): a day of open activities, as a festival or a fair writes it, in
 * which a shorter slot (`16h → 18h : Table ronde`, even one that ends with them) is one
 * more activity, not a slip. One long slot alone is not: a slot ending inside it is.
 */
function openActivities(track: readonly Session[]): Set<Session> {
  const open = new Set<Session>();
  const spans = track.map((slot) => minutesOf(slot.hours?.value));
  spans.forEach((span, index) => {
    if (span && spans.some((other, at) => at !== index && other?.start === span.start && other.end === span.end)) open.add(track[index]!);
  });
  return open;
}

// Whether a span lies within a session's hours, ends included.
function within(span: Minutes, session: Session): boolean {
  const outer = minutesOf(session.hours?.value);
  return outer !== undefined && outer.start <= span.start && span.end <= outer.end;
}

function clashes(earlier: Session, later: Session, span: Minutes): boolean {
  const before = minutesOf(earlier.hours?.value);
  if (!before) return false;
  if (!(span.start < before.end && before.start < span.end)) return false;
  if (span.start === before.start && span.end === before.end) return false;
  if (before.start < span.start && span.end < before.end) return false;
  const groups = [groupNamed(earlier), groupNamed(later)];
  if (groups[0] !== undefined && groups[1] !== undefined && groups[0] !== groups[1]) return false;
  const rooms = [roomNamed(earlier), roomNamed(later)];
  return !(rooms[0] !== undefined && rooms[1] !== undefined && rooms[0] !== rooms[1]);
}

// `Salle GNU (2.01)`, `salle Blin`: two slots whose places are different rooms run side by side
// (a forum's talks). Only a place the slot is given, not a room its title names in passing
// (`Visite de la salle des machines`, `Cours (salle 101)`, a class that moved is a slip); the
// room's words folded, marks aside, so that `Salle Marie-Curie` is `salle Marie Curie`.
function roomNamed(session: Session): string | undefined {
  const place = session.place?.text;
  if (!place) return undefined;
  const folded = normaliseText(place).replace(/[^a-z0-9]+/g, ' ').trim();
  return /^salle /.test(folded) ? folded : undefined;
}

function report(context: RuleContext, earlier: Session, later: Session): void {
  context.report(
    'overlap-in-agenda',
    {
      where: rowWhere(context, later),
      other: rowWhere(context, earlier),
      date: longDate(context, later.dates.value!.days[0]!),
      hours: later.hours!.text,
      otherHours: earlier.hours!.text,
    },
    later.hours!.position,
    { related: relatedAt(earlier.position, relatedRow(context, earlier)) },
  );
}
