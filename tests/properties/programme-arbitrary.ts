import fc from 'fast-check';

/*
 * Generators of programme documents for the property tests: markdown assembled from the
 * pieces real programmes are made of (schedule tables, French dates in every form the
 * grammar reads, hours, detail sections with fields, managed-block markers), mixed with
 * the pieces that break naive readers (pipes, backticks, strike-through, HTML, random
 * unicode, CRLF/LF/CR mixes, empty, missing and extra cells).
 */

const months = [
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout',
  'septembre', 'octobre', 'novembre', 'décembre', 'Novembre', 'janv.', 'févr', 'sept.', 'oct', 'déc.',
];
const weekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'Lundi', 'mar', 'ven.'];

const dayNumber = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 28 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('1er', '29', '30', '31', '32', '0', '04', '09') },
);
const month = fc.constantFrom(...months);
const year = fc.constantFrom('', ' 2019', ' 2020', ' 19', ' 2021', ' 1899', ' 2199');
const weekday = fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...weekdays).map((w) => `${w} `) });

/** One day: `[weekday] D month [year]`. */
const singleDate = fc.tuple(weekday, dayNumber, month, year).map(([w, d, m, y]) => `${w}${d} ${m}${y}`);

/** A numeric day-first date: `18/04`, `18/04/2019`, `18-04-19`, `18.04.2019`. */
const numericDate = fc
  .tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.constantFrom('/', '-', '.'), fc.constantFrom('', '19', '2019'))
  .map(([d, m, sep, y]) => (y === '' ? `${d}/${String(m).padStart(2, '0')}` : `${d}${sep}${String(m).padStart(2, '0')}${sep}${y}`));

/** Every shape the dates cell grammar reads, valid or not. */
export const frenchDates = fc.oneof(
  singleDate,
  numericDate,
  fc.tuple(dayNumber, dayNumber, month, fc.constantFrom(' au ', ' à ', ' - ', ' – ', '-')).map(([a, b, m, c]) => `${a}${c}${b} ${m}`),
  fc.tuple(weekday, dayNumber, weekday, dayNumber, month, year).map(([w1, a, w2, b, m, y]) => `du ${w1}${a} au ${w2}${b} ${m}${y}`),
  fc.tuple(singleDate, singleDate).map(([a, b]) => `${a} au ${b}`),
  fc.tuple(dayNumber, dayNumber, month, fc.constantFrom(' & ', ' et ', '/')).map(([a, b, m, c]) => `${a}${c}${b} ${m}`),
  fc.tuple(dayNumber, dayNumber, dayNumber, month).map(([a, b, c, m]) => `${a}, ${b} et ${c} ${m}`),
  fc.tuple(dayNumber, dayNumber, month).map(([a, b, m]) => `${a} ou ${b} ${m}`),
  fc.tuple(singleDate, singleDate).map(([a, b]) => `${a} ou ${b}`),
  fc.tuple(fc.constantFrom('le ', 'les ', 'Date : '), singleDate).map(([p, d]) => p + d),
  fc.tuple(singleDate, fc.constantFrom(' (à confirmer)', ' TBC', ' |', '  ')).map(([d, s]) => d + s),
  fc.constantFrom('', '-', '?', 'TBC', 'à venir', 'à définir', '(à confirmer)', 'mi-mars', 'février 2019', 'semaine 12', '1 1 1'),
);

/** Hours cells: plain, ranges, several slots, labelled per audience, and broken ones. */
export const frenchHours = fc.oneof(
  fc.constantFrom(
    '', '9h', '9h30', '09:30', '9h - 18h30', '9h \u2013 18h30', '14:00-16:00', 'de 9h à 18h', '9 h 30 - 18 h',
    'à partir de 14h', '9h-12h et 14h-17h', '9h-18h (à confirmer)', 'Les 2 jours', 'Journée',
    'EIG : 9h30-18h, mentors : 14h-17h30', '9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors',
    '25h', '9h75', '18h - 9h', 'vers 9h', '9h-10h-11h', '14:60', '0h - 23h59',
  ),
  fc.tuple(fc.integer({ min: 0, max: 26 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 26 })).map(
    ([h, m, e]) => `${h}h${m === 0 ? '' : String(m).padStart(2, '0')} - ${e}h`,
  ),
);

/** Text that is hostile to a markdown table reader or a calendar writer. */
export const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(
    '|', '\\|', '`', '``', '`|`', '~~', '~~barré~~', '**', '**Séminaire**', '_', '<br>', '<b>x</b>', '<!-- x -->',
    '<!-- programme-sync:calendar -->', '<!-- /programme-sync:archives -->', '[lien](https://example.org)',
    '![img](x.png)', '&amp;', '&#124;', ';', ',', '\\', '"', '\t', '\u00a0', '\u200b', '\ufeff', 'é', 'e\u0301',
    '😀', '𝕏', '\u202e', 'EIG + mentors', 'EIG', 'mentors', '(EIG + mentors)', 'LLL, Atelier C',
    '# ', '> ', '- ', '1. ', '---', '***',
  ),
);

/** A cell: mostly what belongs in its column, sometimes noise around it. */
function cell(main: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: main },
    { weight: 2, arbitrary: fc.tuple(noise, main, noise).map(([a, b, c]) => `${a}${b}${c}`) },
    { weight: 1, arbitrary: noise },
  );
}

