/*
 * The hours of a series of sessions written once beside its table, as seminar and lunch-talk
 * pages write them: in the sentence that introduces the table, on the line under it, or in
 * an HTML table's caption. The variants follow pages seen in public repositories (a lunch
 * video series whose caption says `tous les mercredis de 12:00 à 13:00`, a doctoral seminar
 * held every Friday afternoon, a morning course whose note under the list says
 * every session runs `de 8h45 à 12h45`).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function hoursOf(text: string): string[] {
  return check(text).programme.sessions.map((session) => (session.hours?.value ?? []).map((slot) => `${slot.start.hour}:${String(slot.start.minute).padStart(2, '0')}-${slot.end ? `${slot.end.hour}:${String(slot.end.minute).padStart(2, '0')}` : ''}`).join(' '));
}

const rows = '| Date | Intervenant | Sujet |\n| --- | --- | --- |\n| 2 octobre 2024 | Anne | Graphes |\n| 9 octobre 2024 | Paul | Réseaux |\n| 16 octobre 2024 | Lina | Protéines |\n';

describe('hours written once for the sessions of a table', () => {
  it.each([
    ['in the sentence that introduces it', `# Séminaire\n\nLes séances ont lieu tous les mercredis de 12h à 13h, salle B12.\n\n${rows}`, '12:00-13:00'],
    ['on a label line above it', `# Séminaire\n\nHoraire : 12h30 - 13h30\n\n${rows}`, '12:30-13:30'],
    ['on the line under it', `# Séminaire\n\n${rows}\nToutes les séances : de 8h45 à 12h45.\n`, '8:45-12:45'],
    ['a start alone, said to be every session\'s', `# Séminaire\n\nChaque séance commence à 18h30.\n\n${rows}`, '18:30-'],
    ['a range whose start has no h', `# Séminaire\n\nLes rencontres se tiennent le vendredi de 14 à 15h, au laboratoire.\n\n${rows}`, '14:00-15:00'],
  ])('gives every dated row those hours: %s', (_, text, hours) => {
    expect(hoursOf(text)).toEqual([hours, hours, hours]);
  });

  it('reads the caption of an HTML table above it', () => {
    const text = '<table>\n  <caption>Midi vidéo, tous les mercredis de 12:00 à 13:00</caption>\n  <tr><th>Date</th><th>Vidéo choisie par</th></tr>\n  <tr><td>2012-11-21</td><td>Charles</td></tr>\n  <tr><td>2012-11-28</td><td>Maxime</td></tr>\n</table>\n';
    const report = check(text);
    expect(hoursOf(text)).toEqual(['12:00-13:00', '12:00-13:00']);
    expect(report.programme.sessions.map((session) => session.hours?.position.start.line)).toEqual([2, 2]);
  });

  it.each([
    ['a deadline in the sentence above', `# Séminaire\n\nInscriptions avant 18h auprès du secrétariat.\n\n${rows}`],
    ['two ranges, a reader cannot tell which is whose', `# Séminaire\n\nDe 9h à 12h le matin et de 14h à 17h l'après-midi.\n\n${rows}`],
    ['two series paragraphs apart from the table, a reader cannot tell which', `# Séminaire\n\nLes séances ont lieu de 12h à 13h.\n\nLes permanences ont lieu chaque lundi de 9h à 10h.\n\n## Calendrier\n\n${rows}`],
    ['a series paragraph far under the table', `# Séminaire\n\n${rows}\n## Contact\n\nPermanence chaque lundi de 9h à 10h.\n`],
    ['a range apart from the table that says no series', `# Séminaire\n\nAccueil de 12h à 13h.\n\n## Calendrier\n\n${rows}`],
  ])('gives no hours from %s', (_, text) => {
    expect(hoursOf(text)).toEqual(['', '', '']);
  });

  it.each([
    ['a series sentence, a heading between', `# Séminaire\n\nLes séances ont lieu de 12h à 13h.\n\n## Calendrier\n\n${rows}`, '12:00-13:00'],
    ['a course page\'s practical information under `Quand`', `# Cours 2021-22\n\n### Quand\nchaque mardi de 16h à 18h\n\n### Lieu\nsalle B 315\n\n## Programme\n\n${rows}`, '16:00-18:00'],
    ['under `Horaires`, with no series word', `# Cours\n\n## Horaires\n\n14h00 - 17h00, salle 3\n\n## Séances\n\n${rows}`, '14:00-17:00'],
    ['a bold `Quand` field of the page\'s list of fields', `# Cours\n\n## Infos pratiques\n\n- **Où** Salle R06\n- **Quand** les mercredis de 9:30 à 12:30\n\n## Séances\n\n${rows}`, '9:30-12:30'],
    ['a weekday named as a habit', `# Cours\n\n## Pratique\n\nLe mercredi de 9h à 12h en salle 7.\n\n## Séances\n\n${rows}`, '9:00-12:00'],
  ])('gives every dated row the hours the page gives its sessions once, farther above: %s', (_, text, hours) => {
    expect(hoursOf(text)).toEqual([hours, hours, hours]);
  });

  // The class `hours of a table written in the heading right above it` (a pre-term course
  // whose `### Activités culturelles et sport, de 18h à 20h` titles its table of days).
  it.each([
    ['a `###` heading, after a comma', `## Programme\n\n### Activités culturelles et sport, de 18h à 20h\n\n${rows}`, '18:00-20:00'],
    ['a `##` heading, hours in brackets', `# Stage\n\n## Ateliers du soir (18h30 - 20h)\n\n${rows}`, '18:30-20:00'],
    ['a heading with hours after a dash', `# Club\n\n#### Séances — 14h-17h\n${rows}`, '14:00-17:00'],
    ['an English heading', `# Club\n\n### Evening talks, 18:00-19:30\n\n${rows}`, '18:00-19:30'],
  ])('gives every dated row the hours of the heading that titles the table: %s', (_, text, hours) => {
    expect(hoursOf(text)).toEqual([hours, hours, hours]);
  });

  it('takes no time alone from the heading above a table (a start is not every row\'s)', () => {
    expect(hoursOf(`# Club\n\n### Rendez-vous à 18h\n\n${rows}`)).toEqual(['', '', '']);
  });

  // The class `deadline time written once above a table of hand-ins` (course pages whose
  // `| Date(s) | Travail à rendre |` table follows `Les dates de remise s'entendent ... à
  // 23:50 le jour de la date de remise`).
  const handIns = '| Date(s) | Travail à rendre | Poids |\n| :---: | :--- | :---: |\n| 19.01.20 | Choix du cas | 0% |\n| 01.03.20 | Projet V1 | 20% |\n| 15.03.20 | Projet MVP | 20% |\n';
  it.each([
    ['a bold sentence, `à 23:50`', `## Évaluation\n\n**Les dates de remise s'entendent sur le fuseau horaire de Montréal, à 23:50 le jour de la date de remise.**\n\n${handIns}`, '23:50-'],
    ['`avant 23h59`', `## Rendus\n\nTous les travaux sont à rendre avant 23h59 sur Moodle.\n\n${handIns}`, '23:59-'],
    ['`au plus tard à 12h`', `## Rendus\n\nChaque date s'entend au plus tard à 12h.\n\n${handIns}`, '12:00-'],
    ['an echéance under the table', `## Rendus\n\n${handIns}\nÉchéance : 18h00 le jour indiqué.\n`, '18:00-'],
  ])('gives every hand-in the deadline time written once beside its table: %s', (_, text, hours) => {
    expect(hoursOf(text)).toEqual([hours, hours, hours]);
  });

  // The class `the sessions' range set in bold among other hours, a lead line before the
  // table` (eiom-parcours-ia-devis-2026: `occupent le matin, **8h45 à 12h45** : ... Les
  // midis-métho (13h–14h) et les ateliers (14h15–16h15) ...` then `Répartition convenue :`).
  it.each([
    ['the bold range among others, a lead line between', `# Parcours\n\nLes parcours occupent le matin, **8h45 à 12h45** : cinq séances. Les midis (13h–14h) et les ateliers (14h15–16h15) sortent du périmètre.\n\nRépartition convenue :\n\n${rows}`, '8:45-12:45'],
    ['the bold range right above', `# Stage\n\nAccueil dès 8h30, cours **de 9h à 12h**, repas de 12h à 13h30.\n\n${rows}`, '9:00-12:00'],
    ['one range and a lead line `Les dates :`', `# Club\n\nLes rencontres ont lieu de 18h à 20h.\n\nLes dates :\n\n${rows}`, '18:00-20:00'],
  ])('gives every dated row the range a paragraph marks as the sessions\': %s', (_, text, hours) => {
    expect(hoursOf(text)).toEqual([hours, hours, hours]);
  });

  it.each([
    ['two bold ranges', `# Stage\n\nLe matin **9h-12h**, l'après-midi **14h-17h**.\n\n${rows}`],
    ['several ranges, none in bold', `# Stage\n\nAccueil 8h30-9h, cours 9h-12h, repas 12h-13h30.\n\n${rows}`],
    ['a lead line that is a sentence of its own, farther up', `# Stage\n\nAccueil 8h30-9h et cours **9h-12h**.\n\nVoici le détail des séances du mois prochain, salle par salle, avec leurs intervenants :\n\n${rows}`],
  ])('gives no hours from %s', (_, text) => {
    expect(hoursOf(text)).toEqual(['', '', '']);
  });

  it('keeps the hours the rows write themselves', () => {
    const text = '# Séminaire\n\nLes séances ont lieu de 12h à 13h.\n\n| Date | Horaire | Sujet |\n| --- | --- | --- |\n| 2 octobre 2024 | 14h-15h | Graphes |\n| 9 octobre 2024 | | Réseaux |\n';
    expect(hoursOf(text)).toEqual(['14:00-15:00', '']);
  });
});

describe('the weekly slot a course page writes once, with one row at another time', () => {
  const times = (lines: string[]) => check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','));
  const rows = ['| 2 septembre 2026 | Présentation |', '| 9 septembre 2026 | Bases de R |', '| 16 septembre 2026 | Calculs |', '| 23 septembre 2026 | Données |', '| 30 septembre 2026 | Graphiques |', '| 7 octobre 2026 | Rapports |', '| 14 octobre 2026 | Quarto |'];
  const page = (last: string) => ['Le cours a lieu le mercredi, de 13 h 30 à 16 h 20.', '', '## Calendrier', '', '| Séance | Matière |', '|---|---|', ...rows, last];

  it('gives the slot to every row that writes no time; the row that writes one keeps it', () => {
    expect(times(page('| Mercredi 16 décembre 2026, 23 h 59 | Remise du site |'))).toEqual([...rows.map(() => '13:30-16:20'), '23:59-']);
  });

  it('gives it to no row when several rows write their own times', () => {
    const timed = ['| 2 septembre 2026, 9h | A |', '| 9 septembre 2026, 10h | B |', '| 16 septembre 2026 | C |'];
    expect(times(['Le cours a lieu le mercredi, de 13 h 30 à 16 h 20.', '', '| Séance | Matière |', '|---|---|', ...timed])).toEqual(['09:00-', '10:00-', '']);
  });
});
