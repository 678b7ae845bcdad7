/*
 * The hour a dated heading's text gives it when no line of its own does (`## Samedi 30
 * Septembre` over `Gratuit et ouvert à tous. Spectacle à 18h, sans réservation`): a page
 * of one heading per performance or visit often tells its time only in a sentence below.
 * A reader takes it when the section tells one time and nothing else: one start (`à 18h`,
 * `dès 18h30`) or one range (`de 14h à 17h`, `14h - 17h`). Two times, a time
 * that closes something (`jusqu'à 12h`, `avant 23h59`) or a length (`2h de spectacle`)
 * leave the heading all day, as it was. The section's list items count (`- **Heures** :
 * 9h30 - 18h`, the detail fields a programme writes under each session), and so does a
 * heading dated by the line right below it (`### Atelier` over `📅 Dimanche 13 avril 2025`
 * and `⏰ 14:00 - 18:00`).
 */
import type { Heading, RootContent } from 'mdast';
import { readDatedLine, type DatedLine } from '../dates/dated-line.js';
import { extractDateFromHeading } from '../dates/french-dates.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { isLengthAsClock } from '../dates/hours-extent.js';
import { monthFromWord, weekdayFromWord } from '../dates/french-months.js';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import { isWordedHour, saidAsClock } from '../dates/tokenize.js';
import { DEADLINE_PHRASES, DEADLINE_PREPOSITIONS, LIMIT, REGISTERING, UNTIL, wordsAnywhere, wordsAnywhereSource, wordsAtEnd } from './deadline-words.js';
import { lastSentenceStart } from './table-introduction.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { plainText } from './plain-text.js';
import { isPartOfDay } from './part-of-day.js';
import { whenLabelKind } from './when-labels.js';
import { hoursAlone } from './slot-hours.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// A clock time in a sentence: `18h`, `18 h 30`, `18h30`, `18:30`, and the Belgian and Swiss
// `19.30 h` (minutes after a dot, the `h` after them). Each part bounded, no part optional
// on both sides of another: read in linear time.
// What comes before a time must not be a letter or digit (`a18h`, `123h`): checked in code.
// A space before the `h` only with minutes after it or two digits before it (`18 h 30`,
// `19 h`), or one digit opening a range to another time (`entre 9 h et 15 h`, `9 h - 12 h`):
// `Discussion - 1 h` is a length. The `h` written out too (`à partir de 18 heures`, `9 heures
// 30`), as the hours grammar reads it; whether it is a clock time is checked in code.
const CLOCK_TIME = /(?:\d{1,2}(?:h\d\d|h|:\d\d|\.\d\d\s?h|\sh\s?\d\d|\sheures?(?:\s\d\d)?)|\d\d\sh|\d\sh(?=\s(?:\u00e0|a|-|\u2013|et)\s\d{1,2}\s?h))(?![0-9A-Za-z])/gi;
const WORD_CHARACTER = /[0-9A-Za-z]/;
// The words right before a time alone that make it a start: `à 18h`, `dès 18h30`, `à partir
// de 18h30` (`de 2h` is a length, `vers 9h30` only a rough time: a sentence, not the
// session's hours).
const OPENS = /(?:^|[\s(])(?:[\u00e0a]|d[\u00e8e]s|partir de)\s$/i;
// The words before a time that make it a start and nothing else: `dès 9h`, `à partir de 9h`.
const STARTS = /(?:^|[\s(])(?:d[\u00e8e]s|partir de)\s$/i;
// The folded words that may stand between a start and its end told apart (`dès 9h et
// jusqu'à 17h`, `(à partir de 9h00) au jeudi 26 juin 2025 (jusqu'à 17h)`): joining words and a
// day's; any other word tells of something else (`dès 14h ; dépôt du compte rendu jusqu'à 23h59`).
const JOINING_WORDS = new Set(['et', 'puis', 'au', 'le', 'du', 'jusqu', 'a', 'er']);

/** Whether what stands between a start and its end only joins them (JOINING_WORDS, a day's number, month or weekday, brackets, commas), on one line. */
function onlyJoinsTheEnds(between: string): boolean {
  if (between.includes('\n')) return false;
  return foldedWords(normaliseText(between)).every((word) => JOINING_WORDS.has(word) || /^\d+$/.test(word) || monthFromWord(word) !== undefined || weekdayFromWord(word) !== undefined);
}

// Folded words before a start that make it another moment's than the event's: the doors, a
// welcome, a desk (`Ouverture des portes dès 16h et jusqu'à 16h45, début du concert`), and
// registering or booking (REGISTERING: `Inscriptions dès 9h …`).
const SIDE_WINDOW = wordsAnywhere(['ouvertures?', 'portes', 'accueil', 'retraits?', 'ventes?', 'depots?']);

/** Whether the sentence of `text` before `at` (its line, from its last sentence's end) tells of another moment than the event's (SIDE_WINDOW, REGISTERING). */
function saysAnotherMoment(text: string, at: number): boolean {
  const head = text.slice(0, at);
  const line = head.slice(head.lastIndexOf('\n') + 1);
  const folded = normaliseText(line.slice(lastSentenceStart(line)));
  return SIDE_WINDOW.test(folded) || REGISTERING.test(folded);
}

// The folded words right before a time that make it the end of the time started before: `jusqu'à 17h`, `(jusqu'à 17h`.
const UNTIL_BEFORE = wordsAtEnd(UNTIL);
// The folded words before a time that make it an end: `jusqu'à 12h`, `avant 23h59`, `limite`,
// `au plus tard 18h` (deadline-words.ts), `fin 17h`.
// `fin` only before a space (`fin 17h`, not `Repas de fin, à 19h`).
const CLOSES = new RegExp(`${wordsAnywhereSource([...UNTIL, ...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, LIMIT])}|(?:^|[^a-z])fin\\s`);
// What may join the two ends of a range: `de 14h à 17h`, `14h - 17h`, `14h–17h`, `entre 14h et 18h`,
// and an arrow, drawn or typed (`14:00 → 18:00`, `14h -> 18h`, `14:00 > 18:00`), as the hours
// grammar reads one (french-hours.ts).
const JOIN = /^\s?(?:[\u00e0a]|-|\u2013|\u2014|et|->|>|\u2192)\s?$/i;

// A bare hour joined to the time after it (`14 à `, `1-`, `9 – `): the range's start, its `h`
// left to the end's. Not after a digit, a colon, a dot, a comma or an `h` (`12.30 - `, `2,5 à `, `9h30 -`):
// those end other numbers.
const BARE_START = /(?:^|[^\d:.,h])\d{1,2}\s?(?:\u00e0|a|-|\u2013)\s?$/i;
// Words that make a range with a bare start a length (folded): `Durée`, `Comptez de 10 à 12h`,
// `Temps de préparation estimé de 6 à 8h`.
const LENGTH_WORDS = /(?:^|[^a-z])(?:duree|comptez|compter|temps|estime|estimee)(?![a-z])/;
// What opens a range of hours (`de 14 à 16h`).
const RANGE_FROM = /(?:^|\s)de\s$/i;

// How far before a time its opening words are looked for (`à partir de `).
const LEAD = 14;

/**
 * Whether `N heures` written at `index` in `text` is a clock time (`à 18 heures`), not a
 * length (`2 heures`, `10 heures de projet`) nor a race (`24 heures`): tokenize.ts decides,
 * on the folded words around it.
 */
function wordedClock(text: string, index: number, length: number): boolean {
  if (!isWordedHour(Number.parseInt(text.slice(index), 10))) return false;
  const before = normaliseText(text.slice(Math.max(0, index - LEAD), index));
  const written = normaliseText(text.slice(index, index + length));
  const from = before === '' ? 0 : before.length + 1;
  const folded = `${before === '' ? '' : `${before} `}${written} ${normaliseText(text.slice(index + length, index + length + LEAD))}`;
  return saidAsClock(folded, from, from + written.length);
}

interface Mention {
  at: number;
  written: string;
  text: string;
  node: RootContent;
  // Whether `written` is a whole range (`14 à 16h`), its start a bare hour.
  range: boolean;
}

/** The paragraphs of `nodes`, and with `lists` those of their list items and their headings, in document order. */
function sentencesOf(nodes: RootContent[], lists: boolean): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'paragraph') return [node];
    // An event page's practical details are often headings (`#### Départs entre 7h30 et 9h30`).
    if (lists && node.type === 'heading') return [node];
    if (lists && node.type === 'list') return node.children.flatMap((item) => sentencesOf(item.children, true));
    return [];
  });
}

