/*
 * The same schedule written with other typography: functions that rewrite the date and
 * hour expressions of a document one way each (`14h00` → `14:00`, `février` → `févr.`,
 * `1er` → `1ᵉʳ`, `12 mars 2024` → `12/03/2024` ...), the way another French coordinator
 * would have typed the same programme. Each keeps the document's meaning and its lines
 * (no line is added or removed), so a careful reader reads the same days and hours in it;
 * tests/real/typography-variants.test.ts checks that the engine does too.
 */

/** One way of typing dates or hours: rewrites a whole document, or returns it unchanged. */
export interface Variant {
  name: string;
  /** What a writer types, for the test's title and the skip list. */
  example: string;
  rewrite: (text: string) => string;
}

// --- dates -----------------------------------------------------------------------------

const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const MONTH = '(?:janvier|f\u00e9vrier|fevrier|mars|avril|mai|juin|juillet|ao\u00fbt|aout|septembre|octobre|novembre|d\u00e9cembre|decembre)';
// `mardi 12 mars 2024`, `1er avril`, `12 Mars`: a day written with its month's name (the
// weekday and year when written), never inside a longer word or number.
// Spaces within a line only: a date is never rewritten across two lines.
const DATE = new RegExp(`(?<![\\p{L}\\d])(?:(${WEEKDAY})([ \\t]+))?(1er|\\d{1,2})([ \\t]+)(${MONTH})(?:([ \\t]+)(\\d{4}))?(?![\\p{L}\\d])`, 'giu');

interface DateParts {
  weekday: string | undefined;
  day: string;
  month: string;
  year: string | undefined;
  /** The text before the date on its line. */
  before: string;
  /** The text after the date on its line. */
  after: string;
}

const fold = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const monthNumber = (month: string) => MONTHS.indexOf(fold(month)) + 1;

/** Rewrites each date of the text (`undefined` leaves it as written). */
function eachDate(text: string, rewrite: (date: string, parts: DateParts) => string | undefined): string {
  return text.replace(DATE, (date: string, weekday: string | undefined, _s1, day: string, _s2, month: string, _s3, year: string | undefined, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = text.indexOf('\n', offset + date.length);
    const before = text.slice(lineStart, offset);
    const after = text.slice(offset + date.length, lineEnd === -1 ? text.length : lineEnd);
    return rewrite(date, { weekday, day, month, year, before, after }) ?? date;
  });
}

// `12 et 13 mars`, `du 12 au 14 mars`, `5, 6 et 7 juin`, `12-13 mars`: the date is the end
// of a list or range of days sharing its month; written with numbers it would lose them.
const SHARES_ITS_MONTH = /\d(?:er)?\s*(?:et|au|\u00e0|&|,|-|\u2013|\u2014|\/)\s*$/iu;
// Inside a link target or a code span, a rewrite could change a URL or code.
const IN_CODE_OR_URL = /`[^`]*$|\]\([^)]*$|https?:\/\/\S*$/u;

/** Rewrites the month's name of each date. */
const monthVariant = (name: string, example: string, month: (month: string) => string): Variant => ({
  name,
  example,
  rewrite: (text) =>
    eachDate(text, (date, parts) => {
      if (IN_CODE_OR_URL.test(parts.before)) return undefined;
      const at = date.lastIndexOf(parts.month);
      return date.slice(0, at) + month(parts.month) + date.slice(at + parts.month.length);
    }),
});

const ABBREVIATED: Record<string, string> = {
  janvier: 'janv.', fevrier: 'f\u00e9vr.', avril: 'avr.', juillet: 'juil.',
  septembre: 'sept.', octobre: 'oct.', novembre: 'nov.', decembre: 'd\u00e9c.',
};
const SHORT: Record<string, string> = {
  janvier: 'janv', fevrier: 'f\u00e9v', avril: 'avr', juillet: 'juil',
  septembre: 'sept', octobre: 'oct', novembre: 'nov', decembre: 'd\u00e9c',
};
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
// Keeps the case of a capitalised month: `Février` → `Févr.`.
const sameCase = (model: string, word: string) => (model.charAt(0) === model.charAt(0).toUpperCase() ? capital(word) : word);

