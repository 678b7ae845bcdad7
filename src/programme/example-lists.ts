/*
 * A list that illustrates a rule (`Le test POST sera disponible après 15h00 le jour de la
 * session.` then `**Exemples :**` over `- Session du 20 Oct → Test POST dispo le 20 Oct à
 * 15h00`): its dates show how the rule applies, and a reader puts none of them in a calendar.
 */
import type { RootContent } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { plainText } from './plain-text.js';

// A paragraph that announces examples (folded): `Exemples :`, `Par exemple,`, `Exemple d'usage :`, `e.g.:`.
const ANNOUNCES_EXAMPLES = /^(?:\*\*)?(?:exemples?|par exemple|for example|examples?|e\.g\.)\b[^.!?]{0,40}:?$/;
// A paragraph that supposes the data it lists (folded), maybe after a short lead: `Afin
// d'être plus clair, imaginons les données suivantes :`, `Supposons le calendrier suivant :`.
const SUPPOSES_DATA = /(?:^|,\s)(?:imaginons|supposons|admettons)\s(?:les|des|la|le|un|une|ces)\s(?:donnees|cas|situations?|exemples?|scenarios?|valeurs)(?![a-z])[^.!?]{0,40}:$/;

/** Whether the list at `index` of `nodes` is a list of examples: the paragraph right above announces it. */
export function isExampleList(nodes: readonly RootContent[], index: number): boolean {
  const above = nodes[index - 1];
  if (above?.type !== 'paragraph') return false;
  const text = normaliseText(plainText(above)).trim();
  return ANNOUNCES_EXAMPLES.test(text) || (text.length <= 120 && SUPPOSES_DATA.test(text));
}
