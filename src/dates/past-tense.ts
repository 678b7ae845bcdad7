/*
 * Whether a French text tells of a day gone by (`nous avons accueilli`, `a eu lieu`, `s'est
 * tenue`, `fut`): a report of what happened, not an item of a calendar. Written by hand: no
 * kept library conjugates French, and only a few forms matter here. One detector for every
 * reader, so that a list, a line, a quote and an invitation agree on what a past tense is.
 */

// Forms of `avoir` that make a compound past with a participle after them (`a eu`, `ont
// participé`, `avions prévu`). Alone they are no past: `vous en avez la possibilité`, `ont
// lieu`, `avez envie`.
const AUXILIARIES = new Set(['a', 'ai', 'as', 'avons', 'avez', 'ont', 'avais', 'avait', 'avions', 'aviez', 'avaient', 'eut', 'eurent']);

// Words that may sit between the auxiliary and its participle (`a bien eu lieu`, `avons déjà
// accueilli`, `ont tous participé`).
const BETWEEN = new Set(['bien', 'déjà', 'aussi', 'également', 'enfin', 'encore', 'toujours', 'souvent', 'ensuite', 'alors', 'même', 'tous', 'toutes', 'beaucoup', 'finalement', 'récemment']);

// Participles that do not end in `-é` (`accueilli`, `reçu`, `pris`, `ouvert`), each also with
// `-e`, `-s` and `-es` after it.
const IRREGULAR = [
  'eu', 'accueilli', 'réuni', 'fini', 'choisi', 'suivi', 'servi', 'réussi', 'parti', 'sorti', 'établi', 'rempli', 'saisi', 'investi', 'ravi',
  'reçu', 'tenu', 'vécu', 'vu', 'lu', 'bu', 'pu', 'dû', 'su', 'voulu', 'venu', 'devenu', 'obtenu', 'soutenu', 'retenu', 'perdu', 'rendu', 'vendu', 'attendu', 'entendu', 'répondu', 'connu', 'couru', 'conclu', 'élu', 'paru', 'disparu',
  'fait', 'dit', 'écrit', 'décrit', 'inscrit', 'construit', 'produit', 'conduit', 'traduit', 'introduit',
  'pris', 'appris', 'compris', 'repris', 'surpris', 'mis', 'remis', 'permis', 'promis', 'soumis', 'transmis', 'acquis', 'conquis',
  'ouvert', 'offert', 'découvert', 'couvert', 'souffert', 'rejoint', 'atteint', 'peint', 'craint',
];
const IRREGULAR_FORMS = new Set(IRREGULAR.flatMap((p) => (p.endsWith('s') ? [p, `${p}e`, `${p}es`] : [p, `${p}e`, `${p}s`, `${p}es`])));

// Nouns in `-é` after an `a` written for `à` (`a côté`, `a proximité`, `a volonté`) or after
// `ont` (`ont priorité`): no participle.
const NOUNS_IN_E = new Set(['côté', 'proximité', 'volonté', 'moitié', 'priorité', 'liberté', 'santé', 'qualité', 'égalité']);

// Forms of `être` and `avoir` that are a past on their own: the simple past and the imperfect
// (`fut`, `était`, `avaient`), and a pronominal verb's auxiliary after `s'` or `se` (`s'est
// tenue`, `se sont réunis`).
const PAST_ALONE = new Set(['fut', 'furent', 'était', 'étaient', 'avait', 'avaient']);
const PRONOMINAL = new Set(['est', 'sont', 'était', 'étaient']);

/** Whether `word` (lower case) is a past participle after an auxiliary. */
function isParticiple(word: string): boolean {
  if (IRREGULAR_FORMS.has(word)) return true;
  const stem = word.replace(/(?:ée|és|ées)$/u, 'é');
  return stem.length >= 3 && stem.endsWith('é') && !NOUNS_IN_E.has(stem);
}

/** Whether `text` tells of something done in the past (`nous avons accueilli`, `a eu lieu`, `s'est tenue`, `fut`). */
export function toldInPast(text: string): boolean {
  const words = text.toLowerCase().normalize('NFC').split(/[^\p{L}]+/u).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (PAST_ALONE.has(word)) return true;
    if ((word === 's' || word === 'se') && PRONOMINAL.has(words[i + 1] ?? '')) return true;
    if (!AUXILIARIES.has(word)) continue;
    const next = BETWEEN.has(words[i + 1] ?? '') ? words[i + 2] : words[i + 1];
    if (next !== undefined && isParticiple(next)) return true;
  }
  return false;
}
