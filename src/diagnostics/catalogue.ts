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

/** The first letter in capitals, for a label that starts a sentence. */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FR_WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

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
  // --- Schedule consistency rules (src/rules) and their configuration (src/config) ---
  'date-long': define<{ year: number; month: number; day: number }>({
    en: (p) => `${p.day} ${EN_MONTHS[p.month - 1] ?? p.month} ${p.year}`,
    fr: (p) => `${p.day === 1 ? '1er' : p.day} ${FR_MONTHS[p.month - 1] ?? p.month} ${p.year}`,
  }),
  'month-year': define<{ year: number; month: number }>({
    en: (p) => `${EN_MONTHS[p.month - 1] ?? p.month} ${p.year}`,
    fr: (p) => `${FR_MONTHS[p.month - 1] ?? p.month} ${p.year}`,
  }),
  'weekday-name': define<{ weekday: number }>({
    en: (p) => EN_WEEKDAYS[p.weekday - 1] ?? String(p.weekday),
    fr: (p) => FR_WEEKDAYS[p.weekday - 1] ?? String(p.weekday),
  }),
  'all-day': define<Record<string, never>>({ en: () => 'all day', fr: () => 'toute la journée' }),
  'weekday-mismatch': define<{ text: string; where: string; date: string; actual: string; written: string }>({
    en: (p) =>
      `${q('en', p.text)} in ${p.where} does not hold together: ${p.date} is a ${p.actual}, not a ${p.written}. Correct the weekday or the date.`,
    fr: (p) =>
      `${q('fr', p.text)} dans ${p.where} se contredit : le ${p.date} est un ${p.actual}, pas un ${p.written}. Corrigez le jour de la semaine ou la date.`,
  }),
  'out-of-order': define<{ where: string; text: string; date: string; previous: string; previousText: string; previousDate: string }>({
    en: (p) =>
      `${capital(p.where)} is on ${q('en', p.text)} (${p.date}), before the row above it, ${p.previous}, on ${q('en', p.previousText)} (${p.previousDate}). Put the rows in date order, or correct the date.`,
    fr: (p) =>
      `${capital(p.where)} est le ${q('fr', p.text)} (${p.date}), avant la ligne au-dessus, ${p.previous}, le ${q('fr', p.previousText)} (${p.previousDate}). Remettez les lignes dans l’ordre des dates, ou corrigez la date.`,
  }),
  'out-of-order-rollover': define<{ where: string; text: string; date: string; previous: string; previousText: string; sameYear: string; year: number }>({
    en: (p) =>
      `${capital(p.where)} says ${q('en', p.text)} just after ${p.previous} on ${q('en', p.previousText)}: rows are read in date order, so it falls in ${p.date}, almost a year later. If it is in ${p.sameYear}, move the row up to its place; if it really is in ${p.year}, write the year (${q('en', `${p.text} ${p.year}`)}).`,
    fr: (p) =>
      `${capital(p.where)} indique ${q('fr', p.text)} juste après ${p.previous} du ${q('fr', p.previousText)} : les lignes se lisent dans l’ordre des dates, elle tombe donc en ${p.date}, presque un an plus tard. Si elle a lieu en ${p.sameYear}, remontez la ligne à sa place ; si c’est bien en ${p.year}, écrivez l’année (${q('fr', `${p.text} ${p.year}`)}).`,
  }),
  'duplicate-session': define<{ where: string; first: number; title: string; date: string }>({
    en: (p) =>
      `${capital(p.where)} repeats the row of line ${p.first}: same title ${q('en', p.title)}, same day (${p.date}). Delete one of the two rows, or correct its date or its title.`,
    fr: (p) =>
      `${capital(p.where)} répète la ligne ${p.first} : même titre ${q('fr', p.title)}, même jour (${p.date}). Supprimez l’une des deux lignes, ou corrigez sa date ou son titre.`,
  }),
  'overlap': define<{ where: string; other: string; group: string; date: string; hours: string; otherHours: string }>({
    en: (p) =>
      `${capital(p.where)} and ${p.other} both hold the ${p.group} on ${p.date} at the same time (${p.hours} and ${p.otherHours}). Move one of the two sessions, or correct the hours or who each one is for.`,
    fr: (p) =>
      `${capital(p.where)} et ${p.other} réunissent toutes les deux les ${p.group} le ${p.date} en même temps (${p.hours} et ${p.otherHours}). Déplacez l’une des deux sessions, ou corrigez les horaires ou le public de chacune.`,
  }),
  'undecided-date': define<{ text: string; where: string }>({
    en: (p) =>
      `The date ${q('en', p.text)} of ${p.where} is not decided yet: the calendar shows every one of these days as tentative. Once the date is set, write only that day.`,
    fr: (p) =>
      `La date ${q('fr', p.text)} de ${p.where} n’est pas encore décidée : le calendrier affiche chacun de ces jours comme provisoire. Une fois la date fixée, n’écrivez que ce jour-là.`,
  }),
  'detail-without-row': define<{ heading: string; text: string; date: string; nearest?: string; nearestText?: string }>({
    en: (p) =>
      `The section ${q('en', p.heading)} is on ${q('en', p.text)} (${p.date}), but no row of the schedule table is on that day${p.nearest ? `; the nearest is ${p.nearest}, on ${q('en', p.nearestText ?? '')}` : ''}. Correct the section's date, or add the session to the table.`,
    fr: (p) =>
      `La section ${q('fr', p.heading)} est datée du ${q('fr', p.text)} (${p.date}), mais aucune ligne du tableau n’est ce jour-là${p.nearest ? ` ; la plus proche est ${p.nearest}, le ${q('fr', p.nearestText ?? '')}` : ''}. Corrigez la date de la section, ou ajoutez la session au tableau.`,
  }),
  'detail-hours-mismatch': define<{ heading: string; section: string; line: number; row: string }>({
    en: (p) => `The section ${q('en', p.heading)} says ${p.section}, but the table row (line ${p.line}) says ${p.row}. Make them agree.`,
    fr: (p) => `La section ${q('fr', p.heading)} indique ${p.section}, mais la ligne du tableau (ligne ${p.line}) indique ${p.row}. Mettez-les d’accord.`,
  }),
  'detail-place-mismatch': define<{ heading: string; section: string; line: number; row: string }>({
    en: (p) =>
      `The section ${q('en', p.heading)} gives the place ${q('en', p.section)}, but the table row (line ${p.line}) says ${q('en', p.row)}. Make them agree.`,
    fr: (p) =>
      `La section ${q('fr', p.heading)} donne le lieu ${q('fr', p.section)}, mais la ligne du tableau (ligne ${p.line}) indique ${q('fr', p.row)}. Mettez-les d’accord.`,
  }),
  'detail-theme-mismatch': define<{ heading: string; section: string; line: number; row: string }>({
    en: (p) =>
      `The section ${q('en', p.heading)} gives the theme ${q('en', p.section)}, but the table row (line ${p.line}) says ${q('en', p.row)}. Make them agree.`,
    fr: (p) =>
      `La section ${q('fr', p.heading)} donne le thème ${q('fr', p.section)}, mais la ligne du tableau (ligne ${p.line}) indique ${q('fr', p.row)}. Mettez-les d’accord.`,
  }),
  'related-row': define<{ title: string; line: number }>({
    en: (p) => (p.title ? `the table row ${q('en', p.title)} (line ${p.line})` : `the table row on line ${p.line}`),
    fr: (p) => (p.title ? `la ligne du tableau ${q('fr', p.title)} (ligne ${p.line})` : `la ligne du tableau, ligne ${p.line}`),
  }),
  'related-first-marker': define<{ line: number }>({
    en: (p) => `the conflict starts on line ${p.line}`,
    fr: (p) => `le conflit commence ligne ${p.line}`,
  }),
  'row-cell-count-extra': define<{ where: string; cells: number; header: number; extra: string }>({
    en: (p) =>
      `${capital(p.where)} has ${p.cells} cells but the header has ${p.header}: ${q('en', p.extra)} is in a cell under no column, so the table does not show it. Move it into the right cell, or add a column to the header.`,
    fr: (p) =>
      `${capital(p.where)} a ${p.cells} cellules mais l’en-tête en a ${p.header} : ${q('fr', p.extra)} est dans une cellule sans colonne, le tableau ne l’affiche donc pas. Déplacez-le dans la bonne cellule, ou ajoutez une colonne à l’en-tête.`,
  }),
  'row-cell-count-missing': define<{ where: string; cells: number; header: number; columns: string }>({
    en: (p) =>
      `${capital(p.where)} has ${p.cells} cells but the header has ${p.header}: nothing is under ${p.columns}. If a cell was left out in the middle, the ones after it have moved one column to the left; add the missing cells (an empty one is "| |") so that each value sits under its column.`,
    fr: (p) =>
      `${capital(p.where)} a ${p.cells} cellules mais l’en-tête en a ${p.header} : rien n’est sous ${p.columns}. Si une cellule manque au milieu, les suivantes ont glissé d’une colonne vers la gauche ; ajoutez les cellules manquantes (une cellule vide s’écrit « | | ») pour que chaque valeur soit sous sa colonne.`,
  }),
  'swapped-columns': define<{ where: string; hours: string; place: string; hoursHeader: string; placeHeader: string }>({
    en: (p) =>
      `${capital(p.where)} has hours (${q('en', p.hours)}) in its ${p.placeHeader} column and a place (${q('en', p.place)}) in its ${p.hoursHeader} column; they are read the other way round for the calendar. Swap the two cells.`,
    fr: (p) =>
      `${capital(p.where)} a des horaires (${q('fr', p.hours)}) dans sa colonne ${p.placeHeader} et un lieu (${q('fr', p.place)}) dans sa colonne ${p.hoursHeader} ; le calendrier les lit dans le bon sens. Échangez les deux cellules.`,
  }),
  'merge-conflict': define<{ marker: string }>({
    en: (p) =>
      `This line is a merge-conflict marker (${q('en', p.marker)}): the file still holds two versions of the same text, and the schedule it shows is not the one anyone meant. Keep the right version and delete the marker lines (<<<<<<<, =======, >>>>>>>).`,
    fr: (p) =>
      `Cette ligne est un marqueur de conflit de fusion (${q('fr', p.marker)}) : le fichier contient encore deux versions du même texte, et le planning affiché n’est celui voulu par personne. Gardez la bonne version et supprimez les lignes de marqueurs (<<<<<<<, =======, >>>>>>>).`,
  }),
  'config-invalid-json': define<{ file: string; detail: string }>({
    en: (p) => `${p.file} is not valid JSON (${p.detail}). Correct it, or delete it to use the defaults.`,
    fr: (p) => `${p.file} n’est pas un JSON valide (${p.detail}). Corrigez-le, ou supprimez-le pour garder les réglages par défaut.`,
  }),
  'config-unknown-key': define<{ file: string; key: string }>({
    en: (p) => `${p.file}: "${p.key}" is not a setting programme-sync knows; the settings are "rules", "timezone", "year" and "language".`,
    fr: (p) => `${p.file} : « ${p.key} » n’est pas un réglage connu de programme-sync ; les réglages sont « rules », « timezone », « year » et « language ».`,
  }),
  'config-unknown-rule': define<{ where: string; key: string }>({
    en: (p) => `${p.where}: "${p.key}" is not a rule programme-sync knows. The rules are listed in docs/rules.md.`,
    fr: (p) => `${p.where} : « ${p.key} » n’est pas une règle connue de programme-sync. La liste des règles est dans docs/rules.md.`,
  }),
  'config-bad-severity': define<{ where: string; key: string; value: string }>({
    en: (p) => `${p.where}: the rule "${p.key}" must be set to "error", "warning", "info" or "off", not ${p.value}.`,
    fr: (p) => `${p.where} : la règle « ${p.key} » doit valoir "error", "warning", "info" ou "off", pas ${p.value}.`,
  }),
  'config-bad-value': define<{ file: string; key: 'timezone' | 'year' | 'language' | 'rules'; value: string }>({
    en: (p) =>
      `${p.file}: "${p.key}" must be ${{ timezone: 'an IANA time zone such as "Europe/Paris"', year: 'a four-digit year such as 2019', language: '"en" or "fr"', rules: 'an object such as {"overlap": "off"}' }[p.key]}, not ${p.value}.`,
    fr: (p) =>
      `${p.file} : « ${p.key} » doit être ${{ timezone: 'un fuseau horaire IANA comme "Europe/Paris"', year: 'une année à quatre chiffres comme 2019', language: '"en" ou "fr"', rules: 'un objet comme {"overlap": "off"}' }[p.key]}, pas ${p.value}.`,
  }),
  'flag-rule-syntax': define<{ value: string }>({
    en: (p) => `--rule must be written RULE=SEVERITY (for example --rule overlap=off), not "${p.value}".`,
    fr: (p) => `--rule s’écrit RÈGLE=GRAVITÉ (par exemple --rule overlap=off), pas « ${p.value} ».`,
  }),
  // --- end of schedule consistency rules ---
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