/** A time told in a sentence: as written, the paragraph that tells it, and, when its ends stand apart (`dès 9h … jusqu'à 17h`), the range to read. */
export interface ToldTime {
  text: string;
  node: RootContent;
  reading?: string;
}

/** The hours a told time gives, for parseFrenchHours. */
export function toldReading(found: ToldTime): string {
  return found.reading ?? found.text;
}

/**
 * The one time (or range) the sentences of `nodes` tell, as written, and the paragraph
 * that tells it: one start (`à 18h`, `à partir de 18h30`) or one range (`de 14h à 17h`).
 * `lists`: the paragraphs of list items and the headings count too (`* Quand ? Le 20
 * septembre, de 10h à 18h`, `#### Départs entre 7h30 et 9h30`), as on an event's page,
 * whose practical details are often a list or headings.
 */
export function oneTimeTold(nodes: RootContent[], lists = false): ToldTime | undefined {
  const times: Mention[] = [];
  for (const node of sentencesOf(nodes, lists)) {
    const text = plainText(node);
    const folded = normaliseText(text);
    for (const match of text.matchAll(CLOCK_TIME)) {
      if (match.index > 0 && WORD_CHARACTER.test(text[match.index - 1]!)) continue;
      if (/heure/i.test(match[0]) && !wordedClock(text, match.index, match[0].length)) continue;
      // `1 à 2h`, `de 14 à 16h`: a range whose `h` is written once, at its end.
      const lead = text.slice(Math.max(0, match.index - LEAD), match.index);
      const bare = BARE_START.exec(lead);
      const from = bare ? match.index - bare[0].length + bare[0].search(/\d/) : match.index;
      const range = bare ? parseFrenchHours(text.slice(from, match.index + match[0].length)) : undefined;
      // `Durée approx : 1 à 2h`, `Comptez de 10 à 12h de révision`: how long, not when.
      if (range?.ok && range.slots.length === 1 && (isLengthAsClock(range.slots[0]!, folded) || LENGTH_WORDS.test(folded))) continue;
      // Only `de` before it makes a bare number an hour (`de 14 à 16h`; `Salle 2 - 18h` is a room).
      const whole = range?.ok === true && RANGE_FROM.test(text.slice(Math.max(0, from - LEAD), from));
      const at = whole ? from : match.index;
      const written = text.slice(at, match.index + match[0].length);
      times.push({ at, written, text, node, range: whole });
      if (times.length > 2) return undefined;
    }
  }
  const [first, second] = times;
  if (!first) return undefined;
  const before = first.text.slice(Math.max(0, first.at - LEAD), first.at);
  if (CLOSES.test(normaliseText(before))) return undefined;
  if (!second) return OPENS.test(before) || first.range ? { text: first.written, node: first.node } : undefined;
  if (second.node !== first.node) return undefined;
  const between = first.text.slice(first.at + first.written.length, second.at);
  // `du mercredi 25 juin (à partir de 9h00) au jeudi 26 juin 2025 (jusqu'à 17h)`, `dès 9h et
  // jusqu'à 17h`: a start, then in the same sentence an end, is the range they bound.
  if (STARTS.test(before) && UNTIL_BEFORE.test(normaliseText(between)) && onlyJoinsTheEnds(between) && !saysAnotherMoment(first.text, first.at)) {
    return { text: first.text.slice(first.at, second.at + second.written.length), node: first.node, reading: `${first.written} - ${second.written}` };
  }
  if (!JOIN.test(between)) return undefined;
  const range = first.text.slice(first.at, second.at + second.written.length);
  const parsed = parseFrenchHours(range);
  // `réunion hebdomadaire de 1h-1h30`: how long, not when.
  if (parsed.ok && parsed.slots.length === 1 && isLengthAsClock(parsed.slots[0]!, normaliseText(first.text))) return undefined;
  return { text: range, node: first.node };
}

