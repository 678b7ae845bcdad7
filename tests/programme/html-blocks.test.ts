/*
 * Schedules written in raw HTML inside the markdown (Jekyll and Hugo pages, exported
 * documents): days as `<h2>`, slots as `<h3>`, tables, lists with the day in `<strong>`,
 * lines separated by `<br>`. A reader of the page sees headings, tables and lists, so the
 * engine reads them as it reads the same thing in markdown, at the lines they are written
 * on. HTML prose, comments and folded archives yield nothing.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';
import { readProgramme } from '../../src/programme/read-programme.js';
import { DiagnosticCollector } from '../../src/diagnostics/collector.js';
import { findRule } from '../../src/rules/index.js';
import { couldHoldSchedule } from '../../src/programme/html-blocks.js';

function read(text: string) {
  return check(text).programme.sessions.map(sessionToJson).map((s) => ({
    line: s.line,
    days: s.days,
    times: s.times.map((t) => `${t.start}-${t.end ?? ''}`),
    title: s.title,
    source: s.source,
    status: s.status,
  }));
}

const brief = (text: string) => read(text).map((s) => [s.line, s.days.join(' '), s.times.join(' '), s.title]);

describe('a programme written in raw HTML inside the markdown', () => {
  it('reads <h2> days with <h3> slots as a day agenda, as the same markdown headings are read', () => {
    const html = [
      '# Programme 2024',
      '',
      '<h2>Mercredi 13 mars</h2>',
      '',
      '<h3>9h00 - 12h00 : Atelier vélo</h3>',
      '',
      '<h3>14h00 - 17h00 : Repair café</h3>',
      '',
      '<h2>Jeudi 14 mars</h2>',
      '<h3>10h - 11h30 : Balade</h3>',
      '<h3>14h : Goûter</h3>',
      '',
    ].join('\n');
    const markdown = html.replace(/<h([23])>(.*)<\/h\1>/g, (_, depth: string, text: string) => `${'#'.repeat(Number(depth))} ${text}`);
    expect(brief(html)).toEqual([
      [5, '2024-03-13', '09:00-12:00', 'Atelier vélo'],
      [7, '2024-03-13', '14:00-17:00', 'Repair café'],
      [10, '2024-03-14', '10:00-11:30', 'Balade'],
      [11, '2024-03-14', '14:00-', 'Goûter'],
    ]);
    expect(brief(html)).toEqual(brief(markdown));
  });

  it('reads an HTML table with a <thead>, and one split into several blocks by blank lines', () => {
    const text = [
      '# Calendrier 2019',
      '',
      '<table border="2" class="org">',
      '<thead>',
      '<tr><th scope="col">Date</th><th>Horaire</th><th>Séance</th></tr>',
      '</thead>',
      '<tbody>',
      '<tr><td>22 février</td><td>15h - 18h30</td><td>Bootcamp mentors</td></tr>',
      '',
      '',
      '<tr><td>8 mars</td><td>&#xa0;</td><td>Feuille de route</td></tr>',
      '</tbody>',
      '</table>',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [8, '2019-02-22', '15:00-18:30', 'Bootcamp mentors'],
      [11, '2019-03-08', '', 'Feuille de route'],
    ]);
    expect(read(text).every((s) => s.source === 'table')).toBe(true);
  });

  it('reads an HTML table without a header row, its first row a session like the others', () => {
    const text = [
      '# Permanences 2025',
      '',
      '<table>',
      '  <tr><td>mer. 12 mars</td><td>9h-12h</td><td>Permanence juridique</td></tr>',
      '  <tr><td>mer. 19 mars</td><td>9h-12h</td><td>Permanence logement</td></tr>',
      '  <tr><td>mer. 26 mars</td><td>14h-17h</td><td>Permanence numérique</td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [4, '2025-03-12', '09:00-12:00', 'Permanence juridique'],
      [5, '2025-03-19', '09:00-12:00', 'Permanence logement'],
      [6, '2025-03-26', '14:00-17:00', 'Permanence numérique'],
    ]);
  });

  it('reads a list whose items open with their day in <strong>, upper-case tags and entities decoded', () => {
    const text = [
      '# Agenda 2025',
      '',
      '<UL>',
      '<LI><STRONG>Lundi 3 mars</STRONG>&nbsp;: Atelier d&rsquo;&eacute;criture</LI>',
      '<LI><STRONG>Mercredi 5 mars</STRONG>, 18h30&nbsp;: Soir&eacute;e jeux &agrave; la m&eacute;diath&egrave;que</LI>',
      '</UL>',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [4, '2025-03-03', '', 'Atelier d’écriture'],
      [5, '2025-03-05', '18:30-', 'Soirée jeux à la médiathèque'],
    ]);
  });

  it('reads the <br>-separated lines of a <p> under its day in bold, and a <div> wrapper with attributes', () => {
    const text = [
      '# Rencontres',
      '',
      '<div class="day" id="jour-1">',
      '<p><strong>Jeudi 5 octobre 2023</strong><br>',
      '18h30 - Accueil<br/>',
      '19h00 - Conférence&nbsp;: les communs numériques</p>',
      '</div>',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [5, '2023-10-05', '18:30-', 'Accueil'],
      [6, '2023-10-05', '19:00-', 'Conférence : les communs numériques'],
    ]);
  });

  it('checks the HTML days like markdown ones, pointing to the line of the file', () => {
    const text = '# Programme 2018\n\n<h2>Mercredi 14 mars</h2>\n\n<h2>Mardi 15 mars</h2>\n<p>Atelier</p>\n';
    const mismatch = check(text).diagnostics.find((d) => d.rule === 'weekday-mismatch');
    expect(mismatch).toMatchObject({ line: 5 });
    expect(mismatch!.message).toContain('Mardi 15 mars');
  });
});

describe('an HTML table whose cells hold blank lines (Jekyll and Hugo pages)', () => {
  // A blank line inside a cell ends the HTML block: markdown reads the indented lines
  // after it as code, or the text as a paragraph, until a line opens HTML again. The page
  // still shows one table, and its rows below the blank line are sessions too.
  const row = (date: string, title: string, inside: string[]) => ['  <tr>', `    <td>${date}</td>`, `    <td>${title}</td>`, ...inside, '  </tr>'];

  it('reads on past a blank line followed by indented HTML, read as code by markdown', () => {
    const text = [
      '# Cours 2021',
      '',
      '<table class="tg">',
      '  <tr><th>Date</th><th>Topic</th><th>Reading</th></tr>',
      ...row('15/03/2021', 'Fonctions', ['    <td> Book: Ch.5 <br>', '<a href="https://example.org/vector"> vector lib</a>', '', '    </td>']),
      ...row('22/03/2021', 'Pointeurs', ['    <td>Ch.11</td>']),
      '</table>',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [6, '2021-03-15', '', 'Fonctions'],
      [14, '2021-03-22', '', 'Pointeurs'],
    ]);
  });

  it('reads on past a blank line followed by the text of a cell at the margin, and past several such cells', () => {
    const text = [
      '<TABLE>',
      '<tr><th>Jour</th><th>Séance</th><th>Supports</th></tr>',
      ...row('lundi 4 mars 2024', 'Atelier 1', ['<td>', '', 'Les diapositives', '</td>']),
      ...row('lundi 11 mars 2024', 'Atelier 2', ['<td>', '', 'Les exercices', '', '</td>']),
      ...row('lundi 18 mars 2024', 'Atelier 3', ['<td></td>']),
      '</TABLE>',
      '',
    ].join('\n');
    expect(brief(text).map(([line, day]) => [line, day])).toEqual([
      [4, '2024-03-04'],
      [12, '2024-03-11'],
      [21, '2024-03-18'],
    ]);
  });

  it('leaves a table that nothing closes to the blocks it has, and fenced code below a closed table alone', () => {
    const open = ['<table>', '<tr><th>Date</th><th>Séance</th></tr>', '<tr><td>4 mars 2024</td><td>Atelier</td></tr>', '', '    code indenté 12 mars', ''].join('\n');
    expect(brief(open).map(([line, day]) => [line, day])).toEqual([[3, '2024-03-04']]);
    const fenced = ['<table>', '<tr><th>Date</th><th>Séance</th></tr>', '<tr><td>4 mars 2024</td><td>Atelier</td></tr>', '</table>', '', '```', '| 12 mars 2024 | Autre |', '```', ''].join('\n');
    expect(brief(fenced).map(([line, day]) => [line, day])).toEqual([[3, '2024-03-04']]);
  });

  it('takes a row whose one cell spans the table, and writes no day, for the title of the rows below, not a session', () => {
    const text = [
      '<table>',
      '<tr><th>Date</th><th>Topic</th><th>Lab</th></tr>',
      '<tr><td colspan="3"><b>Language Basics</b></td></tr>',
      '<tr><td>08/03/2021</td><td>Introduction</td><td>Lab 0</td></tr>',
      '<tr><td colspan="3">Vectors and Memory</td></tr>',
      '<tr><td>15/03/2021</td><td>Vectors</td><td>Lab 1</td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [4, '2021-03-08', '', 'Introduction'],
      [6, '2021-03-15', '', 'Vectors'],
    ]);
    expect(check(text).diagnostics.map((d) => d.rule)).toEqual([]);
    // In markdown no cell spans the row: words alone in the dates cell are a date not set yet.
    const markdown = ['| Date | Séance | Salle |', '| --- | --- | --- |', '| Date à fixer | | |', '| 15/04/2024 | Reprise | B12 |', ''].join('\n');
    expect(check(markdown).diagnostics.map((d) => d.rule)).toContain('date-to-be-confirmed');
    // A date written wrong there is still said to be unreadable.
    const typo = ['<table>', '<tr><th>Date</th><th>Séance</th></tr>', '<tr><td colspan="2">Jeudi 13 novmebre 2025</td></tr>', '<tr><td>20/11/2025</td><td>Reprise</td></tr>', '</table>', ''].join('\n');
    expect(check(typo).diagnostics.map((d) => d.rule)).toContain('unreadable-date');
  });
});

describe('a Pandoc or Quarto raw HTML block (```{=html})', () => {
  it('reads the table it holds, as the published page shows it, at the lines of the document', () => {
    const text = [
      '# jeudi 26 mars 2026',
      '',
      '```{=html}',
      '<table>',
      '<thead><tr><th>Horaire</th><th>Intervenant</th></tr></thead>',
      '<tbody>',
      '<tr><td>09 h 30</td><td>Sami Ben Amor</td></tr>',
      '<tr><td>10 h 00</td><td>Alexandra Salou</td></tr>',
      '</tbody>',
      '</table>',
      '```',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [7, '2026-03-26', '09:30-', 'Sami Ben Amor'],
      [8, '2026-03-26', '10:00-', 'Alexandra Salou'],
    ]);
    // Any other fenced code stays code: its table is an example, not the programme.
    expect(brief(text.replace('{=html}', 'html'))).toEqual([[1, '2026-03-26', '', 'jeudi 26 mars 2026']]);
  });
});

describe('a day written in a paragraph above its table', () => {
  const page = [
    '<header><h2>Programme du week-end</h2>',
    '<p>Journée du samedi 11 avril 2015</p></header>',
    '<table><thead><tr><th>Horaire</th><th>Activité</th></tr></thead>',
    '<tbody><tr><td>8h00 - 9h00</td><td>Accueil</td></tr>',
    '<tr><td>20h00 - toute la nuit</td><td>Développements</td></tr></tbody></table>',
    '<header><h2></h2>',
    '<p>Journée du dimanche 12 avril 2015</p></header>',
    '<table><thead><tr><th>Horaire</th><th>Activité</th></tr></thead>',
    '<tbody><tr><td>A partir de 8h00</td><td>Petit déjeuner</td></tr>',
    '<tr><td>10h00 - 10h30</td><td>Briefing</td></tr></tbody></table>',
    '',
  ].join('\n');

  it('reads each table on the day its paragraph names (`Journée du …`), under a heading that only titles the page', () => {
    expect(brief(page)).toEqual([
      [4, '2015-04-11', '08:00-09:00', 'Accueil'],
      [5, '2015-04-11', '20:00-', 'Développements'],
      [9, '2015-04-12', '08:00-', 'Petit déjeuner'],
      [10, '2015-04-12', '10:00-10:30', 'Briefing'],
    ]);
  });

  it('reads the same page written in markdown the same way', () => {
    const markdown = [
      '## Programme du week-end',
      '',
      'Journée du samedi 11 avril 2015',
      '',
      '| Horaire | Activité |',
      '| --- | --- |',
      '| 8h00 - 9h00 | Accueil |',
      '',
      'Soirée du dimanche 12 avril 2015',
      '',
      '| Horaire | Activité |',
      '| --- | --- |',
      '| 19h00 - 20h00 | Concert |',
      '',
    ].join('\n');
    expect(brief(markdown)).toEqual([
      [7, '2015-04-11', '08:00-09:00', 'Accueil'],
      [13, '2015-04-12', '19:00-20:00', 'Concert'],
    ]);
  });

  it('still dates an undated heading by the line below it when no timed lines follow', () => {
    const text = ['## Soutenance de thèse', '', 'Journée du mardi 11 mars 2025', '', 'Au Grand Amphi.', ''].join('\n');
    expect(brief(text)).toEqual([[1, '2025-03-11', '', 'Soutenance de thèse']]);
  });
});

describe('a heading of bare hours, what happens written in the paragraph below it', () => {
  it('is a slot of the day titled by that paragraph, even alone under its day, in markdown or HTML', () => {
    const markdown = '# Atelier 2018\n\n## Mercredi 14 mars\n\n### 12h00-14h00\n\nConférence ouverte\n\n## Vendredi 16 mars\n\n### 9h00\n\nAG des personnels\n\n### 14h00 :\n\n~~Atelier~~ Annulé\n';
    expect(brief(markdown)).toEqual([
      [5, '2018-03-14', '12:00-14:00', 'Conférence ouverte'],
      [11, '2018-03-16', '09:00-', 'AG des personnels'],
      [15, '2018-03-16', '14:00-', 'Atelier Annulé'],
    ]);
    expect(read(markdown)[2]!.status).toBe('cancelled');
    const html = '# Atelier 2018\n\n<h2>Mardi 6 mars</h2>\n<h3>8h15-09h15 : </h3>\nAmphi 1\n\n<H2>Jeudi 8 mars</H2>\n<H3>9h00</H3>\nOn se retrouve dans le hall.\n';
    expect(brief(html)).toEqual([
      [4, '2018-03-06', '08:15-09:15', 'Amphi 1'],
      [8, '2018-03-08', '09:00-', 'On se retrouve dans le hall.'],
    ]);
  });

  it('reads a part of the day (`Après-midi`, `Matin :`) over a slot as a label, the slot as the session', () => {
    const text = '# Atelier 2018\n\n## Mercredi 7 mars\n\n### Après-midi\n### 14h30 - 18h00\n\nAtelier de grève\n\n### Matin :\n\n### 9h - 12h : Accueil\n';
    expect(brief(text)).toEqual([
      [6, '2018-03-07', '14:30-18:00', 'Atelier de grève'],
      [12, '2018-03-07', '09:00-12:00', 'Accueil'],
    ]);
  });

  it('leaves the hours of a day that are set apart with a place, or with slots below, to the day', () => {
    const place = '# Forum 2024\n\n### Samedi 5 octobre\n\n#### 9h - 17h : Le Lieu\n\nStands et ateliers toute la journée.\n';
    expect(brief(place)).toEqual([[3, '2024-10-05', '09:00-17:00', 'Samedi 5 octobre']]);
  });
});

describe('the order of a page of day headings, some over their slots', () => {
  const slots = (day: string) => `<h2>${day}</h2>\n<h3>9h00</h3>\nAtelier\n<h3>14h00</h3>\nAG\n`;
  const alone = (day: string) => `<h2>${day}</h2>\n<p>Atelier toute la journée</p>\n`;
  const outOfOrder = (parts: string[]) => check('# Agenda 2018\n\n' + parts.join('\n')).diagnostics.filter((d) => d.rule === 'out-of-order').map((d) => d.line);

  it('reads days kept newest first as in order, its slots showing the order', () => {
    expect(outOfOrder([slots('Mercredi 14 mars'), alone('Mardi 13 mars'), alone('Lundi 12 mars'), slots('Vendredi 9 mars')])).toEqual([]);
  });

  it('still says which day breaks the order of days kept oldest first', () => {
    expect(outOfOrder([alone('Lundi 5 mars'), alone('Mercredi 7 mars'), alone('Mardi 6 mars')])).toEqual([9]);
  });
});

describe('HTML that holds no schedule', () => {
  it('yields nothing for a clock time in a sentence, contact details, an image or a commented block', () => {
    expect(read('# Le club\n\n<p>Nous nous retrouvons chaque semaine à 18h30 au local, depuis 2012.</p>\n')).toEqual([]);
    expect(read('# Contact\n\n<div class="contact">\n<p>Tél. 01 23 45 67 89<br>Ouvert de 9h à 17h</p>\n</div>\n')).toEqual([]);
    expect(read('# Agenda\n\n<div align="center"><img src="logo-2024.png" width="200"></div>\n')).toEqual([]);
    expect(read('# Agenda\n\n<!--\n<h2>Lundi 3 mars 2025</h2>\n<h3>9h - 12h : Atelier</h3>\n-->\n')).toEqual([]);
    expect(read('# Agenda\n\n<details><summary>Archives</summary>\n<h2>Lundi 3 mars 2025</h2>\n<p>9h - 12h : Atelier</p>\n</details>\n')).toEqual([]);
  });

  it('loads the HTML parser only for HTML that could hold a session', () => {
    expect(couldHoldSchedule('<div align="center"><img src="logo-2024.png"></div>')).toBe(false);
    expect(couldHoldSchedule('<!-- <h2>Lundi 3 mars</h2> -->')).toBe(false);
    expect(couldHoldSchedule('<details><ul><li>3 mars</li></ul></details>')).toBe(false);
    expect(couldHoldSchedule('<p>Voir <a href="x">le site</a></p>')).toBe(false);
    expect(couldHoldSchedule('<h2>Lundi 3 mars</h2>')).toBe(true);
    expect(couldHoldSchedule('<TABLE><TR><TD>12/03</TD></TR></TABLE>')).toBe(true);
  });

  it('leaves the document tree as written for the links and managed blocks: only the reading sees the HTML as markdown', () => {
    const text = '# Programme 2024\n\n<!-- programme-sync:calendar -->\n<h2>Lundi 4 mars</h2>\n<!-- /programme-sync:calendar -->\n';
    const read = readProgramme(text, {}, new DiagnosticCollector('en', findRule));
    expect(read.tree.children.map((node) => node.type)).toEqual(['heading', 'html', 'html']);
    expect(read.readingTree.children.map((node) => node.type)).toEqual(['heading', 'heading']);
  });
});
