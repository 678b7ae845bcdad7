/*
 * A list of practical details may set each field's label in bold and leave out its colon
 * (`- **Quoi** Install Party`, `- **Quand** 2022-09-13 14h-16h`, `- **Où** TBD`): the bold
 * says where the label ends, as the colon would. The readers of fields look for the colon,
 * so the text they read is given it back, for a label that asks when (when-labels.ts) only.
 */
import type { Paragraph } from 'mdast';
import { plainText } from './plain-text.js';
import { whenLabelKind } from './when-labels.js';

/** A paragraph's plain text, with a colon after its opening bold when-label that has none (`**Quand** 2022-09-13` → `Quand : 2022-09-13`). */
export function textWithFieldColon(node: Paragraph, text = plainText(node)): string {
  const first = node.children[0];
  if (first?.type !== 'strong') return text;
  const label = plainText(first);
  if (!text.startsWith(label) || label.trimEnd().endsWith(':') || whenLabelKind(label) === undefined) return text;
  const rest = text.slice(label.length);
  return /^\s/.test(rest) && !rest.trimStart().startsWith(':') && /\d/.test(rest) ? `${label.trimEnd()} :${rest}` : text;
}
