/*
 * A page of a few events, one heading each, each section inviting to its own day: a
 * tournament's `## Phase de poule` over `La phase qualificative se déroulera le **samedi 8
 * mars**`, then `## Phase finale` over `… se déroulera le **samedi 15 mars**`; a school's
 * `## Le salon AuverSup` over `**Quand ?**` and `Du **jeudi 19 au samedi 21 janvier 2023**
 * de 9h à 17h`, then `## La Journée Portes-Ouvertes`. A reader puts each heading in the
 * calendar on the day its section invites to, at the one time it tells. The page is no event
 * page (event-page.ts): that reads one day for the whole page, and here each part has its own.
 * Two sections at least, each naming one day a reader can date (a weekday or a year): one
 * alone may be news of an event held elsewhere. Written by hand over invited-days.ts.
 */
import type { Root, RootContent } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { DEADLINE_NOUNS, DEADLINE_PHRASES, DEADLINE_PREPOSITIONS, HAND_IN_VERBS, UNTIL, wordsAnywhere } from './deadline-words.js';
import { toldHours } from './event-page.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { invitedDays, sameDays } from './invited-days.js';
import { plainText } from './plain-text.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// Folded words that make the day a deadline or a bound (deadline-words.ts): `avant`, `au plus tard`, `date limite`.
// `avant` alone too (`avant minuit`, `avant la rentrée`), and what is handed in (`Dépôt des candidatures`).
const BOUND_OR_DEADLINE = wordsAnywhere([...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, ...UNTIL, ...HAND_IN_VERBS, ...DEADLINE_NOUNS, 'depots?', 'candidatures?']);

// How many sections must each invite to their own day for the page to be a page of events.
const INVITING_SECTIONS = 2;

/** The sessions of a page whose headed sections each invite to one day (see above), or none. */
export function readInvitedSections(tree: Root, source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const heading = nodes[i]!;
    if (heading.type !== 'heading' || isHidden(hidden, heading.position?.start.offset)) continue;
    let end = i + 1;
    while (end < nodes.length && nodes[end]!.type !== 'heading') end++;
    const blocks = nodes.slice(i + 1, end).filter((node) => !isHidden(hidden, node.position?.start.offset));
    const draft = invitedSection(heading, blocks, source, hidden);
    if (draft) drafts.push(draft);
  }
  return drafts.length >= INVITING_SECTIONS ? drafts : [];
}

/** The session a heading's section invites to: one day, written once or more, with a weekday or a year. */
function invitedSection(heading: RootContent, blocks: RootContent[], source: SourceText, hidden: HiddenRanges): SessionDraft | undefined {
  // `**Quand ?**` then the day in the next paragraph: the label and its value read as one sentence.
  const texts = blocks.map((block) => plainText(block));
  const days = invitedDays(texts.join('\n'));
  const first = days[0];
  if (!first) return undefined;
  if (!days.every((line) => sameDays(line, first))) return undefined;
  if (!first.expression.mentions.every((mention) => mention.weekday !== undefined || mention.year !== undefined)) return undefined;
  const at = texts.findIndex((text) => text.includes(first.dateText));
  const holder = blocks[at];
  if (!holder) return undefined;
  // `**Date :** le vendredi 15 mars 2024, avant minuit`, `avant la rentrée, qui aura lieu le
  // lundi 2 septembre`: a deadline, or another event's day named in passing.
  if (BOUND_OR_DEADLINE.test(normaliseText(`${plainText(heading)} ${texts[at]!}`))) return undefined;
  const hours = toldHours(blocks, hidden, source);
  return {
    source: 'heading',
    title: plainText(heading),
    position: heading.position!,
    dated: { line: first, position: source.find(holder.position!, first.dateText) },
    cancelled: false,
    slots: 0,
    ...(hours ? { hours } : {}),
  };
}
