/*
 * The hours a page gives all its sessions once, in its practical information rather than
 * beside each session: `Les séances ont lieu le **jeudi de 15h45 à 17h**.`, `### Quand` over
 * `chaque mardi de 16h à 18h`, a course page's list of fields (`- **Quand** 8 séances, les
 * mercredi de 9:30 à 12:30`, `- Le mercredi de 9h à 12h en salle 7`), a camp's bold field
 * (`**Heure**` over `9h à 16h`). A reader gives those hours to every dated session that
 * writes none, whether the sessions are table rows, dated headings, items or paragraphs.
 *
 * Only a paragraph (or a list item's) that writes one range of hours, start and end, and
 * says it is the series' time: a word of series (`chaque`, `tous les`, `ont lieu`), a
 * weekday named as a habit (`le mercredi`, `les jeudis`, not `le mercredi 12 mars`), or a
 * place that asks when (a `Quand`/`Horaires` heading, a bold `Heure` or `Horaires :` label).
 * Two such paragraphs leave a reader unsure whose hours are whose: none is taken. Opening
 * hours (`Lundi à vendredi de 17h30 à 20h` then `Samedi de 10h30 à 12h30`) are two.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { saidAsStart } from '../dates/start-words.js';
import { WEEKDAY_NAMES } from '../dates/french-months.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { listOrPart } from './list-parts.js';
import { onlyHours } from './list-hours-above.js';
import { datedTextOf } from './dated-text.js';
import { plainText } from './plain-text.js';
import { minutesOfDay, nightStartAlone, onTheFiveMinutes } from '../dates/minutes-of-day.js';
import { plainTextLines } from './paragraph-lines.js';
import type { DraftHours, SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { shareWeekdaySlots, weekdaySlotsAbove } from './weekday-slots.js';
import { oneTimeTold, toldReading } from './section-hours.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { endedByLength, seriesLength } from './series-length.js';
import { fieldParagraphs } from './field-paragraphs.js';

// Words that make a time the time of every session: a series, not one moment (folded text).
export const SERIES = /\b(?:chaque|tous les|toutes les|tous ces|toutes ces|every|each|ont lieu|a lieu|se tiennent|se deroulent|commencent|debutent)\b/;
// A count of the sessions (`5 séances de 3 heures … de 9h00 à 12h00`): their hours when it writes a range, start and end;
// `3 cours de 2h` is their length.
export const COUNTED_SESSIONS = /\b\d{1,2} (?:seances|sessions|ateliers|cours|rencontres|modules|demi-journees)\b/;

// The words before a weekday that name it as a habit: `le mercredi`, `les jeudis`, and the
// habits of fewer weeks (`un mardi sur deux`, `le premier dimanche`, `les derniers vendredis`).
const ORDINALS = String.raw`(?: (?:premiers?|deuxiemes?|seconds?|troisiemes?|quatriemes?|derniers?))?`;
const HABIT_LEAD = String.raw`(?:le|les|un)${ORDINALS}`;
// What follows `un mardi` when it is a habit: `sur deux`, `par mois`.
const RARER_HABIT = String.raw`(?: (?:sur (?:deux|trois|quatre|2|3|4)|par mois))`;

// A weekday named as a habit (`le mercredi`, `les jeudis`, `les mercredi`, `un mardi sur deux`), not one day (`le mercredi 12 mars`).
const HABIT = new RegExp(String.raw`\b(?:(?:le|les)${ORDINALS} (?:${WEEKDAY_NAMES.join('|')})s?\b(?! ?\d)|un (?:${WEEKDAY_NAMES.join('|')})${RARER_HABIT})`);

// A weekday named as a habit after a word of series too (`chaque mardi`, `tous les jeudis`), for habitWeekday.
const HABIT_OR_SERIES = new RegExp(String.raw`\b(?:${HABIT_LEAD}|chaque|tous les) (${WEEKDAY_NAMES.join('|')})s?\b(?! ?\d)`, 'g');

/**
 * The one weekday a paragraph gives its hours as a habit of (`Répétitions les mardis de 18h
 * à 19h30`, `chaque jeudi de 15h45 à 17h`), as an ISO weekday; undefined when it names none
 * or several (`le mardi et le jeudi`): a reader gives those hours to that weekday's sessions only.
 */
