/*
 * The weekly slots a page gives a group or a course once, a range of hours for each of
 * its weekdays: `the TD group MAT2 (lun 15h15-16h45, mar 13h30-15h)`, `Cours le lundi de
 * 10h à 12h et le jeudi de 14h à 16h`, `Horaires : mardi 18h-20h, jeudi 12h-14h`. A reader
 * gives each dated session that writes no hours the slot of its weekday (`lundi 25/1`
 * meets 15h15-16h45, `mardi 23/2` 13h30-15h); a session on another weekday stays all day.
 *
 * Only a weekday written right before its hours (its name or its abbreviation, then maybe
 * `:`, `,` or `de`) makes a slot, and only a paragraph (or a list item's) that writes two
 * weekdays or more so, each one range with an end: one weekday and its hours is the
 * series' time (series-hours.ts). Two such paragraphs, or one weekday given two ranges,
 * leave a reader unsure which hours are whose: none is taken; two lists of slots that give
 * no weekday two ranges (a course's periods, `lundis 15h45--17h45` then `jeudis 9h--11h`)
 * are one week.
 */
import type { List, Paragraph, Root } from 'mdast';
import { parseFrenchHours } from '../dates/french-hours.js';
import { WEEKDAY_NAMES, weekdayFromWord } from '../dates/french-months.js';
import { pluralWeekday } from '../dates/french-dates.js';
import { hoursExtentAt } from '../dates/hours-extent.js';
import { isPunct, tokenize } from '../dates/tokenize.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { plainText } from './plain-text.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { DraftHours, SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { fieldParagraphs } from './field-paragraphs.js';

// A clock time somewhere in the text: most paragraphs have none and are not tokenized.
const ANY_TIME = /\d\s?h|\d[:.]\d\d/i;

// How many weekdays with their hours make a week of slots (one is the series' time).
const FEWEST_SLOTS = 2;

/** The hours a paragraph gives each weekday it writes right before them, when it gives two weekdays or more so (see above). */
export function slotsOfWeekdays(node: Paragraph, source: SourceText, fewest = FEWEST_SLOTS): Map<number, DraftHours> | undefined {
  const text = plainText(node);
  if (!ANY_TIME.test(text)) return undefined;
  const toks = tokenize(text);
  const slots = new Map<number, DraftHours>();
  for (let k = 0; k < toks.length; k++) {
    const word = toks[k]!;
    // `les jeudis de 8.30 à 11.30`: a weekday in the plural names it as a habit too.
    const weekday = word.kind === 'word' ? (weekdayFromWord(word.text) ?? pluralWeekday(word.text)) : undefined;
    if (weekday === undefined) continue;
    // `lun. 15h15`, `lundi : 15h`, `lundi, de 10h`: a mark between the weekday and its hours.
    let at = k + 1;
    while (at < toks.length && at <= k + 2 && isPunct(toks[at], '.:,')) at++;
    const last = hoursExtentAt(toks, at);
    if (last === undefined) continue;
    const written = text.slice(toks[at]!.from, toks[last]!.to);
    const parsed = parseFrenchHours(written);
    if (!parsed.ok || parsed.slots.length !== 1 || parsed.slots[0]!.end === undefined) continue;
    // One weekday given two ranges: which meeting is which is not said.
    if (slots.has(weekday)) return undefined;
    slots.set(weekday, { text: written, position: source.find(node.position!, written), slots: parsed.slots });
    k = last;
  }
  return slots.size >= fewest ? slots : undefined;
}

// A label that names a place's hours rather than a course's meetings (folded): opening hours, office hours, a front desk.
const PLACE_HOURS = /\b(?:ouverture|ouvert|permanences?|accueil|bureau|secretariat|guichet|horaires d)\b/;
// A label before the weekday: `Cours :`, `TP/TD :`, `Laboratoire:`.
const ITEM_LABEL = /^([^:]{1,40}):/;

/**
 * The week of slots a list gives one item per weekday, each named by what meets then
 * (`- Cours : mercredi 10h45-12h45, salle 86A`, `- TP/TD : vendredi 11h-13h, salle 2001`)
 * or opening with its weekday in the plural (`- lundis 15h45--17h45, salle 1012`):
 * each item a label, one weekday and its one range, two weekdays or more in all, none
 * twice. A place's hours (`- Mardi : 14h-18h` under `## Horaires d'ouverture`, `-
 * Permanence : lundi 10h-12h`) and a run of weekdays (`Du lundi au vendredi : 9h-17h`) are
 * no course's week. `heading`: the folded words of the heading above the list; `before`:
 * those of the paragraph right before it, which leads items that name no label
 * (`ils ont lieu les :` over `- lundis 15h45--17h45`).
 */
function slotsOfItems(list: List, source: SourceText, heading: string, before: string): Map<number, DraftHours> | undefined {
  if (PLACE_HOURS.test(heading)) return undefined;
  const slots = new Map<number, DraftHours>();
  for (const item of list.children) {
    const first = item.children.find((child): child is Paragraph => child.type === 'paragraph');
    if (!first) return undefined;
    const text = normaliseText(plainText(first));
    const label = ITEM_LABEL.exec(text);
    // `- lundis 15h45--17h45, salle 1012.` under `ils ont lieu les :`: a weekday in the plural
    // opens the item, a habit as a label names one (and the office hours of `lors de ses
    // permanences :` over `- lundis 12h-13h, bureau 214` are no course's, as a label's are not).
    const habit = !label && HABIT_OPENING.test(text);
    if (!(label || habit) || PLACE_HOURS.test(label ? label[1]! : `${before} ${text}`) || weekdayWords(text, habit) !== 1) return undefined;
    const own = slotsOfWeekdays(first, source, 1);
    if (!own || own.size !== 1) return undefined;
    const [weekday, hours] = [...own][0]!;
    if (slots.has(weekday)) return undefined;
    slots.set(weekday, hours);
  }
  return slots.size >= FEWEST_SLOTS ? slots : undefined;
}

// An item opening with a weekday in the plural (folded): `lundis 15h45`, `les mardis de 14h`.
const HABIT_OPENING = new RegExp(`^(?:les )?(?:${WEEKDAY_NAMES.join('|')})s\\b`);


/**
 * How many weekday names a folded text writes (`du lundi au vendredi`: two), in the plural
 * too with `plural` (`lundis 15h45`: one); without it, `jeudi 14h-17h (les jeudis des semaines
 * impaires)` names one weekday.
 */
function weekdayWords(folded: string, plural: boolean): number {
  return folded.split(/[^a-z]+/).filter((word) => weekdayFromWord(word) !== undefined || (plural && pluralWeekday(word) !== undefined)).length;
}

/**
 * The one week of slots the page writes before `limit` (an offset: the first session of the
 * series), if exactly one paragraph writes one; with `lists`, a list of one weekday's slot
 * per item counts as one (slotsOfItems), and lists that agree (one per period of a course)
 * as one too. A table's rows do not take a list's: a course plan
 * that lists its lecture's and its lab's weekdays over a table of weeks leaves its readers
 * unsure which each row is.
 */
export function weekdaySlotsAbove(tree: Root, limit: number, source: SourceText, hidden?: HiddenRanges, lists = false): Map<number, DraftHours> | undefined {
  let found: Map<number, DraftHours> | undefined;
  let foundListed = false;
  let heading = '';
  let before = '';
  for (const node of tree.children) {
    const at = node.position?.start.offset ?? 0;
    if (at >= limit) break;
    if (hidden && isHidden(hidden, at)) continue;
    if (node.type === 'heading') heading = normaliseText(plainText(node));
    const listed = lists && node.type === 'list' ? slotsOfItems(node as List, source, heading, before) : undefined;
    before = node.type === 'paragraph' ? normaliseText(plainText(node)) : '';
    for (const slots of listed ? [listed] : fieldParagraphs(node).map((paragraph) => slotsOfWeekdays(paragraph, source))) {
      if (!slots) continue;
      // Two lists of slots that give no weekday two ranges are one course's periods (agree);
      // two paragraphs (a course's week and its teacher's office hours) are two weeks.
      if (found && !(foundListed && listed && agree(found, slots))) return undefined;
      found = found ? new Map([...found, ...slots]) : slots;
      foundListed = listed !== undefined;
    }
  }
  return found;
}

/**
 * Whether two weeks of slots give no weekday two ranges (`lundis 15h45-17h45`, `mardis
 * 14h-16h` for the first weeks, then `mardis 14h-16h`, `jeudis 9h-11h`: a course's two
 * periods): a reader gives each weekday its one range whichever period it falls in.
 */
function agree(one: Map<number, DraftHours>, other: Map<number, DraftHours>): boolean {
  const clock = (time: { hour: number; minute: number } | undefined): string => (time ? `${time.hour}:${time.minute}` : '');
  const range = (hours: DraftHours): string => hours.slots.map((slot) => `${clock(slot.start)}-${clock(slot.end)}`).join();
  return [...other].every(([weekday, hours]) => !one.has(weekday) || range(one.get(weekday)!) === range(hours));
}

/**
 * Gives each of `sessions` (dated drafts that write no hours) the slot of the weekday its
 * date writes, when it is one day; returns how many took one. A one-day session that
 * writes no weekday (`Séance 1 (20 janvier)`) keeps the week of slots, to take its day's
 * once its year is known (SessionDraft.weekdaySlots).
 */
export function shareWeekdaySlots(sessions: SessionDraft[], slots: Map<number, DraftHours>): number {
  let given = 0;
  for (const draft of sessions) {
    const mentions = draft.dated?.line.expression.mentions ?? [];
    const oneDay = draft.dated?.line.expression.kind === 'single' && mentions.length === 1;
    const weekday = oneDay ? mentions[0]!.weekday : undefined;
    if (oneDay && weekday === undefined) draft.weekdaySlots = slots;
    const hours = weekday === undefined ? undefined : slots.get(weekday);
    if (!hours) continue;
    draft.hours = hours;
    given++;
  }
  return given;
}
