/*
 * Schedules kept as whole HTML pages in a site's repository (a static site's
 * `programme.html`, a PHP template, a Bootstrap page), and grids of parallel tracks. A
 * reader of the page sees its banner, its tables and its lists: the engine reads them as
 * it reads the same layouts in markdown, each session at the line of the cell or element
 * that holds it. Navigation, scripts, styles and comments give nothing.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check, sessionRows } from '../helpers/read.js';

describe('a schedule kept as a whole HTML page', () => {
  it('reads an indented page whose blank lines would cut its HTML, its day in the <h1> banner, each row at its hours cell', () => {
    const page = [
      '<!DOCTYPE html>',
      '<html>',
      '<head><title>Meetup Python Lyon</title>',
      '    <script>var start = "10h00"; // 12 mars 2025</script>',
      '    <style>.h { content: "9h30"; }</style>',
      '</head>',
      '<body>',
      '    <nav><ul><li><a href="/2024">Édition du 3 avril 2024, 18h</a></li></ul></nav>',
      '    <div class="page-header">',
      '        <h1>Meetup Python<small>Lyon, 12 mars 2025</small></h1>',
      '    </div>',
      '',
      '        <h3>Les talks</h3>',
      '        <!-- <p>14h : atelier annulé</p> -->',
      '        <table>',
      '            <tr>',
      '                <th>Heure</th>',
      '                <th>Titre</th>',
      '            </tr>',
      '            <tr>',
      '                <td>18h30</td>',
      '                <td><a href="#a">Typer son code</a></td>',
      '            </tr>',
      '',
      '            <tr>',
      '                <td>19h15</td>',
      '                <td>Pause &amp; pizzas</td>',
      '            </tr>',
      '        </table>',
      '</body>',
      '</html>',
      '',
    ].join('\n');
    expect(sessionRows(page)).toEqual([
      [21, '2025-03-12', '18:30-', 'Typer son code'],
      [26, '2025-03-12', '19:15-', 'Pause & pizzas'],
    ]);
  });

  it('reads the day a subtitle names under the title, and a talk heading that repeats a row is its detail, not a second session', () => {
    const page = [
      '<html><body>',
      '  <header>',
      '    <h1 class="title">Rencontres Django</h1>',
      '    <p class="subtitle">L\'événement annuel des amateurs de Django. Le Samedi 21 Mai 2016 à',
      '    <a href="http://rennes.fr/">Rennes</a></p>',
      '  </header>',
      '',
      '    <h2>Programme du Samedi</h2>',
      '    <table>',
      '      <thead><tr><th>Horaire</th><th>Titre</th></tr></thead>',
      '      <tbody>',
      '        <tr><td>9h30</td> <td>Accueil</td></tr>',
      '        <tr><td>10h00</td> <td><a href="#statics">Statics et Django</a></td></tr>',
      '      </tbody>',
      '    </table>',
      '',
      '    <h2><a href="#program" id="statics">10h00 - Statics et Django</a></h2>',
      '    <p>Dans les cas simples, Django nous fournit collectstatic.</p>',
      '</body></html>',
      '',
    ].join('\n');
    expect(sessionRows(page)).toEqual([
      [12, '2016-05-21', '09:30-', 'Accueil'],
      [13, '2016-05-21', '10:00-', 'Statics et Django'],
    ]);
  });

  it('reads a PHP template whose table writes its header as a plain first row of bold cells, each cell over several lines', () => {
    const page = [
      '<?php',
      'include("header.php");',
      '?>',
      '',
      '<section class="mx-auto">',
      '\t<h1 class="bleu">FORMATIONS DES 11 ET 12 OCTOBRE 2021</h1>',
      '',
      '    <p>Bonjour à toutes et à tous,<br><br>',
      '',
      'Vous trouverez le programme ci-dessous.<br></p>',
      '',
      '        <table border="1">',
      '            <tbody>',
      '                <tr>',
      '                    <td><font size="-1"><b>DATE<br>',
      '                    </b></font></td>',
      '                    <td><font size="-1"><b>HEURES</b></font></td>',
      '                    <td><font size="-1"><b>INTITULÉ</b></font></td>',
      '                </tr>',
      '                <tr>',
      '                    <td><font size="-1">Lundi 11 octobre<br>',
      '                    </font> </td>',
      '                    <td><font size="-1">de 10h à 13h00</font></td>',
      '                    <td><font size="-1">Présentation des outils +',
      '                    temps d\'échange<br></font> </td>',
      '                </tr>',
      '',
      '                <tr>',
      '                    <td><font size="-1">Mardi 12 octobre</font> </td>',
      '                    <td><font size="-1">de 15h à 18h30</font></td>',
      '                    <td><font size="-1">Internet et image de soi</font></td>',
      '                </tr>',
      '            </tbody>',
      '        </table>',
      '</section>',
      '<?php include("footer.php"); ?>',
      '',
    ].join('\n');
    expect(sessionRows(page)).toEqual([
      [21, '2021-10-11', '10:00-13:00', "Présentation des outils + temps d'échange"],
      [29, '2021-10-12', '15:00-18:30', 'Internet et image de soi'],
    ]);
  });

  it('gives nothing for an HTML page of prose that names a day and a time in its sentences', () => {
    const page = [
      '<!doctype html>',
      '<html lang="fr"><body>',
      '  <nav><a href="/agenda">Agenda : 14 mars, 18h</a></nav>',
      '  <h1>Notre association</h1>',
      '',
      '    <p>Fondée le 3 février 2011, elle se réunit souvent vers 18h30 au local.</p>',
      '</body></html>',
      '',
    ].join('\n');
    expect(sessionRows(page)).toEqual([]);
  });

  it('gives nothing for what the page hides (`hidden`, `style="display:none"`), while the shown rows are read', () => {
    const page = [
      '<!DOCTYPE html>',
      '<html><body>',
      '<h1>Atelier vélo, samedi 5 avril 2025</h1>',
      '<ul>',
      '  <li>9h30 : accueil</li>',
      '  <li hidden>10h : ancien horaire</li>',
      '  <li style="color: red; display: none">11h : démontage (reporté)</li>',
      '  <li>14h : réparations</li>',
      '</ul>',
      '</body></html>',
      '',
    ].join('\n');
    expect(sessionRows(page).map((s) => s.slice(0, 3))).toEqual([
      [5, '2025-04-05', '09:30-'],
      [8, '2025-04-05', '14:00-'],
    ]);
  });

  it('still reads markdown whose HTML only wraps it (a <div> around markdown headings)', () => {
    const text = ['<div class="day">', '', '## Mardi 4 mars 2025', '', '- 9h : Accueil', '- 10h : Atelier', '', '</div>', ''].join('\n');
    expect(sessionRows(text).map((s) => s.slice(0, 3))).toEqual([
      [5, '2025-03-04', '09:00-'],
      [6, '2025-03-04', '10:00-'],
    ]);
  });
});

describe('a day grid of parallel tracks (one column per room or track)', () => {
  it('reads each track cell of an HTML grid as a session at the row hours, on the line of its cell; a cell spanning every track is one', () => {
    const text = [
      '## 14 février 2023',
      '',
      '<table>',
      '  <tr>',
      '    <th></th>',
      '    <th>Séance 1</th>',
      '    <th>Séance 2</th>',
      '  </tr>',
      '  <tr>',
      '    <td>11h30 à 11h55</td>',
      '    <td colspan="2"><a href="../intro">Accueil et présentation</a></td>',
      '  </tr>',
      '  <tr>',
      '    <td>12h à 13h20</td>',
      '    <td>Introduction à Python</td>',
      '    <td>Introduction à R</td>',
      '  </tr>',
      '</table>',
      '',
    ].join('\n');
    expect(sessionRows(text)).toEqual([
      [11, '2023-02-14', '11:30-11:55', 'Accueil et présentation'],
      [15, '2023-02-14', '12:00-13:20', 'Introduction à Python (Séance 1)'],
      [16, '2023-02-14', '12:00-13:20', 'Introduction à R (Séance 2)'],
    ]);
  });

  it('reads an HTML grid of rooms, each cell a session in its room, an empty cell no session; the same grid in markdown stays one session a row', () => {
    const html = [
      '### Jeudi 5 juin 2025',
      '',
      '<table>',
      '<tr><th>Horaire</th><th>Salle A</th><th>Salle B</th></tr>',
      '<tr><td>9h - 10h</td>',
      '<td>Keynote</td><td></td></tr>',
      '<tr><td>10h15 - 11h</td>',
      '<td>Rust embarqué</td>',
      '<td>Accessibilité</td></tr>',
      '</table>',
      '',
    ].join('\n');
    const sessions = check(html).programme.sessions.map(sessionToJson);
    expect(sessions.map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end}`).join(' '), s.title, s.place])).toEqual([
      [6, '2025-06-05', '09:00-10:00', 'Keynote', 'Salle A'],
      [8, '2025-06-05', '10:15-11:00', 'Rust embarqué', 'Salle A'],
      [9, '2025-06-05', '10:15-11:00', 'Accessibilité', 'Salle B'],
    ]);
    const markdown = ['### Jeudi 5 juin 2025', '', '| Horaire | Salle A | Salle B |', '|---|---|---|', '| 9h - 10h | Keynote | |', '| 10h15 - 11h | Rust embarqué | Accessibilité |', ''].join('\n');
    expect(sessionRows(markdown).map((s) => s.slice(0, 3))).toEqual([
      [5, '2025-06-05', '09:00-10:00'],
      [6, '2025-06-05', '10:15-11:00'],
    ]);
  });

  it('points a row whose title spans the title and speaker columns to its hours cell, as every row of a one-title agenda', () => {
    const text = [
      '<h1>Journée Django, samedi 17 novembre 2012</h1>',
      '<table>',
      '<tr><th>Heure</th><th>Titre</th><th>Conférencier</th></tr>',
      '<tr>',
      '  <td>10h30</td>',
      '  <td>Le poney</td>',
      '  <td>Nicolas</td>',
      '</tr>',
      '<tr>',
      '  <td>10h50</td>',
      '  <td colspan="2">20min de pause</td>',
      '</tr>',
      '</table>',
      '',
    ].join('\n');
    expect(sessionRows(text).map((s) => s.slice(0, 3))).toEqual([
      [5, '2012-11-17', '10:30-'],
      [10, '2012-11-17', '10:50-'],
    ]);
  });

  it('keeps a row with one title column and a speaker column as one session', () => {
    const text = ['## Samedi 17 novembre 2012', '', '| Heure | Titre | Conférencier |', '|---|---|---|', '| 09h30 | Le poney | Nicolas |', ''].join('\n');
    expect(sessionRows(text)).toEqual([[5, '2012-11-17', '09:30-', 'Le poney']]);
  });
});

describe('a listing of event cards: a date line above each event’s heading', () => {
  const card = (date: string, title: string) => [
    '    <div class="card">',
    `        <p>${date}</p>`,
    `        <h2>${title}</h2>`,
    '        <p class="mb-4">Venez nombreux, entrée libre.</p>',
    '    </div>',
  ];
  it('reads each card as one all-day event on its date, its place after the date, newest first across the new year', () => {
    const text = [
      '<div class="container">',
      ...card('Jeu, 05 Jan. | Stadtbücherei Trier', 'Lectures pour enfants'),
      ...card('sam, 17 Déc. | Trier', 'Cercle des femmes'),
      ...card('dim, 11 Déc. | Mergener Hof', 'Soirée ukrainienne'),
      '</div>',
      '',
    ].join('\n');
    const report = check(text, { committed: { year: 2022, month: 12, day: 22 } });
    expect(report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.title])).toEqual([
      [3, '2023-01-05', 'Lectures pour enfants (Stadtbücherei Trier)'],
      [8, '2022-12-17', 'Cercle des femmes (Trier)'],
      [13, '2022-12-11', 'Soirée ukrainienne (Mergener Hof)'],
    ]);
    expect(report.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
  });

  it('reads no event from one date line above one heading: an article’s date above its title', () => {
    const text = ['<div class="post">', ...card('Samedi 17 décembre 2022', 'Notre assemblée générale'), '</div>', ''].join('\n');
    expect(sessionRows(text)).toEqual([]);
  });
});

describe('a page whose days are shown in <details> panels', () => {
  it('reads a day panel whose summary names the day, and still folds away an archive', () => {
    const page = [
      '<!DOCTYPE html>',
      '<html><body>',
      '<h1>Horaire</h1>',
      '<details id="jour1">',
      '  <summary><h2>Jour 1 - 18 février 2016</h2></summary>',
      '  <ol>',
      '    <li><span>8&nbsp;h&nbsp;30 \u2013 9&nbsp;h&nbsp;00 Enregistrement</span></li>',
      '    <li><span>9&nbsp;h&nbsp;00 \u2013 10&nbsp;h&nbsp;00 Conférence</span></li>',
      '  </ol>',
      '</details>',
      '<details>',
      '  <summary>Archives</summary>',
      '  <ol><li>14 h \u2013 15 h Ancien atelier du 3 mars 2015</li></ol>',
      '</details>',
      '</body></html>',
      '',
    ].join('\n');
    expect(sessionRows(page)).toEqual([
      [7, '2016-02-18', '08:30-09:00', 'Enregistrement'],
      [8, '2016-02-18', '09:00-10:00', 'Conférence'],
    ]);
  });
});

describe("a festival's page: icons before the hours, and a night under its evening's day", () => {
  const page = (items: string[]) =>
    [
      '<!doctype html>',
      '<html><body>',
      '<div id="programme">',
      '\t<h2>Samedi 26 mai 2012</h2>',
      ...items,
      '\t<h2>dimanche 27 mai 2012</h2>',
      '\t<div class="g1"><span class="picto">K</span><span class="heure">12H00</span>\tparking\tPique-nique</div>',
      '</div>',
      '</body></html>',
      '',
    ].join('\n');

  it("reads an item's hours behind an icon font's letter or word, which the page shows as a pictogram", () => {
    const rows = sessionRows(
      page([
        '\t<div class="g1"><span class="picto conf">K</span> <span class="heure">11H00</span>\tSalle 1 - Pieter Heremans</div>',
        '\t<div class="g2"><i class="material-icons">schedule</i> <span class="heure">14h00</span>\tSalle 1\tTor2web</div>',
      ]),
    );
    expect(rows).toEqual([
      [5, '2012-05-26', '11:00-', 'Salle 1 - Pieter Heremans'],
      [6, '2012-05-26', '14:00-', 'Salle 1\tTor2web'],
      [8, '2012-05-27', '12:00-', 'parking\tPique-nique'],
    ]);
  });

  it('keeps the text of an element whose class names an icon when it holds more than a word', () => {
    const rows = sessionRows(page(['\t<div class="g1"><span class="icon">Atelier 3</span> <span class="heure">11H00</span>\tSalle 1</div>']));
    expect(rows[0]).toEqual([4, '2012-05-26', '', 'Samedi 26 mai 2012']);
  });

  it("puts the concerts played after midnight on the next day's date, not those of a day's own small hours", () => {
    const rows = sessionRows(
      page([
        '\t<div class="g1"><span class="heure">22h00</span>\tSalle concerts\tMOLDOVER</div>',
        '\t<div class="g2"><span class="heure">00H45</span>\tSalle concerts\tRUBY MY DEAR</div>',
        '\t<div class="g1"><span class="heure">02H00</span>\tSalle concerts\tSUBJEX</div>',
      ]),
    );
    expect(rows.slice(0, 3)).toEqual([
      [5, '2012-05-26', '22:00-', 'Salle concerts\tMOLDOVER'],
      [6, '2012-05-27', '00:45-', 'Salle concerts\tRUBY MY DEAR'],
      [7, '2012-05-27', '02:00-', 'Salle concerts\tSUBJEX'],
    ]);
    const early = sessionRows(page(['\t<div class="g1"><span class="heure">01h00</span>\tVeillée</div>', '\t<div class="g2"><span class="heure">20h00</span>\tConcert</div>']));
    expect(early.slice(0, 2).map((row) => row[1])).toEqual(['2012-05-26', '2012-05-26']);
  });
  it("reads an item the hours field says runs all day (`permanent`) as a session of the day without hours, and hours set apart in their field even before a long description", () => {
    const rows = sessionRows(
      page([
        '\t<div class="g1"><span class="picto atel">K</span><span class="heure">permanent</span>Snootlab',
        '\t\tEspace expo\t\tInitiations au montage de kit arduino...</div>',
        '\t<div class="g2"><span class="heure">11H00</span>Salle 1 - Pieter Heremans</div>',
        '\t<div class="g1"><span class="heure">17H00</span> Tetaneutral.net\tFournisseur d\'accès à internet libre à Toulouse. Il utilise son propre système autonome et diverses technologies. Il respecte et promeut la neutralité du réseau.</div>',
      ]),
    );
    expect(rows.slice(0, 3).map((row) => row.slice(0, 3))).toEqual([
      [5, '2012-05-26', ''],
      [7, '2012-05-26', '11:00-'],
      [8, '2012-05-26', '17:00-'],
    ]);
    expect(rows[0]![3]).toBe('Snootlab');
    expect(rows[1]![3]).toBe('Salle 1 - Pieter Heremans');
  });
});