export function habitWeekday(folded: string): number | undefined {
  const named = new Set([...folded.matchAll(HABIT_OR_SERIES)].map((found) => WEEKDAY_NAMES.indexOf(found[1]!) + 1));
  return named.size === 1 ? [...named][0] : undefined;
}

// Headings and labels of a page's practical information that give the sessions' time (folded).
const WHEN_WORDS = new Set(['quand', 'horaire', 'horaires', 'heure', 'heures', 'creneau', 'creneaux', 'when', 'time', 'schedule']);

// A field label opening a paragraph: `Horaires : …`, `Quand ? …` (folded, letters only before the mark).
const LABEL = /^([a-z]+)\s?[:?]/;

/** Whether a heading's or label's words ask when (`### Quand`, `## Horaires`, `**Heure**`). */
function asksWhen(text: string): boolean {
  return WHEN_WORDS.has(normaliseText(text).replace(/[^a-z ]/g, '').trim());
}

/** Whether a paragraph opens with a label that asks when: bold (`**Quand**`, `**Heure**`) or followed by a colon (`Horaires : 9h-17h`). */
function labelledWhen(node: Paragraph): boolean {
  const first = node.children[0];
  if (first?.type === 'strong' || first?.type === 'emphasis') return asksWhen(plainText(first));
  const label = LABEL.exec(normaliseText(plainText(node)).replace(/^[^a-z0-9]+/, ''));
  return label !== null && WHEN_WORDS.has(label[1]!);
}

// A seminar's field of the weekday it meets, then its hours (folded): `Jour : Mardi de 16h à 18h`.
const DAY_FIELD = new RegExp(String.raw`^jours? ?: ?(${WEEKDAY_NAMES.join('|')})s?(?![a-z])`);

/**
 * The weekday a line of a seminar's card of fields names with the series' hours (`Sous la
 * responsabilité de …` over `Jour : Mardi de 16h à 18h – Salle Pasteur`), as an ISO
 * weekday; undefined when no line of the paragraph is that field, or its line holds no `hours`.
 * Only that label and a weekday: a page's `Horaires : du lundi au vendredi, 8h30-17h` among
 * other lines is an office's, no series'.
 */
function dayFieldWeekday(node: Paragraph, hours: string): number | undefined {
  for (const line of plainTextLines(node)) {
    const found = DAY_FIELD.exec(normaliseText(line));
    if (found && line.includes(hours)) return WEEKDAY_NAMES.indexOf(found[1]!) + 1;
  }
  return undefined;
}

/** Whether a paragraph's hours are said to be the series' (see above), under a heading whose folded words are `heading`. */
export function saysSeries(node: Paragraph, heading: string): boolean {
  const text = normaliseText(plainText(node));
  return WHEN_WORDS.has(heading) || labelledWhen(node) || SERIES.test(text) || HABIT.test(text);
}

// The same words when the hours read open with them (folded): `à partir de 12h30`, `dès 19h`.
const OPENING_START = /^(?:a partir d|des )/;

/**
 * Whether a paragraph's words (`text`, as shown) say its lone time `hours` is a habit's start:
 * a word of series or a weekday as a habit (`chaque samedi`, `les jeudis`), and a word that
 * sets it as a start right before it (start-words.ts).
 */
function habitStartSaid(text: string, hours: string): boolean {
  const folded = normaliseText(text);
  // `à partir de 12h30`: the hours read open with the words that set their start.
  const opens = OPENING_START.test(normaliseText(hours));
  return (SERIES.test(folded) || HABIT.test(folded)) && text.indexOf(hours) > 0 && (opens || saidAsStart(text, hours));
}


