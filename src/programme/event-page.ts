/*
 * A page whose one session is the page itself: an event's post (a meetup, a LUG's
 * afternoon, an association's workshop, a seminar), which names its day once, in its
 * metadata (`event_date: 2024-05-17`; `date: 2023-07-20` on a page filed as an event; a
 * title `Après-midi Linux le 17 janvier 2009`) or in the sentence that invites to it
 * (`aura lieu le 31/8`, `rendez-vous le 20 septembre`, `Quand ? Le 20 septembre 2008`),
 * and tells its time on a line of its own (`⏰ 19h00 -- 20h00`) or once in its sentences
 * (`à partir de 18h30`, `de 13h à 18h`).
 *
 * A blog post or a news item names a day too: the day it was written. What tells an
 * event's page from it is what a reader looks for. Either the page is filed as an event:
 * its layout, template or category names one (`layout: event`, `template: event.html`,
 * `category: meetup`), it has a key only an event has (`location`, `lieu`, `event_date`),
 * or it sits in an events folder (`_events/`, `evenements/`). Or its words invite:
 * `rendez-vous`, `inscription`, `aura lieu`, `se déroulera`, `entrée libre`, a `Quand` or
 * `Où` label. A post's `date:` is the day it was written, so it dates the page only when
 * the page is filed as an event; a title or an inviting sentence that names a day dates
 * it when the page is filed as an event or invites, and a page not filed so must also
 * tell one time. Written by hand: no library reads what a page is for.
 */
import type { Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { DatedLine } from '../dates/dated-line.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import { isWord, tokenize } from '../dates/tokenize.js';
import { readDatedLine } from '../dates/dated-line.js';
import { datesOfEntries, END_KEYS, END_TIME_KEYS, endsEachDay, isoMention, overnight, TIME_KEYS } from './front-matter-days.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { dayAt, invitedDays, oneInvitedDay, sameDays, SET_FOR } from './invited-days.js';
import { compareDates, isoWeekday } from '../dates/plain-date.js';
import { weekdayFromWord, WEEKDAY_NAMES } from '../dates/french-months.js';
import { frontMatterNode, metadataNodes, pageMetadata, valueOffset, type MetadataEntry } from './page-metadata.js';
import { plainText } from './plain-text.js';
import { oneTimeTold, toldReading } from './section-hours.js';
import { paragraphSourceLines, shownLine } from './paragraph-lines.js';
import { leadingHours, smallHoursLength } from './slot-hours.js';
import { saysCancelled, type DraftHours, type SessionDraft } from './session-drafts.js';
import { toldInPast } from '../dates/past-tense.js';
import { whenLabelKind } from './when-labels.js';
import { namesAnEventWord, readAnnouncement, readAnnouncements, saysItTakesPlace, sentencesOf, STEP_WORDS } from './announced-sessions.js';
import type { SourceText } from './source-text.js';

// Keys whose value says what kind of page this is (`layout: event`, `category: meetup`).
const KIND_KEYS = new Set(['layout', 'template', 'type', 'category', 'categories', 'collection', 'kind']);
// Folded words of such a value, or of a page's title, that name an event (`event.html`,
// `meetup`, `Apéro de l'été`, `Install party`).
const EVENT_WORDS = new Set([
  'event', 'events', 'evenement', 'evenements', 'meetup', 'meetups', 'agenda', 'rencontre', 'rencontres',
  'atelier', 'ateliers', 'seminaire', 'seminaires', 'seminar', 'soiree', 'soirees', 'conference', 'conferences', 'talk', 'talks',
  'workshop', 'workshops', 'sortie', 'sorties', 'manifestation', 'party', 'fete', 'festival', 'journee', 'journees', 'apero',
  'stage', 'stages', 'hackathon', 'dojo', 'barcamp', 'permanence', 'reunion', 'assemblee', 'soutenance', 'forum', 'colloque',
  'webinaire', 'webinar', 'visite', 'concert', 'spectacle', 'projection', 'tournoi', 'sprint', 'install',
  'randonnee', 'rando', 'balade', 'marche', 'course', 'telethon', 'brocante', 'kermesse', 'loto', 'gala', 'bal',
  'exposition', 'expo', 'vernissage', 'salon', 'repas', 'ceremonie', 'inauguration', 'portes', 'concours', 'jam', 'gamejam',
  'braderie',
]);
// A page titled by its kind of events in the plural (`title: Concerts`) names them as the
// singular does; filed under them (`categories: reunions`), it is a blog's topic, not an event.
const PLURAL_EVENT_WORDS = new Set([
  'concerts', 'spectacles', 'projections', 'visites', 'tournois', 'expositions', 'vernissages', 'festivals', 'fetes',
  'reunions', 'permanences', 'soutenances', 'colloques', 'forums', 'webinaires', 'webinars', 'balades', 'randonnees',
]);

// The folded words of a text; a word glued to an acronym or another word (`EvenementGPL`,
// `PartyTime`) is read as two, as a site's taxonomy writes its terms.
const wordsOf = (text: string): string[] => normaliseText(text.replace(/([a-z\u00e0-\u00ff])([A-Z\u00c0-\u00de])/g, '$1 $2')).split(/[^a-z0-9]+/);
// Keys of the tags a page is filed under (`tags: Évènements`, `tags: ["agenda"]`): a post
// is tagged with what it is about (`atelier`, `conference`), so only a tag that names the
// events themselves files it as one.
const TAG_KEYS = new Set(['tags', 'tag', 'keywords', 'labels', 'rubrique', 'rubriques', 'section']);
const EVENT_TAGS = new Set(['event', 'events', 'evenement', 'evenements', 'evenementiel', 'agenda']);
// Keys only an event's page has: where it takes place, how to come, who speaks
// (`speaker: Benoit Baudry` over `room: André-Aisenstadt 1177`, a department's talk).
const ONLY_EVENT_KEYS = new Set([
  'location', 'lieu', 'place', 'venue', 'adresse', 'address', 'where', 'ou', 'salle', 'room', 'meetup link', 'registration', 'inscription',
  'speaker', 'speakers', 'intervenant', 'intervenante', 'intervenants', 'orateur', 'oratrice', 'conferencier', 'conferenciere',
]);
// Folder names that file a page as an event (`_events/2026-03-11.md`, `evenements/`): a
// site's section of events, or of one kind of them, one page each (an orchestra's
// `content/concerts/<programme>/<town>/index.md`, a club's `sorties/`, Hugo's `content/event/`).
const EVENT_FOLDERS = new Set([
  'events', 'event', 'evenements', 'agenda', 'meetups', 'rencontres', 'seminaires',
  'concerts', 'spectacles', 'representations', 'manifestations', 'sorties',
]);
// Keys that file a post under its blog's topics rather than make it a kind of page: a
// category is what a post is about (`course`, `atelier`), unless it names the events
// themselves (EVENT_TAGS: `evenements`, `agenda`), as a tag must to file a post as one.
const TOPIC_KEYS = new Set(['category', 'categories']);
// Keys of a page's name (an events template's `event_title` too); a post's summary (`lead:`) names it as its title does.
const NAME_KEYS = new Set(['title', 'titre', 'lead', 'event title', 'event name']);
// Keys of the summary a site shows under a page's title (`description:`, `summary:`, `chapo:`).
const SUMMARY_KEYS = new Set(['description', 'summary', 'resume', 'chapo', 'chapeau', 'excerpt']);

// Words that invite to an event rather than tell of one (folded text, whole words).
const INVITING = new RegExp(String.raw`(?:^|[^a-z])(?:rendez-vous|rdv|(?:${SET_FOR.join('|')}) (?:est )?prevue? le|inscriptions?|inscrivez|inscrire|aura lieu|auront lieu|se deroulera|se derouleront|se tiendra|se tiendront|vous invite|vous invitons|vous accueillerons|entree (?:libre|gratuite)|rejoignez-nous|venez|vous retrouver|se retrouve|se retrouvera|retrouverons)(?![a-z])`);
// A `Quand`/`Où` label opening a line (`Quand ? Le 20 septembre`, `**Où** : salle B`), folded;
// tried on each line, its marks bounded, so that a long run of marks is read in linear time.
const WHEN_WHERE_LABEL = /^[\s*_>-]{0,6}(?:quand|ou)[\s*_]{0,6}[?:]/;

// How many tokens of a title are tried as a date's start: a title, not a page.
const TITLE_TOKENS = 40;

/** Whether a title's words name an event (EVENT_WORDS: `Apéro de l'été`, `Événement IA - Avril 2025`), or events in the plural (`Concerts`). */
export function namesAnEvent(title: string): boolean {
  return wordsOf(title).some((word) => EVENT_WORDS.has(word) || PLURAL_EVENT_WORDS.has(word));
}

// How long a word of a title must be to name the page's subject in a sentence (`snowcamp`, not `jours`).
const SUBJECT_LENGTH = 6;

/** Whether a sentence names a page's subject: a long word of its title, not a date's (`Snowcamp` of `Snowcamp 2 jours`). */
function namesTitle(sentence: string, title: string): boolean {
  // Folded whole, capitals inside a word kept in it (`SnowCamp` is `snowcamp`, as the title
  // writes it), where wordsOf splits them.
  const words = new Set(foldedWords(normaliseText(sentence)));
  return foldedWords(normaliseText(title)).some((word) => word.length >= SUBJECT_LENGTH && !/\d/.test(word) && words.has(word));
}

// The first word (folded) of a title that names what was kept of an event or what came of it, not the event.
const RECAP_FIRST = /^(?:photos?|videos?|supports?|slides|diaporama|replay|enregistrements?|bilan|resultats?|compte|comptes|retour|galerie|album|podcast|classement|palmares)(?![a-z])/;

// A meeting of a series that a page's title names with its day (`Séance du 25 Mai 2024`), beside EVENT_WORDS.
const MEETING_WORDS = new Set(['seance', 'session']);

/** Whether a title names an event (namesAnEvent) or one meeting of a series (MEETING_WORDS). */
function namesADatedMeeting(title: string): boolean {
  return namesAnEvent(title) || wordsOf(title).some((word) => MEETING_WORDS.has(word));
}

/** Whether the page's text writes `line`'s days again, as its title wrote them (`11 au 22 juin 2020`), markup aside. */
function restatesDays(blocks: RootContent[], line: DatedLine): boolean {
  const days = normaliseText(line.dateText);
  return blocks.some((block) => normaliseText(plainText(block)).includes(days));
}

/** The nodes that stand after the page's front matter, not inside it (front-matter-markdown.ts reads its blocks of markdown there). */
function outsideFrontMatter(tree: Root, nodes: RootContent[]): RootContent[] {
  const end = frontMatterNode(tree)?.node.position?.end.offset;
  return end === undefined ? nodes : nodes.filter((node) => (node.position?.start.offset ?? end) >= end);
}

/** Whether a title names events only in the plural (`Concerts`, `Réunions`): a page of several, of which it tells one at most. */
export function namesEventsInPlural(title: string): boolean {
  const words = wordsOf(title);
  return words.some((word) => PLURAL_EVENT_WORDS.has(word)) && !words.some((word) => EVENT_WORDS.has(word));
}

/** Whether the page's metadata or folder files it as an event. */
function filedAsEvent(entries: MetadataEntry[], path: string | undefined): boolean {
  if (entries.some((entry) => ONLY_EVENT_KEYS.has(entry.key) && entry.value !== '')) return true;
  // `hour: 14:30-15:30 HE` beside the `date:`: a post does not keep an hour, an event does.
  if (entries.some((entry) => TIME_KEYS.has(entry.key) && leadingHours(entry.value) !== undefined)) return true;
  if (entries.some((entry) => KIND_KEYS.has(entry.key) && wordsOf(entry.value).some((word) => EVENT_WORDS.has(word)))) return true;
  if (entries.some((entry) => TAG_KEYS.has(entry.key) && wordsOf(entry.value).some((word) => EVENT_TAGS.has(word)))) return true;
  const folders = (path ?? '').split('/').slice(0, -1).map((folder) => normaliseText(folder).replace(/^_/, ''));
  return folders.some((folder) => EVENT_FOLDERS.has(folder));
}

// How deep lists and quotes are looked into: a page's practical list and a quote in it,
// not thousands of nested quotes.
const BLOCK_DEPTH = 3;

/** The blocks a reader reads the page's words in: paragraphs, headings and list items, not hidden. */
function blocksOf(nodes: RootContent[], hidden: HiddenRanges, depth = 0): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (isHidden(hidden, node.position?.start.offset)) return [];
    if (node.type === 'paragraph' || node.type === 'heading') return [node];
    if (depth >= BLOCK_DEPTH) return [];
    if (node.type === 'list') return node.children.flatMap((item) => blocksOf(item.children, hidden, depth + 1));
    if (node.type === 'blockquote') return blocksOf(node.children, hidden, depth + 1);
    return [];
  });
}

