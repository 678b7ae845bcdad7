/*
 * The day or days a page's front matter says its event takes (`date_debut: 2024-04-12` and
 * `date_fin: 2024-04-13`, `dates_publiees: 12 et 13 avril 2024`, `event_date: 2024-05-17`,
 * `title: séance du 03/03/2021`, `date: 2022-11-08T19:00:00`), its top-level keys as
 * metadata-values.ts reads them.
 */
import type { Heading, Root } from 'mdast';
import type { Position } from 'unist';
import { closingItemDate } from '../dates/dated-item.js';
import { feastDay } from '../dates/feast-days.js';
import { readDatedLine, type DatedLine } from '../dates/dated-line.js';
import { addDays, compareDates, isRealDate, toDayNumber, toIsoDate } from '../dates/plain-date.js';
import type { DateExpression, DayMention, PlainDate } from '../dates/types.js';
import { datedTextOf } from './dated-text.js';
import { dayAt, WRITTEN_ON } from './invited-days.js';
import { isPunct, isWord, tokenize } from '../dates/tokenize.js';
import { normaliseText } from '../dates/normalise-text.js';
import { monthFromWord, weekdayFromWord } from '../dates/french-months.js';
import { frontMatterNode, metadataEntries, pageMetadata, valueOffset, type MetadataEntry } from './page-metadata.js';
import type { SourceText } from './source-text.js';
import { plainText } from './plain-text.js';

/** A date the front matter writes, and where. */
export interface FrontMatterDays {
  line: DatedLine;
  position: Position;
}

// Keys (folded; `_`, `-` and a camelCase join read as spaces) that name when the event
// starts and ends, in French and English.
const START_KEYS = new Set(['date debut', 'debut', 'date de debut', 'start', 'start date', 'date start', 'starts', 'begin', 'begins', 'event start', 'from', 'datestart', 'startdate', 'datedebut', 'when start', 'begin date', 'date begin']);
// Keys of a start or an end written as one word (`datestart: 2024/06/22`, `enddate`).
const GLUED_KEYS = new Set(['datestart', 'startdate', 'datedebut', 'dateend', 'enddate', 'datefin']);
/** Keys (folded) that name when an event ends (`date_fin`, `end`, `event_end`). */
export const END_KEYS = new Set(['date fin', 'fin', 'date de fin', 'end', 'end date', 'date end', 'ends', 'event end', 'until', 'to', 'dateend', 'enddate', 'datefin', 'when end']);
/** Keys whose value is an event's start hour (`heure_debut: 18h30`, `time: 7pm`), folded as keys are. */
export const TIME_KEYS = new Set(['heure', 'heures', 'horaire', 'horaires', 'hour', 'hours', 'heure debut', 'heure de debut', 'debut heure', 'start time', 'time start', 'time', 'starts at', 'heure evenement', 'event time', 'humantime']);
/** Keys whose value is an event's end hour (`heure_fin: 20h`). */
export const END_TIME_KEYS = new Set(['heure fin', 'heure de fin', 'fin heure', 'end time', 'time end', 'ends at']);
// Keys that name the event's own day or days.
const EVENT_KEYS = new Set([
  'dates', 'dates publiees', 'date evenement', 'date de l evenement', 'date event', 'event date', 'event dates', 'event day', 'event days', 'eventdate', 'dateevent', 'dateevenement',
  'quand', 'when', 'jour', 'jours', 'day', 'days', 'date seance', 'date de la seance', 'session date',
  // A recurring training's page that says when it next meets (`nextDate: Le mardi 22 septembre de 8h45 à 16h30`).
  'next date', 'nextdate', 'next session', 'next event', 'prochaine date', 'prochaine session', 'prochaine seance', 'date prochaine session',
  // A CMS's field for the day of what a list holds (`date_service:` of a catering's meals, `date_atelier:`).
  'date service', 'date du service', 'date repas', 'date atelier', 'date cours', 'date rencontre', 'date reunion', 'date sortie', 'date conference',
  // An artist's or a venue's post template (`date_expo: Du 4 mai au 30 septembre`, `date_concert:`).
  'date expo', 'date exposition', 'date concert', 'date spectacle', 'date stage', 'date formation', 'date seminaire', 'date festival', 'date salon', 'date projection', 'date match', 'date tournoi',
]);
/** Whether a folded key names the event's own day or days (`dates`, `event_date`, `nextDate`). */
export function namesEventDays(key: string): boolean {
  return EVENT_KEYS.has(key);
}

