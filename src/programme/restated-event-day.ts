/*
 * An event's page whose metadata gives its day (`event-date: "21 novembre 2024, 14h -
 * 17h30"`) and whose text invites to it on another (`rejoignez-nous le jeudi 14 novembre
 * 2024 à partir de 15h`): the event was moved and one of the two not updated. A reader
 * sees one event written twice, not two events. The sentence names the event (a word of
 * the page's title), within a month of the metadata's day, and not as the next one
 * (`La prochaine INStAl-Party aura lieu le 19 décembre`), to be told from another event the
 * page announces.
 */
import type { Root } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { toDayNumber } from '../dates/plain-date.js';
import type { SessionDraft } from './session-drafts.js';

// How long a word of the title must be to name the event (`party`, `linux`, not `de`).
const NAMING_LENGTH = 5;

// How many days apart the two days may be: a move of the same event, not another edition.
const MOVED_WITHIN_DAYS = 31;
// Words that announce another occurrence of the event (folded, whole): `prochaine`, `suivant`.
const ANOTHER_ONE = /(?:^|[^a-z])(?:prochaine?s?|suivante?s?|next|nouvelle edition)(?![a-z])/;

const wordsOf = (text: string): string[] => normaliseText(text).split(/[^a-z0-9]+/).filter((word) => word.length >= NAMING_LENGTH);
// The days a draft writes, as day numbers, in `year` when they write none.
const daysOf = (draft: SessionDraft, year: number): number[] =>
  (draft.dated?.line.expression.mentions ?? []).map((mention) => toDayNumber({ year: mention.year ?? year, month: mention.month, day: mention.day }));

/**
 * The sessions announced in the page's text that are its event (`page`, dated in the front
 * matter) on another day than its metadata gives (see above): that event written twice,
 * not sessions of their own.
 */
export function eventRestatedOnOtherDay(tree: Root, page: SessionDraft | undefined, drafts: SessionDraft[], text: string): SessionDraft[] {
  const front = tree.children[0];
  if (!page?.dated || front?.type !== 'yaml' || (page.dated.position.start.offset ?? -1) > (front.position?.end.offset ?? -1)) return [];
  const naming = new Set(wordsOf(page.title));
  if (naming.size === 0) return [];
  // A year for days written without one: the page's, else any (both are then compared in it).
  const year = page.dated.line.expression.mentions.find((mention) => mention.year !== undefined)?.year ?? 2000;
  const pageDays = daysOf(page, year);
  return drafts.filter((draft) => {
    if (!draft.announced || draft.announced === 'cancels') return false;
    const days = daysOf(draft, year);
    if (days.length === 0 || days.some((day) => pageDays.includes(day))) return false;
    if (!days.every((day) => pageDays.some((other) => Math.abs(day - other) <= MOVED_WITHIN_DAYS))) return false;
    // The whole lines the sentence stands on, not only its words: `L'INStAl-Party débarque ! … rejoignez-nous le jeudi 14 novembre`.
    const from = text.lastIndexOf('\n', (draft.position.start.offset ?? 0) - 1) + 1;
    const to = text.indexOf('\n', draft.position.end.offset ?? 0);
    const lines = text.slice(from, to < 0 ? text.length : to);
    return !ANOTHER_ONE.test(normaliseText(lines)) && wordsOf(lines).some((word) => naming.has(word));
  });
}