/** The one range of hours a paragraph says is the series' (see above), under a heading whose folded words are `heading`, with the weekday it names as a habit. */
function paragraphSeriesHours(paragraph: Paragraph, heading: string, source: SourceText): DraftHours | undefined {
  const hours = onlyHours(paragraph, source);
  const first = hours?.slots[0];
  if (hours === undefined || first === undefined) return undefined;
  const dayField = dayFieldWeekday(paragraph, hours.text);
  if (!saysSeries(paragraph, heading) && dayField === undefined && !(first.end !== undefined && COUNTED_SESSIONS.test(normaliseText(plainText(paragraph))))) return undefined;
  // `**Chaque Samedi a 12h00, au Loop**`: a start alone is the series' when the sentence says
  // it is a habit and sets it as a start (`à`, `dès`); under a `Quand` heading or label it may
  // be a deadline's or a meeting point's, and `entre 14 et 15h` is a range whose start is unread.
  const text = plainText(paragraph);
  if (first.end === undefined && !habitStartSaid(text, hours.text)) return undefined;
  // `Chaque tâche … est plus ou moins équivalent à 1h`: a start alone in the night is a length or a weight, no meeting's.
  if (first.end === undefined && nightStartAlone(first.start)) return undefined;
  // `remis à zéro tous les jours à 13:37`: a machine's time, to the minute; a series meets on
  // the five minutes, as every timetable sets its hours.
  if (hours.slots.some((slot) => !onTheFiveMinutes(slot.start) || (slot.end !== undefined && !onTheFiveMinutes(slot.end)))) return undefined;
  const weekday = habitWeekday(normaliseText(text)) ?? dayField;
  return weekday === undefined ? hours : { ...hours, weekday };
}

/** The one range a heading that writes no date tells (`## Groupe MATIN : 10H - 13H30`), with its end. */
function headingHours(node: Heading, source: SourceText): DraftHours | undefined {
  if (datedTextOf(plainText(node), false)) return undefined;
  const hours = onlyHours(node, source);
  return hours?.slots[0]?.end === undefined ? undefined : hours;
}

/**
 * The one range of hours the page gives its sessions, written before `limit` (an offset:
 * the table, or the first dated session); undefined when none or several are written.
 */
export function seriesHours(tree: Root, limit: number, source: SourceText, hidden?: HiddenRanges): DraftHours | undefined {
  const found: DraftHours[] = [];
  let heading = '';
  // `## Déroulement des séances (mardi de 10h-12h30)` over the dated headings of each séance:
  // the one heading of the page that tells a range. Two such headings (`## Groupe MATIN : 10H -
  // 13H30`, `## Groupe APRES-MIDI : 15H - 18H30`) each tell their own part (shareSectionHours).
  const told = new Map<Heading, DraftHours>();
  for (const node of tree.children) {
    const hours = node.type === 'heading' ? headingHours(node, source) : undefined;
    if (hours) told.set(node as Heading, hours);
  }
  // The heading that tells them, while the series is under it: a heading of its level or
  // above before the series closes its part (`## Permanence le mercredi 14h-18h` then `## Nos sorties`).
  let under: { depth: number; hours: DraftHours } | undefined;
  for (const node of tree.children) {
    const at = node.position?.start.offset ?? 0;
    if (at >= limit) break;
    if (hidden && isHidden(hidden, at)) continue;
    if (node.type === 'heading') {
      heading = normaliseText(plainText(node)).replace(/[^a-z ]/g, '').trim();
      if (under && node.depth <= under.depth) under = undefined;
      const hours = told.size === 1 ? told.get(node) : undefined;
      if (hours) under = { depth: node.depth, hours };
    }
    for (const paragraph of fieldParagraphs(node)) {
      const hours = paragraphSeriesHours(paragraph, heading, source);
      if (hours) found.push(hours);
    }
  }
  if (under) found.push(under.hours);
  // `rdv 12h30` beside `Durée ? : 1h30`: the start the series names, and the end its length makes.
  return found.length === 1 ? endedByLength(found[0]!, seriesLength(tree, limit, hidden)) : undefined;
}