const headerNames = fc.constantFrom(
  'SESSIONS', "SESSIONS D'ACCOMPAGNEMENT", 'SESSION', 'DATES', 'DATES 2019', 'Date', 'HORAIRES', 'Heures', 'LIEU', 'Lieu',
  'PUBLIC', 'Participants', 'THÈME', 'Statut', 'Remarques', '', 'x',
);

const title = fc.constantFrom('Mentors', '**Séminaire EIG**', 'Bootcamp', '~~Session annulée~~', 'Restitution (EIG + mentors)', 'Session EIG', 'Atelier `code`');

/** A row of a table whose header is the usual one, with cells sometimes missing or extra. */
const row = fc
  .tuple(cell(title), cell(frenchDates), cell(frenchHours), cell(noise), cell(fc.constantFrom('EIG', 'mentors', 'EIG + mentors', 'tous', '')), fc.integer({ min: 0, max: 7 }))
  .map(([t, d, h, place, audience, width]) => {
    const cells = [t, d, h, place, audience, 'en plus', 'encore'].slice(0, width);
    return `| ${cells.join(' | ')} |`;
  });

/** A schedule table: usual or random header, separator of any width, 0 to 8 rows. */
const scheduleTable = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant<string[]>(['SESSIONS', 'DATES', 'HORAIRES', 'LIEU', 'PUBLIC']) },
      { weight: 1, arbitrary: fc.array(headerNames, { minLength: 1, maxLength: 6 }) },
    ),
    // GFM reads a table only when the separator has as many cells as the header: mostly so.
    fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 7 }) }),
    fc.array(row, { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([header, separatorWidth, rows, leadingPipes]) => {
    const wrap = (cells: string[]) => (leadingPipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    return [wrap(header), wrap(Array.from({ length: separatorWidth ?? header.length }, () => '---')), ...rows].join('\n');
  });

/** A detail section heading with a date, and its fields. */
const detailSection = fc
  .tuple(
    fc.constantFrom('## ', '### ', '#### '),
    fc.constantFrom('Session EIG | ', 'Session du ', 'Séminaire des ', 'Journée Démo du ', 'Session mentors | ', ''),
    frenchDates,
    fc.array(
      fc.tuple(fc.constantFrom('**Heures**', 'Heures', '**Lieu**', 'Lieu', '**Thème**', 'Public', '**Horaires**'), cell(fc.oneof(frenchHours, noise))).map(
        ([name, value]) => `- ${name} : ${value}`,
      ),
      { maxLength: 4 },
    ),
  )
  .map(([level, prefix, date, fields]) => [`${level}${prefix}${date}`, '', ...fields].join('\n'));

const managedBlock = fc
  .tuple(fc.constantFrom('calendar', 'archives'), fc.array(noise, { maxLength: 2 }), fc.boolean())
  .map(([kind, inside, closed]) => [`<!-- programme-sync:${kind} -->`, ...inside, ...(closed ? [`<!-- /programme-sync:${kind} -->`] : [])].join('\n'));

const block = fc.oneof(
  { weight: 4, arbitrary: scheduleTable },
  { weight: 3, arbitrary: detailSection },
  { weight: 2, arbitrary: noise },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('# ', '## '), fc.constantFrom('Programme 2019', 'Accompagnement', ''), noise).map(([l, t, n]) => `${l}${t}${n}`) },
  { weight: 1, arbitrary: managedBlock },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~'), noise).map(([fence, inside]) => `${fence}\n| a | 14 mars |\n${inside}\n${fence}`) },
  { weight: 1, arbitrary: fc.constantFrom('<table><tr><td>14 mars</td></tr></table>', '<details>\n| x | 1 mai |\n</details>') },
);

/** A whole programme document, its line ends a random mix of LF, CRLF and (rarely) CR. */
export const programmeText = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 7 }), fc.constantFrom('lf', 'crlf', 'mixed'), fc.infiniteStream(fc.constantFrom('\n', '\r\n', '\n', '\r')))
  .map(([blocks, style, ends]) => {
    const lines = blocks.join('\n\n').split('\n');
    if (style === 'lf') return lines.join('\n');
    if (style === 'crlf') return lines.join('\r\n');
    return lines.reduce((text, line, index) => (index === 0 ? line : text + ends.next().value + line), '');
  });

/** A session of the schedule, and maybe its detail section, which may disagree with the row. */
const sessionWithDetail = fc
  .tuple(title, singleDate, frenchHours, fc.option(fc.tuple(frenchHours, noise), { nil: undefined }))
  .map(([name, date, hours, detail]) => ({
    row: `| ${name} | ${date} | ${hours} | Salle | EIG + mentors |`,
    section: detail ? `### Session | ${date}\n\n- **Heures** : ${detail[0]}\n- **Lieu** : ${detail[1]}` : undefined,
  }));

/** A programme that certainly has a schedule table with rows, so the calendar has events to write. */
export const scheduledProgrammeText = fc
  .tuple(
    fc.constantFrom('# Programme 2019\n\n', '# Accompagnement\n\n', ''),
    fc.array(fc.oneof(row.map((r) => ({ row: r, section: undefined })), sessionWithDetail), { minLength: 1, maxLength: 10 }),
    programmeText,
  )
  .map(([heading, sessions, rest]) => {
    const table = `| SESSIONS | DATES | HORAIRES | LIEU | PUBLIC |\n| --- | --- | --- | --- | --- |\n${sessions.map((s) => s.row).join('\n')}`;
    const sections = sessions.flatMap((s) => (s.section ? [s.section] : []));
    return `${heading}${table}\n\n${sections.join('\n\n')}\n\n${rest}\n`;
  });