// Keys of the moment a page was written or published.
const PUBLISHED_KEYS = new Set(['date', 'publish date', 'published', 'pub date', 'created', 'date publication']);
// A moment up to its minute; the code reads whether a second follows it (`2020-03-16T19:30:00+01:00`, `2020-03-16 19:30` are on the minute).
const ON_THE_MINUTE = /^['"]?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
// A timestamp to the minute (`2021-09-20T11:32:30.187Z` → `2021-09-20T11:32`).
const TO_THE_MINUTE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * Whether an event key holds the moment the page was published, to the minute
 * (`eventDate: 2021-09-20T11:32:30.187Z` beside `publishDate: 2021-09-20T11:32:30.290Z`):
 * the value an editor's form fills in when the page is made, not a day anyone chose.
 */
function filledWithPage(entry: MetadataEntry, entries: MetadataEntry[]): boolean {
  // `event-date: 2020-03-16T19:30:00+01:00` beside the same `date:`: a time someone chose,
  // on the minute, that the site also files the post under; a form stamps its seconds.
  const minuteWritten = ON_THE_MINUTE.exec(entry.value);
  const seconds = minuteWritten ? entry.value.slice(minuteWritten[0].length) : undefined;
  if (seconds !== undefined && (!/^:\d/.test(seconds) || /^:00(?![\d.])/.test(seconds) || /^:00\.0+(?!\d)/.test(seconds))) return false;
  const minute = TO_THE_MINUTE.exec(entry.value)?.[0].replace(' ', 'T');
  return minute !== undefined && entries.some((other) => other !== entry && PUBLISHED_KEYS.has(other.key) && TO_THE_MINUTE.exec(other.value)?.[0].replace(' ', 'T') === minute);
}

// A weekday that recurs (`tous les jeudis`, `chaque mardi`, `tous les premiers mercredis
// du mois`): the page is about a regular activity, not one day's event.
const RECURRING = /(?:^|[^a-z])(?:tous les|chaque) (?:premier |premiers |deuxieme |deuxiemes |second |seconds |troisieme |troisiemes |quatrieme |quatriemes |dernier |derniers )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?(?![a-z])/;
// A weekday of each month (`les premiers mercredis du mois`): a habit too, though a page
// that names one dated evening of it with its own hours stays that evening's (toldHours).
const MONTHLY = /(?:^|[^a-z])les (?:premiers|deuxiemes|seconds|troisiemes|quatriemes|derniers) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s? du mois(?![a-z])/;

/** Whether a text (folded) tells of an activity that recurs on a weekday (`tous les premiers mercredis du mois`). */
function saysItRecurs(folded: string): boolean {
  return RECURRING.test(folded);
}

/** The weekday (ISO, 1 = Monday) on which a text (folded) says an activity recurs, if it says one. */
export function recurringWeekday(folded: string): number | undefined {
  const found = RECURRING.exec(folded);
  return found ? weekdayFromWord(found[1]!) : undefined;
}

/** Whether the page's words tell of an activity that recurs every week. */
function recurs(blocks: RootContent[]): boolean {
  return blocks.some((block) => saysItRecurs(normaliseText(plainText(block))));
}

/**
 * Whether a day an event's key names with its hour (`begin_date: 2024-12-19 21:00`) is one
 * evening of the habit the page's words tell, with no hours of their own (`Chaque jeudi, la
 * Fabrique à Impros invite deux troupes`): a page of one evening of a venue's weekly series,
 * filed under its own day and hour. A course's or a club's page whose key gives the day it
 * starts (`date_debut: 2024-09-10` over `Le cours a lieu tous les mardis, de 19h à 20h30`)
 * is the series' page, as is one whose habit tells its hours (`Le cours a lieu tous les
 * jeudis à 19h`), unless it tells the key's and names the evening (`Chaque jeudi à 21h … Ce
 * jeudi, les Zèbres affrontent les Lynx`).
 */
function oneEveningOfTheHabit(keyed: { line: DatedLine; value: string } | undefined, blocks: RootContent[]): boolean {
  const mention = keyed?.line.expression.kind === 'single' ? keyed.line.expression.mentions[0] : undefined;
  const hour = keyed ? METADATA_TIME.exec(keyed.value.trim().replace(/^['"]/, '')) : null;
  if (mention?.year === undefined || !hour || (hour[1] === '00' && hour[2] === '00')) return false;
  const habits = blocks.map((block) => normaliseText(plainText(block))).filter((text) => recurringWeekday(text) !== undefined);
  const weekday = isoWeekday({ year: mention.year, month: mention.month, day: mention.day });
  const keyHour = Number(hour[1]) * 60 + Number(hour[2]);
  // A habit that tells its hour (`Chaque jeudi à 21h`) is this evening's only when the page
  // names the evening too (`Ce jeudi, les Zèbres affrontent les Lynx`); else it is a course's.
  const thisEvening = new RegExp(`(?:^|[^a-z])ce ${WEEKDAY_NAMES[weekday - 1]}(?![a-z])`);
  return habits.length > 0 && habits.every((text) => recurringWeekday(text) === weekday && clockMinutesOf(text).every((minutes) => minutes === keyHour) && (clockMinutesOf(text).length === 0 || thisEvening.test(text)));
}

/** The clock times a text (folded) tells, in minutes of the day (`à 21h` is 1260). */
function clockMinutesOf(text: string): number[] {
  return [...text.matchAll(/(\d{1,2}) ?[h:] ?(\d\d)?(?!\d)/g)].map((found) => Number(found[1]) * 60 + Number(found[2] ?? 0));
}

/** Whether the page's words invite to an event (see above). */
function invites(blocks: RootContent[]): boolean {
  const text = blocks.map((block) => normaliseText(plainText(block))).join('\n');
  return INVITING.test(text) || text.split('\n').some((line) => WHEN_WHERE_LABEL.test(line));
}

/**
 * The first date a short text (a page's title) writes anywhere in it, with the hours
 * written right after it as a dated heading's are (`... : 23/07/2020 à 18h30`).
 */
function dayInTitle(text: string): DatedLine | undefined {
  const toks = tokenize(text).slice(0, TITLE_TOKENS);
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.kind === 'punct') continue;
    const found = dayAt(toks, k, text);
    if (!found) continue;
    const hours = readDatedLine(text.slice(found.start))?.hours;
    return hours ? { ...found, hours: { text: hours.text, start: found.start + hours.start, end: found.start + hours.end } } : found;
  }
  return undefined;
}

/** The hours a title or a key's value writes after its day (`23/07/2020 à 18h30`), where they stand in the source. */
function titleHours(line: DatedLine | undefined, entry: MetadataEntry | undefined, source: SourceText): DraftHours | undefined {
  if (!line?.hours || !entry) return undefined;
  const at = valueOffset(entry, line.hours.start);
  const hours = slotAt(line.hours.text, at, source);
  return hours ? { ...hours, position: source.span(at, valueOffset(entry, line.hours.end)) } : undefined;
}

// A clock time after an ISO date in the metadata (`2026-03-11 19:00`, `2022-11-08T19:00:00`,
// `2026-03-19 09:50:00 +0100`, as Jekyll writes a time by hand); one given to the second,
// or with fractions of a second, is a machine's timestamp; a `Z` after a time on the five
// minutes is an editor's storing of the time picked (PICKED_IN_UTC).
const METADATA_TIME = /^\d{4}[-/]\d{2}[-/]\d{2}[T ](\d{1,2}):(\d{2})(.*)$/;
// What may follow that time: no seconds but `:00`, then a zone written as an offset; an
// editor's `.000` before it is no fraction of a second (`2026-10-08T14:15:00.000+02:00`).
const SECONDS = /^:00/;
const ZONE = /^(?:\.000)?[+-]\d\d:?\d\d$/;

// A site's editor stores the time a coordinator picked with a `Z` (`2026-04-16T14:30:00.000Z`,
// `'2023-08-24T18:45:00Z'`): its readers take the clock as written. Only on the five minutes,
// and not at 22:00 or 23:00 sharp, which is how such an editor stores a day's local midnight.
const PICKED_IN_UTC = /^(?:\.000)?Z$/;

/** Whether a time stored with a `Z` is one a person picked (see PICKED_IN_UTC), hours and minutes as written. */
function pickedTime(hour: number, minute: number): boolean {
  return minute % 5 === 0 && !((hour === 22 || hour === 23) && minute === 0);
}

/** The clock time of an ISO date and time value (`2026-03-11 19:00`), or undefined; none at midnight (a date with no time). */
function timeOfValue(value: string): string | undefined {
  const found = METADATA_TIME.exec(value);
  if (!found || (found[1] === '00' && found[2] === '00')) return undefined;
  const zone = found[3]!.replace(SECONDS, '').trim();
  const picked = PICKED_IN_UTC.test(zone) && found[3]!.startsWith(':00') && pickedTime(Number(found[1]), Number(found[2]));
  return zone === '' || ZONE.test(zone) || picked ? `${found[1]!.padStart(2, '0')}:${found[2]}` : undefined;
}

/** Whether a metadata value opens with the one day a dated line names (its year, when written, too). */
function writesDayOf(value: string, line: DatedLine): boolean {
  const found = isoMention(value.trim());
  const [mention, other] = line.expression.mentions;
  if (!found || !mention || other) return false;
  return found.month === mention.month && found.day === mention.day && (mention.year === undefined || found.year === mention.year);
}

/**
 * The hours the inviting sentence writes right after its day (`**Date** : Dimanche 26
 * octobre à 19h (accueil dès 18h30)`), as a dated line's are: the time of that day, said
 * where it is named, over the other times of the page.
 */
function invitedHours(block: RootContent | undefined, line: DatedLine, source: SourceText): DraftHours | undefined {
  if (!block) return undefined;
  const text = plainText(block);
  // A sentence that names other days (`puis le mardi 18 novembre`) is a series, no one event's.
  if (namesOtherDays(text, line)) return undefined;
  const at = text.indexOf(line.dateText);
  const rest = at < 0 ? undefined : text.slice(at).split('\n')[0]!;
  const hours = rest === undefined ? undefined : readDatedLine(rest)?.hours;
  if (!rest || !hours) return undefined;
  // Right after the day (`26 octobre à 19h`), and the only time of the line but for a remark
  // in brackets (`(accueil dès 18h30)`): `, fin des inscriptions à 12h` or `à 18h30
  // (ouverture des portes), concert à 20h` tell another moment than the event's.
  const between = rest.slice(line.dateText.length, rest.indexOf(hours.text));
  const after = rest.slice(rest.indexOf(hours.text) + hours.text.length).replace(/\([^()]*\)/g, '');
  // A dash may set the hours apart from the day (`Jeudi 24 Février 2022 - 18:30 CET`), and
  // `de` or `dès` open a range or a start (`Ce mardi 17 janvier 2017 de 17h00 à 20h00`).
  if (!['', '\u00e0', 'a', ',', '-', '\u2013', '\u2014', 'de', 'd\u00e8s', 'des'].includes(between.trim().toLowerCase()) || CLOCK_TIME.test(after)) return undefined;
  // `**… de** **17h00 à 20h00**`: the marks may part the opening word from the times, found then without it.
  const written = [hours.text, hours.text.replace(/^(?:de|d\u00e8s|des|\u00e0|a)\s+/i, '')].find((text) => source.find(block.position!, text) !== block.position);
  return written === undefined ? undefined : slotAt(written, source.find(block.position!, written).start.offset ?? 0, source);
}

// A clock time anywhere in a line (`20h`, `20h30`, `20:30`).
const CLOCK_TIME = /\d{1,2}\s?(?:h|:\d{2})/i;

/** Whether `text` names a day besides the one `line` names. */
function namesOtherDays(text: string, line: DatedLine): boolean {
  const toks = tokenize(text);
  for (let k = 0; k < toks.length; k++) {
    const found = dayAt(toks, k, text);
    if (found && !sameDays(found, line)) return true;
  }
  return false;
}

/** Hours read from `text`, standing at `at` in the source, when they give one slot. */
function slotAt(text: string, at: number, source: SourceText): DraftHours | undefined {
  const parsed = parseFrenchHours(text);
  if (!parsed.ok || parsed.slots.length !== 1) return undefined;
  return { text, position: source.span(at, at + text.length), slots: parsed.slots };
}

/**
 * The time an event's metadata gives with its day: the time of its start key's value, to
 * the end key's on the same day (`event_start: 2026-03-19 09:50:00 +0100`, `event_end:
 * 2026-03-19 15:00:00 +0100`), else keys of hours (`heure_debut: "14:00"`, `heure_fin:
 * "17:00"`, `time: 19h`), a time key's value read up to the remark after its hours
 * (`horaire: 20h, salle ouverte dès 19h30`).
 */
function metadataHours(entry: MetadataEntry | undefined, entries: MetadataEntry[], source: SourceText): DraftHours | undefined {
  const start = entry ? timeOfValue(entry.value) : undefined;
  if (entry && start) {
    // An end on a later day of the same week, later in its day (`date: 2026-05-11 8:00:00`, `end:
    // 2026-05-13 17:00:00`): the hours of each day of the event, as its reader reads them.
    // An end in the small hours of the next day (`date: 2026-08-08 21:00:00`, `end: 2026-08-09 2:00:00`): one night's hours.
    const ending = entries.find((other) => END_KEYS.has(other.key) && (other.value.slice(0, 10) === entry.value.slice(0, 10) || endsEachDay(entry.value, other.value) || overnight(entry.value, other.value)));
    const end = ending ? timeOfValue(ending.value) : undefined;
    const at = valueOffset(entry, 11); // the time right after `YYYY-MM-DD` and its `T` or space (METADATA_TIME)
    // An end at the start's very time (`when_end` copied from `when_start`) gives no end.
    const hours = slotAt(end && end !== start ? `${start} - ${end}` : start, at, source);
    const written = /^\d{1,2}:\d{2}/.exec(entry.value.slice(11))?.[0] ?? start;
    if (hours) return { ...hours, position: source.span(at, at + written.length) };
  }
  const time = entries.find((other) => TIME_KEYS.has(other.key) && other.value !== '');
  if (!time) return undefined;
  const until = entries.find((other) => END_TIME_KEYS.has(other.key) && other.value !== '');
  const hours = slotAt(until ? `${time.value} - ${until.value}` : time.value, time.offset, source);
  if (hours) return { ...hours, position: source.span(time.offset, valueOffset(time, time.value.length)) };
  // `horaire: 20h, salle ouverte dès 19h30`: the hours that open the value, then a remark.
  const opening = until ? undefined : leadingHours(time.value);
  if (!opening || opening.rest === '') return undefined;
  const from = valueOffset(time, opening.start);
  const told = slotAt(opening.text, from, source);
  return told ? { ...told, position: source.span(from, valueOffset(time, opening.end)) } : undefined;
}

// Marks, emoji and spaces before a practical line's hours (`**⏰ 19h00 -- 20h00**`), dropped
// one character at a time in code: no letter, no digit.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * The hours of the page's practical lines: lines of its own that open with clock hours,
 * marks and emoji aside (`**⏰ 19h00 -- 20h00** (suivi d'un apéro)`), when every such line
 * gives the same hours; an event's page sets its time apart so, sentences telling others.
 */
function practicalHours(blocks: RootContent[], source: SourceText): DraftHours | undefined {
  let found: DraftHours | undefined;
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    for (const { raw, start } of paragraphSourceLines(block, source)) {
      // `--` is how a keyboard writes the dash of a range (`19h00 -- 20h00`), as typography turns it.
      const shown = shownLine(raw).replace(/[*_`]/g, '').replaceAll('--', '-');
      let from = 0;
      while (from < shown.length && !LETTER_OR_DIGIT.test(shown[from]!)) from++;
      const hours = leadingHours(shown.slice(from));
      // `02h lundi 21/03`: how long a class works on a project that day, not the event's time.
      if (!hours || smallHoursLength(hours, shown.slice(from + hours.end))) continue;
      // `Vers 17h, quelques nuages viennent…`: a rough time opening a story's sentence, not
      // the event's time; set apart by a colon (`**Vers 19h** : ouverture`), it is.
      if (LETTER.test(shown.slice(from, from + hours.start)) && !/^\s{0,3}:/.test(shown.slice(from + hours.end))) continue;
      const position = source.find(source.span(start, start + raw.length), hours.text);
      if (found && JSON.stringify(found.slots) !== JSON.stringify(hours.slots)) return undefined;
      found ??= { text: hours.text, position, slots: hours.slots };
    }
  }
  return found;
}

/**
 * The one time the page's sentences tell (section-hours.ts), as hours, when they tell one;
 * with `day`, not when the sentence that tells it names another day (`Une séance aura lieu le
 * 2 mai prochain à 13h` on the page of an event held on 21 April: that session's time).
 */
export function toldHours(nodes: RootContent[], hidden: HiddenRanges, source: SourceText, day?: DatedLine): DraftHours | undefined {
  const shown = nodes.filter((node) => !isHidden(hidden, node.position?.start.offset) && node.type !== 'yaml');
  const found = oneTimeTold(shown, true);
  // Only the sentence that tells it (`L'atelier commence à 14h. Inscription avant le 10 mars.`);
  // the session's own line may name its days in parts (`Séances de 16h-18h30 : 8/04 - 15/04 - 22/04`).
  const told = found ? sentenceHolding(plainText(found.node), found.text) : '';
  // `La répétition générale se tiendra la veille, à 18 heures`: a day told from the event's, another day.
  if (!found || (day && !told.includes(day.dateText) && (namesOtherDays(told, day) || RELATIVE_DAY.test(normaliseText(told))))) return undefined;
  // `Les premiers mercredis du mois, … de 15h30 à 16h30` on a Tuesday's page: the habit's hours, not that day's.
  if (day && habitOnOtherWeekday(normaliseText(told), day)) return undefined;
  // `entre 14h et 18h` is a range as `de 14h à 18h` is.
  const parsed = parseFrenchHours(toldReading(found).replace(/ et /i, ' - '));
  if (!parsed.ok || parsed.slots.length !== 1) return undefined;
  return { text: found.text, position: source.find(found.node.position!, found.text), slots: parsed.slots };
}

/** Whether a text (folded) tells of a habit on a weekday (RECURRING, MONTHLY) that is not the weekday of the day `line` names. */
function habitOnOtherWeekday(folded: string, line: DatedLine): boolean {
  const monthly = MONTHLY.exec(folded);
  const habit = recurringWeekday(folded) ?? (monthly ? weekdayFromWord(monthly[1]!) : undefined);
  const mention = line.expression.kind === 'single' ? line.expression.mentions[0] : undefined;
  return habit !== undefined && mention?.year !== undefined && isoWeekday({ year: mention.year, month: mention.month, day: mention.day }) !== habit;
}

// Words that name a day from the event's (folded): `la veille`, `le lendemain`, `le jour d'avant`.
const RELATIVE_DAY = /(?:^|[^a-z])(?:la veille|le lendemain|l'avant-veille|le surlendemain|le jour d'avant|le jour d'apres|la semaine (?:precedente|suivante|d'avant|d'apres))(?![a-z])/;

/** The sentence of `text` (announced-sessions.ts's split) that holds `part`'s first writing; the whole text if none does. */
function sentenceHolding(text: string, part: string): string {
  const at = Math.max(0, text.indexOf(part));
  return sentencesOf(text).find((sentence) => sentence.from <= at && at < sentence.from + sentence.text.length)?.text ?? text;
}

/** The line of the source that holds `offset`, as a position. */
function lineAt(source: SourceText, offset: number): Position {
  const end = source.text.indexOf('\n', offset);
  return source.span(offset, end < 0 ? source.text.length : end);
}

/** The nearest heading at or above a block among the page's top-level nodes. */
function headingAbove(nodes: RootContent[], offset: number): RootContent | undefined {
  let found: RootContent | undefined;
  for (const node of nodes) {
    if ((node.position?.start.offset ?? 0) > offset) break;
    if (node.type === 'heading') found = node;
  }
  return found;
}

/**
 * The time a page sets apart for its one event or tells once in its sentences (see
 * practicalHours and toldHours): for a page whose one session is a dated heading that
 * gives none (`### Date : Dimanche 9 mars 2025`, then `#### Départs entre 7h30 et 9h30`);
 * with `day`, that session's day, no time told in a sentence that names another day.
 */
export function pageHours(tree: Root, source: SourceText, hidden: HiddenRanges, day?: DatedLine): DraftHours | undefined {
  const metadata = metadataNodes(tree, source);
  const nodes = tree.children.filter((node) => !metadata.has(node));
  const blocks = blocksOf(nodes, hidden);
  if (recurs(blocks)) return undefined;
  return practicalHours(blocks, source) ?? toldHours(nodes, hidden, source, day);
}

/**
 * The time the page's metadata gives the day a dated heading names (`date: '2023-08-24T18:45:00Z'`
 * over `# ChtiJS n°26 du 24 Août 2023`): for a page whose one session is that heading, its
 * start, as the metadata dates the event; undefined when the metadata names another day or no time.
 */
export function metadataTimeOfDay(tree: Root, source: SourceText, line: DatedLine): DraftHours | undefined {
  const entries = pageMetadata(tree, source);
  const entry = entries.find((one) => one.key === 'date' && writesDayOf(one.value, line));
  return entry ? metadataHours(entry, entries, source) : undefined;
}

/**
 * The page as one session, when it is an event's page that names its day once (see
 * above); undefined otherwise. `path`: the file's path in its repository, for its folder.
 */
export function readEventPage(tree: Root, source: SourceText, hidden: HiddenRanges, path: string | undefined): SessionDraft | undefined {
  const entries = pageMetadata(tree, source);
  // The metadata's nodes (the page's first, its front matter or a fence-less head; or a closing Pandoc block).
  const metadata = metadataNodes(tree, source);
  const nodes = tree.children.filter((node) => !metadata.has(node));
  const blocks = blocksOf(nodes, hidden);
  const keyed = datesOfEntries(entries);
  const keyValue = keyed?.key === 'event' ? entries.find((entry) => entry.offset === keyed.offset)?.value : undefined;
  if (recurs(blocks) && !oneEveningOfTheHabit(keyed && keyValue !== undefined ? { line: keyed.line, value: keyValue } : undefined, blocks)) return undefined;
  const fromKeys = keyed && !(keyed.key === 'event' && filledWithPage(entries.find((entry) => entry.offset === keyed.offset)!, entries)) ? keyed : undefined;
  // A key that names the event's day (`event_date`, `date_debut`) files the page as an event.
  const filed = fromKeys?.key === 'event' || filedAsEvent(entries, path);
  const named = entries.find((entry) => NAME_KEYS.has(entry.key));
  // `description: Le samedi 26 février de 10h à 13h à l'étage de la bibliothèque` under a
  // title that names the event (`Braderie de la bibliothèque`): the summary a site shows
  // under the title tells its day, the page's body holding only a link.
  const summary = fromKeys && fromKeys.key !== 'date' ? undefined : summaryDay(entries, named);
  // `- Lieu: Le Palais (Nantes)` beside `- Date: 13 mars 2020`: the event's box of details.
  const box = boxedDay(nodes, hidden, source, entries);
  // Only a post's (metadata, no other day in it: `title: 2019/02/26 Lightning Demos` names the
  // same); a date key or a page with no metadata says its day otherwise.
  const announced = entries.length > 0 && (!keyed || keyed.key === 'title') ? openingAnnouncement(blocks) : undefined;
  const opening = announced && (!keyed || sameDays(keyed.line, announced.line)) ? announced : undefined;
  // `title: Séance du 25 Mai 2024`: a page its title names as an event on a day is that
  // event's page; unfiled, it still must tell its time (below), as a reader's calendar needs.
  // Not a title that names what was kept of it (`Photos de la séance du 25 mai 2024`, `Résultats du tournoi du …`).
  const titleDay = named !== undefined && namesADatedMeeting(named.value) && !RECAP_FIRST.test(normaliseText(named.value)) ? dayInTitle(named.value) : undefined;
  const titled = titleDay !== undefined;
  if (!filed && !summary && !box && !invites(blocks) && !opening && !titled) return undefined;

  let dated: { line: DatedLine; position: Position } | undefined;
  let keyEntry: MetadataEntry | undefined;
  let titleEntry: MetadataEntry | undefined;
  if (fromKeys && fromKeys.key !== 'date') {
    keyEntry = entries.find((entry) => entry.offset === fromKeys.offset);
    dated = { line: fromKeys.line, position: source.span(fromKeys.offset, fromKeys.offset + fromKeys.length) };
  }
  // A title that names its day anywhere (`Journée du logiciel libre : rendez-vous le 20 septembre`).
  for (const entry of dated ? [] : entries.filter((e) => NAME_KEYS.has(e.key))) {
    const line = dayInTitle(entry.value);
    if (line) {
      dated = { line, position: source.span(valueOffset(entry, line.start), valueOffset(entry, line.end)) };
      titleEntry = entry;
      break;
    }
  }
  let block: RootContent | undefined;
  // A sentence dates the page only when the page is about an event: filed as one, or named
  // as one (`# Apéro de l'été`, `## Rencontre annuelle 2019`); `# Infos` over `Rendez-vous le
  // 3 mars à 18h` is a sentence among others.
  // The first heading a reader sees: not one in a commented-out block (`{% comment %}`, `<!-- -->`).
  const firstHeading = tree.children.find((node) => node.type === 'heading' && !isHidden(hidden, node.position?.start.offset));
  const title = named?.value ?? plainText(firstHeading ?? { type: 'text', value: '' });
  // `title: Snowcamp 2 jours` over `Le SnowCamp 2027 se tiendra les jeudi 14 et vendredi 15
  // janvier`: the inviting sentence names the page's subject, which is the event.
  const invitedAtAll = dated ? undefined : oneInvitedDay(blocks, source);
  // Only a title its metadata gives: a page's first heading may be a site's name over its news.
  // `Le Grand Huit Cellois est une randonnée… La prochaine édition aura lieu le dimanche 17
  // septembre 2023`: the next edition is the page's own event, whatever the page is titled.
  const subjectInvited =
    invitedAtAll !== undefined &&
    ((named !== undefined && blocks.some((block) => namesTitle(plainText(block), title) && invitedDays(plainText(block)).length > 0)) || invitesToItsEvent(plainText(invitedAtAll.node)));
  if (!dated && (filed || namesAnEvent(title) || subjectInvited)) {
    // The sentences that invite to the event and name its day: one day, however often written.
    const invited = invitedAtAll;
    // A page of concerts or meetings tells one when its inviting sentence names no other day.
    const several = invited && !filed && namesEventsInPlural(title) && namesOtherDays(plainText(invited.node), invited.line);
    if (invited && !several) {
      block = invited.node;
      dated = { line: invited.line, position: invited.position };
    }
  }
  if (!dated && box) {
    block = box.node;
    dated = { line: box.line, position: box.position };
  }
  // `date: 2015-08-08` over `Mardi 8 septembre à 19h à Etincelle Coworking`: a post's date is
  // the day it was written, or a day typed a month off; the body's opening line that writes
  // the event's weekday and day, fitting the date's year, is the event's day, as a reader takes it.
  if (!dated && fromKeys?.key === 'date' && filed) {
    const body = dayWithWeekdayOpening(blocks, fromKeys.line, source);
    if (body) {
      block = body.node;
      dated = { line: body.line, position: body.position };
    }
  }
  // The summary's day comes after the body's invitation, which a page corrects first
  // (`description: … le dimanche 24 mars 2025` over `Le dimanche 23 mars 2025, … rendez-vous`).
  if (!dated && summary) {
    dated = { line: summary.line, position: source.span(valueOffset(summary.entry, summary.line.start), valueOffset(summary.entry, summary.line.end)) };
    titleEntry = summary.entry;
  }
  if (!dated && opening) {
    block = opening.node;
    dated = { line: opening.line, position: source.find(opening.node.position!, opening.line.dateText) };
  }
  let publishedDay = false;
  if (!dated && fromKeys?.key === 'date' && filed) {
    publishedDay = true;
    keyEntry = entries.find((entry) => entry.offset === fromKeys.offset);
    dated = { line: fromKeys.line, position: source.span(fromKeys.offset, fromKeys.offset + fromKeys.length) };
  }
  if (!dated) return undefined;

  // The session begins where the page names it: its title's line, else the heading above
  // the sentence that gave its day, else that sentence's paragraph.
  const above = block ? headingAbove(tree.children, block.position!.start.offset ?? 0) : firstHeading;
  // A box of details under a part of the page (`# "Utiliser OpenStreetMap avec R"` over `##
  // Description` over `*Date* : 16/06/2026`): the event is the page's title's.
  const heading = block !== undefined && block === box?.node && firstHeading?.type === 'heading' && firstHeading.depth === 1 ? firstHeading : above;
  const position = named ? lineAt(source, named.lineOffset) : (heading ?? block)?.position ?? dated.position;
  const name = named?.value ?? (heading ? plainText(heading) : dated.line.dateText);
  // A title that writes the time with the day (`Conseil municipal : 23/07/2020 à 18h30`) says it first.
  // `date: 2017-10-04 18:30` beside a sentence inviting to the 4 October: that day's time, as the page dates it.
  const timeEntry = keyEntry ?? entries.find((entry) => entry.key === 'date' && writesDayOf(entry.value, dated!.line));
  const hours =
    titleHours(dated.line, titleEntry ?? keyEntry, source) ??
    invitedHours(block, dated.line, source) ??
    // `à 20h heure de Paris/14h heure de Montreal`: the opening sentence's own time, its first.
    (opening && sameDays(dated.line, opening.line) ? { ...opening.hours, position: source.find(opening.node.position!, opening.hours.text) } : undefined) ??
    practicalHours(blocks, source) ??
    // Not a time told inside the front matter's own markdown (a talk's description: `la démo
    // faite à 2h du mat'`): the page's body tells the event's time, its metadata's keys theirs.
    toldHours(outsideFrontMatter(tree, nodes), hidden, source, dated.line) ??
    metadataHours(timeEntry, entries, source);
  // A page not filed as an event is an event's page only when it tells when to come: its
  // day and one time. A post that names a day and no time, or several, may be news of an
  // event held elsewhere (`Le FOSDEM aura lieu le 1er février`), not an invitation to one.
  // The page's own subject invited to on its day (`Le SnowCamp 2027 se tiendra les 14 et 15
  // janvier` under `title: Snowcamp 2 jours`) is the event's page, not news of another's.
  // A box of details that gives the day beside the place is the event's own, timed or not.
  // `title: "Hackathon RénovAction : du 11 au 22 juin 2020"` over `Du **11 au 22 juin 2020**,
  // cherchez, testez…`: a page titled by its event and its days that writes those days again
  // is that event's page, whose days are all a reader needs (an event of days has no one
  // time); a day alone so titled (`Install Party le 20 octobre`) still tells its time.
  const titleRestated = titleDay?.expression.kind === 'range' && sameDays(titleDay, dated.line) && restatesDays(blocks, titleDay);
  // The summary that says the title's event takes place on its day (`Notre premier webinaire aura lieu le 21 mai 2021`) is the event's own word too.
  const summaryHeld = summary?.held === true && dated.line === summary.line;
  if (!filed && !hours && !(subjectInvited && dated.line === invitedAtAll.line) && dated.line !== box?.line && !titleRestated && !summaryHeld) return undefined;
  // A post's `date:` is the day it was published; a blog's category (`categories: course`
  // over a race's story) says what it is about. Dated and filed only so, a page that tells no
  // time is a post about an event, not the event's page.
  if (publishedDay && !hours && !filedAsEvent(entries.filter((entry) => !TOPIC_KEYS.has(entry.key) || wordsOf(entry.value).some((word) => EVENT_TAGS.has(word))), path)) return undefined;
  // `categories: Événements` over `La conférence … était une bonne occasion … se sont rendus à
  // Prague`: dated only by its publishing, with no time of its own, a post whose first words
  // tell of the event in the past is its story, written after it, not the page of an event to come.
  // Not when the page speaks of a time to come (`la soirée jeux de ce soir`, `retrouvez-nous demain`).
  const firstParagraph = blocks.find((one) => one.type === 'paragraph');
  if (publishedDay && !hours && firstParagraph && toldInPast(plainText(firstParagraph)) && !blocks.some((one) => TIME_TO_COME.test(normaliseText(plainText(one))))) return undefined;
  // `event_title : Journée du libre (ANNULÉE)`: the page's event is called off.
  return { source: 'heading', title: name, position, dated, cancelled: saysCancelled(name), slots: 0, ...(hours ? { hours } : {}) };
}

// Folded words of a time to come or of an invitation to it: `ce soir`, `aujourd'hui`, `demain`, `retrouvez-nous`.
const TIME_TO_COME =
  /(?:^|[^a-z])(?:ce soir|cet apres-midi|ce matin|aujourd.?hui|demain|ce week-end|cette semaine|prochaine?s?|bientot|a venir|retrouvez|rejoignez|venez|rendez-vous|inscri\w*)(?![a-z])/;

// The labels of a field that says where (folded): `Lieu`, `Où`, `Adresse`.
const PLACE_LABELS = new Set(['lieu', 'ou', 'adresse', 'endroit', 'where', 'location', 'venue']);
// Folded labels of a business paper's fields (a quote, an invoice): its date is the paper's.
const BUSINESS_LABELS = new Set(['validite', 'montant', 'total', 'tva', 'prix', 'reference', 'client', 'echeance', 'reglement', 'paiement', 'siret']);
// A list item that is a field: a short label of words, a colon, its value (`Date: 13 mars 2020`, `**Lieu** : Le Palais`).
const ITEM_FIELD = /^([\p{L}' ]{1,20}?)\s?:\s?(\S.*)$/u;

/**
 * The day of the page's box of details: a list whose items are all fields (`- Lieu: Le
 * Palais (Nantes)`, `- Date: 13 mars 2020`, `- Agenda : https://…`), one that asks when
 * and gives a day alone that writes its year or its weekday, another that says where. A
 * reader takes it as the event the page is about, as a sentence that invites would name
 * it. Not a box a sentence told in the past brings in (`Le dernier meetup a eu lieu :`), and
 * only when the page has one such box. Undefined otherwise.
 */
function boxedDay(nodes: RootContent[], hidden: HiddenRanges, source: SourceText, entries: MetadataEntry[]): { line: DatedLine; node: RootContent; position: Position } | undefined {
  // A box dated before the post was written (`- Lieu : Nantes`, `- Date : 13 mars 2020` under a
  // photo posted on the 20th) tells where and when something was, no event to come.
  const published = isoMention(entries.find((entry) => entry.key === 'date')?.value ?? '');
  const found: Array<{ line: DatedLine; node: RootContent; position: Position }> = [];
  nodes.forEach((node, at) => {
    // `*Date* : 16/06/2026`, `*Lieu* : Nantes` on lines of one paragraph, joined by breaks: a box too.
    const texts = node.type === 'list' ? node.children.map((item) => plainText(item).trim()) : node.type === 'paragraph' ? boxLines(node, source) : [];
    if (texts.length === 0 || isHidden(hidden, node.position?.start.offset)) return;
    const before = nodes[at - 1];
    if (before?.type === 'paragraph' && toldInPast(plainText(before))) return;
    const fields = texts.map((text) => ITEM_FIELD.exec(text));
    if (fields.length < 2 || fields.some((field) => field === null)) return;
    const labels = fields.map((field) => normaliseText(field![1]!).trim());
    if (!labels.some((label) => PLACE_LABELS.has(label))) return;
    // `**Validité** : 30 jours`, `Montant :`, `TVA :`: a quote's or an invoice's fields, no event's.
    if (labels.some((label) => BUSINESS_LABELS.has(label))) return;
    const days = fields.filter((_field, k) => ['day', 'day and hours'].includes(whenLabelKind(labels[k]!) ?? ''));
    if (days.length !== 1) return;
    const value = days[0]![2]!.trim();
    const line = readDatedLine(value);
    const mention = line?.expression.mentions[0];
    if (!line || line.lead !== '' || line.rest !== '' || line.title !== '' || (mention?.year === undefined && mention?.weekday === undefined)) return;
    const last = line.expression.mentions.at(-1)!;
    if (published?.year !== undefined && last.year !== undefined && compareDates({ year: last.year, month: last.month, day: last.day }, { year: published.year, month: published.month, day: published.day }) < 0) return;
    const item = node.type === 'list' ? node.children[fields.indexOf(days[0]!)]! : node;
    found.push({ line, node, position: source.find(item.position!, line.dateText) });
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The event a post's opening sentence announces with its day and its time (`Rencontre du
 * French Powershell user group le Mardi 26 février 2019 à 20h heure de Paris`): a post whose
 * metadata dates nothing else and that opens so is that event's page, as one that invites
 * to it is. Only the first paragraph's first sentence, a day with its weekday or its year,
 * and a time (announced-sessions.ts reads the sentence: an event named or announced, no
 * deadline, no past).
 */
function openingAnnouncement(blocks: RootContent[]): { line: DatedLine; node: RootContent; hours: { text: string; slots: DraftHours['slots'] } } | undefined {
  const first = blocks.find((block) => block.type === 'paragraph');
  const sentence = first ? sentencesOf(plainText(first))[0] : undefined;
  const read = sentence ? readAnnouncement(sentence.text) : undefined;
  if (!read?.hours || read.cancelled || read.tentative) return undefined;
  // It names its event first, says it takes place, or is a field that says when (`**Date** : 3
  // mai 2025 **Heure** : 13h00`): `Les photos du concert du samedi 23 mars
  // à 20h30 sont en ligne`, `Les inscriptions ouvrent le lundi 3 juin à 10h` speak of it.
  const opener = tokenize(sentence!.text).find((token) => token.kind === 'word');
  if (!read.whenField && !saysItTakesPlace(sentence!.text) && !(opener !== undefined && namesAnEventWord(opener.text))) return undefined;
  // A newsletter or a course page that announces other events after it is a page of several.
  const others = blocks.flatMap((block) => sentencesOf(plainText(block))).filter((other) => other !== sentence && other.text !== sentence!.text);
  if (others.some((other) => readAnnouncements(other.text).length > 0)) return undefined;
  const mention = read.line.expression.mentions[0];
  return mention?.weekday !== undefined || mention?.year !== undefined ? { line: read.line, node: first!, hours: read.hours } : undefined;
}

/** The lines of a paragraph as a reader sees them, markup dropped, when it has two or more; else none. */
function boxLines(node: RootContent, source: SourceText): string[] {
  if (node.type !== 'paragraph') return [];
  const lines = paragraphSourceLines(node, source).map(({ raw }) => shownLine(raw).replace(/[*_`]/g, '').trim());
  return lines.length >= 2 ? lines : [];
}

// `La prochaine édition aura lieu le…`, `notre prochaine édition se tiendra…` (folded): the
// next edition of what the page presents, the event it is about. Only right before its verb:
// `La prochaine édition de ChtiJS aura lieu le 19 décembre` under `### Quand ?` names the
// page's subject too, but its reader lists it as the sentence it is (announced-sessions.ts),
// not as the page's event at its heading.
const NEXT_EDITION = /(?:^|[^a-z])(?:la|notre|cette) (?:prochaine|nouvelle) edition (?:aura lieu|se tiendra|se deroulera)(?![a-z])/;

// `Rendez-vous les **11 et 12 mars 2027** pour deux jours de conférences` (folded): the page
// gives its reader a meeting, its own event's, not news of another's (`Le FOSDEM aura lieu
// le 1er février`). Only the meeting word right before the day, not denied (`Pas de
// rendez-vous le 12 mars`), and, after the day, `pour` and what is held, with no more than
// its count or its article between (`pour deux jours de conférences`, `pour l'atelier`): `pour
// vous inscrire aux ateliers`, `pour le replay de la conférence` give no meeting of the event.
const READER_MEETING = /(?:^|[^a-z])rendez vous (?:le|les|ce|du)(?![a-z])/;
const DENIED_BEFORE = /(?:^|[^a-z])(?:pas|plus|aucun)(?: de)?$/;
// The words that may stand between `pour` and what is held.
const HELD_THING_WORDS = new Set(['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'le', 'la', 'les', 'l', 'des', 'de', 'du', 'd', 'jour', 'jours', 'notre', 'nos', 'votre', 'vos', 'grand', 'grande', 'nouvelle', 'nouveau', 'premier', 'premiere', 'prochain', 'prochaine']);
// How many words after the meeting word may run to `pour` (the day, a place).
const WORDS_AFTER_MEETING = 12;

/**
 * Whether a block's sentence invites to the next edition of the page's event (NEXT_EDITION),
 * or gives the reader a meeting on its day for something held (READER_MEETING).
 */
function invitesToItsEvent(text: string): boolean {
  const folded = foldedWords(normaliseText(text)).join(' ');
  if (NEXT_EDITION.test(folded)) return true;
  const meeting = READER_MEETING.exec(folded);
  if (meeting === null || DENIED_BEFORE.test(folded.slice(0, meeting.index).trimEnd())) return false;
  const after = folded.slice(meeting.index + meeting[0].length).trim().split(' ').slice(0, WORDS_AFTER_MEETING);
  const purpose = after.indexOf('pour');
  if (purpose < 0) return false;
  for (const word of after.slice(purpose + 1)) {
    if (namesAnEventWord(word)) return true;
    if (!HELD_THING_WORDS.has(word)) return false;
  }
  return false;
}

// The words that close a summary's words before its day when they say the event takes place then (folded).
const HELD_ON = /(?:^|[^a-z])(?:aura lieu|a lieu|se tiendra|se deroulera|est prevue?) (?:le|ce)$|(?:^|[^a-z])est prevue? pour(?: le)?$/;
// How many words a summary's subject and verb may run to before the day (`Notre premier webinaire aura lieu le`).
const HELD_ON_WORDS = 7;
// Folded words of a summary that make its day another matter's or unsure, besides a step
// before the event (STEP_WORDS): a relative clause, money, a move, a doubt.
const NOT_THE_EVENT_DAY = /(?:^|[^a-z])(?:qui|depots?|versements?|votes?|budgets?|subventions?|reporte|reportee|annule|annulee|mais|probablement|sous reserve|a confirmer)(?![a-z])/;

/** The day, and its hours, the summary key of a page titled by its event writes (see readEventPage); undefined otherwise. */
function summaryDay(entries: MetadataEntry[], named: MetadataEntry | undefined): { entry: MetadataEntry; line: DatedLine; held?: true } | undefined {
  if (!named || !namesAnEvent(named.value)) return undefined;
  for (const entry of entries.filter((one) => SUMMARY_KEYS.has(one.key))) {
    const line = dayInTitle(entry.value);
    // A weekday or a year: a summary's bare `26 février` may be anything.
    if (!line || !line.expression.mentions.every((mention) => mention.weekday !== undefined || mention.year !== undefined)) continue;
    // The summary opens with the day (`Le samedi 26 février de 10h à 13h …`): a day told after
    // other words is another's (`Les inscriptions des exposants ouvrent le lundi 7 février`).
    if (SUMMARY_OPENINGS.has(normaliseText(entry.value.slice(0, line.start)))) return { entry, line };
    // `Notre premier webinaire aura lieu le 21 mai 2021 !`, `Il est prévu pour dimanche 15 avril
    // 2018`: the event the title names, or a pronoun for it, said to take place that day.
    const before = normaliseText(entry.value.slice(0, line.start)).trimEnd();
    const held = HELD_ON.test(before) && before.split(' ').length <= HELD_ON_WORDS && (namesAnEvent(before) || /^(?:il|elle) /.test(before));
    const folded = normaliseText(entry.value);
    if (held && !NOT_THE_EVENT_DAY.test(folded) && !STEP_WORDS.test(folded)) return { entry, line, held: true };
    // `… lors de ce séminaire (12 mars 2020, salle de réunion du laboratoire Pacte, 14h30-16h30)`:
    // a bracket that opens with the day and gives its place and time, the event's card in a sentence.
    const carded = bracketedCard(entry.value, line);
    if (carded) return { entry, line: carded };
  }
  return undefined;
}

/**
 * The day of a bracket that closes the summary, opens with the day and closes with its clock
 * hours from start to end, parted by commas (`(12 mars 2020, salle B, 14h30-16h30)`), with
 * those hours; undefined otherwise. Without the hours, a bracketed day is a sentence's aside
 * (`(12 mars 2020)`, when something was said); a bracket inside the sentence may be another
 * event's (`Après l'atelier de février (12 février 2020, salle B, 14h-16h), … le 2 avril`),
 * and a length is no time (`(12 mars 2020, YouTube, 1h30)`, a recording's).
 */
function bracketedCard(text: string, line: DatedLine): DatedLine | undefined {
  if (!text.slice(0, line.start).trimEnd().endsWith('(')) return undefined;
  const close = text.indexOf(')', line.end);
  if (close < 0 || /[\p{L}\d]/u.test(text.slice(close + 1))) return undefined;
  const fields = text.slice(line.end, close).split(',');
  const last = fields.at(-1)!;
  const hours = leadingHours(last.trim());
  if (fields.length < 2 || fields[0]!.trim() !== '' || !hours || hours.rest !== '' || !hours.slots.every((slot) => slot.end !== undefined)) return undefined;
  const start = close - last.length + (last.length - last.trimStart().length) + hours.start;
  return { ...line, hours: { text: hours.text, start, end: start + hours.text.length } };
}

// What may stand before the day that opens a summary (folded, trimmed): nothing, its article,
// or a call to come (`Rendez-vous le`, `Venez le`); not `Les inscriptions ouvrent le`.
const SUMMARY_ARTICLES = ['', 'le', 'les', 'ce', 'du', 'des'];
const SUMMARY_OPENINGS = new Set(['', 'rendez-vous', 'rdv', 'venez', 'retrouvez-nous', 'rejoignez-nous'].flatMap((call) => SUMMARY_ARTICLES.map((article) => `${call} ${article}`.trim())));

// How many of the page's first blocks are looked at for the line that opens with its event's day.
const OPENING_BLOCKS = 3;

/**
 * The day one of the page's first paragraphs opens with (`Mardi 8 septembre à 19h à …`,
 * `Le jeudi 30 octobre à Epitech, …`), with its weekday, when that weekday fits the day in
 * the year `date` writes and the day is not `date`'s own; undefined otherwise.
 */
function dayWithWeekdayOpening(blocks: RootContent[], date: DatedLine, source: SourceText): { node: RootContent; line: DatedLine; position: Position } | undefined {
  const stamped = date.expression.mentions[0];
  const year = stamped?.year;
  if (!stamped || year === undefined) return undefined;
  for (const node of blocks.filter((one) => one.type === 'paragraph').slice(0, OPENING_BLOCKS)) {
    const first = (plainText(node).split('\n')[0] ?? '').trim();
    const toks = tokenize(first);
    const line = dayAt(toks, isWord(toks[0], 'le') ? 1 : 0, first);
    const mention = line?.expression.kind === 'single' ? line.expression.mentions[0] : undefined;
    if (!line || !mention || mention.weekday === undefined || (mention.year !== undefined && mention.year !== year)) continue;
    if (isoWeekday({ year, month: mention.month, day: mention.day }) !== mention.weekday) continue;
    if (mention.month === stamped.month && mention.day === stamped.day) return undefined;
    const dated: DatedLine = { ...line, expression: { ...line.expression, mentions: [{ ...mention, year }] } };
    return { node, line: dated, position: source.find(node.position!, line.dateText) };
  }
  return undefined;
}