// A heading that opens by naming the sessions in the plural or as a kind (folded): `Cours de 19 h à 22 h`, `Séances de 14h à 16h`.
const SESSIONS_FIRST = /^(?:cours|seances|ateliers|entrainements|repetitions|permanences|rencontres|sessions) (?:de|le|les|du|a|chaque|tous)(?![a-z])/;

/** Whether a heading opens by naming the sessions (SESSIONS_FIRST). */
function namesSessionsFirst(text: string): boolean {
  return SESSIONS_FIRST.test(normaliseText(text));
}

/** The weekdays a series' sessions write (ISO numbers), for a closing heading's habit to fit. */
function weekdaysOf(sessions: readonly SessionDraft[]): Set<number> {
  return new Set(sessions.flatMap((draft) => draft.dated?.line.expression.mentions.flatMap((mention) => (mention.weekday === undefined ? [] : [mention.weekday])) ?? []));
}

/** Whether a heading's habit weekday (if it names one) is every weekday the sessions write. */
function fitsWeekdays(habit: number | undefined, weekdays: ReadonlySet<number>): boolean {
  return habit === undefined || [...weekdays].every((weekday) => weekday === habit);
}

// How many paragraphs right after a series may close it with its hours.
const CLOSING_PARAGRAPHS = 2;

/**
 * The hours a series' closing sentence gives it, right after its last session and before the
 * next heading: a list of dates then `Tous ces créneaux sont au gymnase de 19h à 22h.` A
 * reader reads such a sentence as the list's time when it says the hours are the series' as
 * one above it would (saysSeries: `tous ces`, `chaque`, `ont lieu`, a weekday as a habit); a
 * sentence farther down, or one that speaks of one moment, is another matter.
 */
function seriesHoursBelow(tree: Root, after: number, source: SourceText, hidden?: HiddenRanges, weekdays: ReadonlySet<number> = new Set()): DraftHours | undefined {
  let seen = 0;
  for (const node of tree.children) {
    const at = node.position?.start.offset ?? 0;
    if (at < after) continue;
    // `### Cours de 19 h à 22 h au Pôle jeunesse` right under the last term's classes: the
    // practical heading that names the classes with their time.
    // Not another activity's weekly time (`### Cours le mercredi de 14h à 16h` under Sunday tournaments).
    if (node.type === 'heading') return namesSessionsFirst(plainText(node)) && fitsWeekdays(habitWeekday(normaliseText(plainText(node))), weekdays) ? headingHours(node, source) : undefined;
    if (node.type === 'thematicBreak' || seen >= CLOSING_PARAGRAPHS) return undefined;
    if (node.type !== 'paragraph') continue;
    // `{{< endsection >}}`: a site's markup, nothing a reader sees.
    if (plainText(node) === '') continue;
    seen++;
    if (hidden && isHidden(hidden, at)) continue;
    const hours = paragraphSeriesHours(node, '', source);
    if (hours) return hours;
  }
  return undefined;
}

// How many dated sessions make a series whose hours may be written once (one is a page's event, event-page.ts).
const SERIES_SESSIONS = 2;

/**
 * Gives the dated headings, items and paragraphs of a page with no table (`drafts`) the
 * hours the page gives its series once, when none of them (nor any slot under them) writes
 * hours of its own. The hours are looked for above the series: above the first session of
 * the list or part of the page that holds the most (list-parts.ts), so that a news item
 * dated above the practical information (`- **2025-09-23** Premier cours le 24/09`) does
 * not hide it. Returns the hours shared, if any.
 */
