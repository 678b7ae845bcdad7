/*
 * Forms read in held-out set 27 (tests/fixtures/real: isja-newsletter-2021,
 * bml78-rentree-2023, reseausocial-seances-2022, connectedgarden-touret-2018,
 * caul-rdm-webinaires-2021, sumaris-pifil-crr-2024), each checked here on a short page, with
 * the near form that must stay read as it was.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2021) => check(lines.join('\n'), { committed: { year, month: 10, day: 29 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a list whose items set their date in bold inside the sentence', () => {
  it('reads each item on its bold date, a Hugo shortcode around the date aside', () => {
    const news = [
      '### Evénements à venir',
      '',
      '* Le **11/11** : Commémoration de l’Armistice.',
      '* Les classes de P2 partent en séjour du **15 au 19 novembre**.',
      '* Le **{{< spanify class="text-danger">}}02/12{{< /spanify >}}**, réunion de l’Association des Parents.',
      '* Marché de Noël, le **17/12**.',
      '',
    ];
    expect(brief(news)).toEqual([
      [3, '2021-11-11', ''],
      [4, '2021-11-15 2021-11-16 2021-11-17 2021-11-18 2021-11-19', ''],
      [5, '2021-12-02', ''],
      [6, '2021-12-17', ''],
    ]);
  });

  it('reads the hours the sentence gives after its bold date: a start after `à`, `à partir de`, a second after `et`', () => {
    const planning = [
      '## Planning de rentrée',
      '',
      '* **Adultes compétition** : lundi **4 septembre** à Jules Verne (Sartrouville) à 19h00 pour les D7 à N et à 20h45 pour les P à D8',
      '* **Adultes jeu libre** : mardi **5 septembre** au CSC exceptionnellement à partir de 17h cette semaine',
      '* **Jeunes** : mercredi **6 septembre** à Jules Verne, 2h de jeu',
      '',
    ];
    expect(brief(planning, 2023)).toEqual([
      [3, '2023-09-04', '19:00-,20:45-'],
      [4, '2023-09-05', '17:00-'],
      [5, '2023-09-06', ''],
    ]);
  });

  it('reads no session from one bold date among items that stress other words', () => {
    const rules = ['## Rappel', '', '* **Le port du masque** reste obligatoire.', '* La grille ferme le **12/11** à 8h30 pour travaux.', '* **Tout retard** est inscrit dans un cahier.', ''];
    expect(brief(rules)).toEqual([]);
  });
});

describe('a heading closed by its date in brackets', () => {
  it('reads `#### Avancé (21/11/2022)` among a log’s dated headings', () => {
    const log = ['#### Séance du 06/11/2022', '', '- Connexion', '', '#### Avancé (21/11/2022)', '', '- Idée qui merge', ''];
    expect(brief(log, 2022)).toEqual([
      [1, '2022-11-06', ''],
      [5, '2022-11-21', ''],
    ]);
  });

  it('reads `# Dernière Séance supplémentaire (30 Mai):` on a page of top headings', () => {
    const log = ['# SEANCE 11 (4 Mai):', 'Montage.', '', '# Dernière Séance supplémentaire (30 Mai):', 'Finalisation.', ''];
    expect(brief(log, 2018).map((row) => row[1])).toEqual(['2018-05-04', '2018-05-30']);
  });

  it('keeps the dates in brackets of a page’s one title its period, no session', () => {
    const plan = ['# Plan dev — LAN Springs League Series #2 (16-17 mai 2026)', '', '## Contexte', '', 'Une LAN de deux jours.', ''];
    expect(brief(plan, 2026)).toEqual([]);
  });

  it('reads no bare `d/m` in brackets closing a heading as a date', () => {
    expect(brief(['## Exercices (3/4)', '', 'Énoncés.', '', '## Corrigés (4/4)', '', 'Solutions.', ''])).toEqual([]);
  });
});

describe('hours told in several time zones', () => {
  const table = (hours: string) => ['# Webinaires 2021', '', '| Date | Time | Session |', '| ---- | ---- | ------- |', `| Jeudi 14 octobre | ${hours} | Introduction à la GDR |`, ''];

  it('reads `12:00 EST / 13:00 ADT / 13:30 NDT` at its first time, with no error, a kramdown attribute aside', () => {
    const report = read(table('12:00 EST / 13:00 ADT / 13:30 NDT ([convertir le fuseau](https://dateful.com/){:target="_blank"})'));
    expect(report.programme.sessions.map(sessionToJson).map((s) => s.times.map((t) => `${t.start}-${t.end ?? ''}`).join())).toEqual(['12:00-']);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('still reads two times without zones as two starts', () => {
    expect(brief(table('12:00 / 15:00')).map((row) => row[2])).toEqual(['12:00-,15:00-']);
  });
});

describe('the minutes of a meeting', () => {
  it('reads no session from the heading that is only the day of the meeting, and keeps the next meeting they announce', () => {
    const minutes = ['# Compte-rendu réunion visio', '## 28/10/2024', '', '- Présents : Camille, Benoit', '', '## Prochaine réunion : mardi 17 décembre 2024', ''];
    expect(brief(minutes, 2024)).toEqual([[6, '2024-12-17', '']]);
  });
});
