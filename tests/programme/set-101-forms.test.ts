/*
 * Forms read once held-out set 101 was measured unseen and read
 * (thibaultespinasse-ps2-avancement-2021, gmestdagh-exposes-recherche-2024,
 * flooow-vacances-scolaires-zone-a-2025, bettybotdelph-reglement-danse-2025, osfarm-sia-2024,
 * and a development page the grace of day-hours-mismatch concerns), each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// thibaultespinasse-ps2-avancement-2021: a course log whose items name the class, then its day.
describe('a log item that names its class before its day in words', () => {
  const page = (first: string) => ['# Probabilités', '', '### Avancement du cours :', '', `1. **${first}** : Définitions, espaces de probabilité.`, '', '2. **CM 20 septembre** : fonction de répartition.', ''];

  it('reads `CM 13 septembre :` as that day, not as class 13', () => {
    expect(brief(page('CM 13 septembre'), 2021, 11)).toEqual(['5 2021-09-13', '7 2021-09-20']);
  });

  it('still reads a number with no month after it as the class’s own', () => {
    expect(brief(page('CM 13'), 2021, 11)).toEqual(['7 2021-09-20']);
  });
});

describe('a class’s bare day right before its slot', () => {
  it('reads `**TP** : 22/10 9h45-13h00 et 29/11 14h00-17h15` as two classes', () => {
    const page = ['# Cours', '', '**TP** : 22/10 9h45-13h00 et 29/11 14h00-17h15', ''];
    expect(brief(page, 2021, 11)).toEqual(['3 2021-10-22 09:45-13:00', '3 2021-11-29 14:00-17:15']);
  });

  it('keeps a weekly time given per kind of class for the log’s classes beside it', () => {
    const page = [
      '# Cours',
      '',
      '**CM** : Lundi de 14h à 17h15',
      '',
      '**TD** : Vendredi de 9h45 à 13h',
      '',
      '**TP** : 22/10 9h45-13h00 et 29/11 14h00-17h15',
      '',
      '### Avancement du cours :',
      '',
      '1. **CM 13 septembre** : Définitions.',
      '',
      '2. **CM 20 septembre** : Espérance.',
      '',
    ];
    expect(brief(page, 2021, 11)).toEqual(['7 2021-10-22 09:45-13:00', '7 2021-11-29 14:00-17:15', '11 2021-09-13 14:00-17:15', '13 2021-09-20 14:00-17:15']);
  });

  it.each([
    ['a half day', '**Atelier** : 1/2 journée'],
    ['a bare day and one time', '**TP** : 22/10 9h45'],
    ['a bare day, a mark, then hours', '**TP** : 22/10, 9h-12h'],
  ])('reads nothing from %s', (_, line) => {
    expect(brief(['# Cours', '', line, ''], 2021, 11)).toEqual([]);
  });
});

// gmestdagh-exposes-recherche-2024: a lab member's talks, each a card over three lines.
describe('a list of cards, the name in bold over the place and the day', () => {
  const card = (name: string, second: string) => [`- **${name}**\\\\`, `  ${second}\\\\`, '  Un titre d’exposé', ''];
  const page = (...cards: string[][]) => ['## Autres présentations orales', '', ...cards.flat()];

  it('reads each card’s day, Kramdown’s `\\\\` breaks and a town with its article too', () => {
    const read = brief(page(card('Séminaire d’équipe Mosaic', 'Lyon, France, 22 avril 2024'), card('Congrès SMAI 2021', 'La Grande-Motte, France, 21-25 juin 2021'), card('Journées de l’optimisation', 'HEC Montréal, Montréal, Canada, 13-15 mai 2019')), 2024, 5);
    expect(read).toEqual(['3 2024-04-22', '7 2021-06-21..2021-06-25 (5)', '11 2019-05-13 2019-05-14 2019-05-15']);
  });

  it('reads cards broken by CommonMark’s backslash too', () => {
    const lines = ['- **Séminaire A**\\', '  Lyon, France, 22 avril 2024\\', '  Titre', '', '- **Séminaire B**\\', '  Lyon, France, 24 octobre 2023\\', '  Titre', '', '- **Séminaire C**\\', '  Lyon, France, 20 octobre 2023', ''];
    expect(brief(lines, 2024, 5)).toEqual(['1 2024-04-22', '5 2023-10-24', '9 2023-10-20']);
  });

  it('reads no card whose day writes no year, nor two cards alone', () => {
    expect(brief(page(card('A', 'Lyon, 22 avril'), card('B', 'Lyon, 24 octobre'), card('C', 'Lyon, 20 octobre')), 2024, 5)).toEqual([]);
    expect(brief(page(card('A', 'Lyon, France, 22 avril 2024'), card('B', 'Lyon, France, 24 octobre 2023')), 2024, 5)).toEqual([]);
  });

  it('reads no item whose bold words run on into its first line', () => {
    const item = (day: string) => [`- **Article** paru dans la revue\\\\`, `  Lyon, France, ${day}\\\\`, ''];
    expect(brief(page(item('22 avril 2024'), item('24 octobre 2023'), item('20 octobre 2023')), 2024, 5)).toEqual([]);
  });
});

// flooow-vacances-scolaires-zone-a-2025: a school calendar's sources.
describe('a legal act named by the day it was signed', () => {
  it('is no session (`Arrêté du 7 décembre 2022 fixant le calendrier scolaire`)', () => {
    expect(brief(['## Sources', '', '- Arrêté du 7 décembre 2022 fixant le calendrier scolaire', '- Décret du 3 mars 2021 relatif aux congés', ''], 2025, 10)).toEqual([]);
  });

  it('leaves a session named with `du` as it was', () => {
    expect(brief(['## Ateliers', '', '- Atelier du 7 décembre 2022 : couture', '- Atelier du 3 mars 2023 : cuisine', ''], 2022, 10)).toEqual(['3 2022-12-07', '4 2023-03-03']);
  });
});

// bettybotdelph-reglement-danse-2025: an offer's window under the offer's heading.
describe('the window an offer holds for', () => {
  it.each([['**Validité :** du 1er au 30 septembre 2025'], ['Offre valable : du 1er au 30 septembre 2025']])('is no session: %s', (line) => {
    expect(brief(['# Offre — Cours d’essai gratuit (septembre)', line, ''], 2025, 9)).toEqual([]);
    expect(brief(['# Offre — Cours d’essai gratuit', '', line, ''], 2025, 9)).toEqual([]);
  });

  it('leaves a dated field of the same shape as it was', () => {
    expect(brief(['# Offre — Cours d’essai gratuit', '**Stage :** du 1er au 3 septembre 2025', ''], 2025, 9)).toEqual(['2 2025-09-01 2025-09-02 2025-09-03']);
  });
});

// osfarm-sia-2024: `La Ferme Digitale`, a farm's name, is no closing.
describe('a farm named beside an announced talk', () => {
  const page = (place: string) => ['# Salon', '', `Une conférence aura lieu dimanche 25 février 2024 à 11h00 sur l’espace de ${place}. Une autre aura lieu lundi 26 février 2024 à 14h00.`, ''];

  it('keeps the talks announced beside `La Ferme Digitale`', () => {
    expect(brief(page('La Ferme Digitale'), 2024, 2)).toEqual(['3 2024-02-25 11:00-', '3 2024-02-26 14:00-']);
  });

  it('still reads nothing where the place is closed (`ferme`)', () => {
    expect(brief(['# Salon', '', 'Le musée ferme dimanche 25 février 2024 à 11h00. Il rouvre lundi 26 février 2024 à 14h00.', ''], 2024, 2)).toEqual([]);
  });
});

// codegouvfr-bluehats-osxp-2024: an afternoon announced from 13h30 to 17h30 over talks from 13h40 to 17h20.
describe('a day’s hours a few minutes around its agenda', () => {
  const page = (hours: string, first: string, last: string) => [
    `### 4/12/2024 de ${hours} : présentations`,
    '',
    '| Horaire | Présentation |',
    '|---|---|',
    `| ${first} | Ouverture |`,
    '| 14h20-15h | Grist |',
    `| ${last} | Les nouveautés |`,
    '',
  ];
  const rules = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2024, month: 11, day: 2 } }).diagnostics.map((d) => d.rule);

  it('raises nothing when the talks begin and end inside the afternoon’s hours', () => {
    expect(rules(page('13h30 à 17h30', '13h40-14h20', '17h-17h20'))).not.toContain('day-hours-mismatch');
  });

  it('still warns when a talk runs past the afternoon’s end, or the first starts long after it opens', () => {
    expect(rules(page('13h30 à 17h30', '13h30-14h20', '17h-17h35'))).toContain('day-hours-mismatch');
    expect(rules(page('13h30 à 17h30', '14h-14h20', '17h-17h30'))).toContain('day-hours-mismatch');
  });
});

// dyco-colloque-nematic-2024: a colloquium's grid whose last row marks where each day ends.
describe('a grid’s row that says each day ends', () => {
  const page = (last: string) => ['# Colloque, 4 et 5 juin 2024', '', '| | 4 juin | 5 juin |', '|---|---|---|', '| 9h30 | accueil café | accueil café |', '| 10h | Herbert | Chassereau |', `| 17h30 | ${last} | ${last} |`, ''];

  it('is no session, and still ends the slots above it', () => {
    expect(brief(page('fin'), 2024, 5)).toEqual(['5 2024-06-04 09:30-10:00', '6 2024-06-04 10:00-17:30', '5 2024-06-05 09:30-10:00', '6 2024-06-05 10:00-17:30']);
  });

  it('is a session when it names something (`Fin du colloque et pot`)', () => {
    expect(brief(page('Fin du colloque et pot'), 2024, 5)).toContain('7 2024-06-04 17:30-');
  });
});
