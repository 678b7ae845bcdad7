import type { Language } from './language.js';

/**
 * The one catalogue of every sentence programme-sync says to a user, in every language.
 * Rules and reporters name a message by id and give its parameters; nothing else builds
 * a user-facing sentence, so the English and the French cannot drift apart.
 */
type Template<P> = Record<Language, (p: P) => string>;

// A quote longer than this is cut: a 100,000-character cell must not become the message.
const longestQuote = 80;

/** Quotes document text in a message (French uses guillemets), cut when very long. */
function q(lang: Language, text: string): string {
  const shown = text.length > longestQuote ? text.slice(0, longestQuote - 1) + '…' : text;
  return lang === 'fr' ? `« ${shown} »` : `"${shown}"`;
}

const define = <P>(t: Template<P>): Template<P> => t;

export const catalogue = {
  'binary-file': define<Record<string, never>>({
    en: () => 'This file is not text (it holds NUL bytes), so it cannot be a programme. Check that the right file was given.',
    fr: () => 'Ce fichier n’est pas du texte (il contient des octets nuls) : ce ne peut pas être un programme. Vérifiez que c’est le bon fichier.',
  }),
  'invalid-utf8': define<Record<string, never>>({
    en: () =>
      'The file is not valid UTF-8 from here on: some characters are shown as �. Save the file as UTF-8 in your editor.',
    fr: () =>
      'Le fichier n’est pas en UTF-8 valide à partir d’ici : certains caractères s’affichent comme �. Enregistrez le fichier en UTF-8 dans votre éditeur.',
  }),
  'too-deeply-nested': define<Record<string, never>>({
    en: () =>
      'The document nests its markup too deeply to be read (thousands of levels of quotes or lists). Remove the nesting; nothing of this file was checked.',
    fr: () =>
      'Le document imbrique sa mise en forme trop profondément pour être lu (des milliers de niveaux de citations ou de listes). Supprimez cette imbrication ; rien de ce fichier n’a été vérifié.',
  }),
  'no-schedule-table': define<Record<string, never>>({
    en: () =>
      'No schedule table found: no markdown table has a column of dates (a header such as "DATES" or "Date"). Add one to list the sessions.',
    fr: () =>
      'Aucun tableau de planning trouvé : aucun tableau markdown n’a de colonne de dates (un en-tête comme « DATES » ou « Date »). Ajoutez-en un pour lister les sessions.',
  }),
  'html-table': define<Record<string, never>>({
    en: () =>
      'This schedule is a raw HTML table; only markdown tables are read, so its sessions are ignored. Rewrite it as a markdown table (| SESSION | DATES | ... |).',
    fr: () =>
      'Ce planning est un tableau HTML brut ; seuls les tableaux markdown sont lus, ses sessions sont donc ignorées. Réécrivez-le en tableau markdown (| SESSION | DATES | ... |).',
  }),
  'unreadable-date': define<{ text: string; where: string }>({
    en: (p) =>
      `The date ${q('en', p.text)} of ${p.where} cannot be read. Write it like "21 février", "11 au 15 février", "16 & 17 mai" or "7 ou 14 novembre".`,
    fr: (p) =>
      `La date ${q('fr', p.text)} de ${p.where} est illisible. Écrivez-la comme « 21 février », « 11 au 15 février », « 16 & 17 mai » ou « 7 ou 14 novembre ».`,
  }),
  'missing-date': define<{ title: string }>({
    en: (p) => `The row ${q('en', p.title)} has a title but no date. Fill in its DATES cell, or remove the row.`,
    fr: (p) => `La ligne ${q('fr', p.title)} a un titre mais pas de date. Remplissez sa cellule DATES, ou supprimez la ligne.`,
  }),
  'date-to-be-confirmed': define<{ text: string; where: string }>({
    en: (p) => `The date of ${p.where} is not set yet (${q('en', p.text)}); it stays out of the calendar until a date is written.`,
    fr: (p) => `La date de ${p.where} n’est pas encore fixée (${q('fr', p.text)}) ; elle reste hors du calendrier tant qu’aucune date n’est écrite.`,
  }),
  'invalid-date': define<{ text: string; date: string; where: string }>({
    en: (p) => `${q('en', p.text)} in ${p.where} is not a real date: ${p.date} does not exist. Correct the day or the month.`,
    fr: (p) => `${q('fr', p.text)} dans ${p.where} n’est pas une vraie date : le ${p.date} n’existe pas. Corrigez le jour ou le mois.`,
  }),
  'invalid-hour': define<{ text: string; detail: string; where: string }>({
    en: (p) =>
      `The hours ${q('en', p.text)} of ${p.where} contain ${q('en', p.detail)}, which is not a time of day. Use hours from 0h to 23h59, like "9h30 - 18h".`,
    fr: (p) =>
      `Les horaires ${q('fr', p.text)} de ${p.where} contiennent ${q('fr', p.detail)}, qui n’est pas une heure valide. Utilisez des heures de 0h à 23h59, comme « 9h30 - 18h ».`,
  }),
  'end-before-start': define<{ text: string; detail: string; where: string }>({
    en: (p) =>
      `The hours ${q('en', p.text)} of ${p.where} end before they start (${q('en', p.detail)}). Swap the two times or correct one of them.`,
    fr: (p) =>
      `Les horaires ${q('fr', p.text)} de ${p.where} finissent avant de commencer (${q('fr', p.detail)}). Inversez les deux heures ou corrigez l’une d’elles.`,
  }),
  'unreadable-hours': define<{ text: string; where: string }>({
    en: (p) =>
      `The hours ${q('en', p.text)} of ${p.where} cannot be read; the session is shown as all day. Write them like "9h - 18h30", "14:00-16:00" or "9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors".`,
    fr: (p) =>
      `Les horaires ${q('fr', p.text)} de ${p.where} sont illisibles ; la session est affichée sur toute la journée. Écrivez-les comme « 9h - 18h30 », « 14:00-16:00 » ou « 9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors ».`,
  }),
  'missing-year': define<{ text: string; where: string }>({
    en: (p) =>
      `No year can be found for ${q('en', p.text)} of ${p.where}: neither the cell, the DATES header, the headings nor the detail sections give one. Write the year in the table header ("DATES 2019") or a heading ("Programme 2019"), or pass --year.`,
    fr: (p) =>
      `Aucune année ne peut être trouvée pour ${q('fr', p.text)} de ${p.where} : ni la cellule, ni l’en-tête DATES, ni les titres, ni les sections détaillées n’en donnent. Écrivez l’année dans l’en-tête du tableau (« DATES 2019 ») ou dans un titre (« Programme 2019 »), ou passez --year.`,
  }),
  'reversed-range': define<{ text: string; where: string }>({
    en: (p) => `The dates ${q('en', p.text)} of ${p.where} run backwards: the last day comes before the first. Write the earlier day first ("11 au 15 février").`,
    fr: (p) => `Les dates ${q('fr', p.text)} de ${p.where} sont à l’envers : le dernier jour précède le premier. Écrivez d’abord le jour le plus tôt (« 11 au 15 février »).`,
  }),
  'summary-file': define<{ path: string; sessions: number }>({
    en: (p) => `${p.path}: ${p.sessions} ${p.sessions === 1 ? 'session' : 'sessions'}`,
    fr: (p) => `${p.path} : ${p.sessions} session${p.sessions > 1 ? 's' : ''}`,
  }),
  'summary-range': define<{ from: string; to: string }>({
    en: (p) => `${p.from} to ${p.to}`,
    fr: (p) => `du ${p.from} au ${p.to}`,
  }),
  'summary-or': define<Record<string, never>>({ en: () => ' or ', fr: () => ' ou ' }),
  'summary-undated': define<Record<string, never>>({ en: () => 'no date', fr: () => 'sans date' }),
  'summary-status': define<{ status: 'cancelled' | 'tentative' }>({
    en: (p) => (p.status === 'cancelled' ? '(cancelled)' : '(not settled)'),
    fr: (p) => (p.status === 'cancelled' ? '(annulée)' : '(à confirmer)'),
  }),
  'summary-totals': define<{ errors: number; warnings: number; files: number }>({
    en: (p) =>
      `${p.errors} ${p.errors === 1 ? 'error' : 'errors'}, ${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'} in ${p.files} ${p.files === 1 ? 'file' : 'files'}`,
    fr: (p) =>
      `${p.errors} erreur${p.errors > 1 ? 's' : ''}, ${p.warnings} avertissement${p.warnings > 1 ? 's' : ''} dans ${p.files} fichier${p.files > 1 ? 's' : ''}`,
  }),
  'no-programme-found': define<{ folder: string }>({
    en: (p) => `No programme found under ${p.folder}: no markdown file holds a schedule table. Name the files to check.`,
    fr: (p) => `Aucun programme trouvé dans ${p.folder} : aucun fichier markdown ne contient de tableau de planning. Indiquez les fichiers à vérifier.`,
  }),
  'row-label': define<{ title: string; line: number }>({
    en: (p) => (p.title ? `the row ${q('en', p.title)} (line ${p.line})` : `the row on line ${p.line}`),
    fr: (p) => (p.title ? `la ligne ${q('fr', p.title)} (ligne ${p.line})` : `la ligne ${p.line}`),
  }),
  'section-label': define<{ heading: string }>({
    en: (p) => `the section ${q('en', p.heading)}`,
    fr: (p) => `la section ${q('fr', p.heading)}`,
  }),
} as const;

/** The id of a message in the catalogue. */
export type MessageId = keyof typeof catalogue;

/** The parameters a message needs. */
export type MessageParams<K extends MessageId> = Parameters<(typeof catalogue)[K]['en']>[0];

/** Writes a catalogue message in a language. */
export function say<K extends MessageId>(lang: Language, id: K, params: MessageParams<K>): string {
  const template = catalogue[id][lang] as (p: MessageParams<K>) => string;
  return template(params);
}