/**
 * Gives each dated heading that has neither hours nor slots the one time its section's
 * sentences tell (see above). `drafts` are the headings' drafts, found by their heading's
 * position among the document's top-level nodes.
 */
export function addSectionHours(nodes: RootContent[], drafts: SessionDraft[], source: SourceText, hidden: HiddenRanges): void {
  const waiting = new Map<number, SessionDraft>();
  for (const draft of drafts) {
    // A heading dated by the line below it (`### Atelier` over `📅 Dimanche 13 avril 2025`)
    // is read as that line's session, but stands at the heading: its section tells its time too.
    if ((draft.source === 'heading' || draft.source === 'list') && draft.dated && !draft.borrowed && !draft.hours && draft.slots === 0) waiting.set(draft.position.start.offset ?? -1, draft);
  }
  if (waiting.size === 0) return;
  nodes.forEach((node, index) => {
    const draft = node.type === 'heading' ? waiting.get(node.position?.start.offset ?? -1) : undefined;
    if (!draft) return;
    const section: RootContent[] = [];
    let parts = false;
    let whenHeld = false;
    for (let k = index + 1; k < nodes.length; k++) {
      const next = nodes[k]!;
      if (next.type === 'heading' && next.depth <= (node as Heading).depth) break;
      // A sub-heading closes the heading's own words: what it holds tells its own part.
      if (next.type === 'heading') {
        // `### Matin` and `### Après-midi` split the day: a line of hours above them may be the morning's.
        if (isPartOfDay(normaliseText(plainText(next)))) return;
        // `### Quand` over `Le samedi 22 juin 2024 à 21h.`: the section that says when tells the
        // heading's own time; the sub-heading after it closes it (`### Lieu`).
        if (whenHeld) break;
        if (whenLabelKind(plainText(next)) !== undefined) {
          whenHeld = true;
          continue;
        }
        parts = true;
        break;
      }
      if (!isHidden(hidden, next.position?.start.offset)) section.push(next);
    }
    // An hours field in the section's list (`- **Heures** : 9h30 - 18h`) tells it as a sentence does.
    const found = oneTimeTold(section, true);
    if (!found) return;
    // Over parts (`### Matin`), a time in a sentence (`Début à 9h.`) may be the first part's:
    // only the line that restates the day with its hours is the session's (`## Session 8 - 1er
    // mai 2020` over `Vendredi 1er mai de 9h00 à 12h30, via whereby.com.`, then `### Ce qu'on a fait`).
    const text = plainText(found.node).trim();
    const line = found.node.type === 'paragraph' ? readDatedLine(text) : undefined;
    if (parts && (found.node !== section[0] || !line)) return;
    // A heading of several days (`## Week-end des 15 et 16 mars`) over its parts: the line tells one day's hours.
    if (parts && draft.dated!.line.expression.kind !== 'single') return;
    const parsed = parseFrenchHours(toldReading(found));
    if (!parsed.ok || parsed.slots.length !== 1) return;
    const other = line && otherDay(draft, text, line, found.node === section[0]);
    // `Examen le 10 décembre de 12h00 à 13h50.` under `### Mardi 17 décembre 2024`: the time of
    // another day's event, which the sentence announces (announced-sessions.ts).
    if (other?.restates === false) return;
    // `Prochaine réunion le mardi 16/05/2017 à 10H.` under `## Compte-rendu réunion n°6
    // (27/04/2017)`: a time a sentence gives with another day, inside it, is that day's.
    if (!line && givenWithAnotherDay(draft.dated!.line, text, found.text)) return;
    draft.hours = { text: found.text, position: source.find(found.node.position!, found.text), slots: parsed.slots };
    if (other) draft.restatedDay = { text: other.text, position: source.find(found.node.position!, other.text) };
  });
}

