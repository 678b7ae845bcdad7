/*
 * A post titled by its own day (`title: "Jeudi 19 mars 2020"`, `date: "2020-03-19"`, then
 * `# Jeudi 19 mars 2020` over the day's homework by subject): a diary's page for that day,
 * which its heading names as the front matter does. A reader puts no session in a calendar
 * for it: the day is the post's, as a news item's date is. Only a heading that is the day
 * alone, with no hours and nothing timed below it, on the very day the front matter dates
 * the post; a heading that names its event (`# Atelier du 19 mars 2020`) stays a session.
 */
import type { Root } from 'mdast';
import { pageMetadata } from './page-metadata.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// The post's own day in its front matter (`date: "2020-03-19"`, `date: 2020-03-19 10:00`).
const POST_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** The drafts of a page less the heading that only restates the day its front matter dates the post (see above). */
export function withoutPostDay(tree: Root, source: SourceText, drafts: SessionDraft[]): SessionDraft[] {
  const date = pageMetadata(tree, source).find((entry) => entry.key === 'date');
  const found = date ? POST_DATE.exec(date.value.replace(/^["']|["']$/g, '')) : null;
  if (!found) return drafts;
  const [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])];
  return drafts.filter((draft) => {
    if (draft.source !== 'heading' || draft.hours || draft.slots > 0 || draft.dated?.line.title !== '') return true;
    const mentions = draft.dated.line.expression.mentions;
    return !(mentions.length === 1 && mentions[0]!.day === day && mentions[0]!.month === month && mentions[0]!.year === year);
  });
}
