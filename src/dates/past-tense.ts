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
  'eu', 'accueilli', 'réuni', 'fini', 'choisi', 'suivi', 'servi', 'réussi', 'parti', 'sorti', 'établi', 'rempli', 'saisi', 'investi', 'ravi', 'défini', 'fourni', 'abouti', 'réagi', 'accompli', 'subi',
  'vu', 'lu', 'bu', 'pu', 'dû', 'su', 'élu',
  'fait', 'dit', 'écrit', 'décrit', 'inscrit', 'construit', 'produit', 'conduit', 'traduit', 'introduit',
  'pris', 'appris', 'compris', 'repris', 'surpris', 'mis', 'remis', 'permis', 'promis', 'soumis', 'transmis', 'acquis', 'conquis',
  'ouvert', 'offert', 'découvert', 'couvert', 'souffert', 'rejoint', 'atteint', 'peint', 'craint',
];
const IRREGULAR_FORMS = new Set(IRREGULAR.flatMap((p) => (p.endsWith('s') ? [p, `${p}e`, `${p}es`] : [p, `${p}e`, `${p}s`, `${p}es`])));
// Participles in `-u` (`reçu`, `débattu`, `parcouru`, `convaincu`) are told by their ending,
// four letters at least; `-eu`, `-au`, `-ou` end nouns (`lieu`, `jeu`, `tuyau`, `bijou`).
const PARTICIPLE_IN_U = /^\p{L}{2,}[^eao]u$/u;

// Nouns in `-é` after an `a` written for `à` (`a côté`, `a proximité`, `a volonté`) or after
// `ont` (`ont priorité`): no participle. A participle after `avoir` seldom agrees (`ont
// organisé`), so `-ée` is read as a noun there (`ont journée pédagogique`, `ont dictée`).
const NOUNS_IN_E = new Set([
  'côté', 'proximité', 'volonté', 'moitié', 'priorité', 'liberté', 'santé', 'qualité', 'égalité', 'café', 'marché', 'comité', 'thé', 'pré', 'degré', 'congé',
  'activité', 'université', 'société', 'communauté', 'sécurité', 'spécialité', 'nouveauté', 'solidarité', 'majorité', 'unité', 'possibilité', 'difficulté',
  'faculté', 'identité', 'réalité', 'beauté', 'fierté', 'curiosité', 'convivialité', 'accessibilité', 'citoyenneté', 'électricité', 'publicité',
]);

// Participles that change a session's plan rather than tell what happened (`a été déplacée
// au 12 juin`, `a été fixée au`, `la salle a changé : B204`): an announcement, no report.
const PLAN_CHANGES = new Set(['déplacé', 'reporté', 'repoussé', 'avancé', 'décalé', 'fixé', 'changé', 'modifié', 'annulé', 'confirmé', 'prolongé', 'ajouté', 'programmé', 'prévu', 'planifié', 'maintenu', 'rajouté', 'remplacé', 'transféré', 'ouvert']);

// Forms of `être` and `avoir` that are a past on their own: the simple past and the imperfect
// (`fut`, `était`, `avaient`), and a pronominal verb's auxiliary after `s'` or `se` (`s'est
// tenue`, `se sont réunis`).
const PAST_ALONE = new Set(['fut', 'furent', 'était', 'étaient', 'avait', 'avaient']);
const PRONOMINAL = new Set(['est', 'sont', 'était', 'étaient']);
// The other persons' pronominal past: the pronoun and the auxiliary it takes (`nous nous
// sommes retrouvés`, `vous vous êtes inscrits`, `je me suis rendu`, `tu t'es trompé`).
const PERSON_PRONOMINAL = new Map([['nous', 'sommes'], ['vous', 'êtes'], ['me', 'suis'], ['m', 'suis'], ['te', 'es'], ['t', 'es']]);

/** Whether `word` (lower case) is a past participle right after a form of `avoir` (see NOUNS_IN_E on `-ée`). */
function isParticiple(word: string): boolean {
  if (changesThePlan(word)) return false;
  if (IRREGULAR_FORMS.has(word) || PARTICIPLE_IN_U.test(word.replace(/(?:ue|us|ues)$/u, 'u'))) return true;
  if (/\u00e9es?$/u.test(word)) return false;
  const stem = stemInE(word);
  return stem.length >= 3 && stem.endsWith('é') && !NOUNS_IN_E.has(stem);
}

/** A word in `-ée`, `-és`, `-ées` as its masculine singular in `-é` (`déplacée` -> `déplacé`). */
function stemInE(word: string): string {
  return word.replace(/(?:\u00e9e|\u00e9s|\u00e9es)$/u, '\u00e9');
}

/** Whether a participle, in any gender and number, changes a session's plan (PLAN_CHANGES: `déplacées`, `maintenue`, `ouverts`). */
function changesThePlan(word: string): boolean {
  return PLAN_CHANGES.has(stemInE(word)) || PLAN_CHANGES.has(word.replace(/(?:es|e|s)$/u, ''));
}

/** Whether `text` tells of something done in the past (`nous avons accueilli`, `a eu lieu`, `s'est tenue`, `fut`). */
export function toldInPast(text: string): boolean {
  const words = text.toLowerCase().normalize('NFC').split(/[^\p{L}]+/u).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (PAST_ALONE.has(word)) return true;
    if ((word === 's' || word === 'se') && PRONOMINAL.has(words[i + 1] ?? '')) return true;
    // `nous sommes heureux` is no past: `nous` and `vous` are reflexive only said twice.
    const auxiliary = PERSON_PRONOMINAL.get(word);
    if (auxiliary !== undefined && words[i + 1] === auxiliary && ((word !== 'nous' && word !== 'vous') || words[i - 1] === word)) return true;
    // `il y a café`, `il y a marché de Noël`: `there is`, no auxiliary (`il y a eu` still is one).
    if (!AUXILIARIES.has(word) || (words[i - 1] === 'y' && words[i + 1] !== 'eu')) continue;
    const at = BETWEEN.has(words[i + 1] ?? '') ? i + 2 : i + 1;
    const next = words[at];
    if (next === undefined) continue;
    // `a été déplacée` is read at its participle after `été`; `a été` alone is a past.
    if (next === 'été') {
      const after = words[at + 1];
      if (after !== undefined && changesThePlan(after)) continue;
      return true;
    }
    if (isParticiple(next)) return true;
  }
  return false;
}