/** Rewrites the weekday of each date that writes one. */
const weekdayVariant = (name: string, example: string, weekday: (weekday: string) => string): Variant => ({
  name,
  example,
  rewrite: (text) =>
    eachDate(text, (date, parts) => {
      if (parts.weekday === undefined || IN_CODE_OR_URL.test(parts.before)) return undefined;
      return weekday(parts.weekday) + date.slice(parts.weekday.length);
    }),
});

const pad = (n: number | string) => String(n).padStart(2, '0');
const dayNumber = (day: string) => (day.toLowerCase() === '1er' ? 1 : Number(day));

/**
 * Writes each date with numbers (`mardi 12/03/2024`), keeping its weekday; a date without
 * a year only where the form needs none (`12/03`). A date that ends a list of days of its
 * month (`12 et 13 mars`) is left as written.
 */
const numericVariant = (name: string, example: string, write: (day: number, month: number, year: string | undefined) => string | undefined): Variant => ({
  name,
  example,
  rewrite: (text) =>
    eachDate(text, (_date, parts) => {
      if (SHARES_ITS_MONTH.test(parts.before) || IN_CODE_OR_URL.test(parts.before)) return undefined;
      const numeric = write(dayNumber(parts.day), monthNumber(parts.month), parts.year);
      if (numeric === undefined) return undefined;
      return parts.weekday === undefined ? numeric : `${parts.weekday} ${numeric}`;
    }),
});