// Keys of the page's name, which may say its day (`séance du 03/03/2021`).
const TITLE_KEYS = new Set(['title', 'titre', 'subtitle', 'sous titre']);

// An ISO date opening a value (`2022-11-08T19:00:00`, `2024-04-12T08:40:19.842Z`, `2024-05-17`), or with slashes (`2024/06/22`).
const ISO_DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})(?![\d])/;

// An ISO date and time to the second that is not on the minute (`2018-02-25T20:01:47+00:00`,
// `2025-02-23T20:00:30.242Z`; not `2024-06-10T00:00:00.000Z`, a day picked in a form): the instant a blog engine or an editor stamped when the post
// was saved. Nobody sets an event at 20:01:47; a coordinator who dates the event in `date:`
// writes its day, or its day and hour (`2022-11-08T19:00:00`, `2025-06-25 19:00:00 +0200`).
const SAVED_TIMESTAMP = /^['"]?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:(\d{2})([.\d]*)/;

/** Whether a `date:` value is the instant the post was saved (SAVED_TIMESTAMP), not a day chosen for an event. */
export function isSavedTimestamp(value: string): boolean {
  const found = SAVED_TIMESTAMP.exec(value.trim());
  return found !== null && (found[1] !== '00' || /[1-9]/.test(found[2] ?? ''));
}

// A day's midnight in Central Europe as a site's editor stores it, in UTC: 22:00 sharp in
// summer, 23:00 in winter, the day before (`startDate: "2026-03-14T23:00:00.000Z"` for a
// vote on Sunday 15 March). The hours read it so too (event-page.ts, PICKED_IN_UTC). Which
// of the two is the zone's midnight that day is asked of the zone (storedMidnight).
const STORED_MIDNIGHT = /^['"]?(\d{4}-\d{2}-\d{2}T2[23]:00)(?:Z|:00Z|:00\.0{1,9}Z)['"]?$/;
// The hour on Central Europe's clock (French, Belgian and Swiss pages): made once, asked often.
const CENTRAL_EUROPE_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });

/** Whether a value is the midnight starting a day in Central Europe, stored in UTC the evening before (STORED_MIDNIGHT). */
function storedMidnight(value: string): boolean {
  const found = STORED_MIDNIGHT.exec(value);
  return found !== null && Number(CENTRAL_EUROPE_HOUR.format(new Date(`${found[1]}:00Z`))) === 0;
}

/** The mention an ISO date value writes, or undefined; a stored midnight (STORED_MIDNIGHT) is the next day's. */
export function isoMention(value: string): DayMention | undefined {
  const found = ISO_DATE.exec(value) ?? COMPACT_DATE.exec(value);
  const numeric = found ? undefined : NUMERIC_DATE.exec(value);
  if (!found && !numeric) return undefined;
  // `23/11/2022`: a form's day written as people write it, day first, its year in full.
  const [year, month, day] = found ? [Number(found[1]), Number(found[2]), Number(found[3])] : [Number(numeric![3]), Number(numeric![2]), Number(numeric![1])];
  if (!isRealDate(year, month, day)) return undefined;
  const text = (found ?? numeric)![0];
  if (!storedMidnight(value.trim())) return { day, month, year, text };
  return { ...addDays({ year, month, day }, 1), text };
}

// An ISO day written without its dashes, the value's whole (`date: 20250403`, as a Hugo
// site's data may keep it): a year of this century or the last, then its month and day.
const COMPACT_DATE = /^((?:19|20)\d{2})(\d{2})(\d{2})$/;
// A day written day first with its year in full, the value's whole: `23/11/2022`.
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

