import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/french-months.js';
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

/** The first letter in capitals, for a label that starts a sentence. */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const define = <P>(t: Template<P>): Template<P> => t;

// Why a dated table is not a schedule, by what it is instead (find-schedule-table.ts), for not-a-programme.
const NOT_A_PROGRAMME_WHY = {
  en: {
    tasks: 'its rows are tasks with the day each is due (a project backlog), not sessions',
    weekly: 'its rows name weekdays with no date (a weekly timetable), not dated sessions',
    timesheet: 'its rows log the time someone worked (hours spent, clock-in and clock-out), not sessions',
    register: 'its rows are about people or things with their dates (names, roles, terms, or the same day on most rows), not sessions',
    listing: 'it has no hours, place, audience or session column',
  },
  fr: {
    tasks: 'ses lignes sont des tâches avec le jour où chacune est due (la liste des tâches d’un projet), pas des séances',
    weekly: 'ses lignes nomment des jours de la semaine sans date (un emploi du temps hebdomadaire), pas des séances datées',
    timesheet: 'ses lignes notent le temps de travail de quelqu’un (heures passées, arrivées et départs), pas des séances',
    register: 'ses lignes parlent de personnes ou de choses avec leurs dates (noms, fonctions, mandats, ou le même jour sur la plupart des lignes), pas de séances',
    listing: 'il n’a pas de colonne d’horaires, de lieu, de public ou de séance',
  },
} as const;
/** `a, b and c` / `a, b et c`. */
const listed = (items: string[], last: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;

/** The options whose values are checked, for `option-bad-value`. */
type OptionName = 'format' | 'lang' | 'timezone' | 'year' | 'archive-year' | 'repo' | 'branch' | 'calendar-base-url' | 'archives' | 'out-dir' | 'split' | 'organizer' | 'repo-url' | 'removal-threshold' | 'granularity' | 'sessions';

// What each option takes, said the way its error says it.
const optionExpectations: Record<Language, Record<OptionName, string>> = {
  en: {
    format: '"text" or "json"',
    lang: '"en" or "fr"',
    timezone: 'an IANA time zone such as "Europe/Paris"',
    year: 'a four-digit year such as 2019',
    'archive-year': 'given as the year archived, such as 2025, or a school year such as 2025-2026',
    repo: 'OWNER/REPO, such as "entrepreneur-interet-general/eig-link"',
    branch: 'a branch name such as "main"',
    'calendar-base-url': 'an http(s) address such as "https://owner.github.io/repo"',
    archives: 'a pattern such as "archives/*/{name}*.{md,markdown,org}"',
    'out-dir': 'a folder',
    split: '"audience" or "none"',
    organizer: '"Name <email>", such as "Équipe EIG <eig@example.org>"',
    'repo-url': 'a repository address such as "https://github.com/OWNER/REPO"',
    'removal-threshold': 'a whole percentage from 0 to 100, such as 50',
    granularity: '"session" (one event per session) or "day" (one event per day)',
    sessions: '"auto", "table", "headings" or "lists" (auto: the schedule table when there is one, else the dated headings and lists)',
  },
  fr: {
    format: '« text » ou « json »',
    lang: '« en » ou « fr »',
    timezone: 'un fuseau horaire IANA comme « Europe/Paris »',
    year: 'une année à quatre chiffres comme 2019',
    'archive-year': 'l’année archivée, comme 2025, ou une année scolaire comme 2025-2026',
    repo: 'PROPRIÉTAIRE/DÉPÔT, comme « entrepreneur-interet-general/eig-link »',
    branch: 'un nom de branche comme « main »',
    'calendar-base-url': 'une adresse http(s) comme « https://owner.github.io/repo »',
    archives: 'un motif comme « archives/*/{name}*.{md,markdown,org} »',
    'out-dir': 'un dossier',
    split: '« audience » ou « none »',
    organizer: '« Nom <adresse> », comme « Équipe EIG <eig@example.org> »',
    'repo-url': 'une adresse de dépôt comme « https://github.com/OWNER/REPO »',
    'removal-threshold': 'un pourcentage entier de 0 à 100, comme 50',
    granularity: '« session » (un événement par session) ou « day » (un événement par jour)',
    sessions: '« auto », « table », « headings » ou « lists » (auto : le tableau de planning s’il y en a un, sinon les titres datés et les listes)',
  },
};

/** Where a year that the weekdays overrule came from (a YearSource). */
type YearClueSource = 'cell' | 'column-header' | 'heading' | 'front-matter' | 'section' | 'nearby-date' | 'stamp' | 'option' | 'path' | 'weekdays' | 'commit' | 'around-commit' | 'rollover';

// Said as the subject of "points to 2023".
const yearClueLabel: Record<Language, Record<YearClueSource, string>> = {
  en: {
    cell: 'counting on from a date above that writes its year',
    'column-header': 'the dates header',
    heading: 'the title or a heading',
    'front-matter': 'the front matter',
    section: 'a dated detail section',
    'nearby-date': 'a full date written near the schedule',
    stamp: 'the date the page closes with',
    option: 'the --year option',
    path: 'the name of the file, its folder or its repository',
    weekdays: 'the weekdays',
    commit: 'the file\'s last commit',
    'around-commit': 'the days around the file\'s last commit',
    rollover: 'counting on from the rows above',
  },
  fr: {
    cell: 'le décompte depuis une date plus haut qui écrit son année',
    'column-header': 'l’en-tête des dates',
    heading: 'le titre ou un intertitre',
    'front-matter': 'l’en-tête YAML (front matter)',
    section: 'une section de détail datée',
    'nearby-date': 'une date complète écrite près du planning',
    stamp: 'la date qui clôt la page',
    option: 'l’option --year',
    path: 'le nom du fichier, de son dossier ou de son dépôt',
    weekdays: 'les jours de la semaine',
    commit: 'le dernier commit du fichier',
    'around-commit': 'les jours autour du dernier commit du fichier',
    rollover: 'le décompte depuis les lignes plus haut',
  },
};

/** Every message, by id, in English and French. */
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
  'no-schedule-table': define<{ sessions?: 'table' | 'headings' | 'lists' }>({
    en: (p) =>
      p.sessions === undefined
        ? 'No schedule found: no markdown table has a column of dates (a header such as "DATES" or "Date"), and no heading or list item opens with a date ("### Lundi 21 septembre"). If this file is a programme, add a table or dated headings to list the sessions.'
        : `No session found: the "sessions" setting is "${p.sessions}", so only ${{ table: 'a table with a column of dates (a header such as "DATES" or "Date")', headings: 'headings that open with a date ("### Lundi 21 septembre") and their day agendas', lists: 'list items that open with a date ("- 3 avril, 13h30-14h30 : lancement")' }[p.sessions]} can hold sessions, and this file has none. Write the sessions that way, or set "sessions" to "auto" (in .programme-sync.json or with --sessions) to read them wherever they are.`,
    fr: (p) =>
      p.sessions === undefined
        ? 'Aucun planning trouvé : aucun tableau markdown n’a de colonne de dates (un en-tête comme « DATES » ou « Date »), et aucun titre ni élément de liste ne commence par une date (« ### Lundi 21 septembre »). Si ce fichier est un programme, ajoutez un tableau ou des titres datés pour lister les sessions.'
        : `Aucune séance trouvée : le réglage « sessions » vaut « ${p.sessions} », donc seuls ${{ table: 'un tableau avec une colonne de dates (un en-tête comme « DATES » ou « Date »)', headings: 'les titres qui commencent par une date (« ### Lundi 21 septembre ») et leurs programmes de la journée', lists: 'les éléments de liste qui commencent par une date (« - 3 avril, 13h30-14h30 : lancement »)' }[p.sessions]} peuvent porter des séances, et ce fichier n’en a pas. Écrivez les séances ainsi, ou mettez « sessions » à « auto » (dans .programme-sync.json ou avec --sessions) pour les lire où qu’elles soient.`,
  }),
  'not-a-programme': define<{ headers: string; kind: 'register' | 'timesheet' | 'weekly' | 'listing' | 'tasks' }>({
    en: (p) =>
      `This file's dated table (${q('en', p.headers)}) is not a schedule: ${NOT_A_PROGRAMME_WHY.en[p.kind]}, so it is not read and nothing goes to a calendar. If it is a programme, name its columns (such as "Séance", "Horaires", "Lieu").`,
    fr: (p) =>
      `Le tableau daté de ce fichier (${q('fr', p.headers)}) n’est pas un planning : ${NOT_A_PROGRAMME_WHY.fr[p.kind]}, il n’est donc pas lu et rien ne va au calendrier. Si c’est un programme, nommez ses colonnes (par exemple « Séance », « Horaires », « Lieu »).`,
  }),
  'year-from-weekdays': define<{ year: number; weekdays: number }>({
    en: (p) =>
      `No year is written for this schedule; its weekdays (${p.weekdays}) all fit ${p.year}, the closest such year to the file's last commit, so it is read in ${p.year}. Write the year in the title or in the dates header to make it certain.`,
    fr: (p) =>
      `Aucune année n’est écrite pour ce planning ; ses jours de la semaine (${p.weekdays}) tombent tous juste en ${p.year}, l’année la plus proche du dernier commit du fichier : il est lu en ${p.year}. Écrivez l’année dans le titre ou dans l’en-tête des dates pour la rendre sûre.`,
  }),
  'year-from-most-weekdays': define<{ year: number; weekdays: number; misfits: number }>({
    en: (p) =>
      `No year is written for this schedule; of its ${p.weekdays} weekdays, all but ${p.misfits} fit ${p.year}, the closest such year to the file's last commit, so it is read in ${p.year} (the others are reported where they are written). Write the year in the title or in the dates header to make it certain.`,
    fr: (p) =>
      `Aucune année n’est écrite pour ce planning ; de ses ${p.weekdays} jours de la semaine, tous sauf ${p.misfits} tombent juste en ${p.year}, l’année la plus proche du dernier commit du fichier : il est lu en ${p.year} (les autres sont signalés là où ils sont écrits). Écrivez l’année dans le titre ou dans l’en-tête des dates pour la rendre sûre.`,
  }),
  'year-from-weekdays-overrule': define<{ year: number; clueYear: number; weekdays: number; clue: YearClueSource }>({
    en: (p) =>
      `The year of this schedule is not written beside its dates: ${yearClueLabel.en[p.clue]} points to ${p.clueYear}, but none of its ${p.weekdays} weekdays fits ${p.clueYear} and all of them fit ${p.year}, so it is read in ${p.year}. If ${p.clueYear} is right, correct the weekdays; else write ${p.year} in the dates header or the heading above the schedule to make it certain.`,
    fr: (p) =>
      `L’année de ce planning n’est pas écrite à côté de ses dates : ${yearClueLabel.fr[p.clue]} indique ${p.clueYear}, mais aucun de ses ${p.weekdays} jours de la semaine ne tombe juste en ${p.clueYear} et tous tombent juste en ${p.year} : il est lu en ${p.year}. Si ${p.clueYear} est la bonne année, corrigez les jours de la semaine ; sinon écrivez ${p.year} dans l’en-tête des dates ou dans le titre au-dessus du planning pour la rendre sûre.`,
  }),
  'year-from-most-weekdays-overrule': define<{ year: number; clueYear: number; weekdays: number; misfits: number; clue: YearClueSource }>({
    en: (p) =>
      `The year of this schedule is not written beside its dates: ${yearClueLabel.en[p.clue]} points to ${p.clueYear}, but none of its ${p.weekdays} weekdays fits ${p.clueYear} and all but ${p.misfits} fit ${p.year}, so it is read in ${p.year} (the others are reported where they are written). If ${p.clueYear} is right, correct the weekdays; else write ${p.year} in the dates header or the heading above the schedule to make it certain.`,
    fr: (p) =>
      `L’année de ce planning n’est pas écrite à côté de ses dates : ${yearClueLabel.fr[p.clue]} indique ${p.clueYear}, mais aucun de ses ${p.weekdays} jours de la semaine ne tombe juste en ${p.clueYear} et tous sauf ${p.misfits} tombent juste en ${p.year} : il est lu en ${p.year} (les autres sont signalés là où ils sont écrits). Si ${p.clueYear} est la bonne année, corrigez les jours de la semaine ; sinon écrivez ${p.year} dans l’en-tête des dates ou dans le titre au-dessus du planning pour la rendre sûre.`,
  }),
  'year-from-written-weekdays': define<{ year: number; weekdays: number }>({
    en: (p) =>
      `No year is written beside this schedule's dates; its weekdays (${p.weekdays}) all fit ${p.year}, the one year the page writes that they fit, so it is read in ${p.year}. Write the year in the title or in the dates header to make it certain.`,
    fr: (p) =>
      `Aucune année n’est écrite à côté des dates de ce planning ; ses jours de la semaine (${p.weekdays}) tombent tous juste en ${p.year}, la seule année écrite dans la page où ils tombent juste : il est lu en ${p.year}. Écrivez l’année dans le titre ou dans l’en-tête des dates pour la rendre sûre.`,
  }),
  'year-from-path': define<{ year: string; name: string }>({
    en: (p) =>
      `No year is written in this schedule; the name ${q('en', p.name)} of its file, folder or repository gives ${p.year}, so it is read in ${p.year}. Write the year in the title or in the dates header to make it certain.`,
    fr: (p) =>
      `Aucune année n’est écrite dans ce planning ; le nom ${q('fr', p.name)} de son fichier, de son dossier ou de son dépôt indique ${p.year} : il est lu en ${p.year}. Écrivez l’année dans le titre ou dans l’en-tête des dates pour la rendre sûre.`,
  }),
  'year-around-commit': define<{ year: number; date: string; weekdayYear: number; weekdays: number }>({
    en: (p) =>
      `No year is written for this schedule: the file's last commit (${p.date}) falls among its days in ${p.year}, so it is read as the plan of those days, in ${p.year}, though its ${p.weekdays} weekdays fit ${p.weekdayYear}; each weekday that does not fit is reported where it is written. If ${p.weekdayYear} is right, write it in the title or in the dates header.`,
    fr: (p) =>
      `Aucune année n’est écrite pour ce planning : le dernier commit du fichier (${p.date}) tombe parmi ses jours en ${p.year} ; il est donc lu comme le plan de ces jours, en ${p.year}, bien que ses ${p.weekdays} jours de la semaine tombent juste en ${p.weekdayYear} ; chaque jour de la semaine qui ne correspond pas est signalé là où il est écrit. Si ${p.weekdayYear} est la bonne année, écrivez-la dans le titre ou dans l’en-tête des dates.`,
  }),
  'year-from-commit': define<{ year: number; date: string }>({
    en: (p) =>
      `No year is written for this schedule, and it names no weekday to tell one: it is read in ${p.year}, the year that puts its first session closest to the file's last commit (${p.date}). Write the year in the title or in the dates header to make it certain.`,
    fr: (p) =>
      `Aucune année n’est écrite pour ce planning, et aucun jour de la semaine ne permet de la trouver : il est lu en ${p.year}, l’année qui place sa première session au plus près du dernier commit du fichier (${p.date}). Écrivez l’année dans le titre ou dans l’en-tête des dates pour la rendre sûre.`,
  }),
  'year-ahead-of-commit': define<{ year: number; date: string; weekdays: number }>({
    en: (p) =>
      `No year is written for this schedule: its days come in the week after the file's last commit (${p.date}) in ${p.year}, so it is read as the plan of those coming days, in ${p.year}, though ${p.weekdays === 1 ? 'its weekday does' : `its ${p.weekdays} weekdays do`} not fit ${p.year}; each weekday that does not fit is reported where it is written. Write the year in the title or in the dates header to make it certain.`,
    fr: (p) =>
      `Aucune année n’est écrite pour ce planning : ses jours tombent dans la semaine qui suit le dernier commit du fichier (${p.date}) en ${p.year} ; il est donc lu comme le plan de ces jours à venir, en ${p.year}, bien que ${p.weekdays === 1 ? 'son jour de la semaine ne tombe' : `ses ${p.weekdays} jours de la semaine ne tombent`} pas juste en ${p.year} ; chaque jour de la semaine qui ne correspond pas est signalé là où il est écrit. Écrivez l’année dans le titre ou dans l’en-tête des dates pour la rendre sûre.`,
  }),
  'year-from-commit-weekdays-misfit': define<{ year: number; date: string; weekdays: number }>({
    en: (p) =>
      `No year is written for this schedule, and its ${p.weekdays} weekdays fit no one year together: it is read in ${p.year}, the year that puts its first session closest to the file's last commit (${p.date}), and each weekday that does not fit ${p.year} is reported where it is written. Write the year in the title or in the dates header to make it certain.`,
    fr: (p) =>
      `Aucune année n’est écrite pour ce planning, et ses ${p.weekdays} jours de la semaine ne tombent juste ensemble en aucune année : il est lu en ${p.year}, l’année qui place sa première session au plus près du dernier commit du fichier (${p.date}), et chaque jour de la semaine qui ne tombe pas juste en ${p.year} est signalé là où il est écrit. Écrivez l’année dans le titre ou dans l’en-tête des dates pour la rendre sûre.`,
  }),
  'hours-typo': define<{ text: string; detail: string; where: string }>({
    en: (p) =>
      `The hours ${q('en', p.text)} of ${p.where} write ${q('en', p.detail)} with a dot; it is read as ${q('en', p.detail.replace('.', ':'))}. Write it with a colon or an h (${q('en', p.detail.replace('.', 'h'))}).`,
    fr: (p) =>
      `Les horaires ${q('fr', p.text)} de ${p.where} écrivent ${q('fr', p.detail)} avec un point ; c’est lu ${q('fr', p.detail.replace('.', ':'))}. Écrivez-le avec deux-points ou un h (${q('fr', p.detail.replace('.', 'h'))}).`,
  }),
  'html-table': define<Record<string, never>>({
    en: () =>
      'This schedule is a raw HTML table inside a quote or a list item, where its lines cannot be placed in the file, so its sessions are ignored. Move the table out of the quote or list, or rewrite it as a markdown table (| SESSION | DATES | ... |).',
    fr: () =>
      'Ce planning est un tableau HTML brut dans une citation ou un élément de liste, où ses lignes ne peuvent pas être situées dans le fichier : ses sessions sont donc ignorées. Sortez le tableau de la citation ou de la liste, ou réécrivez-le en tableau markdown (| SESSION | DATES | ... |).',
  }),
  'unreadable-date': define<{ text: string; where: string }>({
    en: (p) =>
      `The date ${q('en', p.text)} of ${p.where} cannot be read. Write it like "21 février", "11 au 15 février", "16 & 17 mai" or "7 ou 14 novembre".`,
    fr: (p) =>
      `La date ${q('fr', p.text)} de ${p.where} est illisible. Écrivez-la comme « 21 février », « 11 au 15 février », « 16 & 17 mai » ou « 7 ou 14 novembre ».`,
  }),
  'unreadable-date-typo': define<{ text: string; where: string; word: string; suggestion: string; corrected: string }>({
    en: (p) =>
      `The date ${q('en', p.text)} of ${p.where} cannot be read: ${q('en', p.word)} is not a French month or weekday. Did you mean ${q('en', p.suggestion)}? Write ${q('en', p.corrected)}.`,
    fr: (p) =>
      `La date ${q('fr', p.text)} de ${p.where} est illisible : ${q('fr', p.word)} n’est ni un mois ni un jour de la semaine. Vouliez-vous écrire ${q('fr', p.suggestion)} ? Écrivez ${q('fr', p.corrected)}.`,
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
  'end-at-start': define<{ text: string; where: string }>({
    en: (p) => `The hours ${q('en', p.text)} of ${p.where} end the minute they start: the event lasts no time. Correct the end time, or write the start alone.`,
    fr: (p) =>
      `Les horaires ${q('fr', p.text)} de ${p.where} finissent à la minute où ils commencent : l’événement ne dure pas. Corrigez l’heure de fin, ou n’écrivez que l’heure de début.`,
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
  'weekday-outside-week': define<{ label: string; week: string }>({
    en: (p) =>
      `${q('en', p.label)} names a weekday the week it sits under does not hold (${p.week}), so it and what it holds are left out of the calendar. Correct the weekday, or write its date ("Samedi 21 mars").`,
    fr: (p) =>
      `${q('fr', p.label)} nomme un jour que la semaine où il se trouve ne contient pas (${p.week}) : lui et ce qu’il contient restent hors du calendrier. Corrigez le jour, ou écrivez sa date (« Samedi 21 mars »).`,
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
  'severity-word': define<{ severity: 'error' | 'warning' | 'info' }>({
    en: (p) => p.severity,
    fr: (p) => ({ error: 'erreur', warning: 'avertissement', info: 'remarque' })[p.severity],
  }),
  'summary-source': define<{ source: 'heading' | 'agenda' | 'list' | 'table' }>({
    en: (p) => `[${p.source}]`,
    fr: (p) => `[${({ heading: 'titre', agenda: 'agenda', list: 'liste', table: 'tableau' } as const)[p.source]}]`,
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
  'line-label': define<{ line: number }>({
    en: (p) => `the text on line ${p.line}`,
    fr: (p) => `le texte de la ligne ${p.line}`,
  }),
  'section-label': define<{ heading: string }>({
    en: (p) => `the section ${q('en', p.heading)}`,
    fr: (p) => `la section ${q('fr', p.heading)}`,
  }),
  // --- Schedule consistency rules (src/rules) and their configuration (src/config) ---
  'date-long': define<{ year: number; month: number; day: number }>({
    en: (p) => `${p.day} ${EN_MONTHS[p.month - 1] ?? p.month} ${p.year}`,
    fr: (p) => `${p.day === 1 ? '1er' : p.day} ${MONTH_NAMES[p.month - 1] ?? p.month} ${p.year}`,
  }),
  'month-year': define<{ year: number; month: number }>({
    en: (p) => `${EN_MONTHS[p.month - 1] ?? p.month} ${p.year}`,
    fr: (p) => `${MONTH_NAMES[p.month - 1] ?? p.month} ${p.year}`,
  }),
  'weekday-name': define<{ weekday: number }>({
    en: (p) => EN_WEEKDAYS[p.weekday - 1] ?? String(p.weekday),
    fr: (p) => WEEKDAY_NAMES[p.weekday - 1] ?? String(p.weekday),
  }),
  'all-day': define<Record<string, never>>({ en: () => 'all day', fr: () => 'toute la journée' }),
  'weekday-mismatch': define<{ text: string; where: string; date: string; actual: string; written: string }>({
    en: (p) =>
      `${q('en', p.text)} in ${p.where} does not hold together: ${p.date} is a ${p.actual}, not a ${p.written}. Correct the weekday or the date.`,
    fr: (p) =>
      `${q('fr', p.text)} dans ${p.where} se contredit : le ${p.date} est un ${p.actual}, pas un ${p.written}. Corrigez le jour de la semaine ou la date.`,
  }),
  'weekday-mismatch-list-heading': define<{ where: string; heading: string; weekday: string; date: string; actual: string }>({
    en: (p) =>
      `${capital(p.where)} is listed under ${q('en', p.heading)}, a list of ${p.weekday}s, but ${p.date} is a ${p.actual}. Correct the date, or move the row out of the list.`,
    fr: (p) =>
      `${capital(p.where)} est dans la liste ${q('fr', p.heading)}, une liste de ${p.weekday}s, mais le ${p.date} est un ${p.actual}. Corrigez la date, ou sortez la ligne de la liste.`,
  }),
  'weekday-mismatch-habit': define<{ where: string; weekday: string; date: string; actual: string; habitLine: number }>({
    en: (p) =>
      `${capital(p.where)} is on ${p.date}, a ${p.actual}, but the page holds its sessions on ${p.weekday}s (line ${p.habitLine}), as its other sessions are. Correct the date, or say the session is moved.`,
    fr: (p) =>
      `${capital(p.where)} est le ${p.date}, un ${p.actual}, mais la page tient ses séances le ${p.weekday} (ligne ${p.habitLine}), comme ses autres séances. Corrigez la date, ou dites que la séance est déplacée.`,
  }),
  'weekday-mismatch-habit-year': define<{ where: string; weekday: string; date: string; actual: string; habitLine: number; year: number }>({
    en: (p) =>
      `${capital(p.where)} is on ${p.date}, a ${p.actual}, but the page holds these sessions on ${p.weekday}s (line ${p.habitLine}), and none of them falls on one; in ${p.year} each of their dates is a ${p.weekday}. Correct the year (copied from last year's page?).`,
    fr: (p) =>
      `${capital(p.where)} est le ${p.date}, un ${p.actual}, mais la page tient ces séances le ${p.weekday} (ligne ${p.habitLine}), et aucune ne tombe ce jour-là ; en ${p.year}, chacune de leurs dates est un ${p.weekday}. Corrigez l'année (recopiée de la page de l'an dernier ?).`,
  }),
  'weekday-mismatch-copied-year': define<{ text: string; where: string; writtenYear: number; year: number; date: string; actual: string; written: string }>({
    en: (p) =>
      `${q('en', p.text)} in ${p.where} writes ${p.writtenYear}, but ${p.date} is a ${p.actual}, not a ${p.written}; its weekday and the dates around it are of ${p.year}, so it is read in ${p.year}. Correct the year (copied from last year's page?).`,
    fr: (p) =>
      `${q('fr', p.text)} dans ${p.where} écrit ${p.writtenYear}, mais le ${p.date} est un ${p.actual}, pas un ${p.written} ; son jour de la semaine et les dates autour sont de ${p.year} : elle est lue en ${p.year}. Corrigez l’année (copiée de la page de l’an dernier ?).`,
  }),
  'hours-day-not-in-row': define<{ hours: string; where: string; day: string; days: string }>({
    en: (p) =>
      `The hours ${q('en', p.hours)} of ${p.where} are given for ${q('en', p.day)}, which is not a day of the row (${p.days}): those hours are left out of the calendar. Correct the day, or the row's dates.`,
    fr: (p) =>
      `Les horaires ${q('fr', p.hours)} de ${p.where} sont donnés pour ${q('fr', p.day)}, qui n’est pas un jour de la ligne (${p.days}) : ces horaires restent hors du calendrier. Corrigez le jour, ou les dates de la ligne.`,
  }),
  'out-of-order': define<{ where: string; text: string; date: string; other: string; otherText: string; otherDate: string }>({
    en: (p) =>
      `${capital(p.where)} is on ${q('en', p.text)} (${p.date}), before the row above it, ${p.other}, on ${q('en', p.otherText)} (${p.otherDate}). Put the rows in date order, or correct the date.`,
    fr: (p) =>
      `${capital(p.where)} est le ${q('fr', p.text)} (${p.date}), avant la ligne au-dessus, ${p.other}, le ${q('fr', p.otherText)} (${p.otherDate}). Remettez les lignes dans l’ordre des dates, ou corrigez la date.`,
  }),
  'out-of-order-ahead': define<{ where: string; text: string; date: string; other: string; otherText: string; otherDate: string }>({
    en: (p) =>
      `${capital(p.where)} is on ${q('en', p.text)} (${p.date}), after the row below it, ${p.other}, on ${q('en', p.otherText)} (${p.otherDate}), while the rows around it are in date order. Move the row to its place, or correct its date.`,
    fr: (p) =>
      `${capital(p.where)} est le ${q('fr', p.text)} (${p.date}), après la ligne en dessous, ${p.other}, le ${q('fr', p.otherText)} (${p.otherDate}), alors que les lignes autour sont dans l’ordre des dates. Remettez la ligne à sa place, ou corrigez sa date.`,
  }),
  'day-hours-mismatch': define<{ hours: string; line: number; date: string; first: number; last: number }>({
    en: (p) =>
      `The day of ${p.date} is announced as ${q('en', p.hours)} (line ${p.line}), but no slot of its agenda (lines ${p.first} to ${p.last}) ends when the day does. Correct the day's hours, or the end of its last slot.`,
    fr: (p) =>
      `La journée du ${p.date} est annoncée ${q('fr', p.hours)} (ligne ${p.line}), mais aucun créneau de son programme (lignes ${p.first} à ${p.last}) ne finit quand elle finit. Corrigez les horaires de la journée, ou la fin de son dernier créneau.`,
  }),
  'day-hours-mismatch-start': define<{ hours: string; line: number; date: string; first: number; last: number }>({
    en: (p) =>
      `The day of ${p.date} is announced as ${q('en', p.hours)} (line ${p.line}), but no slot of its agenda (lines ${p.first} to ${p.last}) starts when the day does. Correct the day's hours, or the start of its first slot.`,
    fr: (p) =>
      `La journée du ${p.date} est annoncée ${q('fr', p.hours)} (ligne ${p.line}), mais aucun créneau de son programme (lignes ${p.first} à ${p.last}) ne commence quand elle commence. Corrigez les horaires de la journée, ou le début de son premier créneau.`,
  }),
  'day-hours-mismatch-both': define<{ hours: string; line: number; date: string; first: number; last: number }>({
    en: (p) =>
      `The day of ${p.date} is announced as ${q('en', p.hours)} (line ${p.line}), but no slot of its agenda (lines ${p.first} to ${p.last}) starts or ends when the day does. Correct the day's hours, or the hours of its slots.`,
    fr: (p) =>
      `La journée du ${p.date} est annoncée ${q('fr', p.hours)} (ligne ${p.line}), mais aucun créneau de son programme (lignes ${p.first} à ${p.last}) ne commence ni ne finit quand elle le fait. Corrigez les horaires de la journée, ou ceux de ses créneaux.`,
  }),
  'heading-month-mismatch': define<{ text: string; line: number; date: string; heading: string; headingLine: number }>({
    en: (p) =>
      `The date ${q('en', p.text)} (line ${p.line}, ${p.date}) is under the heading ${q('en', p.heading)} (line ${p.headingLine}), which is another month. Correct the date, or move it under its own month.`,
    fr: (p) =>
      `La date ${q('fr', p.text)} (ligne ${p.line}, ${p.date}) est sous le titre ${q('fr', p.heading)} (ligne ${p.headingLine}), qui est un autre mois. Corrigez la date, ou déplacez-la sous son propre mois.`,
  }),
  'heading-month-mismatch-title': define<{ text: string; line: number; date: string; heading: string }>({
    en: (p) =>
      `The heading ${q('en', p.heading)} names a month, but none of the days under it is in that month (the first, ${q('en', p.text)} on line ${p.line}, is ${p.date}). Correct the heading's month, or the days.`,
    fr: (p) =>
      `Le titre ${q('fr', p.heading)} nomme un mois, mais aucun des jours qu’il couvre n’est dans ce mois (le premier, ${q('fr', p.text)} ligne ${p.line}, est le ${p.date}). Corrigez le mois du titre, ou les jours.`,
  }),
  'day-not-announced': define<{ text: string; line: number; date: string; announced: string; announcedLine: number }>({
    en: (p) =>
      `The date ${q('en', p.text)} (line ${p.line}, ${p.date}) is not one of the days the introduction announces (line ${p.announcedLine}: ${q('en', p.announced)}). Correct the date, or the days the introduction announces.`,
    fr: (p) =>
      `La date ${q('fr', p.text)} (ligne ${p.line}, ${p.date}) n’est pas l’un des jours que l’introduction annonce (ligne ${p.announcedLine} : ${q('fr', p.announced)}). Corrigez la date, ou les jours annoncés dans l’introduction.`,
  }),
  'heading-year-mismatch': define<{ where: string; text: string; date: string; heading: string; line: number }>({
    en: (p) =>
      `${capital(p.where)} is on ${q('en', p.text)} (${p.date}), but its table is under the heading ${q('en', p.heading)} (line ${p.line}). Correct the year, or move the row under its own year.`,
    fr: (p) =>
      `${capital(p.where)} est le ${q('fr', p.text)} (${p.date}), mais son tableau est sous le titre ${q('fr', p.heading)} (ligne ${p.line}). Corrigez l’année, ou déplacez la ligne sous sa propre année.`,
  }),
  'out-of-order-hours': define<{ where: string; hours: string; date: string; other: string; otherHours: string }>({
    en: (p) =>
      `${capital(p.where)} is numbered after ${p.other}, but on the same day (${p.date}) it is held earlier: ${q('en', p.hours)}, before ${q('en', p.otherHours)}. Correct its day or its hours.`,
    fr: (p) =>
      `${capital(p.where)} est numérotée après ${p.other}, mais le même jour (${p.date}) elle a lieu plus tôt : ${q('fr', p.hours)}, avant ${q('fr', p.otherHours)}. Corrigez son jour ou ses horaires.`,
  }),
  'out-of-order-newest-first': define<{ where: string; text: string; date: string; other: string; otherText: string; otherDate: string }>({
    en: (p) =>
      `${capital(p.where)} is on ${q('en', p.text)} (${p.date}), after the row above it, ${p.other}, on ${q('en', p.otherText)} (${p.otherDate}), in a list kept newest first. Move the row to its place, or correct the date.`,
    fr: (p) =>
      `${capital(p.where)} est le ${q('fr', p.text)} (${p.date}), après la ligne au-dessus, ${p.other}, le ${q('fr', p.otherText)} (${p.otherDate}), dans une liste tenue du plus récent au plus ancien. Remettez la ligne à sa place, ou corrigez la date.`,
  }),
  'out-of-order-mistyped-year': define<{ where: string; text: string; writtenYear: number; year: number; date: string; previous: string; previousText: string; followers: number }>({
    en: (p) =>
      `${capital(p.where)} says ${q('en', p.text)}, in ${p.writtenYear}, among dates of ${p.year} (${p.previous}, just above, is on ${q('en', p.previousText)}): written so, it would go back in time, so it is read on ${p.date}${p.followers === 0 ? '' : `, and the ${p.followers === 1 ? 'row below that writes' : `${p.followers} rows below that write`} ${p.writtenYear} in ${p.year} too`}. Correct the year${p.followers === 0 ? '' : ' of each'}.`,
    fr: (p) =>
      `${capital(p.where)} indique ${q('fr', p.text)}, en ${p.writtenYear}, parmi des dates de ${p.year} (${p.previous}, juste au-dessus, est le ${q('fr', p.previousText)}) : ainsi écrite, elle remonterait dans le temps ; elle est donc lue le ${p.date}${p.followers === 0 ? '' : `, et ${p.followers === 1 ? 'la ligne' : `les ${p.followers} lignes`} en dessous qui écri${p.followers === 1 ? 't' : 'vent'} ${p.writtenYear} en ${p.year} aussi`}. Corrigez l’année${p.followers === 0 ? '' : ' de chacune'}.`,
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
  'duplicate-session-copied-day': define<{ where: string; first: number; previous: string; date: string }>({
    en: (p) =>
      `${capital(p.where)} is on ${p.date}, the day of ${q('en', p.previous)} (line ${p.first}), though every other session of the series has a day of its own. If its date was copied with the entry above, correct it.`,
    fr: (p) =>
      `${capital(p.where)} est le ${p.date}, le jour de ${q('fr', p.previous)} (ligne ${p.first}), alors que chaque autre séance de la série a son propre jour. Si sa date a été recopiée avec l’entrée du dessus, corrigez-la.`,
  }),
  'duplicate-section': define<{ heading: string; line: number; first: number; date: string }>({
    en: (p) =>
      `The section ${q('en', p.heading)} (line ${p.line}) repeats the section of line ${p.first}: same heading, same day (${p.date}). One of the two is probably a stale copy: delete it, or keep what is true of both in one section.`,
    fr: (p) =>
      `La section ${q('fr', p.heading)} (ligne ${p.line}) répète la section de la ligne ${p.first} : même titre, même jour (${p.date}). L’une des deux est sans doute une copie périmée : supprimez-la, ou gardez dans une seule section ce qui est vrai des deux.`,
  }),
  'overlap': define<{ where: string; other: string; group: string; date: string; hours: string; otherHours: string }>({
    en: (p) =>
      `${capital(p.where)} and ${p.other} both hold the ${p.group} on ${p.date} at the same time (${p.hours} and ${p.otherHours}). Move one of the two sessions, or correct the hours or who each one is for.`,
    fr: (p) =>
      `${capital(p.where)} et ${p.other} réunissent toutes les deux les ${p.group} le ${p.date} en même temps (${p.hours} et ${p.otherHours}). Déplacez l’une des deux sessions, ou corrigez les horaires ou le public de chacune.`,
  }),
  'overlap-in-agenda': define<{ where: string; other: string; date: string; hours: string; otherHours: string }>({
    en: (p) =>
      `${capital(p.where)} (${p.hours}) starts before ${p.other} (${p.otherHours}) ends, in the programme of ${p.date}. Correct the hours of one of the two slots, so that one starts when the other ends (a break written inside a longer slot is fine).`,
    fr: (p) =>
      `${capital(p.where)} (${p.hours}) commence avant la fin de ${p.other} (${p.otherHours}), dans le programme du ${p.date}. Corrigez les horaires de l’un des deux créneaux, pour que l’un commence quand l’autre finit (une pause écrite à l’intérieur d’un créneau plus long convient).`,
  }),
  'key-time-mismatch': define<{ text: string; line: number; date: string; where: string; hours: string }>({
    en: (p) =>
      `The key time ${q('en', p.text)} (line ${p.line}) does not match the programme of ${p.date}: it has ${p.where} at ${p.hours}. Correct the key time or the slot, so that both give the same hours.`,
    fr: (p) =>
      `L’horaire clé ${q('fr', p.text)} (ligne ${p.line}) ne correspond pas au programme du ${p.date} : celui-ci place ${p.where} à ${p.hours}. Corrigez l’horaire clé ou le créneau, pour qu’ils donnent les mêmes heures.`,
  }),
  'key-time-outside-day': define<{ text: string; line: number; date: string; from: string; to: string }>({
    en: (p) =>
      `The key time ${q('en', p.text)} (line ${p.line}) falls outside the programme of ${p.date}, which runs from its first slot (${p.from}) to its last (${p.to}). Correct the key time, or add its slot to that day's programme.`,
    fr: (p) =>
      `L’horaire clé ${q('fr', p.text)} (ligne ${p.line}) tombe en dehors du programme du ${p.date}, qui va de son premier créneau (${p.from}) à son dernier (${p.to}). Corrigez l’horaire clé, ou ajoutez son créneau au programme de ce jour.`,
  }),
  'undecided-date': define<{ text: string; where: string }>({
    en: (p) =>
      `The date ${q('en', p.text)} of ${p.where} is not decided yet: the calendar shows every one of these days as tentative. Once the date is set, write only that day.`,
    fr: (p) =>
      `La date ${q('fr', p.text)} de ${p.where} n’est pas encore décidée : le calendrier affiche chacun de ces jours comme provisoire. Une fois la date fixée, n’écrivez que ce jour-là.`,
  }),
  'unsettled-date': define<{ text: string; where: string; mark: string }>({
    en: (p) =>
      `The date ${q('en', p.text)} of ${p.where} is marked as not settled (${q('en', p.mark)}): the calendar shows it as tentative. Once the date is confirmed, remove ${q('en', p.mark)}.`,
    fr: (p) =>
      `La date ${q('fr', p.text)} de ${p.where} est marquée comme non fixée (${q('fr', p.mark)}) : le calendrier l’affiche comme provisoire. Une fois la date confirmée, retirez ${q('fr', p.mark)}.`,
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
  'event-dates-mismatch': define<{ event: string; text: string; line: number; row: string; rowLine: number }>({
    en: (p) =>
      `The dates given for ${q('en', p.event)} (line ${p.line}: ${q('en', p.text)}) are not the days the plan marks it on: the row on line ${p.rowLine} puts it on ${q('en', p.row)}. Correct the dates, or the row.`,
    fr: (p) =>
      `Les dates données pour ${q('fr', p.event)} (ligne ${p.line} : ${q('fr', p.text)}) ne sont pas les jours où le planning l’indique : la ligne ${p.rowLine} le place le ${q('fr', p.row)}. Corrigez les dates, ou la ligne.`,
  }),
  'event-dates-mismatch-period': define<{ where: string; date: string; text: string; line: number }>({
    en: (p) =>
      `${capital(p.where)} is on ${p.date}, outside the period the page announces for its sessions (line ${p.line}: ${q('en', p.text)}). Correct the date, or the period.`,
    fr: (p) =>
      `${capital(p.where)} a lieu le ${p.date}, en dehors de la période que la page annonce pour ses séances (ligne ${p.line} : ${q('fr', p.text)}). Corrigez la date, ou la période.`,
  }),
  'event-dates-mismatch-restated': define<{ heading: string; text: string; line: number }>({
    en: (p) =>
      `This heading puts the session on ${q('en', p.heading)}, but the line that gives its hours (line ${p.line}) opens with ${q('en', p.text)}: one of the two was copied from another session. Correct the one that is wrong.`,
    fr: (p) =>
      `Ce titre place la séance le ${q('fr', p.heading)}, mais la ligne qui donne ses horaires (ligne ${p.line}) commence par ${q('fr', p.text)} : l’une des deux a été copiée d’une autre séance. Corrigez celle qui est fausse.`,
  }),
  'event-dates-mismatch-detail': define<{ section: string; text: string; item: string; itemLine: number }>({
    en: (p) =>
      `The section ${q('en', p.section)} gives ${q('en', p.text)}, but the programme above lists it on ${q('en', p.item)} (line ${p.itemLine}). Correct the one that is out of date.`,
    fr: (p) =>
      `La section ${q('fr', p.section)} indique ${q('fr', p.text)}, mais le programme plus haut l’annonce ${q('fr', p.item)} (ligne ${p.itemLine}). Corrigez celle qui n’est plus à jour.`,
  }),
  'event-dates-mismatch-page': define<{ event: string; text: string; page: string; pageLine: number }>({
    en: (p) =>
      `The text invites to ${q('en', p.event)} on ${q('en', p.text)}, but the page's front matter gives ${q('en', p.page)} (line ${p.pageLine}). Correct the one that is out of date.`,
    fr: (p) =>
      `Le texte invite à ${q('fr', p.event)} le ${q('fr', p.text)}, mais l’en-tête de la page donne ${q('fr', p.page)} (ligne ${p.pageLine}). Corrigez celui qui n’est plus à jour.`,
  }),
  'event-dates-mismatch-title': define<{ title: string; year: number; date: string }>({
    en: (p) =>
      `The page's title names ${p.year} (${q('en', p.title)}), but its front matter puts the event on ${p.date}: one of the two was left from another year's page. Correct the year of the one that is wrong.`,
    fr: (p) =>
      `Le titre de la page nomme ${p.year} (${q('fr', p.title)}), mais son en-tête place l’événement le ${p.date} : l’un des deux vient de la page d’une autre année. Corrigez l’année de celui qui est faux.`,
  }),
  // --- Dated sub-headings of a detail section (src/rules/sub-heading-outside-session.ts, weekday-mismatch) ---
  'sub-heading-label': define<{ heading: string; section: string }>({
    en: (p) => `the sub-heading ${q('en', p.heading)} of the section ${q('en', p.section)}`,
    fr: (p) => `le sous-titre ${q('fr', p.heading)} de la section ${q('fr', p.section)}`,
  }),
  'section-days': define<{ kind: 'single' | 'range' | 'set' | 'alternatives'; dates: string[] }>({
    en: (p) => (p.kind === 'range' ? `every day from ${p.dates[0]} to ${p.dates.at(-1)}` : listed(p.dates, p.kind === 'alternatives' ? 'or' : 'and')),
    fr: (p) => (p.kind === 'range' ? `tous les jours du ${p.dates[0]} au ${p.dates.at(-1)}` : listed(p.dates, p.kind === 'alternatives' ? 'ou' : 'et')),
  }),
  'sub-heading-outside-session': define<{ text: string; where: string; date: string; sectionText: string; days: string }>({
    en: (p) =>
      `${q('en', p.text)} in ${p.where} is ${p.date}, which is not one of the section's days (${q('en', p.sectionText)}: ${p.days}). Correct the day of the sub-heading, or the section's dates.`,
    fr: (p) =>
      `${q('fr', p.text)} dans ${p.where} tombe le ${p.date}, qui n’est pas un des jours de la section (${q('fr', p.sectionText)} : ${p.days}). Corrigez le jour du sous-titre, ou les dates de la section.`,
  }),
  'related-row': define<{ title: string; line: number }>({
    en: (p) => (p.title ? `the table row ${q('en', p.title)} (line ${p.line})` : `the table row on line ${p.line}`),
    fr: (p) => (p.title ? `la ligne du tableau ${q('fr', p.title)} (ligne ${p.line})` : `la ligne du tableau, ligne ${p.line}`),
  }),
  'related-section': define<{ heading: string; line: number }>({
    en: (p) => `the section ${q('en', p.heading)} (line ${p.line})`,
    fr: (p) => `la section ${q('fr', p.heading)} (ligne ${p.line})`,
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
  'table-delimiter-width': define<{ line: number; cells: number; header: number; fix: string }>({
    en: (p) =>
      `The line under the header of the table on line ${p.line} has ${p.cells} cells but the header has ${p.header}, so GitHub shows this table as plain text (programme-sync still reads it). Write that line with one "---" per column: ${p.fix}.`,
    fr: (p) =>
      `La ligne sous l’en-tête du tableau de la ligne ${p.line} a ${p.cells} cellules mais l’en-tête en a ${p.header} : GitHub affiche donc ce tableau comme du texte (programme-sync le lit quand même). Écrivez cette ligne avec un « --- » par colonne : ${p.fix}.`,
  }),
  'table-header-width': define<{ line: number; cells: number; header: number; fix: string }>({
    en: (p) =>
      `The header of the table on line ${p.line} has ${p.header} cell but the line under it has ${p.cells}, so GitHub shows this table as plain text (programme-sync still reads it). Give the header one cell per column: ${p.fix}.`,
    fr: (p) =>
      `L’en-tête du tableau de la ligne ${p.line} a ${p.header} cellule mais la ligne sous lui en a ${p.cells} : GitHub affiche donc ce tableau comme du texte (programme-sync le lit quand même). Donnez à l’en-tête une cellule par colonne : ${p.fix}.`,
  }),
  'table-delimiter-missing': define<{ line: number; fix: string }>({
    en: (p) =>
      `The table on line ${p.line} has no line under its header, so GitHub shows it as plain text (programme-sync still reads it, as Jekyll's kramdown shows it). Add this line right under the header, one "---" per column: ${p.fix}.`,
    fr: (p) =>
      `Le tableau de la ligne ${p.line} n’a pas de ligne sous son en-tête : GitHub l’affiche donc comme du texte (programme-sync le lit quand même, comme le kramdown de Jekyll l’affiche). Ajoutez cette ligne juste sous l’en-tête, avec un « --- » par colonne : ${p.fix}.`,
  }),
  'row-cell-count-joined': define<{ line: number; text: string }>({
    en: (p) =>
      `Line ${p.line} (${q('en', p.text)}) is written right under the table, with no empty line between, so GitHub shows it as one more row of the table, in its first column. Leave an empty line above it.`,
    fr: (p) =>
      `La ligne ${p.line} (${q('fr', p.text)}) est écrite juste sous le tableau, sans ligne vide entre les deux : GitHub l’affiche donc comme une ligne de plus du tableau, dans sa première colonne. Laissez une ligne vide au-dessus.`,
  }),
  'row-cell-count-missing': define<{ where: string; cells: number; header: number; columns: string }>({
    en: (p) =>
      `${capital(p.where)} has ${p.cells} cells but the header has ${p.header}: nothing is under ${p.columns}. If a cell was left out in the middle, the ones after it have moved one column to the left; add the missing cells (an empty one is "| |") so that each value sits under its column.`,
    fr: (p) =>
      `${capital(p.where)} a ${p.cells} cellules mais l’en-tête en a ${p.header} : rien n’est sous ${p.columns}. Si une cellule manque au milieu, les suivantes ont glissé d’une colonne vers la gauche ; ajoutez les cellules manquantes (une cellule vide s’écrit « | | ») pour que chaque valeur soit sous sa colonne.`,
  }),
  'leading-pipe-row': define<{ where: string; column: string }>({
    en: (p) =>
      `${capital(p.where)} starts with "|" where the header does not: GitHub takes that "|" for the table's edge, so the row's empty first cell is lost and its values show one column to the left (its first value under ${p.column}). programme-sync reads the row as meant; start it with "| |" so that the page shows it so too.`,
    fr: (p) =>
      `${capital(p.where)} commence par « | » alors que l’en-tête non : GitHub prend ce « | » pour le bord du tableau, la première cellule, vide, est donc perdue et les valeurs s’affichent une colonne plus à gauche (la première sous ${p.column}). programme-sync lit la ligne comme voulu ; commencez-la par « | | » pour que la page l’affiche ainsi.`,
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
  'config-unknown-key': define<{ file: string; key: string; settings: readonly string[]; closest?: string | undefined }>({
    en: (p) =>
      `${p.file}: "${p.key}" is not a setting programme-sync knows${p.closest ? `; did you mean "${p.closest}"?` : '.'} The settings are ${listed(p.settings.map((s) => `"${s}"`), 'and')}.`,
    fr: (p) =>
      `${p.file} : « ${p.key} » n’est pas un réglage connu de programme-sync${p.closest ? ` ; vouliez-vous dire « ${p.closest} » ?` : '.'} Les réglages sont ${listed(p.settings.map((s) => `« ${s} »`), 'et')}.`,
  }),
  'config-unknown-rule': define<{ where: string; key: string }>({
    en: (p) => `${p.where}: "${p.key}" is not a rule programme-sync knows. The rules are listed in docs/rules.md.`,
    fr: (p) => `${p.where} : « ${p.key} » n’est pas une règle connue de programme-sync. La liste des règles est dans docs/rules.md.`,
  }),
  'config-bad-severity': define<{ where: string; key: string; value: string }>({
    en: (p) => `${p.where}: the rule "${p.key}" must be set to "error", "warning", "info" or "off", not ${p.value}.`,
    fr: (p) => `${p.where} : la règle « ${p.key} » doit valoir "error", "warning", "info" ou "off", pas ${p.value}.`,
  }),
  'config-bad-value': define<{ file: string; key: 'timezone' | 'year' | 'language' | 'rules' | 'outDir' | 'organizer' | 'sessions' | 'granularity' | 'removalThreshold' | 'split'; value: string }>({
    en: (p) =>
      `${p.file}: "${p.key}" must be ${{ timezone: 'an IANA time zone such as "Europe/Paris"', year: 'a four-digit year such as 2019', language: '"en" or "fr"', rules: 'an object such as {"overlap": "off"}', outDir: 'a folder relative to this file, such as "calendars"', organizer: 'a name and an e-mail address, "Name <email>", such as "Équipe EIG <eig@example.org>"', removalThreshold: 'a whole percentage from 0 to 100, such as 50', sessions: '"auto" (the table when there is one, else the dated headings and lists), "table", "headings" or "lists"', granularity: '"session" (one event per session) or "day" (one event per day)', split: '\"audience\" (one more calendar per audience) or \"none\"' }[p.key]}, not ${p.value}.`,
    fr: (p) =>
      `${p.file} : « ${p.key} » doit être ${{ timezone: 'un fuseau horaire IANA comme "Europe/Paris"', year: 'une année à quatre chiffres comme 2019', language: '"en" ou "fr"', rules: 'un objet comme {"overlap": "off"}', outDir: 'un dossier relatif à ce fichier, comme "calendriers"', organizer: 'un nom et une adresse électronique, "Nom <adresse>", comme "Équipe EIG <eig@example.org>"', removalThreshold: 'un pourcentage entier de 0 à 100, comme 50', sessions: '"auto" (le tableau s’il y en a un, sinon les titres et listes datés), "table", "headings" ou "lists"', granularity: '"session" (un événement par séance) ou "day" (un événement par jour)', split: '\"audience\" (un calendrier de plus par public) ou \"none\"' }[p.key]}, pas ${p.value}.`,
  }),
  'flag-rule-syntax': define<{ value: string }>({
    en: (p) => `--rule must be written RULE=SEVERITY (for example --rule overlap=off), not "${p.value}".`,
    fr: (p) => `--rule s’écrit RÈGLE=GRAVITÉ (par exemple --rule overlap=off), pas « ${p.value} ».`,
  }),
  // --- end of schedule consistency rules ---

  // --- Calendar (issue 4): what the .ics says, and what `build` prints ---
  'calendar-untitled': define<Record<string, never>>({ en: () => 'Session', fr: () => 'Session' }),
  'calendar-day-summary': define<{ title: string; date: string }>({
    en: (p) => `${p.title}, ${p.date}`,
    fr: (p) => `${p.title}, ${p.date}`,
  }),
  'calendar-day-entry': define<{ when: string; summary: string }>({
    en: (p) => `${p.when}: ${p.summary}`,
    fr: (p) => `${p.when} : ${p.summary}`,
  }),
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
  'build-left-out': define<{ path: string; sessions: Array<{ line: number; title: string; rules: string[] }> }>({
    en: (p) =>
      `${p.path}: ${p.sessions.length} ${p.sessions.length === 1 ? 'session is' : 'sessions are'} not in the calendar: ` +
      p.sessions.map((s) => `line ${s.line}${s.title ? ` ${q('en', s.title)}` : ''} (${s.rules.length > 0 ? s.rules.join(', ') : 'no date'})`).join(', ') +
      '. Correct what the messages above say on those lines and run "programme-sync build" again.',
    fr: (p) =>
      `${p.path} : ${p.sessions.length} session${p.sessions.length > 1 ? 's ne sont' : ' n’est'} pas dans le calendrier : ` +
      p.sessions.map((s) => `ligne ${s.line}${s.title ? ` ${q('fr', s.title)}` : ''} (${s.rules.length > 0 ? s.rules.join(', ') : 'sans date'})`).join(', ') +
      '. Corrigez ce que disent les messages ci-dessus sur ces lignes et relancez « programme-sync build ».',
  }),
  'build-stale-language': define<{ path: string; built: Language; asked: Language }>({
    en: (p) =>
      `${p.path} was built in ${p.built === 'fr' ? 'French' : 'English'}; this check asked for ${p.asked === 'fr' ? 'French' : 'English'}: pass --lang ${p.built} or set "language": "${p.built}" in .programme-sync.json.`,
    fr: (p) =>
      `${p.path} a été construit en ${p.built === 'fr' ? 'français' : 'anglais'} ; cette vérification le demande en ${p.asked === 'fr' ? 'français' : 'anglais'} : passez --lang ${p.built} ou mettez "language": "${p.built}" dans .programme-sync.json.`,
  }),
  'build-all-fresh': define<{ files: number }>({
    en: (p) => `${p.files} ${p.files === 1 ? 'file is' : 'files are'} up to date`,
    fr: (p) => `${p.files} fichier${p.files > 1 ? 's sont' : ' est'} à jour`,
  }),

  // --- Faults (issue 7): file-system problems while reading or writing, and what build did about them ---
  'io-reason': define<{ code: string | undefined; detail: string }>({
    en: (p) =>
      ({
        ENOENT: 'no such file or folder',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EISDIR: 'it is a folder, not a file',
        ENOSPC: 'no space left on the disk',
        EDQUOT: 'no space left on the disk (quota reached)',
        EROFS: 'the file system is read-only',
        ENOTDIR: 'a part of the path is a file, not a folder',
      })[p.code ?? ''] ?? p.detail,
    fr: (p) =>
      ({
        ENOENT: 'fichier ou dossier introuvable',
        EACCES: 'permission refusée',
        EPERM: 'permission refusée',
        EISDIR: 'c’est un dossier, pas un fichier',
        ENOSPC: 'plus de place sur le disque',
        EDQUOT: 'plus de place sur le disque (quota atteint)',
        EROFS: 'le système de fichiers est en lecture seule',
        ENOTDIR: 'une partie du chemin est un fichier, pas un dossier',
      })[p.code ?? ''] ?? p.detail,
  }),
  'build-cannot-write': define<{ path: string; reason: string; written: string[]; notWritten: string[] }>({
    en: (p) =>
      `cannot write ${p.path}: ${p.reason}. ` +
      (p.written.length === 0
        ? 'Nothing was written: every file is as it was.'
        : `Written: ${p.written.join(', ')}. Not written, left as they were: ${p.notWritten.join(', ')}. Fix the problem and run "programme-sync build" again.`),
    fr: (p) =>
      `impossible d’écrire ${p.path} : ${p.reason}. ` +
      (p.written.length === 0
        ? 'Rien n’a été écrit : chaque fichier est resté tel quel.'
        : `Écrits : ${p.written.join(', ')}. Pas écrits, restés tels quels : ${p.notWritten.join(', ')}. Corrigez le problème et relancez « programme-sync build ».`),
  }),
  'build-removed-temporary': define<{ path: string }>({
    en: (p) => `removed ${p.path}, a temporary file left by an interrupted build`,
    fr: (p) => `supprimé ${p.path}, un fichier temporaire laissé par une construction interrompue`,
  }),
  // --- Last known good (issue 15): what a build keeps or refuses so that a typo never empties a feed ---
  'calendar-kept': define<{ dates: string; what: 'date' | 'hours' }>({
    en: (p) => `The calendar keeps this session as it was (${p.dates}) until the ${p.what === 'date' ? 'date is' : 'hours are'} corrected.`,
    fr: (p) => `Le calendrier garde cette session telle qu’elle était (${p.dates}) jusqu’à ce que ${p.what === 'date' ? 'la date soit corrigée' : 'les horaires soient corrigés'}.`,
  }),
  'calendar-kept-hours-missing': define<{ dates: string }>({
    en: (p) =>
      `Its hours cell is empty: the calendar keeps this session as it was (${p.dates}) until hours are written. For a whole-day session, write "Journée" in the cell.`,
    fr: (p) =>
      `Sa cellule d’horaires est vide : le calendrier garde cette session telle qu’elle était (${p.dates}) jusqu’à ce que des horaires soient écrits. Pour une session sur toute la journée, écrivez « Journée » dans la cellule.`,
  }),
  'calendar-kept-when': define<{ date: string; time?: string }>({
    en: (p) => (p.time ? `${p.date}, ${p.time}` : p.date),
    fr: (p) => (p.time ? `${p.date}, ${p.time}` : p.date),
  }),
  'build-unreadable-kept': define<{ path: string; calendar: string; events: number; reason: 'binary' | 'encoding' | 'conflict' | 'nesting' | 'no-schedule' | 'undated' }>({
    en: (p) =>
      `${p.path} cannot be read as a programme any more (${
        {
          binary: 'it is not text',
          encoding: 'it is not valid UTF-8',
          conflict: 'it holds merge-conflict markers',
          nesting: 'it nests its markup too deeply',
          'no-schedule': 'no session is found in it',
          undated: 'none of its sessions has a date that can be read',
        }[p.reason]
      }), so its calendar ${p.calendar} is left as it was, with its ${p.events} events. Correct the file (the problems above say where); to empty the calendar on purpose, run "programme-sync build --allow-removals" (in the GitHub Action, add the line "programme-sync: allow-removals" to the commit message).`,
    fr: (p) =>
      `${p.path} ne peut plus être lu comme un programme (${
        {
          binary: 'ce n’est pas du texte',
          encoding: 'il n’est pas en UTF-8 valide',
          conflict: 'il contient des marqueurs de conflit de fusion',
          nesting: 'sa mise en forme est imbriquée trop profondément',
          'no-schedule': 'aucune session n’y est trouvée',
          undated: 'aucune de ses sessions n’a une date lisible',
        }[p.reason]
      }) : son calendrier ${p.calendar} est laissé tel quel, avec ses ${p.events} événements. Corrigez le fichier (les problèmes ci-dessus disent où) ; pour vider le calendrier volontairement, lancez « programme-sync build --allow-removals » (dans l’Action GitHub, ajoutez la ligne « programme-sync: allow-removals » au message du commit).`,
  }),
  'build-removals-refused': define<{ path: string; calendar: string; removed: string[]; count: number; total: number; threshold: number }>({
    en: (p) =>
      `${p.calendar} would lose ${p.count} of its ${p.total} events at once: ${p.removed.join('; ')}${p.count > p.removed.length ? `; and ${p.count - p.removed.length} more` : ''}. Removing more than ${p.threshold}% of a calendar is almost always an accident (a table cut short, a bad paste), so nothing was written for ${p.path}. If the sessions really are gone, run "programme-sync build --allow-removals" (in the GitHub Action, add the line "programme-sync: allow-removals" to the commit message); for the yearly rollover, run "programme-sync archive ${p.path} --year YYYY" first.`,
    fr: (p) =>
      `${p.calendar} perdrait ${p.count} de ses ${p.total} événements d’un coup : ${p.removed.join(' ; ')}${p.count > p.removed.length ? ` ; et ${p.count - p.removed.length} autres` : ''}. Retirer plus de ${p.threshold} % d’un calendrier est presque toujours un accident (un tableau coupé, un mauvais collage) : rien n’a été écrit pour ${p.path}. Si ces sessions sont vraiment supprimées, lancez « programme-sync build --allow-removals » (dans l’Action GitHub, ajoutez la ligne « programme-sync: allow-removals » au message du commit) ; pour le passage à l’année suivante, lancez d’abord « programme-sync archive ${p.path} --year AAAA ».`,
  }),
  'summary-kept': define<{ line: number; title: string; when: string }>({
    en: (p) => `${String(p.line).padStart(4)}  kept as it was: ${p.when}  ${p.title}`,
    fr: (p) => `${String(p.line).padStart(4)}  gardée telle quelle : ${p.when}  ${p.title}`,
  }),
  'archive-cannot-write': define<{ path: string; reason: string }>({
    en: (p) => `cannot write ${p.path}: ${p.reason}. Nothing was archived: every file is as it was.`,
    fr: (p) => `impossible d’écrire ${p.path} : ${p.reason}. Rien n’a été archivé : chaque fichier est resté tel quel.`,
  }),
  'action-cannot-write': define<{ path: string; reason: string; written: string[] }>({
    en: (p) =>
      `cannot write ${p.path}: ${p.reason}. ` +
      (p.written.length === 0 ? 'None of the files to generate was written.' : `Of the files to generate, only ${p.written.join(', ')} ${p.written.length === 1 ? 'was' : 'were'} written.`),
    fr: (p) =>
      `impossible d’écrire ${p.path} : ${p.reason}. ` +
      (p.written.length === 0 ? 'Aucun des fichiers à générer n’a été écrit.' : `Des fichiers à générer, seul${p.written.length === 1 ? '' : 's'} ${p.written.join(', ')} ${p.written.length === 1 ? 'a' : 'ont'} été écrit${p.written.length === 1 ? '' : 's'}.`),
  }),
  'range-too-long': define<{ text: string; where: string; days: number }>({
    en: (p) =>
      `The dates ${q('en', p.text)} of ${p.where} span ${p.days} days, more than a year: a year is probably mistyped. Correct it ("11 au 15 février 2019"); the session is left out of the calendar until then.`,
    fr: (p) =>
      `Les dates ${q('fr', p.text)} de ${p.where} couvrent ${p.days} jours, plus d’un an : une année est sans doute mal tapée. Corrigez-la (« 11 au 15 février 2019 ») ; la session reste hors du calendrier d’ici là.`,
  }),
  'cannot-read': define<{ path: string; reason: string }>({
    en: (p) => `cannot read ${p.path}: ${p.reason}`,
    fr: (p) => `impossible de lire ${p.path} : ${p.reason}`,
  }),
  // --- end of faults ---

  // --- The command line's own words: options, usage, what each command did ---
  'option-bad-value': define<{ option: OptionName; value?: string }>({
    en: (p) => `--${p.option === 'archive-year' ? 'year' : p.option} must be ${optionExpectations.en[p.option]}${p.value === undefined ? '' : `, not "${p.value}"`}`,
    fr: (p) => `--${p.option === 'archive-year' ? 'year' : p.option} doit être ${optionExpectations.fr[p.option]}${p.value === undefined ? '' : `, pas « ${p.value} »`}`,
  }),
  'option-unknown': define<{ option: string; command: string }>({
    en: (p) => `unknown option ${p.option}; run "programme-sync ${p.command} --help" for the options`,
    fr: (p) => `option inconnue ${p.option} ; lancez « programme-sync ${p.command} --help » pour la liste des options`,
  }),
  'option-needs-value': define<{ option: string }>({
    en: (p) => `the option ${p.option} needs a value`,
    fr: (p) => `l’option ${p.option} demande une valeur`,
  }),
  'command-unknown': define<{ name: string }>({
    en: (p) => `unknown command "${p.name}"; run "programme-sync --help" for the list`,
    fr: (p) => `commande inconnue « ${p.name} » ; lancez « programme-sync --help » pour la liste`,
  }),
  'archive-one-file': define<Record<string, never>>({
    en: () => 'archive takes exactly one programme file, e.g. "programme-sync archive accompagnement.md --year 2025-2026"',
    fr: () => 'archive prend exactement un fichier de programme, par exemple « programme-sync archive accompagnement.md --year 2025-2026 »',
  }),


  // --- Links and archives (src/links, src/commands/archive.ts) ---
  'link-target-missing': define<{ target: string; path: string; suggestion?: string }>({
    en: (p) =>
      `The link ${q('en', p.target)} points to ${q('en', p.path)}, which does not exist in the repository.` +
      (p.suggestion ? ` The closest existing file is ${q('en', p.suggestion)}: write that, or restore the file.` : ' Correct the link or restore the file.'),
    fr: (p) =>
      `Le lien ${q('fr', p.target)} mène à ${q('fr', p.path)}, qui n’existe pas dans le dépôt.` +
      (p.suggestion ? ` Le fichier existant le plus proche est ${q('fr', p.suggestion)} : écrivez-le, ou rétablissez le fichier.` : ' Corrigez le lien ou rétablissez le fichier.'),
  }),
  'link-anchor-missing': define<{ target: string; anchor: string; file: string; suggestion?: string }>({
    en: (p) =>
      `The link ${q('en', p.target)} points to the heading #${p.anchor} of ${q('en', p.file)}, which has no such heading.` +
      (p.suggestion ? ` The closest heading link is #${p.suggestion}.` : '') +
      ' Correct the part after # (a heading link is the heading in lower case, spaces as dashes, punctuation removed).',
    fr: (p) =>
      `Le lien ${q('fr', p.target)} mène au titre #${p.anchor} de ${q('fr', p.file)}, qui n’a pas ce titre.` +
      (p.suggestion ? ` Le lien de titre le plus proche est #${p.suggestion}.` : '') +
      ' Corrigez la partie après # (le lien d’un titre est le titre en minuscules, espaces changés en tirets, ponctuation retirée).',
  }),
  'link-own-url-missing': define<{ url: string; repository: string; suggestion?: string }>({
    en: (p) =>
      `The link ${q('en', p.url)} points to a file of this repository (${p.repository}) that does not exist in the last commit.` +
      (p.suggestion ? ` The closest existing file is ${q('en', p.suggestion)}.` : '') +
      ' Correct the path in the URL, or better, write a relative link (it keeps working in forks and branches).',
    fr: (p) =>
      `Le lien ${q('fr', p.url)} mène à un fichier de ce dépôt (${p.repository}) qui n’existe pas dans le dernier commit.` +
      (p.suggestion ? ` Le fichier existant le plus proche est ${q('fr', p.suggestion)}.` : '') +
      ' Corrigez le chemin de l’URL, ou mieux, écrivez un lien relatif (il reste valable dans les copies et les branches).',
  }),
  'link-outside-repository': define<{ target: string }>({
    en: (p) =>
      `The link ${q('en', p.target)} leaves the repository (too many "../"): readers on GitHub cannot follow it. Point it at a file of the repository, or use a full https:// address.`,
    fr: (p) =>
      `Le lien ${q('fr', p.target)} sort du dépôt (trop de « ../ ») : les lecteurs sur GitHub ne peuvent pas le suivre. Faites-le pointer vers un fichier du dépôt, ou utilisez une adresse https:// complète.`,
  }),
  'link-through-outside-symlink': define<{ target: string; link: string }>({
    en: (p) =>
      `The link ${q('en', p.target)} goes through ${q('en', p.link)}, a symbolic link that leads outside the repository; it was not followed. Link to the file inside the repository instead.`,
    fr: (p) =>
      `Le lien ${q('fr', p.target)} passe par ${q('fr', p.link)}, un lien symbolique qui sort du dépôt ; il n’a pas été suivi. Faites plutôt un lien vers le fichier dans le dépôt.`,
  }),
  'archive-not-linked': define<{ path: string; link: string }>({
    en: (p) =>
      `The archived programme ${q('en', p.path)} is linked from nowhere in this programme. Add a link to ${q('en', p.link)}, or add the archives markers and run "programme-sync build".`,
    fr: (p) =>
      `Le programme archivé ${q('fr', p.path)} n’est lié nulle part dans ce programme. Ajoutez un lien vers ${q('fr', p.link)}, ou ajoutez les marqueurs des archives et lancez « programme-sync build ».`,
  }),
  'managed-block-missing': define<{ kind: 'archives' | 'calendar'; opening: string; closing: string }>({
    en: (p) =>
      `No ${p.kind === 'archives' ? 'list of archived programmes' : 'calendar subscription links'} managed by programme-sync here. To have "programme-sync build" keep ${p.kind === 'archives' ? 'it' : 'them'} up to date, paste these two lines, one under the other, where ${p.kind === 'archives' ? 'it' : 'they'} should appear: ${p.opening} ${p.closing}`,
    fr: (p) =>
      `Pas de ${p.kind === 'archives' ? 'liste des programmes archivés tenue' : 'liens d’abonnement au calendrier tenus'} à jour par programme-sync ici. Pour que « programme-sync build » ${p.kind === 'archives' ? 'la' : 'les'} tienne à jour, collez ces deux lignes, l’une sous l’autre, là où ${p.kind === 'archives' ? 'elle doit' : 'ils doivent'} apparaître : ${p.opening} ${p.closing}`,
  }),
  'managed-block-stale': define<{ kind: 'archives' | 'calendar' }>({
    en: (p) =>
      `The ${p.kind === 'archives' ? 'list of archived programmes' : 'calendar links'} between the programme-sync markers ${p.kind === 'archives' ? 'is' : 'are'} out of date. Run "programme-sync build" to refresh ${p.kind === 'archives' ? 'it' : 'them'} (do not edit between the markers: build rewrites that text).`,
    fr: (p) =>
      `${p.kind === 'archives' ? 'La liste des programmes archivés' : 'Les liens du calendrier'} entre les marqueurs programme-sync ${p.kind === 'archives' ? 'n’est plus à jour' : 'ne sont plus à jour'}. Lancez « programme-sync build » pour rafraîchir (ne modifiez pas le texte entre les marqueurs : build le réécrit).`,
  }),
  'managed-block-unpaired': define<{ marker: string; missing: string }>({
    en: (p) => `The marker ${q('en', p.marker)} has no partner: nothing is written here until the line ${q('en', p.missing)} is added (or this one removed).`,
    fr: (p) => `Le marqueur ${q('fr', p.marker)} n’a pas de partenaire : rien n’est écrit ici tant que la ligne ${q('fr', p.missing)} n’est pas ajoutée (ou celle-ci retirée).`,
  }),
  'managed-block-holds-marker': define<{ marker: string; strayLine: number }>({
    en: (p) => `The block opened by ${q('en', p.marker)} holds another block's marker on line ${p.strayLine}: nothing is written in this block until that marker is moved out of it or removed.`,
    fr: (p) => `Le bloc ouvert par ${q('fr', p.marker)} contient le marqueur d’un autre bloc, ligne ${p.strayLine} : rien n’est écrit dans ce bloc tant que ce marqueur n’en est pas sorti ou retiré.`,
  }),
  'calendar-link-no-repository': define<Record<string, never>>({
    en: () =>
      'The calendar links cannot be written: the GitHub repository is unknown. Pass --repo OWNER/REPO (or --calendar-base-url), or set the git remote "origin" to the GitHub repository.',
    fr: () =>
      'Les liens du calendrier ne peuvent pas être écrits : le dépôt GitHub est inconnu. Passez --repo PROPRIÉTAIRE/DÉPÔT (ou --calendar-base-url), ou faites pointer le remote git « origin » vers le dépôt GitHub.',
  }),
  'archives-block-item': define<{ year?: number | string; name: string }>({
    en: (p) => (p.year === undefined ? p.name : `${p.year} programme`),
    fr: (p) => (p.year === undefined ? p.name : `Programme ${p.year}`),
  }),
  'archives-block-empty': define<Record<string, never>>({
    en: () => 'No programme from a previous year yet.',
    fr: () => 'Pas encore de programme d’une année précédente.',
  }),
  'calendar-block-subscribe': define<Record<string, never>>({
    en: () => 'Subscribe in a calendar app (updates follow):',
    fr: () => 'S’abonner dans un agenda (les mises à jour suivent) :',
  }),
  'calendar-block-audience': define<{ audience: string }>({
    en: (p) => `Only the sessions for ${p.audience}, to subscribe:`,
    fr: (p) => `Seulement les sessions pour ${p.audience}, pour s’abonner :`,
  }),
  'calendar-block-download': define<Record<string, never>>({
    en: () => 'Add by URL or download the .ics file:',
    fr: () => 'Ajouter par URL ou télécharger le fichier .ics :',
  }),
  'archive-target-exists': define<{ path: string }>({
    en: (p) => `${p.path} exists already: this year is archived. Remove it first if you mean to archive again.`,
    fr: (p) => `${p.path} existe déjà : cette année est déjà archivée. Supprimez-le d’abord pour archiver à nouveau.`,
  }),
  'archive-outside-repository': define<{ path: string }>({
    en: (p) => `${p.path} is not inside the repository (or is reached through a symbolic link that leaves it): nothing was archived.`,
    fr: (p) => `${p.path} n’est pas dans le dépôt (ou passe par un lien symbolique qui en sort) : rien n’a été archivé.`,
  }),
  'archive-copied': define<{ from: string; to: string; links: number }>({
    en: (p) => `Copied ${p.from} to ${p.to} (${p.links} relative ${p.links === 1 ? 'link' : 'links'} adjusted to the new folder).`,
    fr: (p) => `${p.from} copié vers ${p.to} (${p.links} lien${p.links > 1 ? 's' : ''} relatif${p.links > 1 ? 's' : ''} adapté${p.links > 1 ? 's' : ''} au nouveau dossier).`,
  }),
  'archive-link-kept': define<{ target: string; line: number }>({
    en: (p) => `The link ${q('en', p.target)} on line ${p.line} of the copy is written in a way the tool does not rewrite; check it by hand.`,
    fr: (p) => `Le lien ${q('fr', p.target)} ligne ${p.line} de la copie est écrit d’une façon que l’outil ne réécrit pas ; vérifiez-le à la main.`,
  }),
  'archive-block-updated': define<{ path: string }>({
    en: (p) => `Added the archive to the list of archived programmes in ${p.path}.`,
    fr: (p) => `Archive ajoutée à la liste des programmes archivés de ${p.path}.`,
  }),
  'archive-block-absent': define<{ path: string; opening: string; closing: string }>({
    en: (p) =>
      `${p.path} has no list of archived programmes managed by programme-sync, so it was not changed; to have one, paste these two lines, one under the other, into it and run "programme-sync build": ${p.opening} ${p.closing}`,
    fr: (p) =>
      `${p.path} n’a pas de liste des programmes archivés tenue par programme-sync, il n’a donc pas été modifié ; pour en avoir une, collez-y ces deux lignes, l’une sous l’autre, et lancez « programme-sync build » : ${p.opening} ${p.closing}`,
  }),
  // --- end of links and archives ---
  // --- The GitHub Action: inputs, pushing, annotations, job summary ---
  'input-invalid': define<{ name: string; value: string; expected: string }>({
    en: (p) => `The input "${p.name}" is "${p.value}"; it must be ${p.expected}. Correct it in the workflow's "with:" block.`,
    fr: (p) => `L’entrée « ${p.name} » vaut « ${p.value} » ; elle doit être ${p.expected}. Corrigez-la dans le bloc « with: » du workflow.`,
  }),
  'input-expect-one-of': define<{ values: string[] }>({
    en: (p) => `one of ${p.values.map((v) => `"${v}"`).join(', ')}`,
    fr: (p) => `l’une des valeurs ${p.values.map((v) => `« ${v} »`).join(', ')}`,
  }),
  'input-expect-year': define<Record<string, never>>({ en: () => 'a four-digit year such as 2027, or empty', fr: () => 'une année à quatre chiffres comme 2027, ou vide' }),
  'input-expect-timezone': define<Record<string, never>>({
    en: () => 'an IANA time zone such as "Europe/Paris"',
    fr: () => 'un fuseau horaire IANA comme « Europe/Paris »',
  }),
  'input-expect-percentage': define<Record<string, never>>({
    en: () => 'a whole percentage from 0 to 100, such as 50',
    fr: () => 'un pourcentage entier de 0 à 100, comme 50',
  }),
  'input-expect-organizer': define<Record<string, never>>({
    en: () => 'a name and an e-mail address, "Name <email>", such as "Équipe EIG <eig@example.org>", or empty',
    fr: () => 'un nom et une adresse électronique, « Nom <adresse> », comme « Équipe EIG <eig@example.org> », ou vide',
  }),
  'input-expect-not-empty': define<Record<string, never>>({ en: () => 'a non-empty text', fr: () => 'un texte non vide' }),
  'input-expect-inside-workspace': define<{ workspace: string }>({
    en: (p) => `a path inside the repository (${p.workspace}); "..", absolute paths elsewhere and "~" are refused`,
    fr: (p) => `un chemin dans le dépôt (${p.workspace}) ; « .. », les chemins absolus ailleurs et « ~ » sont refusés`,
  }),
  'input-matches-nothing': define<{ name: string; pattern: string }>({
    en: (p) => `The input "${p.name}" lists "${p.pattern}", which matches no file of the repository. Check the path (it is relative to the repository root) or remove the line.`,
    fr: (p) => `L’entrée « ${p.name} » contient « ${p.pattern} », qui ne correspond à aucun fichier du dépôt. Vérifiez le chemin (relatif à la racine du dépôt) ou supprimez la ligne.`,
  }),
  'action-pull-request-target': define<Record<string, never>>({
    en: () =>
      'This workflow runs on "pull_request_target": it has the base repository\'s token and secrets while reading files from a pull request that anyone may have opened. programme-sync only reads the pull request\'s programme, but prefer "pull_request", which needs no write permission.',
    fr: () =>
      'Ce workflow s’exécute sur « pull_request_target » : il dispose du jeton et des secrets du dépôt de base tout en lisant des fichiers d’une pull request que n’importe qui peut avoir ouverte. programme-sync ne fait que lire le programme de la pull request, mais préférez « pull_request », qui n’a besoin d’aucun droit d’écriture.',
  }),
  'action-not-a-branch': define<{ ref: string }>({
    en: (p) => `${p.ref} is not a branch (a tag or a detached commit): the refreshed files are written but nothing is committed or pushed.`,
    fr: (p) => `${p.ref} n’est pas une branche (une étiquette ou un commit détaché) : les fichiers rafraîchis sont écrits mais rien n’est commité ni poussé.`,
  }),
  'action-committed': define<{ sha: string; branch: string; files: string[] }>({
    en: (p) => `Pushed ${p.sha.slice(0, 7)} to ${p.branch}, refreshing ${p.files.join(', ')}.`,
    fr: (p) => `${p.sha.slice(0, 7)} poussé sur ${p.branch}, qui rafraîchit ${p.files.join(', ')}.`,
  }),
  'action-nothing-to-commit': define<Record<string, never>>({
    en: () => 'The generated files are already up to date: nothing to commit.',
    fr: () => 'Les fichiers générés sont déjà à jour : rien à commiter.',
  }),
  'action-push-denied': define<{ branch: string; sha: string; detail: string }>({
    en: (p) =>
      `GitHub refused the push to "${p.branch}" (${p.detail}). Nothing is lost: the branch is unchanged and the refreshed files stay committed as ${p.sha.slice(0, 7)} in this job's clone. To let programme-sync push, give the job "permissions: contents: write" (or pass a token with that right as "token"), and if the branch is protected by a rule or ruleset, let GitHub Actions bypass it. Otherwise set "commit: false".`,
    fr: (p) =>
      `GitHub a refusé la poussée sur « ${p.branch} » (${p.detail}). Rien n’est perdu : la branche est inchangée et les fichiers rafraîchis restent commités en ${p.sha.slice(0, 7)} dans le clone de ce job. Pour que programme-sync puisse pousser, donnez au job « permissions: contents: write » (ou passez en « token » un jeton qui a ce droit), et si la branche est protégée par une règle ou un ensemble de règles, autorisez GitHub Actions à la contourner. Sinon, mettez « commit: false ».`,
  }),
  'action-push-gave-up': define<{ branch: string; attempts: number }>({
    en: (p) =>
      `The branch "${p.branch}" moved during each of ${p.attempts} attempts to push the refreshed files; nothing was pushed and every other commit is kept. Run the workflow again, and give it a "concurrency" group so that runs do not overlap.`,
    fr: (p) =>
      `La branche « ${p.branch} » a bougé pendant chacune des ${p.attempts} tentatives de pousser les fichiers rafraîchis ; rien n’a été poussé et tous les autres commits sont conservés. Relancez le workflow, et donnez-lui un groupe « concurrency » pour que les exécutions ne se chevauchent pas.`,
  }),
  'action-annotations-hidden': define<{ errors: number; warnings: number; notices: number }>({
    en: (p) =>
      `GitHub shows only 10 errors and 10 warnings per step: ${p.errors} more errors, ${p.warnings} more warnings and ${p.notices} more notes are not annotated. The job summary and this step's log list every one.`,
    fr: (p) =>
      `GitHub n’affiche que 10 erreurs et 10 avertissements par étape : ${p.errors} erreurs, ${p.warnings} avertissements et ${p.notices} remarques de plus ne sont pas annotés. Le résumé du job et le journal de cette étape les listent tous.`,
  }),
  'action-failed': define<{ errors: number; warnings: number; failOn: string }>({
    en: (p) => `The programmes have ${p.errors} errors and ${p.warnings} warnings (fail-on: ${p.failOn}). Each is annotated on its line and listed in the job summary.`,
    fr: (p) => `Les programmes ont ${p.errors} erreurs et ${p.warnings} avertissements (fail-on : ${p.failOn}). Chacun est annoté sur sa ligne et listé dans le résumé du job.`,
  }),
  'action-base-unavailable': define<{ sha: string }>({
    en: (p) => `The base commit ${p.sha.slice(0, 7)} could not be fetched: the changes for subscribers are not shown.`,
    fr: (p) => `Le commit de base ${p.sha.slice(0, 7)} n’a pas pu être récupéré : les changements pour les abonnés ne sont pas affichés.`,
  }),
  'job-summary-title': define<Record<string, never>>({ en: () => 'programme-sync', fr: () => 'programme-sync' }),
  'job-summary-problems': define<Record<string, never>>({ en: () => 'Problems', fr: () => 'Problèmes' }),
  'job-summary-no-problem': define<Record<string, never>>({ en: () => 'No problem found.', fr: () => 'Aucun problème trouvé.' }),
  'job-summary-sessions': define<{ path: string }>({ en: (p) => `Sessions of ${p.path}`, fr: (p) => `Sessions de ${p.path}` }),
  'job-summary-changes': define<{ path: string }>({
    en: (p) => `What changes for subscribers to ${p.path}`,
    fr: (p) => `Ce qui change pour les abonnés de ${p.path}`,
  }),
  'job-summary-kept': define<{ path: string }>({
    en: (p) => `What the calendar of ${p.path} keeps as it was`,
    fr: (p) => `Ce que le calendrier de ${p.path} garde tel quel`,
  }),
  'job-summary-no-change': define<Record<string, never>>({
    en: () => 'No session is added, moved, cancelled or removed.',
    fr: () => 'Aucune session n’est ajoutée, déplacée, annulée ou supprimée.',
  }),
  'job-summary-column': define<{ column: 'file' | 'line' | 'severity' | 'message' | 'rule' | 'dates' | 'hours' | 'title' | 'place' | 'status' | 'change' | 'before' | 'after' }>({
    en: (p) =>
      ({ file: 'File', line: 'Line', severity: 'Severity', message: 'Message', rule: 'Rule', dates: 'Dates', hours: 'Hours', title: 'Session', place: 'Place', status: 'Status', change: 'Change', before: 'Before', after: 'After' })[p.column],
    fr: (p) =>
      ({ file: 'Fichier', line: 'Ligne', severity: 'Gravité', message: 'Message', rule: 'Règle', dates: 'Dates', hours: 'Horaires', title: 'Session', place: 'Lieu', status: 'Statut', change: 'Changement', before: 'Avant', after: 'Après' })[p.column],
  }),
  'job-summary-severity': define<{ severity: 'error' | 'warning' | 'info' }>({
    en: (p) => ({ error: 'error', warning: 'warning', info: 'note' })[p.severity],
    fr: (p) => ({ error: 'erreur', warning: 'avertissement', info: 'remarque' })[p.severity],
  }),
  'job-summary-change': define<{ kind: 'added' | 'moved' | 'cancelled' | 'removed' | 'kept' }>({
    en: (p) => ({ added: 'added', moved: 'moved', cancelled: 'cancelled', removed: 'removed', kept: 'kept as it was (cannot be read)' })[p.kind],
    fr: (p) => ({ added: 'ajoutée', moved: 'déplacée', cancelled: 'annulée', removed: 'supprimée', kept: 'gardée telle quelle (illisible)' })[p.kind],
  }),
  'job-summary-status': define<{ status: 'confirmed' | 'cancelled' | 'tentative' }>({
    en: (p) => ({ confirmed: 'confirmed', cancelled: 'cancelled', tentative: 'not settled' })[p.status],
    fr: (p) => ({ confirmed: 'confirmée', cancelled: 'annulée', tentative: 'à confirmer' })[p.status],
  }),
  'job-summary-artifacts': define<{ dir: string }>({
    en: (p) => `The calendars, this summary and the JSON report are in ${p.dir} (upload it with actions/upload-artifact to download them).`,
    fr: (p) => `Les calendriers, ce résumé et le rapport JSON sont dans ${p.dir} (publiez-le avec actions/upload-artifact pour les télécharger).`,
  }),
  // --- end of the GitHub Action block ---
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
