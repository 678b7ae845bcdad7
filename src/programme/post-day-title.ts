/*
 * A post titled by its own day (`title: "Jeudi 19 mars 2020"`, `date: "2020-03-19"`, then
 * `# Jeudi 19 mars 2020` over the day's homework by subject): a diary's page for that day,
 * which its heading names as the front matter does. A reader puts no session in a calendar
 * for it: the day is the post's, as a news item's date is. Only a heading that is the day
 * alone, with no hours and nothing timed below it, on the very day the front matter dates
 * the post, whose title is that day and nothing else, and split into subjects (`## Anglais`,
 * `## Maths`) that name no event's parts (`## Programme`, `## Accès`) nor an event; a heading
 * that names its event (`# Atelier du 19 mars 2020`) stays a session.
 */
import type { Root, RootContent } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { namesAnEventWord } from './announced-sessions.js';
import { pageMetadata } from './page-metadata.js';
import { plainText } from './plain-text.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// The post's own day in its front matter (`date: "2020-03-19"`), with no time of day: an
// event's page may date itself at its hour (`date: 2024-07-14 21:00:00 +0200`).
const POST_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The drafts of a page less the heading that only restates the day its front matter dates the post (see above). */
export function withoutPostDay(tree: Root, source: SourceText, drafts: SessionDraft[]): SessionDraft[] {
  // Most pages have no heading draft of a day alone: their metadata is not looked at.
  if (!drafts.some((draft) => draft.source === 'heading' && !draft.hours && draft.dated?.line.title === '')) return drafts;
  const entries = pageMetadata(tree, source);
  const date = entries.find((entry) => entry.key === 'date');
  const title = entries.find((entry) => entry.key === 'title' || entry.key === 'titre');
  const found = date ? POST_DATE.exec(date.value) : null;
  if (!found || !title) return drafts;
  const [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])];
  return drafts.filter((draft) => {
    if (draft.source !== 'heading' || draft.hours || draft.slots > 0 || draft.dated?.line.title !== '') return true;
    const mentions = draft.dated.line.expression.mentions;
    if (!(mentions.length === 1 && mentions[0]!.day === day && mentions[0]!.month === month && mentions[0]!.year === year)) return true;
    const at = tree.children.findIndex((node) => node.type === 'heading' && node.position?.start.offset === draft.position.start.offset);
    const heading = tree.children[at];
    // The post's title is that heading, the day and nothing else (`Concert du 14 juillet 2024` names an event).
    if (heading?.type !== 'heading' || folded(title.value) !== folded(plainText(heading))) return true;
    return partsOfAnEvent(tree.children, at, heading.depth);
  });
}

/** Letters and digits of a text, folded: `"Jeudi 19 mars 2020"` and `Jeudi 19 mars 2020` are one. */
function folded(text: string): string {
  return normaliseText(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

// Folded names of an event page's parts (`## Programme`, `## Horaires`, `## Accès`): under the
// day's heading they make it an event's day, not a diary's.
const EVENT_PARTS = /^(?:programme|horaires?|inscriptions?|acces|lieu|infos? pratiques|tarifs?|au programme|deroulement)(?![a-z])/;

/** Whether the sub-headings under the heading at `at` (of `depth`) name an event's parts; a diary's name its subjects (`## Anglais`, `## Maths`). */
function partsOfAnEvent(nodes: RootContent[], at: number, depth: number): boolean {
  const parts: string[] = [];
  for (const node of nodes.slice(at + 1)) {
    if (node.type !== 'heading') continue;
    if (node.depth <= depth) break;
    parts.push(normaliseText(plainText(node)).trim());
  }
  // Two subjects at least: a diary's day split by what is done in it.
  return parts.length < DIARY_PARTS || parts.some((part) => EVENT_PARTS.test(part) || namesAnEventWord(part));
}

// How many sub-headings a diary's day has at least.
const DIARY_PARTS = 2;