// The last word of a key that names a start or an end under a theme's prefix (`alpha-start`, `stage_debut`).
const PREFIXED_START = new Set(['start', 'debut']);
const PREFIXED_END = new Set(['end', 'fin']);

// Prefixes that make a start or an end another period's than the event's: registration, a call, a sale.
const OTHER_PERIODS = new Set(['inscription', 'inscriptions', 'registration', 'cfp', 'candidature', 'candidatures', 'appel', 'soumission', 'submission', 'vente', 'billetterie', 'ticket', 'tickets', 'vote', 'publication']);

/** The prefix of a key (folded) that names a theme's start or end (`alpha start` → `alpha`), if it is one. */
function prefixOf(key: string, ends: ReadonlySet<string>): string | undefined {
  const words = key.split(' ');
  return words.length === 2 && ends.has(words[1]!) && !OTHER_PERIODS.has(words[0]!) ? words[0] : undefined;
}

/**
 * The entries of an event's start and end: `start`/`end`, `date_debut`/`date_fin` first (or
 * `date` beside an `end`); else a theme's prefixed pair (`alpha-start`/`alpha-end`), the end
 * of the same prefix.
 */
function startAndEnd(entries: MetadataEntry[]): { start?: MetadataEntry; end?: MetadataEntry } {
  // A key run together read only over a day written by hand (`datestart: 2024/06/22`): a CMS's
  // form stores its own so with a timestamp (`startdate: 2023-10-28T00:00:00.000Z`, a
  // souvenir page's), and what its template shows is not said.
  const written = (entry: MetadataEntry) => !GLUED_KEYS.has(entry.key) || !/^['"]?\d{4}-\d{2}-\d{2}T/.test(entry.value);
  const end = entries.find((entry) => END_KEYS.has(entry.key) && isoMention(entry.value) && written(entry));
  // `date: 2026-05-11 8:00:00` over `end: 2026-05-13 17:00:00`: beside an end, the page's `date` is the event's start.
  const start = entries.find((entry) => START_KEYS.has(entry.key) && isoMention(entry.value) && written(entry)) ?? (end ? entries.find((entry) => entry.key === 'date' && isoMention(entry.value)) : undefined);
  if (start) return { start, end };
  const prefixed = entries.find((entry) => prefixOf(entry.key, PREFIXED_START) !== undefined && isoMention(entry.value));
  if (!prefixed) return {};
  const prefix = prefixOf(prefixed.key, PREFIXED_START);
  return { start: prefixed, end: entries.find((entry) => prefixOf(entry.key, PREFIXED_END) === prefix && isoMention(entry.value)) };
}

// The time of an ISO timestamp (`2025-03-17T00:59:00.000Z`), or of a day and time written by hand (`2026-08-09 2:00:00`).
const TIMESTAMP_TIME = /^\d{4}[-/]\d{2}[-/]\d{2}[T ](\d{1,2}):(\d{2})/;
// Before this hour, an end's time is the night after the last day.
const NIGHT_END_HOUR = 6;

/**
 * The last day an end value gives: its day, or the day before when its time is in the
 * small hours (`date_end: 2025-03-17T00:59:00.000Z` for a run of `12 – 16 mars`): a site's
 * form closes a run of days just past its last midnight.
 */
function lastDayOf(value: string): DayMention | undefined {
  const mention = isoMention(value);
  const time = TIMESTAMP_TIME.exec(value);
  // Exactly midnight is how a form stores a day without its time (`T00:00:00.000Z`): that day.
  if (!mention || !time || Number(time[1]) >= NIGHT_END_HOUR || (time[1] === '00' && time[2] === '00')) return mention;
  const before = addDays(plainDate(mention), -1);
  return { ...mention, ...before, text: toIsoDate(before) };
}

// A start at or after this hour that ends the next morning is one evening's event.
const EVENING_START_HOUR = 12;
// Before this hour the next day, an evening's event is still that evening's night.
const MORNING_END_HOUR = 12;

/**
 * Whether a start and an end are one night out (`start = 2025-05-24T16:00`, `end =
 * 2025-05-25T08:00`, a party until dawn): an afternoon or evening start, an end the next
 * morning. The event is on its first day, as a reader puts it in a calendar.
 */
export function overnight(startValue: string, endValue: string): boolean {
  const from = isoMention(startValue);
  const to = isoMention(endValue);
  const startTime = TIMESTAMP_TIME.exec(startValue);
  const endTime = TIMESTAMP_TIME.exec(endValue);
  if (!from || !to || !startTime || !endTime) return false;
  const next = addDays(plainDate(from), 1);
  return compareDates(plainDate(to), next) === 0 && Number(startTime[1]) >= EVENING_START_HOUR && Number(endTime[1]) < MORNING_END_HOUR;
}

// How many days apart an end may be for its time to close each day of the event.
const DAILY_END_DAYS = 6;

/**
 * Whether an end (`end: 2026-05-13 17:00:00`) is on a later day of the same week as the
 * start (`date: 2026-05-11 8:00:00`), at a later hour of its day: the hours of each day of
 * the event, as its reader reads them.
 */
export function endsEachDay(startValue: string, endValue: string): boolean {
  const from = isoMention(startValue);
  const to = isoMention(endValue);
  const startTime = TIMESTAMP_TIME.exec(startValue);
  const endTime = TIMESTAMP_TIME.exec(endValue);
  if (!from || !to || !startTime || !endTime) return false;
  const days = toDayNumber(plainDate(to)) - toDayNumber(plainDate(from));
  const minutes = (time: RegExpExecArray) => Number(time[1]) * 60 + Number(time[2]);
  return days >= 1 && days <= DAILY_END_DAYS && minutes(endTime) > minutes(startTime);
}

// An ISO mention always writes its year.
const plainDate = (mention: DayMention): PlainDate => ({ year: mention.year!, month: mention.month, day: mention.day });

function lineOf(expression: DateExpression, dateText: string): DatedLine {
  return { expression, dateText, start: 0, end: dateText.length, lead: '', rest: '', title: '' };
}

type Entry = MetadataEntry;

/**
 * The date a value writes: an ISO date, or French words that open with a date (`12 et 13
 * avril 2024`, `Mardi 3 mars 2025 à 18h`); a title may name its day after a lead
 * (`séance du 03/03/2021`, `Sprint : 16-17 juin 2026`).
 */
function valueDate(entry: Entry, title: boolean): DatedLine | undefined {
  const iso = isoMention(entry.value);
  if (iso) return lineOf({ kind: 'single', mentions: [iso] }, iso.text);
  if (!title) return readDatedLine(entry.value);
  // A title that closes with its day after what the event is (`Duchess France fête ses 5 ans
  // le 19 Mai !!!`), read as an item's closing date is: the marks of its exclamation set aside.
  const feast = feastDay(entry.value);
  // A title that is a feast and its year (`Toussaint 2014`) names the feast's day (feast-days.ts).
  if (feast) return lineOf({ kind: 'single', mentions: [feast] }, feast.text);
  return datedTextOf(entry.value, true) ?? closingItemDate(withoutClosingMarks(entry.value)) ?? oneDayIn(entry.value) ?? monthThenDay(entry.value);
}

/**
 * The day a monthly event's title names after its month (`Meetup de novembre le jeudi 28 à
 * partir de 18h30`, `Apéro d'avril : mardi 9`): the month, introduced by `de` or `d'`, then
 * the weekday and the day's number, and no other month. Read as `jeudi 28 novembre`, with
 * the hours after it.
 */
function monthThenDay(title: string): DatedLine | undefined {
  const toks = tokenize(title);
  const months = toks.flatMap((tok, k) => (tok.kind === 'word' && monthFromWord(tok.text) !== undefined ? [k] : []));
  if (months.length !== 1) return undefined;
  const at = months[0]!;
  if (!isWord(toks[at - 1], 'de', 'd')) return undefined;
  for (let k = at + 1; k < toks.length - 1; k++) {
    if (toks[k]!.kind !== 'word' || weekdayFromWord(toks[k]!.text) === undefined || toks[k + 1]!.kind !== 'num') continue;
    const dayEnd = toks[k + 1]!.to;
    const rebuilt = `${title.slice(toks[k]!.from, dayEnd)} ${title.slice(toks[at]!.from, toks[at]!.to)}${title.slice(dayEnd)}`;
    const read = datedTextOf(rebuilt, true);
    if (!read || read.start !== 0 || read.expression.mentions.length !== 1) return undefined;
    const dateText = title.slice(toks[at]!.from, dayEnd);
    // Said as written, not as rebuilt, and where the title writes it: what follows the day
    // (its hours) stands `shift` characters further in the title than in the rebuilt text.
    const shift = dayEnd - (dayEnd - toks[k]!.from + 1 + (toks[at]!.to - toks[at]!.from));
    const hours = read.hours ? { ...read.hours, start: read.hours.start + shift, end: read.hours.end + shift } : undefined;
    return {
      ...read,
      expression: { ...read.expression, mentions: read.expression.mentions.map((mention) => ({ ...mention, text: dateText })) },
      dateText,
      start: toks[at]!.from,
      end: dayEnd,
      ...(hours ? { hours } : {}),
      title,
    };
  }
  return undefined;
}

// The article or preposition that introduces a day inside a sentence (`le 1er décembre`, `du 3 au 5 mai`, `les 8 et 9 juin`).
const DAY_ARTICLES = new Set(['le', 'les', 'du', 'ce']);

/**
 * The one date a title or subtitle names inside its sentence (`subtitle: Une journée
 * communautaire le 1^er^ décembre autour de la data science`), introduced as French
 * introduces a day (`le`, `les`, `du`, `ce`): a page's title is a label for its event, as
 * its banner is (page-days.ts), so the day it names so is the event's. None when it names
 * several, or the day the page was written (`mis à jour le …`).
 */
function oneDayIn(title: string): DatedLine | undefined {
  const toks = tokenize(title);
  const found: DatedLine[] = [];
  for (let k = 0; k < toks.length; k++) {
    const introduced = k > 0 && toks[k - 1]!.kind === 'word' && DAY_ARTICLES.has(toks[k - 1]!.text);
    // `Rendez-vous mardi 28 mai 2019 : premier workshop`: a day written whole, weekday and year, needs no article.
    const day = introduced || weekdayFromWord(toks[k]!.text) !== undefined ? dayAt(toks, k, title) : undefined;
    // `Programme de la thématique EXPERIMENT (samedi 5 octobre)`: a bracket that holds the
    // weekday and the day and nothing else sets the day apart as an article would.
    const bracketed = day !== undefined && isPunct(toks[k - 1], '(') && day.expression.mentions.every((mention) => mention.weekday !== undefined) && title.slice(day.end).trimStart().startsWith(')');
    if (!day || (!introduced && !bracketed && !day.expression.mentions.every((mention) => mention.weekday !== undefined && mention.year !== undefined))) continue;
    found.push(day);
    while (k + 1 < toks.length && toks[k + 1]!.from < day.end) k++;
  }
  const one = found.length === 1 ? found[0]! : undefined;
  if (!one || WRITTEN_ON.test(normaliseText(title.slice(Math.max(0, one.start - 40), one.start)))) return undefined;
  return one;
}

// The text without the marks and spaces that close it; a walk from the end, since
// `/[\s!?.]+$/` takes quadratic time on a long run of spaces before a letter.
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t!?.'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The page's `title:` as its front matter writes it, if it does. */
export function frontMatterTitle(tree: Root): string | undefined {
  const front = frontMatterNode(tree);
  return front ? metadataEntries(front.node.value, front.syntax).find((entry) => entry.key === 'title' || entry.key === 'titre')?.value : undefined;
}

/**
 * The name a reader gives the page's one event: its front matter's `title:`, else its first
 * level-1 heading; none when it has neither (a section's heading, `### Description`, names no event).
 */
export function pageTitle(tree: Root): string | undefined {
  const top = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return frontMatterTitle(tree) ?? (top ? plainText(top) : undefined);
}

/**
 * Which key gave a page's days: one naming the event's days (`date_debut`, `event_date`,
 * `quand`), its title, or its `date:`, which a blog engine sets to the day a post was written.
 */
export type DaysKey = 'event' | 'title' | 'date';

/**
 * The page's event days as its metadata entries write them, most specific first: a start
 * and an end (`date_debut`/`date_fin`, `start`/`end`), else a key naming the event's day
 * (`dates`, `event_date`, `quand`), else a title that names a day, else the page's `date:`
 * (which a blog engine may set to the day a post was written: the last resort); where the
 * value that gives them is, and which key gave them.
 */
export function datesOfEntries(entries: MetadataEntry[]): { line: DatedLine; offset: number; length: number; key: DaysKey } | undefined {
  const at = (entry: Entry, line: DatedLine, key: DaysKey) => ({ line, offset: entry.offset, length: valueOffset(entry, entry.value.length) - entry.offset, key });

  const { start, end: endEntry } = startAndEnd(entries);
  if (start) {
    const first = isoMention(start.value)!;
    const last = endEntry ? (overnight(start.value, endEntry.value) ? first : lastDayOf(endEntry.value)) : undefined;
    const range = last !== undefined && compareDates(plainDate(last), plainDate(first)) > 0;
    const expression: DateExpression = range ? { kind: 'range', mentions: [first, last!] } : { kind: 'single', mentions: [first] };
    return at(start, lineOf(expression, range ? `${first.text} – ${last!.text}` : first.text), 'event');
  }
  const kinds: Array<[Set<string>, DaysKey]> = [[EVENT_KEYS, 'event'], [TITLE_KEYS, 'title'], [new Set(['date']), 'date']];
  for (const [keys, kind] of kinds) {
    for (const entry of entries) {
      if (!keys.has(entry.key)) continue;
      if (kind === 'date' && isSavedTimestamp(entry.value)) continue;
      const line = valueDate(entry, kind === 'title');
      // `date: "17 au 19 octobre 2016"` over a training's page: a page is published on one day,
      // stamped in figures; days in words, several of them, are the event's (see daysInWordsOfOwnKey).
      if (line && kind === 'date' && severalDaysInWords(entry.value, line) && !writtenAsAPost(entries)) return at(entry, line, 'event');
      if (line) return at(entry, line, kind);
    }
    // `moment: 4 et 5 mars 2017`: a theme's own key for the event's days, before its title.
    if (kind === 'event') {
      const own = daysInWordsOfOwnKey(entries);
      if (own) return at(own.entry, own.line, 'event');
    }
  }
  return undefined;
}

// Keys (folded) whose value is when the page was written, kept or set to expire, not its event's day.
const WRITTEN_KEYS = new Set(['date', 'lastmod', 'last modified', 'updated', 'update', 'modified', 'created', 'published', 'publish date', 'pub date', 'expires', 'expiry date', 'expirydate', 'publishdate']);

// What files a page as a post, a letter or a journal, whose days in words are those it was
// written over or covers (folded): its layout, its categories or tags, its title's words.
const POST_LAYOUTS = /^(?:post|posts|article|articles|blog|billet)$/;
const POST_TOPICS = /(?:^|[^a-z])(?:blog|billets?|voyages?|journal|newsletters?|lettres?)(?![a-z])/;
const POST_TITLE = /(?:^|[^a-z])(?:lettres?|newsletters?|journal|notes?|bulletins?|billets?|carnets?|compte[ -]rendu|comptes[ -]rendus|bilan|retour|rapport)(?![a-z])/;

/** Whether the front matter files its page as a post, a letter or a journal (POST_LAYOUTS, POST_TOPICS, POST_TITLE). */
function writtenAsAPost(entries: MetadataEntry[]): boolean {
  return entries.some((entry) => {
    const value = normaliseText(entry.value);
    if (entry.key === 'layout') return POST_LAYOUTS.test(value.trim());
    if (['categories', 'category', 'tags', 'tag'].includes(entry.key)) return POST_TOPICS.test(value);
    return ['title', 'titre'].includes(entry.key) && POST_TITLE.test(value);
  });
}

/** Whether a value is a date of several days and nothing else, its month named and its year written (`17 au 19 octobre 2016`, `4 et 5 mars 2017`). */
function severalDaysInWords(value: string, line: DatedLine): boolean {
  const several = line.expression.kind === 'range' || line.expression.mentions.length > 1;
  const named = tokenize(value).some((tok) => tok.kind === 'word' && monthFromWord(tok.text) !== undefined);
  return several && named && line.title === '' && line.expression.mentions.every((mention) => mention.year !== undefined);
}

/**
 * The days a key of a theme's own making writes in words, with their year (`moment: 4 et 5
 * mars 2017`, `periode: du 3 au 7 juillet 2023`): a publishing engine stamps the days it
 * keeps in figures (`2017-02-20`), a coordinator writes the event's in words. Only a value
 * that is a date and nothing else, its month named and every year written, of several days
 * or under a key that says it is a day (`date_affichage`), and a key that names no deadline,
 * edit or birth (NOT_THE_EVENT).
 */
function daysInWordsOfOwnKey(entries: MetadataEntry[]): { entry: Entry; line: DatedLine } | undefined {
  for (const entry of entries) {
    if (WRITTEN_KEYS.has(entry.key) || NOT_THE_EVENT.test(entry.key) || TITLE_KEYS.has(entry.key) || isoMention(entry.value)) continue;
    if (!tokenize(entry.value).some((tok) => tok.kind === 'word' && monthFromWord(tok.text) !== undefined)) continue;
    const line = readDatedLine(entry.value);
    // Several days (`4 et 5 mars 2017`, `du 3 au 7 juillet 2023`), or a key that says it is a day (`date_affichage: 5 décembre
    // 2026`): one day under a key of no such name may be any day the page keeps.
    const dayKey = entry.key.split(' ').some((word) => DAY_KEY_WORDS.has(word));
    if (line && (severalDaysInWords(entry.value, line) || (dayKey && line.title === '' && line.expression.mentions.every((mention) => mention.year !== undefined)))) return { entry, line };
  }
  return undefined;
}

// Words of a key (folded) that say its day is not the event's: a deadline, the page's making or editing, a birth.
const NOT_THE_EVENT = /(?:^|\s)(?:deadline|limite|echeance|modif\w*|mise a jour|maj|derniere|publi\w*|cree|creation|created|revision|version|naissance|birth\w*|edit\w*|archive\w*|inscription\w*)(?:\s|$)/;

// Words of a key (folded, camelCase parted) that say its value is a day: `jourTitle`, `dateJour`, `day_label`.
const DAY_KEY_WORDS = new Set(['jour', 'date', 'day', 'quand', 'when']);

/**
 * The day a map of a theme's day agenda names under a key of its own making (`jourTitle:
 * Lundi 28 septembre`, `day_label: Samedi 12 juin`): a key one of whose words says a day,
 * whose value opens with a date. Read only for a map with timed slots under it, which is a
 * day whatever its key is called (front-matter-events.ts).
 */
export function dayOfKeyWords(entries: MetadataEntry[]): { line: DatedLine; offset: number; length: number; key: DaysKey } | undefined {
  for (const entry of entries) {
    if (!entry.key.split(' ').some((word) => DAY_KEY_WORDS.has(word))) continue;
    const line = valueDate(entry, false);
    if (line) return { line, offset: entry.offset, length: valueOffset(entry, entry.value.length) - entry.offset, key: 'event' };
  }
  return undefined;
}

/** The page's event days as its front matter writes them (datesOfEntries), and where. */
export function frontMatterDays(tree: Root, source: SourceText): FrontMatterDays | undefined {
  // A front matter, or a Pelican page's fence-less head (`Title:` over `Event-start: 2016-12-10 18:00`).
  const entries = pageMetadata(tree, source);
  if (entries.length === 0) return undefined;
  const found = datesOfEntries(entries);
  if (!found) return undefined;
  return { line: found.line, position: source.span(found.offset, found.offset + found.length) };
}