// What may follow the date and hours of a line that restates its session: nothing, or where
// it is held (folded): `via whereby.com`, `dans les locaux de…`, `en ligne`, `salle B`, `au local`.
// The place is all that follows: a comma or a colon after it starts what happens there
// (`au local, réunion de préparation`).
const PLACE_AFTER = /^[\s,.;]*(?:$|(?:via|dans|chez|en ligne|en visio|en salle|salle|au|aux|a la|a l'|sur)(?![a-z])[^,:;]*$)/;

/** Whether the words after a line's hours (folded) say only where it is held (`au local CGT`, `via whereby.com`, `salle B`), or nothing. */
export function saysOnlyWhere(folded: string): boolean {
  return PLACE_AFTER.test(folded);
}

// Folded words right before a day that make it a bound or a comparison, not the day of the time after it.
const NOT_THE_TIME_DAY = /(?:^|[^a-z])(?:avant|apres|jusqu'?au|jusqu'?a|limite|d'ici|que)(?: le| la| au)?$/;

/**
 * Whether the sentence that gives a time writes, before it, a day that is none of a heading's
 * (`Prochaine réunion le mardi 16/05/2017 à 10H.`): that day's time. Only a day named with
 * its weekday, its year or its month in words (`salle 1/12` is a room), not a bound or a
 * comparison (`avant le 15 mars`, `Même horaire que le 5 mars`); compared by day and month.
 */
function givenWithAnotherDay(heading: DatedLine, text: string, time: string): boolean {
  const at = text.indexOf(time);
  if (at < 0) return false;
  // The sentence's words before the time: from the last full stop before it.
  const stop = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at));
  const before = text.slice(stop + 1, at);
  const found = extractDateFromHeading(before);
  if (!found) return false;
  const said = found.expression.mentions.every((mention) => mention.weekday !== undefined || mention.year !== undefined) || /\p{L}/u.test(found.dateText);
  if (!said || NOT_THE_TIME_DAY.test(normaliseText(before.slice(0, found.start)).trimEnd())) return false;
  const days = new Set(heading.expression.mentions.map((mention) => `${mention.day}/${mention.month}`));
  return found.expression.mentions.some((mention) => !days.has(`${mention.day}/${mention.month}`));
}

/**
 * The other day than its heading's that the sentence telling a session's time writes, as
 * written, and whether it restates the session: the first line under the heading opening
 * with that date (`## Session 7 - 24 avril 2020` over `Vendredi 20 mars de 9h00 à 11h30, via
 * whereby.com.`) was copied from another session and one of the two dates not updated; a
 * sentence further down or led by other words (`Examen le 10 décembre de 12h00 à 13h50.`)
 * tells another event. Only a heading of one day, against a sentence that writes one day,
 * compared by day and month (the sentence often leaves the year out).
 */
function otherDay(draft: SessionDraft, text: string, line: DatedLine, first: boolean): { text: string; restates: boolean } | undefined {
  const heading = draft.dated!.line.expression;
  if (heading.kind !== 'single') return undefined;
  const said = line.expression.kind === 'single' ? line.expression.mentions[0] : undefined;
  const day = heading.mentions[0]!;
  if (!said || (said.day === day.day && said.month === day.month)) return undefined;
  // The date opens the line, its article aside (`Le 7 novembre 2014, à 19h00 dans les locaux de…`),
  // and only its hours and where follow (`via whereby.com.`): a title after them (`: partiel en
  // amphi A`) or a verb names another event.
  const before = normaliseText(text.slice(0, line.start));
  const after = normaliseText(line.hours ? text.slice(line.hours.end) : line.rest);
  return { text: line.dateText, restates: first && line.lead === '' && (before === '' || before === 'le') && saysOnlyWhere(after) };
}

/**
 * Gives a dated heading that writes only its start (`### 🗓️ Mercredis 12 et 26 août -
 * 10h30`) the end its card writes further down: an event card often names the day and the
 * start in its heading, then the title and a line of practical hours (`🕙 10h30 — 12h`,
 * `Horaires : 10h30 - 12h`). A reader takes that end when the line holds hours alone, one
 * range that starts when the heading says, before the next dated heading or the card's
 * rule (`---`). A range that starts at another time is something else (a second slot,
 * the hours of a place) and changes nothing.
 */
export function addSectionEnds(nodes: RootContent[], drafts: SessionDraft[], source: SourceText, hidden: HiddenRanges): void {
  const starts = drafts.map((draft) => draft.position.start.offset ?? -1).sort((a, b) => a - b);
  for (const draft of drafts) {
    const slot = draft.hours?.slots.length === 1 ? draft.hours.slots[0] : undefined;
    if (draft.source !== 'heading' || !draft.dated || !slot || slot.end !== undefined || slot.label !== undefined) continue;
    const from = draft.position.start.offset ?? -1;
    const until = starts.find((at) => at > from) ?? Number.POSITIVE_INFINITY;
    for (const node of nodes) {
      const at = node.position?.start.offset ?? -1;
      if (at <= from || isHidden(hidden, at)) continue;
      if (at >= until || node.type === 'thematicBreak') break;
      if (node.type !== 'paragraph') continue;
      const line = source.slice(node.position!).split('\n').map((part) => hoursAlone(part)).find((found) => found !== undefined);
      const range = line?.slots.length === 1 ? line.slots[0] : undefined;
      if (!range?.end || range.start.hour !== slot.start.hour || range.start.minute !== slot.start.minute) continue;
      draft.hours = { ...draft.hours!, slots: [{ ...slot, end: range.end }] };
      break;
    }
  }
}
