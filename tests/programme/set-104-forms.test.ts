/*
 * Forms read once held-out set 104 was measured unseen and read
 * (cnig-geostandards-risques-documents-2025, cpierres-oc-evaluations-2025,
 * lucblassel-soutenance-these-2022, 3citrons-cours-gravure-2024), each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// cnig-geostandards-risques-documents-2025: a working group's index of laws and standards.
describe('a table of references under a heading that names them', () => {
  const page = (heading: string, header = '|Type|Date|Description|') => ['# Documents', '', heading, '', header, '|-|-|-|', '|[Loi n°87-565](https://a.fr/)|2 février 1995|relative au renforcement de la protection|', '|[Loi n° 2012-1460](https://b.fr/)|27 décembre 2012|relative à la participation du public|', '|Décret n°95-1089|5 octobre 1995|relatif aux plans de prévention|', ''].join('\n');

  it('is no programme: no session, no error, no warning', () => {
    for (const heading of ['### Références Réglementaires PPRN', '## Bibliographie', '## Textes de référence']) {
      const report = check(page(heading), { committed: { year: 2025, month: 6, day: 2 } });
      expect(report.programme.sessions, heading).toEqual([]);
      expect(report.diagnostics.filter((d) => d.severity !== 'info'), heading).toEqual([]);
    }
  });

  it('leaves a course’s table of sessions and references as it was', () => {
    const report = check(page('## Références', '|Date|Séance|Lecture|'), { committed: { year: 2025, month: 6, day: 2 } });
    expect(report.programme.sessions.length).toBe(3);
  });
});

// cpierres-oc-evaluations-2025: a page of project reviews, each a box of field headings.
describe('a record whose fields are headings, one a date', () => {
  const record = (name: string, date: string) => [`# Projet : ${name}`, '## Evaluateur : Joffrey Hernandez', `## Date : ${date}`, '## Github : https://github.com/x/y', '## Evaluation :', '### Compétences évaluées', '- Validé', ''];

  it('is a session at its record’s heading, titled by it', () => {
    const lines = ['Evaluations des projets', '', ...record('OC-P2', '28/1/2025'), ...record('OC-P3', '31/1/2025')];
    expect(brief(lines, 2025, 9)).toEqual(['3 2025-01-28', '11 2025-01-31']);
    expect(readSessions(lines, 2025, 9).map((session) => session.title)).toEqual(['Projet : OC-P2', 'Projet : OC-P3']);
  });

  it('stays at its own line when a dated heading stands between', () => {
    const lines = ['# Projet : OC-P2', '## Réunion du 3 mars 2025', '## Evaluateur : Joffrey Hernandez', '## Date : 28/1/2025', ''];
    expect(brief(lines, 2025, 9)).toContain('4 2025-01-28');
  });
});

// lucblassel-soutenance-these-2022: a defence's timetable with no header.
describe('an agenda table with no header, its start then its end', () => {
  const page = (header: string) => ['## Vendredi 2 décembre 2022', '', header, '|---|---|---|', '| **13:30** | **14:15** | Présentation |', '| **14:15** | **15:00** | Questions du Jury |', '| **18:00** | **?** | Soirée |', ''];

  it('reads each slot from its start to its end', () => {
    expect(brief(page('|   |   |   |'), 2022, 12)).toEqual(['5 2022-12-02 13:30-14:15', '6 2022-12-02 14:15-15:00', '7 2022-12-02 18:00-']);
  });

  it('leaves a second column that its header names as something else', () => {
    expect(brief(page('| Heure | Salle | Quoi |'), 2022, 12)).toEqual(['5 2022-12-02 13:30-', '6 2022-12-02 14:15-', '7 2022-12-02 18:00-']);
  });
});

// 3citrons-cours-gravure-2024: a year's classes, one list a term, their time in the heading below.
describe('a heading under a series that names its classes with their time', () => {
  const page = (closing: string) => ['## Demandez le programme !', '', '### Premier trimestre', '- Pointe sèche avec Clého : jeudis 19/09, 03/10', '- Burin avec Léo : jeudis 05/12, 19/12', '', '### Deuxième trimestre', '- Linogravure avec Sarah : jeudis 9/01, 23/01', '', '{{< startsection >}}', closing, '', 'Forum des associations le samedi 7 septembre 2024 de 13h à 18h.', ''];

  it('gives that time to every class, and the fair keeps its own', () => {
    expect(brief(page('### Cours de 19 h à 22 h au Pôle jeunesse, à Quéven.'), 2024, 12)).toEqual(['4 2024-09-19 2024-10-03 19:00-22:00', '5 2024-12-05 2024-12-19 19:00-22:00', '7 2025-01-09 2025-01-23 19:00-22:00', '13 2024-09-07 13:00-18:00']);
  });

  it('gives nothing from a heading that does not name the classes', () => {
    expect(brief(page('### Tarif de 19 h à 22 h : 10 €'), 2024, 12)).toEqual(['4 2024-09-19 2024-10-03', '5 2024-12-05 2024-12-19', '7 2025-01-09 2025-01-23', '13 2024-09-07 13:00-18:00']);
  });
});

// mrsoyer-build-in-6-days-synthese-2025: a plan's preparation told by weeks of a month under its table.
describe('a section named by the weeks of a month', () => {
  const page = (heading: string) => ['# Synthèse', '', '| Séance | Date | Thématique |', '|---|---|---|', '| Séance 1 | 19/11/2025 | Setup |', '| Séance 2 | 26/11/2025 | Auth |', '', heading, '- Valider le programme', ''].join('\n');

  it('is no detail section of a day (`Semaines 1-2 Novembre :`)', () => {
    const report = check(page('### Semaines 1-2 Novembre :'), { committed: { year: 2025, month: 11, day: 2 } });
    expect(report.diagnostics.map((d) => d.rule)).not.toContain('detail-without-row');
    expect(report.programme.sessions.length).toBe(2);
  });

  it('still reads a week named by its weekdays (`Semaine 4 — Lundi 16 au Vendredi 20 Février 2026`)', () => {
    expect(brief(['### Semaine 4 — Lundi 16 au Vendredi 20 Février 2026', '', 'Formation des points focaux.', ''], 2026, 2)).toEqual(['1 2026-02-16..2026-02-20 (5)']);
  });
});

// markdown-party-tb-calendrier-table-2021: a thesis's weekly plan that marks where classes stop.
describe('a row that marks where the classes stop', () => {
  const page = (mark: string) => ['| | Semaine | Date | Objectifs |', '|---|---|---|---|', '| | 16 | 14.06.2021 | Présentation intermédiaire |', `| | | | **${mark}** |`, '| | 17 | 21.06.2021 | Rédaction du rapport |', ''];

  it('is no session (`FIN DES COURS`, `INTERRUPTION DE COURS`)', () => {
    expect(brief(page('FIN DES COURS'), 2021, 3)).toEqual(['3 2021-06-14', '5 2021-06-21']);
    expect(brief(page('INTERRUPTION DE COURS'), 2021, 3)).toEqual(['3 2021-06-14', '5 2021-06-21']);
  });

  it('leaves a row that names what is held as a session', () => {
    expect(brief(page('Soutenance à mi-parcours'), 2021, 3)).toEqual(['3 2021-06-14', '4 2021-06-14', '5 2021-06-21']);
  });
});

// codedarmor-devfestnoz-2026: a conference theme's page, its evening's agenda in the front matter.
describe('a front matter’s agenda of slots by their start, the day written beside it', () => {
  const page = (end = '    time: de 18h00 à 20h30', last = 'Conclusion, apéro et networking') => [
    '---', 'layout: devfestnoz_conference', 'title: "DevFestNoz - 12 Mars 2026 - Lannion"', 'Details:', '  when:', '    date: 12 mars 2026', end,
    'Agenda:', '  title: Programme', '  schedule:',
    '    - slot_begin_time: "18h00"', '      title: Accueil et networking', '      speakers: []',
    '    - slot_begin_time: "18h30"', '      title: "Quand la revue de code ne passe plus à l\'échelle"', '      speakers:', '        - id: cuihtlauac',
    '    - slot_begin_time: "20h15"', `      title: ${last}`, '---', ''];

  it('reads each slot on the page’s day, until the next begins and the last until the announced end', () => {
    expect(brief(page(), 2026, 3)).toEqual(['11 2026-03-12 18:00-18:30', '14 2026-03-12 18:30-20:15', '18 2026-03-12 20:15-20:30']);
  });

  it('leaves the last slot open when no end is announced, and takes a closing `Fin de l’événement` for the end', () => {
    expect(brief(page('    time: 18h00'), 2026, 3)).toEqual(['11 2026-03-12 18:00-18:30', '14 2026-03-12 18:30-20:15', '18 2026-03-12 20:15-']);
    expect(brief(page('    time: 18h00', 'Fin de l\'événement'), 2026, 3)).toEqual(['11 2026-03-12 18:00-18:30', '14 2026-03-12 18:30-20:15']);
  });

  it('reads nothing from a list of speakers, or when the page names no day', () => {
    expect(brief(['---', 'title: DevFestNoz', 'Speakers:', '  list:', '    - name: "Cuihtlauac Alvarado"', '      organization: Tarides', '    - name: "Mathieu Laude"', '---', ''], 2026, 3)).toEqual([]);
    expect(brief(['---', 'title: DevFestNoz', 'Agenda:', '  schedule:', '    - slot_begin_time: "18h00"', '      title: Accueil', '    - slot_begin_time: "18h30"', '      title: Talk', '---', ''], 2026, 3)).toEqual([]);
  });
});

// collegeboreal-inf1042-algorithmes-2020: a course's tables of homework and of elements.
describe('a course’s table of homework numbered counting down', () => {
  const page = (first: string) => ['| No | Date | Cours | Intitulé |', '|--|--------|:---|:---|', `|${first}|17-04-20|[S.PowerShell](S.PowerShell) | PowerShell |`, '|02|17-04-20|[P.Projets](P.md) | Projet Personnel |', '|01|31-03-20|[7.BFS](7.md) | Breadth First Search |', ''].join('\n');
  const rules = (text: string) => check(text, { committed: { year: 2020, month: 4, day: 20 } }).diagnostics.map((d) => d.rule);

  it('is kept newest first: no row out of order', () => {
    expect(rules(page('03'))).not.toContain('out-of-order');
  });

  it('still reports a row out of order in a table numbered counting up', () => {
    const up = ['| No | Date | Cours | Intitulé |', '|--|--------|:---|:---|', '|01|17-04-20|S.PowerShell | PowerShell |', '|02|17-04-20|P.Projets | Projet Personnel |', '|03|31-03-20|7.BFS | Breadth First Search |', ''].join('\n');
    expect(rules(up)).toContain('out-of-order');
  });
});

describe('a table whose dates column is empty in every row, beside a dated one', () => {
  const plan = ['## Déroulement du cours', '', '| Semaine | Date | Cours |', '|--|--|--|', '| 1 | 13-01-20 | Introduction |', '| 2 | 20-01-20 | Chapitre 1 |', '', '## Elements de Performance', ''];
  const rules = (dates: string[]) => check([...plan, '| No | Date | Cours | Intitulé |', '|--|--------|:---|:---|', ...dates.map((date, k) => `| ${k + 1} | ${date} | [${k}.Git](${k}.Git) | Chapitre ${k} |`), ''].join('\n'), { committed: { year: 2020, month: 4, day: 20 } }).diagnostics.map((d) => d.rule);

  it('is a plan not dated yet: no missing date', () => {
    expect(rules(['', '', ''])).not.toContain('missing-date');
  });

  it('still reports a first row left empty above dated ones', () => {
    expect(rules(['', '27-01-20', '03-02-20'])).toContain('missing-date');
  });
});

// spyrales-hackathon-renovaction-2020: a hackathon's page titled by its days.
describe('a page titled by its event and its days, written again in its body', () => {
  const page = (title: string, body: string) => ['---', `title: "${title}"`, 'description: "Participer à un hackathon"', '---', '', '## En quelques mots', '', body, ''];

  it('is that event on those days, with no one time', () => {
    expect(brief(page('Hackathon RénovAction : du 11 au 22 juin 2020', 'Du **11 au 22 juin 2020**, cherchez, testez, proposez vos réponses !'), 2020, 7)).toEqual(['2 2020-06-11..2020-06-22 (12)']);
  });

  it('is no session when the body does not write those days again, or the title names one day only', () => {
    expect(brief(page('Hackathon RénovAction : du 11 au 22 juin 2020', 'Cherchez, testez, proposez vos réponses !'), 2020, 7)).toEqual([]);
    expect(brief(page('Install Party le 20 octobre 2007 à Marseille', 'Le PLUG organise une Install Party le 20 octobre 2007.'), 2007, 11)).toEqual([]);
  });
});

// codedarmor-devfest-2025: a talk's description in the front matter told a time of night.
describe('a time told inside the front matter’s own markdown', () => {
  const page = (invitation: string) => ['---', 'title: "DevFest - 03 Octobre 2025 - Perros-Guirec"', 'talks:', '  - title: Code sale', '    description: >', '      Java est verbeux.<br/>', '      Oui, celui qui sent la démo faite à 2h du mat, qui te donne envie de tout réécrire.<br/>', '      Même toi.', '---', '', invitation, ''];

  it('is not the event’s time', () => {
    expect(brief(page('Le DevFest aura lieu le 3 octobre 2025 à Perros-Guirec, rendez-vous !'), 2025, 9)).not.toContain('2 2025-10-03 02:00-');
  });

  it('leaves the time the body tells', () => {
    expect(brief(page('Le DevFest aura lieu le 3 octobre 2025 à Perros-Guirec, rendez-vous à 9h !'), 2025, 9)).toEqual(['2 2025-10-03 09:00-']);
  });
});