export function shareSeriesHours(tree: Root, drafts: SessionDraft[], source: SourceText, hidden: HiddenRanges): DraftHours | undefined {
  const all = drafts.filter((draft) => draft.dated && !draft.day && draft.slots === 0 && !draft.group && !draft.borrowed);
  const counted = new Set(all);
  if (all.length < SERIES_SESSIONS || drafts.some((draft) => draft.hours && !counted.has(draft))) return undefined;
  // `Chaque Samedi a 12h00` over sessions that mostly write no time, two that write `13h00`:
  // those two moved their start, the others keep the series' hours. A session that writes a
  // range (`Examen de 13h45 à 16h45`) is another kind of event: the page gives no series' time.
  const sessions = all.filter((draft) => !draft.hours);
  const moved = all.filter((draft) => draft.hours);
  const ownHours = moved.length > 0 && (sessions.length * 2 <= all.length || moved.some((draft) => draft.hours!.slots.some((slot) => slot.end !== undefined)));
  if (sessions.length === 0) return undefined;
  const partOf = listOrPart(tree);
  const parts = new Map<string, SessionDraft[]>();
  for (const draft of sessions) {
    const part = partOf(draft.position.start.line);
    parts.set(part, [...(parts.get(part) ?? []), draft]);
  }
  const series = [...parts.values()].reduce((most, part) => (part.length > most.length ? part : most));
  // Those sessions keep their own hours, and the others take none of the series'. A day of
  // the series itself that writes its own slot (`Lundi 3 février (créneau inhabituel
  // 16h15--18h15)` among days that take a week of slots given once) leaves the others their
  // weekday's slot; an exam's own range in another list (`Partiel : Lundi 25 Novembre de 8h30
  // à 10h30` over a log of TD days) leaves the page's days as written.
  const seriesPart = partOf(series[0]!.position.start.line);
  // The last session of all, below which a closing sentence or heading gives their hours (a
  // year's classes in one list a term, `### Cours de 19 h à 22 h` under the last).
  const last = sessions.reduce((latest, draft) => ((draft.position.end.offset ?? 0) > (latest.position.end.offset ?? 0) ? draft : latest));
  const limit = series[0]!.position.start.offset ?? 0;
  if (ownHours && moved.some((draft) => partOf(draft.position.start.line) !== seriesPart)) {
    // `### Cours de 19 h à 22 h` right under a year's classes, then a fair `le 7 septembre de
    // 13h à 18h` in the next part: the hours that close the series are its own, the fair keeps its.
    const closing = moved.every((draft) => partOf(draft.position.start.line) !== seriesPart) ? seriesHoursBelow(tree, last.position.end.offset ?? 0, source, hidden, weekdaysOf(sessions)) : undefined;
    if (closing) {
      for (const draft of sessions) draft.hours = closing;
      return closing;
    }
    // `**CM** : Lundi de 14h à 17h15`, `**TD** : Vendredi de 9h45 à 13h`, then `**TP** : 22/10
    // 9h45-13h00` over a log of CM days: each kind given its time keeps it, the dated ones theirs.
    labelledSeriesShared(tree, limit, sessions, source, hidden);
    return undefined;
  }
  const hours = ownHours ? undefined : (seriesHours(tree, limit, source, hidden) ?? seriesHoursBelow(tree, series.at(-1)!.position.end.offset ?? 0, source, hidden, weekdaysOf(sessions)) ?? seriesHoursBelow(tree, last.position.end.offset ?? 0, source, hidden, weekdaysOf(sessions)));
  if (!hours && !ownHours && labelledSeriesShared(tree, limit, sessions, source, hidden)) return undefined;
  if (!hours) {
    // A list of days takes the hours its own section tells (`#### La formule intensive` over
    // `* De 9h00 à 17h00`) before any week of slots another part of the page gives.
    if (!ownHours) for (const part of parts.values()) shareSectionHours(tree, part, source, hidden);
    // `(lun 15h15-16h45, mar 13h30-15h)`: a slot per weekday, each session still without hours takes its weekday's (weekday-slots.ts).
    const slots = weekdaySlotsAbove(tree, limit, source, hidden, true);
    if (slots) shareWeekdaySlots(sessions.filter((draft) => !draft.hours), slots);
    return undefined;
  }
  for (const draft of sessions) draft.hours = hours;
  // `9 octobre 2025 à 17h : Séance spéciale` under `Le séminaire a lieu le jeudi de 17h à
  // 18h30`: a session that restates the series' start alone ends when the series does.
  const range = hours.slots.length === 1 ? hours.slots[0] : undefined;
  for (const draft of moved) {
    const own = draft.hours!.slots;
    if (range?.end !== undefined && own.length === 1 && own[0]!.end === undefined && minutesOfDay(own[0]!.start) === minutesOfDay(range.start)) draft.hours = { ...draft.hours!, slots: [{ ...own[0]!, end: range.end }] };
  }
  return hours;
}

