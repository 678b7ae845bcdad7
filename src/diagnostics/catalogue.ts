import type { Language } from './language.js';

/**
 * The one catalogue of every sentence programme-sync says to a user, in every language.
 * Rules and reporters name a message by id and give its parameters; nothing else builds
 * a user-facing sentence, so the English and the French cannot drift apart.
 */
type Template<P> = Record<Language, (p: P) => string>;

/** Quotes document text in a message; French uses guillemets. */
function q(lang: Language, text: string): string {
  return lang === 'fr' ? `« ${text} »` : `"${text}"`;
}

const define = <P>(t: Template<P>): Template<P> => t;

export const catalogue = {
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

  // --- Calendar (issue 4): what the .ics says, and what `build` prints ---
  'calendar-untitled': define<Record<string, never>>({ en: () => 'Session', fr: () => 'Session' }),
  'calendar-audience-name': define<{ title: string; audience: string }>({
    en: (p) => `${p.title} (${p.audience})`,
    fr: (p) => `${p.title} (${p.audience})`,
  }),
  'calendar-time': define<{ hour: number; minute: number }>({
    en: (p) => `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`,
    fr: (p) => `${p.hour}h${p.minute === 0 ? '' : String(p.minute).padStart(2, '0')}`,
  }),
  'calendar-slot': define<{ label?: string; start: string; end?: string }>({
    en: (p) => `${p.label ? `${p.label}: ` : ''}${p.start}${p.end ? `–${p.end}` : ''}`,
    fr: (p) => `${p.label ? `${p.label} : ` : ''}${p.start}${p.end ? ` - ${p.end}` : ''}`,
  }),
  'calendar-audience': define<{ audience: string }>({
    en: (p) => `Audience: ${p.audience}`,
    fr: (p) => `Public : ${p.audience}`,
  }),
  'calendar-hours': define<{ hours: string }>({
    en: (p) => `Hours: ${p.hours}`,
    fr: (p) => `Horaires : ${p.hours}`,
  }),
  'calendar-theme': define<{ theme: string }>({
    en: (p) => `Theme: ${p.theme}`,
    fr: (p) => `Thématique : ${p.theme}`,
  }),
  'calendar-not-settled': define<{ dates: string[] }>({
    en: (p) => `The date is not settled yet: ${p.dates.join(' or ')}. Each possible date is shown as tentative.`,
    fr: (p) => `La date n’est pas encore fixée : ${p.dates.join(' ou ')}. Chaque date possible est affichée comme provisoire.`,
  }),
  'calendar-cancelled': define<Record<string, never>>({
    en: () => 'This session is cancelled.',
    fr: () => 'Cette session est annulée.',
  }),
  'calendar-details': define<{ url: string }>({
    en: (p) => `Details: ${p.url}`,
    fr: (p) => `Détails : ${p.url}`,
  }),
  'build-wrote': define<{ path: string }>({
    en: (p) => `wrote ${p.path}`,
    fr: (p) => `écrit ${p.path}`,
  }),
  'build-up-to-date': define<{ path: string }>({
    en: (p) => `${p.path} is up to date`,
    fr: (p) => `${p.path} est à jour`,
  }),
  'build-stale': define<{ path: string }>({
    en: (p) => `${p.path} is out of date: it does not match the programme. Run "programme-sync build" to refresh it.`,
    fr: (p) => `${p.path} n’est pas à jour : il ne correspond pas au programme. Lancez « programme-sync build » pour le rafraîchir.`,
  }),
  'build-all-fresh': define<{ files: number }>({
    en: (p) => `${p.files} ${p.files === 1 ? 'file is' : 'files are'} up to date`,
    fr: (p) => `${p.files} fichier${p.files > 1 ? 's sont' : ' est'} à jour`,
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
