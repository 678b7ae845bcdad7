/*
 * A page that names its day, or its days, once and outside a dated heading: a list item
 * near the top (`* Mardi 11 Novembre 2022 à 19h00` under `## Date et lieu`), a first line
 * (`Samedi 8 juin 2024, médiathèque`), its front matter (`date_debut`/`date_fin`,
 * `dates_publiees: 12 et 13 avril 2024`, `date: 2022-11-08T19:00:00`) or its title
 * (`séance du 03/03/2021`). Its timed items (`### 19h00 : Accueil`, `- 9h30 : Accueil`,
 * `| 9h30 | Accueil |`) take that day; on a page of several days, a label that names one
 * of them without a date (`Vendredi`, `**Samedi :**`, `## Jour 2`) opens that day as a
 * dated heading would. read-sessions-outside-tables.ts decides when a page is read so.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { DatedLine } from '../dates/dated-line.js';
import { addDays, daysFromTo, isoWeekday } from '../dates/plain-date.js';
import { minutesOfDay } from '../dates/minutes-of-day.js';
import type { DayMention, PlainDate } from '../dates/types.js';
import { datedTextOf } from './dated-text.js';
import { frontMatterDays } from './front-matter-days.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { dayAt, daysWritten, oneInvitedDay, sameDays as namesSameDays, WRITTEN_ON } from './invited-days.js';
import { plainText } from './plain-text.js';
import { headParagraph } from './page-metadata.js';
import { tokenize } from '../dates/tokenize.js';
import { paragraphSourceLines } from './paragraph-lines.js';
import { readDatedHeadings } from './read-dated-headings.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { dayLabel } from './week-anchor.js';
import { normaliseText } from '../dates/normalise-text.js';
import { weekdayFromWord } from '../dates/french-months.js';
import { toldInPast } from '../dates/past-tense.js';
import { BOUND_OR_DEADLINE_BEFORE, REGISTERING } from './deadline-words.js';
import { whenLabelKind } from './when-labels.js';
import { recurringWeekday } from './event-page.js';
import { weekdayHoursItems } from './weekday-hours-items.js';


/** The day or days a page names once, for the timed items written under no dated heading. */
export interface PageDays {
  /** The page's day (or days): a draft that is only a day, never a session of its own. */
  day: SessionDraft;
  /**
   * The day a label names among the page's days (`Vendredi`, `Jour 2`), as a draft that is
   * only a day; undefined when the text is no such label or the page has one day.
   */
  label(text: string, node: Heading | Paragraph, source: SourceText, titled: boolean): SessionDraft | undefined;
  /** Whether a draft takes one of the page's days (the page's, or a label's). */
  holds(draft: SessionDraft): boolean;
}

// A page's days are labelled by weekday or number only over a short event: a festival, a
// summer school. A longer span is a season, whose weekdays recur.
const MOST_LABELLED_DAYS = 14;

/** Every day a page's date names, when each of its mentions writes its year; else none. */
function concreteDays(line: DatedLine): PlainDate[] {
  const { kind, mentions } = line.expression;
  if (kind === 'alternatives' || mentions.some((mention) => mention.year === undefined)) return [];
  const plain = mentions.map((mention) => ({ year: mention.year!, month: mention.month, day: mention.day }));
  if (kind === 'range') return daysFromTo(plain[0]!, plain[1]!);
  // `la semaine du 16 mars 2026`: the week that day opens.
  if (kind === 'single' && line.week) return daysFromTo(plain[0]!, addDays(plain[0]!, 6));
  return plain;
}

/**
 * The day of `days` a label names, and the words that name it: a weekday alone (`Vendredi`,
 * `le samedi`, `Saturday`, `Samedi matin`), or a day's number (`Jour 2`, `Journée 1`, `Day
 * 3`, `J2`, `1er jour`), as week-anchor.ts reads labels. A heading or a bold line may go on
 * with a title after a separator; a plain line may not. The weekday must fall on exactly
 * one of the days.
 */
export function labelledDay(text: string, days: PlainDate[], titled: boolean): { day: PlainDate; words: string; weekday?: number } | undefined {
  const label = dayLabel(text, titled);
  if (!label) return weekdayAndNumber(text, days, titled);
  if (label.weekday !== undefined) {
    const fitting = days.filter((day) => isoWeekday(day) === label.weekday);
    return fitting.length === 1 ? { day: fitting[0]!, words: label.words, weekday: label.weekday } : undefined;
  }
  const n = label.number!;
  return n >= 1 && n <= days.length ? { day: days[n - 1]!, words: label.words } : undefined;
}