/**
 * The series' hours by the kind of session they are for, when the page gives each kind its
 * own time in a paragraph led by its name (`**Cours** les lundis de 9h40 à 12h50`, `**TDs**
 * les lundis de 13h40 à 16h50`, `Cours les mercredis de 15h30 à 17h00 en Amphi J`, and a
 * field whose value opens with its weekday, `**Cours magistral:** Lundi 15h15 - 16h45`) and
 * the sessions are named by the kinds (`TD 1 (18/09/2023)`, `Cours 3 (20/09/2023)`): each
 * takes its kind's hours, as a reader gives them. A kind named twice leaves the page
 * unsure; a session of a kind the page gives no time (the TDs of uvsq-in310-maths-info-2023,
 * whose groups meet on several days) keeps none, when most sessions are of a timed kind.
 * Returns whether the hours were shared.
 */
function labelledSeriesShared(tree: Root, limit: number, sessions: SessionDraft[], source: SourceText, hidden?: HiddenRanges): boolean {
  const kinds = new Map<string, DraftHours>();
  for (const node of tree.children) {
    const at = node.position?.start.offset ?? 0;
    if (at >= limit) break;
    if (node.type !== 'paragraph' || (hidden && isHidden(hidden, at))) continue;
    const lead = node.children[0];
    const bold = lead?.type === 'strong';
    const text = plainText(node);
    // A bold label of any kind (`**Heure**` as well, whose pages then need every session
    // named); a plain paragraph only when it opens with a kind of class (`Cours les mercredis …`).
    const kind = bold ? kindWord(plainText(lead)) : SESSION_KIND.test(normaliseText(text)) ? kindWord(text) : undefined;
    if (kind === undefined) continue;
    const hours = paragraphSeriesHours(node, '', source) ?? (bold ? weekdayFieldHours(node, plainText(lead), source) : undefined);
    if (!hours) continue;
    if (kinds.has(kind)) return false;
    kinds.set(kind, { ...hours, byKind: true });
  }
  const given = sessions.map((draft) => kinds.get(kindWord(draft.title) ?? ''));
  const timed = given.filter((hours) => hours !== undefined).length;
  // Two kinds, each session of one of them (as first read); or kinds of class given their
  // time, the other sessions mostly classes of another kind (TDs whose groups meet on
  // several days), a few of them something else (a test), all keeping none.
  const everyNamed = kinds.size >= 2 && timed === sessions.length;
  const others = sessions.filter((draft, index) => given[index] === undefined && !SESSION_KIND.test(normaliseText(draft.title))).length;
  const mostNamed = timed >= 2 && [...kinds.keys()].every((kind) => SESSION_KIND.test(kind)) && others * 2 < timed;
  if (!everyNamed && !mostNamed) return false;
  sessions.forEach((draft, index) => {
    if (given[index]) draft.hours = given[index];
  });
  return true;
}