/** The date variants: each one a way French coordinators write a day with its month. */
export const DATE_VARIANTS: readonly Variant[] = [
  monthVariant('month without accent', '12 fevrier, 3 aout, 9 decembre', (month) => month.replace(/\u00e9/g, 'e').replace(/\u00c9/g, 'E').replace(/\u00fb/g, 'u')),
  monthVariant('month capitalised', '12 Mars', capital),
  monthVariant('month abbreviated with a dot', '12 janv., 3 sept. 2024', (month) => {
    const short = ABBREVIATED[fold(month)];
    return short === undefined ? month : sameCase(month, short);
  }),
  monthVariant('month abbreviated without a dot', '12 f\u00e9v, 3 sept 2024', (month) => {
    const short = SHORT[fold(month)];
    return short === undefined ? month : sameCase(month, short);
  }),
  {
    name: 'date in capitals',
    example: 'MARDI 12 MARS 2024',
    rewrite: (text) => eachDate(text, (date, parts) => (IN_CODE_OR_URL.test(parts.before) ? undefined : date.toUpperCase())),
  },
  weekdayVariant('weekday abbreviated with a dot', 'lun. 12 mars', (weekday) => sameCase(weekday, `${fold(weekday).slice(0, 3)}.`)),
  weekdayVariant('weekday abbreviated, capitalised', 'Mer 12 mars', (weekday) => capital(fold(weekday).slice(0, 3))),
  {
    name: 'premier as a superscript letter',
    example: '1\u1d49\u02b3 avril',
    rewrite: (text) => eachDate(text, (date, parts) => (parts.day.toLowerCase() === '1er' ? date.replace(/1er/i, '1\u1d49\u02b3') : undefined)),
  },
  {
    name: 'premier in an HTML superscript',
    example: '1<sup>er</sup> avril',
    rewrite: (text) =>
      eachDate(text, (date, parts) => (parts.day.toLowerCase() === '1er' && !IN_CODE_OR_URL.test(parts.before) ? date.replace(/1er/i, '1<sup>er</sup>') : undefined)),
  },
  {
    name: 'premier in a pandoc superscript',
    example: '1^er^ avril',
    rewrite: (text) =>
      eachDate(text, (date, parts) => (parts.day.toLowerCase() === '1er' && !IN_CODE_OR_URL.test(parts.before) ? date.replace(/1er/i, '1^er^') : undefined)),
  },
  {
    name: 'no-break spaces in a date',
    example: 'mardi\u00a012\u00a0mars\u00a02024',
    rewrite: (text) => eachDate(text, (date, parts) => (IN_CODE_OR_URL.test(parts.before) ? undefined : date.replace(/ /g, '\u00a0'))),
  },
  {
    name: 'narrow no-break spaces in a date',
    example: 'mardi\u202f12\u202fmars',
    rewrite: (text) => eachDate(text, (date, parts) => (IN_CODE_OR_URL.test(parts.before) ? undefined : date.replace(/ /g, '\u202f'))),
  },
  {
    // Only on a line with no emphasis yet, so that no bold is opened inside another.
    name: 'date in bold',
    example: '**mardi 12 mars**',
    rewrite: (text) =>
      eachDate(text, (date, parts) => (/[*_`<[\]]/.test(parts.before + parts.after) ? undefined : `**${date}**`)),
  },
  {
    name: 'date in italics',
    example: '*mardi 12 mars*',
    rewrite: (text) =>
      eachDate(text, (date, parts) => (/[*_`<[\]]/.test(parts.before + parts.after) ? undefined : `*${date}*`)),
  },
  {
    // A heading or item that is its date, closed by a colon (`## Mardi 12 mars :`).
    name: 'date followed by a colon',
    example: '## Mardi 12 mars 2024 :',
    rewrite: (text) =>
      eachDate(text, (date, parts) => (/^\s*(?:#{1,6}|[-*+]|\d+\.)\s+$/.test(parts.before) && parts.after.trim() === '' ? `${date} :` : undefined)),
  },
  {
    // A date followed by its session's title, set apart by a dash or a comma.
    name: 'date followed by a dash',
    example: 'Mardi 12 mars \u2014 Atelier',
    rewrite: (text) => eachDate(text, (date, parts) => (/^ \p{Lu}/u.test(parts.after) && !IN_CODE_OR_URL.test(parts.before) ? `${date} \u2014` : undefined)),
  },
  {
    name: 'date followed by a comma',
    example: 'Mardi 12 mars, Atelier',
    rewrite: (text) => eachDate(text, (date, parts) => (/^ \p{Lu}/u.test(parts.after) && !IN_CODE_OR_URL.test(parts.before) ? `${date},` : undefined)),
  },
  numericVariant('date with slashes', '12/03/2024, 12/03', (day, month, year) => `${pad(day)}/${pad(month)}${year === undefined ? '' : `/${year}`}`),
  numericVariant('date with dots', '12.03.2024', (day, month, year) => (year === undefined ? undefined : `${pad(day)}.${pad(month)}.${year}`)),
  numericVariant('date with dashes', '12-03-2024', (day, month, year) => (year === undefined ? undefined : `${pad(day)}-${pad(month)}-${year}`)),
  numericVariant('ISO date', '2024-03-12', (day, month, year) => (year === undefined ? undefined : `${year}-${pad(month)}-${pad(day)}`)),
];

// --- hours -----------------------------------------------------------------------------

// `14h30`, `9h`, `14 h 30`, `14H00`: a clock time written with its `h` (hours a day's
// programme holds, 7 to 23, so that a duration, `2h de TP`, is never taken for one).
const H_TIME = /(?<![\p{L}\d:.,/])(\d{1,2}) ?[hH](?: ?(\d{2}))?(?![\p{L}\d])/gu;
// `14:30`: a clock time written with a colon.
// Not before `am` or `pm`: a twelve-hour clock is written with a colon (`09:00 am`), never `09h00 am`.
const COLON_TIME = /(?<![\p{L}\d:.,/])(\d{1,2}):(\d{2})(?![\p{L}\d:])(?!\s?[ap]\.?m\b)/giu;

const isDayHour = (hour: string) => Number(hour) >= 7 && Number(hour) <= 23;

/** Rewrites each `14h30` of the text (`undefined` leaves it as written). */
function eachHTime(text: string, rewrite: (hour: string, minute: string | undefined) => string | undefined): string {
  return text.replace(H_TIME, (time: string, hour: string, minute: string | undefined, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    if (!isDayHour(hour) || IN_CODE_OR_URL.test(text.slice(lineStart, offset))) return time;
    return rewrite(hour, minute) ?? time;
  });
}

/** Rewrites each `14:30` of the text. */
function eachColonTime(text: string, rewrite: (hour: string, minute: string) => string): string {
  return text.replace(COLON_TIME, (time: string, hour: string, minute: string, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    if (!isDayHour(hour) || IN_CODE_OR_URL.test(text.slice(lineStart, offset))) return time;
    return rewrite(hour, minute);
  });
}

const TIME = '(?:\\d{1,2} ?[hH] ?(?:\\d{2})?|\\d{1,2}:\\d{2})';
// Two clock times and what joins them: `14h-16h`, `14:00 – 16:00`, `de 9h à 12h`.
const RANGE = new RegExp(`(?<![\\p{L}\\d:.,/])(${TIME})([ \\t\u00a0]*(?:-|\u2013|\u2014|\u00e0)[ \\t\u00a0]*)(${TIME})(?![\\p{L}\\d])`, 'giu');

/** Rewrites what joins the two times of each range of hours. */
const rangeVariant = (name: string, example: string, mark: string): Variant => ({
  name,
  example,
  rewrite: (text) =>
    text.replace(RANGE, (range: string, from: string, _mark: string, to: string, offset: number) => {
      const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
      // `de 14h à 16h`, `entre 9h et 10h`: the words ask for their `à`; no writer puts a dash there.
      if (IN_CODE_OR_URL.test(before) || /(?:^|[^\p{L}])(?:de|des|entre)\s*$/iu.test(before)) return range;
      return `${from}${mark}${to}`;
    }),
});

/** The hour variants: each one a way French coordinators write a clock time or a range. */
export const HOUR_VARIANTS: readonly Variant[] = [
  { name: 'hours with a colon', example: '14:00, 9:30', rewrite: (text) => eachHTime(text, (hour, minute) => `${hour}:${minute ?? '00'}`) },
  { name: 'hours with a capital H', example: '14H00, 9H', rewrite: (text) => eachHTime(text, (hour, minute) => `${hour}H${minute ?? ''}`) },
  { name: 'hours with spaces around the h', example: '14 h 30, 9 h', rewrite: (text) => eachHTime(text, (hour, minute) => (minute === undefined ? `${hour} h` : `${hour} h ${minute}`)) },
  { name: 'hours with no-break spaces', example: '14\u00a0h\u00a030', rewrite: (text) => eachHTime(text, (hour, minute) => (minute === undefined ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${minute}`)) },
  { name: 'hours without their zero minutes', example: '14h', rewrite: (text) => eachHTime(text, (hour, minute) => (minute === '00' ? `${hour}h` : undefined)) },
  { name: 'hours with their zero minutes', example: '14h00', rewrite: (text) => eachHTime(text, (hour, minute) => (minute === undefined ? `${hour}h00` : undefined)) },
  { name: 'colon hours written with an h', example: '14h30 for 14:30', rewrite: (text) => eachColonTime(text, (hour, minute) => `${hour}h${minute}`) },
  rangeVariant('range with an en dash', '14h \u2013 16h', ' \u2013 '),
  rangeVariant('range with an em dash', '14h \u2014 16h', ' \u2014 '),
  rangeVariant('range with a hyphen, no spaces', '14h-16h', '-'),
  rangeVariant('range with \u00e0', '14h \u00e0 16h', ' \u00e0 '),
  rangeVariant('range with >', '14h > 16h', ' > '),
  rangeVariant('range with no-break spaces', '14h\u00a0-\u00a016h', '\u00a0-\u00a0'),
];

/**
 * A variant applied to the document's body only: the front matter is data a program reads
 * (`date: 2025-05-18 17:00`), whose typography is no writer's choice.
 */
const bodyOnly = (variant: Variant): Variant => ({
  ...variant,
  rewrite: (text) => {
    const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0] ?? '';
    return frontMatter + variant.rewrite(text.slice(frontMatter.length));
  },
});

/**
 * Every variant, dates first. Not among them: a range written with a slash (`17h30/19h`),
 * which a reader does not read as a range (`14h-18h30/19h` in jrrt-colloque-tolkien-2023
 * is an end at 18h30 or 19h).
 */
export const VARIANTS: readonly Variant[] = [...DATE_VARIANTS, ...HOUR_VARIANTS].map(bodyOnly);
