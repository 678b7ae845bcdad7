/*
 * An event's page whose metadata gives its day (`event-date: "21 novembre 2024, 14h -
 * 17h30"`) and whose text invites to it on another (`rejoignez-nous le jeudi 14 novembre
 * 2024 à partir de 15h`): the event was moved and one of the two not updated. A reader
 * sees one event written twice, not two events; the sentence names the event (a word of
 * the page's title) to be told from another one the page announces.
 */
import type { Root } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import type { SessionDraft } from './session-drafts.js';

// How long a word of the title must be to name the event (`party`, `linux`, not `de`).
const NAMING_LENGTH = 5;

const wordsOf = (text: string): string[] => normaliseText(text).split(/[^a-z0-9]+/).filter((word) => word.length >= NAMING_LENGTH);
const dayOf = (draft: SessionDraft): string | undefined => {
  const first = draft.dated?.line.expression.mentions[0];
  return first ? `${first.day}/${first.month}` : undefined;
};

/**
 * The sentences that invite to the page's event (`page`, dated in the front matter) on
 * another day than its metadata gives, naming it on their lines by a word of its title. Their drafts are that event written twice, not sessions of their own.
 */
export function eventRestatedOnOtherDay(tree: Root, page: SessionDraft | undefined, drafts: SessionDraft[], text: string): SessionDraft[] {
  const front = tree.children[0];
  if (!page?.dated || front?.type !== 'yaml' || (page.dated.position.start.offset ?? -1) > (front.position?.end.offset ?? -1)) return [];
  const naming = new Set(wordsOf(page.title));
  if (naming.size === 0) return [];
  return drafts.filter((draft) => {
    if (!draft.announced || draft.announced === 'cancels' || dayOf(draft) === dayOf(page)) return false;
    // The paragraph's lines, not only the sentence: `L'INStAl-Party débarque ! … rejoignez-nous le jeudi 14 novembre`.
    const from = text.lastIndexOf('\n', (draft.position.start.offset ?? 0) - 1) + 1;
    const to = text.indexOf('\n', draft.position.end.offset ?? 0);
    return wordsOf(text.slice(from, to < 0 ? text.length : to)).some((word) => naming.has(word));
  });
}