// Kinds of class a course page names its sessions by (folded, `s` off as kindWord leaves them).
const SESSION_KIND = /^(?:cour|cours|cm|td|tp|tds|tps|amphi|seminaire|atelier|lab|labo)(?![a-z])/;

/**
 * The hours of a bold field whose value opens with a weekday then one range (`**Cours
 * magistral:** Lundi 15h15 - 16h45, amphi H`): that weekday's slot, the label naming whose.
 */
function weekdayFieldHours(node: Paragraph, label: string, source: SourceText): DraftHours | undefined {
  const value = normaliseText(plainText(node).slice(label.length)).replace(/^[\s:]+/, '');
  const weekday = WEEKDAY_NAMES.findIndex((name) => value.startsWith(name)) + 1;
  if (weekday === 0) return undefined;
  const hours = onlyHours(node, source);
  if (!hours || hours.slots.length !== 1 || hours.slots[0]!.end === undefined) return undefined;
  return { ...hours, weekday };
}

// The kind a name opens with, folded, its plural's `s` and any number off (`TDs`, `TD 1`, `Cours`: `td`, `td`, `cour`).
function kindWord(text: string): string | undefined {
  const word = /^[a-z]+/.exec(normaliseText(text).trim())?.[0];
  return word === undefined ? undefined : word.replace(/s$/, '');
}

// Words of a sentence that times a part of the day, not the day (folded).
const NOT_THE_DAYS = /\b(?:accueil|pause|dejeuner|repas|cafe|ouverture des portes)\b/;

/**
 * Gives a list of dated sessions the one range of hours its own section tells above it
 * (`#### La formule intensive` over `* De 9h00 à 17h00, 6 heures et demies par jour`, then
 * `Calendrier:` and `* 12-13-14-15 juin 2013`): a page of several formats, each with its
 * hours and its dates, tells each list's time in its part, where the page's practical
 * information would tell one time for all. Only a range with its end, and only when the
 * part between the heading and the list tells nothing else (oneTimeTold).
 */
function shareSectionHours(tree: Root, part: SessionDraft[], source: SourceText, hidden: HiddenRanges): void {
  // An event card's date line (`07 Juin 2025` over `### Atelier`) sits in the part of the card
  // above it: that part's time is the other card's, and a card tells its own below its title.
  if (part.some((draft) => draft.titledBy)) return;
  const first = part[0]!.position.start.offset ?? 0;
  const index = tree.children.findIndex((node) => (node.position?.end.offset ?? 0) > first);
  if (index < 0) return;
  const section: RootContent[] = [];
  let k = index - 1;
  for (; k >= 0 && tree.children[k]!.type !== 'heading'; k--) {
    const node = tree.children[k]!;
    if (!isHidden(hidden, node.position?.start.offset)) section.unshift(node);
  }
  if (k < 0) return;
  if (section.length === 0) {
    // `## Groupe MATIN : 10H - 13H30` right over its list of Saturdays: the heading tells its list's time.
    const told = headingHours(tree.children[k] as Heading, source);
    if (told) for (const draft of part) draft.hours = told;
    return;
  }
  const found = oneTimeTold(section, true);
  const parsed = found ? parseFrenchHours(toldReading(found)) : undefined;
  if (!found || !parsed?.ok || parsed.slots.length !== 1 || parsed.slots[0]!.end === undefined) return;
  // `Accueil des participants de 8h30 à 9h.`: a welcome's or a break's time, not the days' hours
  // (`De 9h00 à 17h00 … avec une pause de 90 minutes` speaks of a break after them).
  const said = plainText(found.node);
  if (NOT_THE_DAYS.test(normaliseText(said.slice(0, Math.max(0, said.indexOf(found.text)))))) return;
  const hours: DraftHours = { text: found.text, position: source.find(found.node.position!, found.text), slots: parsed.slots };
  for (const draft of part) draft.hours = hours;
}