// `Lundi 25`, `lundi 1er`: a weekday and a day of the month, no month (folded).
const WEEKDAY_AND_NUMBER = /^(?:le )?([a-z]+)\.? (\d{1,2})(?:er|re)?(?![a-z0-9])/;

/**
 * The day of `days` a weekday and a day's number name (`**Lundi 25 (9h30 - 16h30)**`,
 * `**Lundi 1 (10h - 16h30)**` on a page that gives `les 25 janvier et le 1er février
 * 2021`): the month is the page's, the one of its days that is that weekday and number.
 * A plain line must hold nothing else; a heading or bold line may go on after a bracket or
 * a separator, as dayLabel reads labels.
 */
function weekdayAndNumber(text: string, days: PlainDate[], titled: boolean): { day: PlainDate; words: string; weekday: number } | undefined {
  const written = text.trim();
  const found = WEEKDAY_AND_NUMBER.exec(normaliseText(written));
  const weekday = found ? weekdayFromWord(found[1]!) : undefined;
  if (!found || weekday === undefined) return undefined;
  const rest = written.slice(found[0].length).trim();
  if (rest !== '' && !(titled && /^[(:\-\u2013\u2014,]/u.test(rest))) return undefined;
  const fitting = days.filter((day) => isoWeekday(day) === weekday && day.day === Number(found[2]));
  return fitting.length === 1 ? { day: fitting[0]!, words: written.slice(0, found[0].length), weekday } : undefined;
}

/** The reading of a page whose days `dated` names (written at `position`, the node that holds them). */
export function pageDays(dated: { line: DatedLine; position: Position }, position: Position, title: string): PageDays {
  const day: SessionDraft = { source: 'heading', title, position, dated, cancelled: false, slots: 0, borrowed: true };
  const days = concreteDays(dated.line);
  const labelled = days.length >= 2 && days.length <= MOST_LABELLED_DAYS;
  const labels = new Set<SessionDraft>([day]);
  return {
    day,
    // A slot under a day its agenda names in a cell (`| **22 septembre** | 8h30 - 10h30 |`,
    // read-day-agendas.ts) is the page's too: that day is one of the page's.
    holds: (draft) => draft.day !== undefined && (labels.has(draft.day) || (draft.day.inPeriod !== undefined && labels.has(draft.day.inPeriod))),
    label(text, node, source, titled) {
      if (!labelled) return undefined;
      const found = labelledDay(text, days, titled);
      if (!found) return undefined;
      const mention: DayMention = { ...found.day, ...(found.weekday ? { weekday: found.weekday } : {}), text: found.words };
      const line: DatedLine = { expression: { kind: 'single', mentions: [mention] }, dateText: found.words, start: 0, end: found.words.length, lead: '', rest: '', title: text };
      const draft: SessionDraft = { source: 'heading', title: text, position: node.position!, dated: { line, position: source.find(node.position!, found.words) }, cancelled: false, slots: 0, borrowed: true };
      labels.add(draft);
      return draft;
    },
  };
}

// Fewer timed items than this under a page's day are sentences of a post (`19h : rendez-vous
// devant la gare.`), not a programme: a page date alone never makes a session.
const FEWEST_TIMED_ITEMS = 2;
// How many days the page's event may last, at most: a longer span is a term or a project's period (a month-long festival at most).
const LONGEST_PAGE_DAYS = 31;

/**
 * The first paragraph of the page when its first line opens with a date (`Samedi 8 juin
 * 2024, médiathèque de Lyon.`): a page's opening line may name its day as a list item does.
 */
function openingLine(tree: Root, source: SourceText, hidden: HiddenRanges): { line: DatedLine; position: Position } | undefined {
  const first = tree.children.find((node) => node.type === 'paragraph' && !isHidden(hidden, node.position?.start.offset)) as Paragraph | undefined;
  if (!first) return undefined;
  const raw = paragraphSourceLines(first, source)[0]?.raw ?? '';
  const line = datedTextOf(raw.replace(/[*_`]/g, '').trim(), false);
  return line ? { line, position: source.find(first.position!, line.dateText) } : undefined;
}

/**
 * The day the page's paragraphs invite to or give as a field (`La journée se tiendra le
 * mercredi 16 décembre`, `**Date** : le 4 décembre 2024`), when they name one day however
 * often they write it: a seminar's or a study day's page names its day so above its agenda.
 */
function invitedDay(tree: Root, source: SourceText, hidden: HiddenRanges): { line: DatedLine; position: Position } | undefined {
  // A Pelican page's head (`Date: 2016-12-08`) is its metadata, read as such (frontMatterDays), no field of the text.
  const head = headParagraph(tree, source);
  const paragraphs = tree.children.filter((node) => node.type === 'paragraph' && node !== head && !isHidden(hidden, node.position?.start.offset));
  const invited = oneInvitedDay(paragraphs, source);
  return invited ? { line: invited.line, position: invited.position } : undefined;
}


/**
 * The one day the paragraphs of the page's one section that says when name (`### Date et
 * lieu du panel` over `Le mercredi 5 juin 2024 de 9h30 à 14h à l'hôtel …`, when-labels.ts),
 * however often they write it; undefined when no section or two say when, or they name
 * none, two days, or a stretch of days. A deadline or a bound (`avant le`), the day a page
 * or letter was published (`publiée le 3 juin`), a registration's day and a story told in
 * the past (`Nous nous sommes retrouvés … le mercredi 5 juin`) name no day to come.
 */
function whenSectionDay(tree: Root, source: SourceText, hidden: HiddenRanges): { line: DatedLine; position: Position } | undefined {
  const sections = tree.children.flatMap((node, at) => (node.type === 'heading' && !isHidden(hidden, node.position?.start.offset) && whenLabelKind(plainText(node)) !== undefined ? [at] : []));
  if (sections.length !== 1) return undefined;
  const heading = tree.children[sections[0]!] as Heading;
  const found: Array<{ line: DatedLine; node: Paragraph }> = [];
  for (const node of tree.children.slice(sections[0]! + 1)) {
    if (node.type === 'heading') break;
    if (node.type !== 'paragraph' || isHidden(hidden, node.position?.start.offset)) continue;
    const text = plainText(node);
    if (toldInPast(text)) return undefined;
    for (const line of daysWritten(text)) {
      const before = normaliseText(text.slice(Math.max(0, line.start - 40), line.start));
      if (WRITTEN_ON.test(before) || REGISTERING.test(before)) return undefined;
      if (!BOUND_OR_DEADLINE_BEFORE.test(before)) found.push({ line, node });
    }
  }
  const first = found[0];
  // A level-one heading that asks when (`# Date`) is the page's title, no section of it.
  if (!first || heading.depth === 1 || found.some((one) => !namesSameDays(one.line, first.line)) || concreteDays(first.line).length > 1) return undefined;
  return { line: first.line, position: source.find(first.node.position!, first.line.dateText) };
}

/**
 * The days the page's introduction names in its one date (`Formation organisée par le
 * consortium … les 8 et 9 novembre 2023 à Lyon.`): a training's or study days'
 * introduction, whose agenda labels its days (`### Jour 1, …`). Several days, or one day
 * written with its weekday and year (`… la prochaine journée StatOmique, le Jeudi 30 Mars
 * 2023, …`): a bare date in an introduction is as often the day the page was written, and
 * one after `publié`, `mis à jour` (WRITTEN_ON) is that.
 */
function introductionDays(tree: Root, hidden: HiddenRanges, source: SourceText): { line: DatedLine; position: Position } | undefined {
  // A guide's cover comes first (`**Open Instructable** **V.0.1.**`, its authors, the day it
  // was written): its introduction is the first of its opening paragraphs that names such days.
  // Past the first paragraph, only a stretch of days the page says its event is held on
  // (`Organisé au FabLab SUPSI du 24 au 27 juin 2019`): one day with its weekday there is as
  // often an example's (`Exemple : vendredi 2021-02-05 11:04:19`), and a stretch told
  // otherwise a closure's or a registration's (`La médiathèque sera fermée du 24 au 28 décembre`).
  const opening = tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && !isHidden(hidden, node.position?.start.offset)).slice(0, OPENING_PARAGRAPHS);
  for (const [index, paragraph] of opening.entries()) {
    const found = paragraphDays(paragraph, source);
    if (found && (index === 0 || (concreteDays(found.line).length >= 2 && heldOn(plainText(paragraph), found.line)))) return found;
  }
  return undefined;
}

// Words right before a stretch of days that say the event is held on them (folded, whole
// words, in the same sentence): `Organisé au FabLab … du`, `aura lieu du`, `se déroulera les`.
const HELD_BEFORE = /(?:^|[^a-z])(?:organisee?s?|aura lieu|auront lieu|a lieu|ont lieu|se deroulera|se derouleront|se deroule|se tiendra|se tiendront|se tient)(?![a-z])[^.!?]{0,60}$/;

/** Whether the words before a paragraph's stretch of days say the event is held on them (HELD_BEFORE). */
function heldOn(text: string, line: DatedLine): boolean {
  const at = text.indexOf(line.dateText);
  return at >= 0 && HELD_BEFORE.test(normaliseText(text.slice(0, at)));
}

// How many of a page's first paragraphs may be its introduction.
const OPENING_PARAGRAPHS = 8;

/** The days one paragraph names in its one date, as introductionDays takes them; undefined otherwise. */
function paragraphDays(paragraph: Paragraph, source: SourceText): { line: DatedLine; position: Position } | undefined {
  const text = plainText(paragraph);
  // `Nous nous sommes retrouvés … le mercredi 5 juin 2024`: a story of the day, no introduction to it.
  if (toldInPast(text)) return undefined;
  const toks = tokenize(text);
  const found: DatedLine[] = [];
  for (let k = 0; k < toks.length; k++) {
    const day = dayAt(toks, k, text);
    if (!day) continue;
    // `Ouverture des inscriptions le lundi 3 juin 2024`: a registration's day, no event's.
    const before = normaliseText(text.slice(Math.max(0, day.start - 40), day.start));
    if (REGISTERING.test(before)) return undefined;
    if (!BOUND_OR_DEADLINE_BEFORE.test(before)) found.push(day);
    while (k + 1 < toks.length && toks[k + 1]!.from < day.end) k++;
  }
  const one = found.length === 1 ? found[0]! : undefined;
  if (!one) return undefined;
  const several = concreteDays(one).length >= 2;
  const announced = one.expression.mentions.length === 1 && one.expression.mentions.every((mention) => mention.weekday !== undefined && mention.year !== undefined);
  if (!several && !(announced && !WRITTEN_ON.test(normaliseText(text.slice(Math.max(0, one.start - 40), one.start))))) return undefined;
  return { line: one, position: source.find(paragraph.position!, one.dateText) };
}

/**
 * The one day the page's banner names: its title heading and the lines set with it
 * before its first section (`<h1>DjangoBreizh<small>Rennes, 17 novembre 2012</small></h1>`,
 * a subtitle `L'événement annuel … Le Samedi 21 Mai à Rennes`), when they name one day
 * however often they write it. A site's page written in HTML names its event's day so, in
 * its header, with no sentence that invites and no front matter. A date anywhere in those
 * lines counts, as the banner is a label, not a sentence; one day only: a banner naming
 * several is a series', and its sections say which is which.
 */
function bannerDay(tree: Root, source: SourceText, hidden: HiddenRanges): { line: DatedLine; position: Position } | undefined {
  const found: Array<{ line: DatedLine; node: Heading | Paragraph }> = [];
  for (const node of tree.children) {
    if (isHidden(hidden, node.position?.start.offset)) continue;
    if (node.type === 'heading' && node.depth > 1) break;
    if (node.type !== 'heading' && node.type !== 'paragraph') continue;
    const text = plainText(node);
    const toks = tokenize(text);
    for (let k = 0; k < toks.length; k++) {
      const day = dayAt(toks, k, text);
      if (!day) continue;
      const before = normaliseText(text.slice(Math.max(0, day.start - 40), day.start));
      // `Mis à jour le 8 novembre 2023`, `Publié le …`: the day the page was written.
      if (WRITTEN_ON.test(before)) return undefined;
      // `inscrivez-vous avant le 3 mai 2022`: a deadline or a bound, not the event's day.
      if (!BOUND_OR_DEADLINE_BEFORE.test(before)) found.push({ line: day, node });
      while (k + 1 < toks.length && toks[k + 1]!.from < day.end) k++;
    }
  }
  const key = (line: DatedLine) => line.expression.mentions.map((m) => `${m.day}/${m.month}`).join(' ');
  const first = found[0];
  if (!first || found.some((one) => key(one.line) !== key(first.line)) || concreteDays(first.line).length > 1) return undefined;
  return { line: first.line, position: source.find(first.node.position!, first.line.dateText) };
}

/**
 * Whether the page's lines label more than one day (`JOUR 1` and `JOUR 2`, `Samedi` and
 * `Dimanche`, alone on their line or heading a section). A page that names one day cannot
 * hold a programme labelled over several: its day is then another's (the day the post was
 * written, a deadline), and a reader puts none of its slots on it.
 */
function labelsSeveralDays(tree: Root, hidden: HiddenRanges): boolean {
  const labels = new Set<string>();
  for (const node of tree.children) {
    if ((node.type !== 'heading' && node.type !== 'paragraph') || isHidden(hidden, node.position?.start.offset)) continue;
    const label = dayLabel(plainText(node).split('\n')[0] ?? '', node.type === 'heading');
    if (label) labels.add(label.weekday !== undefined ? `w${label.weekday}` : `n${label.number}`);
  }
  return labels.size >= 2;
}

/**
 * The drafts of a page read with its page days, when the page names its day once and
 * writes timed items under no dated heading; else `written`, the reading without them.
 * The page names its day once when the reading without finds at most one dated heading or
 * item and none with slots: then that one (the list item under `## Date et lieu`), else the
 * page's opening line, else the one day its paragraphs invite to (invitedDay), else its
 * front matter, is the page's day, and the item that named it
 * is the day, not a session. The page is read so only when at least two timed items (timed
 * headings, timed lines or items, rows of a day's table) take its days, all below the item
 * that named them: clock times in sentences are no items, so a dated post stays prose.
 */
export function readByPageDays(tree: Root, source: SourceText, hidden: HiddenRanges, written: SessionDraft[]): SessionDraft[] {
  const dated = written.filter((draft) => draft.dated && !draft.borrowed);
  if (dated.length > 1 || written.some((draft) => draft.dated && draft.slots > 0)) return written;
  // One dated line with the hours of a span (`Lundi 30 mars 2015 de 12h00 à 14h00` under
  // `### En pratique`) may restate the event its programme details: then the page's day is
  // named elsewhere, and that line is the span, not a session (see restatesSpan).
  const spanning = dated.length === 1 && dated[0]!.source === 'list' && dated[0]!.slots === 0 && dated[0]!.hours?.slots.length === 1 && dated[0]!.hours.slots[0]!.end ? dated[0] : undefined;
  if (spanning) return readAroundSpan(tree, source, hidden, spanning) ?? readBelowSpan(tree, source, hidden, spanning) ?? written;
  const named = dated[0];
  const opening = named ? undefined : openingLine(tree, source, hidden);
  const invited = named || opening ? undefined : invitedDay(tree, source, hidden);
  // The day a post's introduction announces comes before its front matter's `date`, which
  // is as often the day the post was published (`date: '2023-02-17'` over `… le Jeudi 30
  // Mars 2023`).
  const introduced = named || opening || invited ? undefined : introductionDays(tree, hidden, source);
  const front = named || opening || invited || introduced ? undefined : frontMatterDays(tree, source);
  const banner = named || opening || invited || front || introduced ? undefined : bannerDay(tree, source, hidden);
  // `### Date et lieu du panel` over `Le mercredi 5 juin 2024 de 9h30 à 14h à l'hôtel …`:
  // the one section that says when names the day, whatever its sentence's words.
  const labelled = named || opening || invited || front || introduced || banner ? undefined : whenSectionDay(tree, source, hidden);
  let from = named?.dated ?? opening ?? invited ?? front ?? introduced ?? banner ?? labelled;
  if (!from) return written;
  // `rendez-vous le 4 et 5 mars !` in a sentence, the front matter's `moment: 4 et 5 mars
  // 2017`: the same days, their year written; the front matter names them above every item.
  const withYear = invited && concreteDays(from.line).length === 0 ? frontMatterDays(tree, source) : undefined;
  const sameDays = withYear !== undefined && dayKeys(withYear.line) === dayKeys(from.line);
  if (sameDays) from = withYear;
  if (concreteDays(from.line).length <= 1 && labelsSeveralDays(tree, hidden)) return written;
  // `**Période :** 16 février --> 23 juillet 2026`: a term's span, not the days of one
  // event whose timed items a reader would put on each of them (a work plan's `8h` a week).
  if (concreteDays(from.line).length > LONGEST_PAGE_DAYS) return written;
  const page = pageDays(from, named?.position ?? from.position, named?.title ?? '');
  // `Mercredi 5, jeudi 6, vendredi 7 : 14h10 - 22h10.` under the event's days: its opening
  // hours by day, each item a session; the page's days are theirs (weekday-hours-items.ts).
  const byDays = named ? weekdayHoursItems(tree, source, hidden, concreteDays(from.line), named.title) : [];
  if (byDays.length > 0) return [page.day, ...written.filter((draft) => draft !== named), ...byDays];
  // The items must come below what named the day: an item, or a sentence that invites. A
  // field that asks when (`- **Date** : Jeudi 27 septembre 2018`, `**Quand ?**`) is the
  // page's box of practical details, which a page sets beside or below its programme.
  const naming = named?.position.start.offset ?? labelled?.position.start.offset ?? (sameDays ? undefined : invited?.position.start.offset) ?? introduced?.position.start.offset ?? banner?.position.start.offset;
  const box = named !== undefined && whenLabelKind(named.title) !== undefined ? detailsBox(tree, naming ?? 0) : undefined;
  const start = box ? undefined : naming;
  // The box's other fields (`- **Heure** : Dès 18H15`, `- **Lieu** : …`) restate the day, and are no items of it.
  const items = box ? { ...tree, children: tree.children.filter((node) => node !== box) } : tree;
  const read = readDatedHeadings(items, source, hidden, page).filter((draft) => !(draft.dated && !draft.borrowed && draft.position.start.offset === naming));
  const held = read.filter((draft) => page.holds(draft));
  if (held.length < FEWEST_TIMED_ITEMS || (start !== undefined && held.some((draft) => (draft.position.start.offset ?? 0) < start))) return written;
  // `Voici un exemple de notre programme` (or `## Une journée type`) over `JOUR 1`, `JOUR 2`:
  // a sample day plan, whose days a reader does not put on the stay's days.
  if (samplesItsProgramme(tree, hidden, from.position.start.offset ?? 0, held[0]!.position.start.offset ?? 0, from.line)) return written;
  // `### Restitution` over `… le jeudi 4 juillet 2024 …` between the page's day and the
  // agenda: the agenda may be that other day's; a reader does not give it the page's.
  if (naming !== undefined && writesOtherDays(tree, hidden, from.line, naming, held[0]!.position.start.offset ?? 0)) return written;
  // `Paris P2P a lieu tous les premiers mercredis du mois suivant ce format :` over `* 18h30-19h00:
  // Ouverture des portes`: the format of a meeting that recurs, which no one day holds.
  if (introducesRecurringFormat(tree, hidden, held[0]!.position.start.offset ?? 0, concreteDays(from.line))) return written;
  // The page's day is dated like a heading, so that its year is inferred with the others'.
  return [page.day, ...read];
}

/**
 * Whether the block right before the first timed item (at `to`) says the items are the format
 * of a meeting that recurs on a weekday, none of the page's `days` (`Comme tous les premiers
 * mercredis du mois, voici le programme de la soirée` on a Wednesday's page is that evening's).
 */
function introducesRecurringFormat(tree: Root, hidden: HiddenRanges, to: number, days: PlainDate[]): boolean {
  const before = tree.children.filter((node) => (node.position?.end.offset ?? 0) <= to && !isHidden(hidden, node.position?.start.offset)).at(-1);
  if (before?.type !== 'paragraph') return false;
  const weekday = recurringWeekday(normaliseText(plainText(before)));
  return weekday !== undefined && !days.some((day) => isoWeekday(day) === weekday);
}

// Words that give a programme as a sample (folded): `un exemple de notre programme`,
// `programme type`, `journée type`; not `étudiés à titre d'exemple`, said of anything.
const SAMPLE_PROGRAMME = /(?:^|[^a-z])(?:exemple de (?:notre |nos |votre |la |une )?(?:programme|journee|deroulement|deroule|planning)|programmes? types?|journees? types?)(?![a-z])/;

/**
 * Whether a paragraph or heading between the page's day (`from`) and its first timed item
 * (`to`) gives the programme as a sample (SAMPLE_PROGRAMME), or as another edition's: it
 * writes a year that none of the page's days (`line`) is in (`Les ateliers ci-dessous sont
 * ceux de l'édition 2024` under a day of 2025).
 */
function samplesItsProgramme(tree: Root, hidden: HiddenRanges, from: number, to: number, line: DatedLine): boolean {
  const years = new Set(line.expression.mentions.flatMap((mention) => (mention.year === undefined ? [] : [mention.year])));
  return tree.children.some((node) => {
    const at = node.position?.start.offset ?? 0;
    if ((node.type !== 'paragraph' && node.type !== 'heading') || at <= from || at >= to || isHidden(hidden, at)) return false;
    const folded = normaliseText(plainText(node));
    return SAMPLE_PROGRAMME.test(folded) || (years.size > 0 && [...folded.matchAll(EDITION_YEAR)].some((found) => !years.has(Number(found[1]))));
  });
}

// An edition named by its year (folded): `l'édition 2024`, `(édition 2023)`.
const EDITION_YEAR = /(?:^|[^a-z])edition (\d{4})(?!\d)/g;

/**
 * Whether a paragraph or heading after the one that names the page's day (`line`, named at
 * `from`) and before the first timed item (at `to`) writes another day to come: not a
 * deadline, a bound, a registration's or a publication's day (dayToCome).
 */
function writesOtherDays(tree: Root, hidden: HiddenRanges, line: DatedLine, from: number, to: number): boolean {
  return tree.children.some((node) => {
    const at = node.position?.start.offset ?? 0;
    if ((node.type !== 'paragraph' && node.type !== 'heading') || at <= from || at >= to || isHidden(hidden, at)) return false;
    const text = plainText(node);
    // Only a day written as a reader announces one, its weekday or month in words: figures
    // alone are as often a count (`(3/7)`) or a file's name (`CHOCO_2024.02.24_image.png`).
    return daysWritten(text).some((other) => /\p{L}/u.test(other.dateText) && !namesSameDays(other, line) && dayToCome(text, other));
  });
}

/** Whether a day a text writes is one to come, as the words right before it say: not a deadline, a bound (`avant le`), a registration's (`inscriptions le`) or a publication's (`publiée le`). */
function dayToCome(text: string, line: DatedLine): boolean {
  const before = normaliseText(text.slice(Math.max(0, line.start - 40), line.start));
  return !BOUND_OR_DEADLINE_BEFORE.test(before) && !REGISTERING.test(before) && !WRITTEN_ON.test(before);
}

// The days a date names, by day and month, as one key (`4/3 5/3`).
function dayKeys(line: DatedLine): string {
  return `${line.expression.kind} ${line.expression.mentions.map((mention) => `${mention.day}/${mention.month}`).join(' ')}`;
}

// A box's field that says who wrote the page or when (folded): its `Date` is the post's.
const AUTHOR_FIELD = /^(?:auteure?s?|author|par|redige|redigee|publie|publiee|publication|ecrit|ecrite)(?![a-z])/;

/**
 * The block of the page holding the field at `offset`, when it is the page's box of details
 * about its event: not brought in by a sentence told in the past (`Le précédent meetup a eu
 * lieu :`), and, a list, no field of it naming who wrote the page or when (`**Auteur** :
 * Mamie`, a post's). Undefined otherwise.
 */
function detailsBox(tree: Root, offset: number): RootContent | undefined {
  const at = tree.children.findIndex((node) => (node.position?.start.offset ?? 0) <= offset && offset < (node.position?.end.offset ?? 0));
  const box = tree.children[at];
  const before = tree.children[at - 1];
  if (!box || (before?.type === 'paragraph' && toldInPast(plainText(before)))) return undefined;
  const labels = box.type === 'list' ? box.children.map((item) => normaliseText(plainText(item)).split(':')[0]!.trim()) : [];
  return labels.some((label) => AUTHOR_FIELD.test(label)) ? undefined : box;
}


/**
 * The page read with the day of its one dated line with the hours of a span (`### Quand ?`
 * over `Lundi 28 mai 2012 de 8h45 à 13h.`) when the timed items below it (`## Agenda` over
 * `* 8h45 : Intro`, `* 11h00 - 11h15 : Pause`) all start within that span (restatesSpan):
 * the line tells when the event is, the items are its sessions. Undefined otherwise.
 */
function readBelowSpan(tree: Root, source: SourceText, hidden: HiddenRanges, spanning: SessionDraft): SessionDraft[] | undefined {
  // Only under a heading that asks when (`Quand ?`, `Date`, `Horaires`): under `## Dépôt des posters` the line is that session's.
  // Or a field that asks it (`- **Date** : mercredi 17 juin 2026, 13h30 → 20h30` in the event's box).
  const field = normaliseText(source.slice(spanning.position).replace(/^[\s>*+-]*/, '')).split(':')[0]!;
  // A heading's or field's words that ask when (when-labels.ts).
  const asksWhen = (words: string) => whenLabelKind(words) !== undefined;
  // Or the heading of the page's practical details (`## Logistique` over `- Le 12 juin de 9h30 à 18h30`, `- À la DINSIC`).
  if (!asksWhen(normaliseText(spanning.title)) && !asksWhen(field) && !PRACTICAL_HEADING.test(normaliseText(spanning.title).replace(/[^a-z ]/g, '').trim())) return undefined;
  const page = pageDays(spanning.dated!, spanning.position, '');
  const start = spanning.position.start.offset ?? 0;
  const read = readDatedHeadings(tree, source, hidden, page).filter((draft) => draft.position.start.offset !== start);
  const held = read.filter((draft) => page.holds(draft));
  if (held.length < FEWEST_TIMED_ITEMS || held.some((draft) => (draft.position.start.offset ?? 0) < start) || !restatesSpan(spanning, page.day, held)) return undefined;
  // A sample or another edition's programme (`Les ateliers ci-dessous sont ceux de l'édition
  // 2024`), or a meeting told as held (`Nous nous sommes retrouvés … le mercredi 5 juin`): the
  // line is the day, its items none of its sessions.
  if (samplesItsProgramme(tree, hidden, start, held[0]!.position.start.offset ?? 0, spanning.dated!.line) || toldInPast(source.slice(spanning.position))) return undefined;
  // The span is kept as a day only (borrowed: never a session), so that the year it writes still dates the page's day.
  return [page.day, ...read, { ...spanning, borrowed: true }].sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}

// The headings of a page's box of practical details (folded, marks dropped).
const PRACTICAL_HEADING = /^(?:logistique|pratique|en pratique|infos? pratiques?|informations? pratiques?|modalites pratiques|organisation pratique)$/;

/**
 * Whether `span` restates the page's day over its programme: the same day (day and month:
 * one may write its year and the other not), and hours that hold every timed item's start
 * (`de 12h00 à 14h00` over items from `12h00` to `14h00 – Clôture`). A reader reads such a
 * line as the event's practical summary, the items as its sessions.
 */
function restatesSpan(span: SessionDraft, day: SessionDraft, held: SessionDraft[]): boolean {
  const key = (draft: SessionDraft) => draft.dated?.line.expression.mentions.map((m) => `${m.day}/${m.month}`).join(' ');
  if (key(span) !== key(day)) return false;
  const slot = span.hours!.slots[0]!;
  const from = minutesOfDay(slot.start);
  const to = minutesOfDay(slot.end!);
  return held.every((draft) => draft.hours !== undefined && draft.hours.slots.every((one) => minutesOfDay(one.start) >= from && minutesOfDay(one.start) <= to));
}

/**
 * The page read with the day its sentences invite to or its opening line names, when its
 * one dated line with hours (`spanning`) restates that day's span over the timed items
 * (restatesSpan) below them: that line is no session, the items take the day. Undefined otherwise.
 */
function readAroundSpan(tree: Root, source: SourceText, hidden: HiddenRanges, spanning: SessionDraft): SessionDraft[] | undefined {
  const opening = openingLine(tree, source, hidden);
  const invited = opening ? undefined : invitedDay(tree, source, hidden);
  const from = opening ?? invited;
  if (!from || (from.position.start.offset ?? 0) >= (spanning.position.start.offset ?? 0)) return undefined;
  const page = pageDays(from, from.position, '');
  const start = from.position.start.offset ?? 0;
  const read = readDatedHeadings(tree, source, hidden, page).filter((draft) => !(draft.dated && !draft.borrowed && draft.position.start.offset === start));
  const held = read.filter((draft) => page.holds(draft));
  if (held.length < FEWEST_TIMED_ITEMS || held.some((draft) => (draft.position.start.offset ?? 0) < start)) return undefined;
  // The summary comes below the programme it sums up (`### En pratique` after `### Programme`).
  if (held.some((draft) => (draft.position.start.offset ?? 0) > (spanning.position.start.offset ?? 0)) || !restatesSpan(spanning, page.day, held)) return undefined;
  // The span is kept as a day only (borrowed: never a session), so that the year it writes still dates the page's day.
  const rest = read.filter((draft) => draft.position.start.offset !== spanning.position.start.offset);
  return [page.day, ...rest, { ...spanning, borrowed: true }].sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}
