import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDatedLine } from '../../src/dates/dated-line.js';

/** [day, month, year?, weekday?] per mention. */
type M = [number, number, number?, number?];

function read(text: string) {
  const line = readDatedLine(text);
  if (line === undefined) return undefined;
  return {
    date: line.dateText,
    kind: line.expression.kind,
    days: line.expression.mentions.map((m): M => {
      const d: M = [m.day, m.month];
      if (m.year !== undefined || m.weekday !== undefined) d.push(m.year);
      if (m.weekday !== undefined) d.push(m.weekday);
      return d;
    }),
    hours: line.hours?.text,
    title: line.title,
  };
}

describe('readDatedLine: headings and items that open with a date', () => {
  it.each([
    ['Lundi 21 septembre, 9h - 16h + verre', { date: 'Lundi 21 septembre', days: [[21, 9, undefined, 1]], hours: '9h - 16h', title: '+ verre' }],
    ['Vendredi 8 Septembre', { date: 'Vendredi 8 Septembre', days: [[8, 9, undefined, 5]], hours: undefined, title: '' }],
    ['Mardi le 24 mai: CCOB - Université McGill', { date: 'Mardi le 24 mai', days: [[24, 5, undefined, 2]], hours: undefined, title: 'CCOB - Université McGill' }],
    ['Séminaire des 10 et 11 décembre 2020', { date: '10 et 11 décembre 2020', kind: 'set', days: [[10, 12, 2020], [11, 12, 2020]], title: 'Séminaire' }],
    ['📆 Samedi 24 janvier 2026', { date: 'Samedi 24 janvier 2026', days: [[24, 1, 2026, 6]], title: '' }],
    ['Week-end du 16-17 septembre', { date: '16-17 septembre', kind: 'range', days: [[16, 9], [17, 9]], title: 'Week-end' }],
    ['Vendredi 1er octobre (17h30-19h) : Défi AECS.', { date: 'Vendredi 1er octobre', days: [[1, 10, undefined, 5]], hours: '(17h30-19h)', title: 'Défi AECS.' }],
    // An arrow between the ends, as a project journal writes its sessions (`05/11/2024 - 14h30 -> 16h`).
    ['Mardi 5 novembre - 14h30 -> 16h', { date: 'Mardi 5 novembre', days: [[5, 11, undefined, 2]], hours: '14h30 -> 16h', title: '' }],
    // The arrow typed on a keyboard, and the ordinal's ending in superscript letters, as a word processor sets it.
    ['Mercredi 19 mai (17h30 > 19h) : Atelier', { date: 'Mercredi 19 mai', days: [[19, 5, undefined, 3]], hours: '(17h30 > 19h)', title: 'Atelier' }],
    ['Vendredi 1\u1d49\u02b3 octobre (17h30-19h) : Défi', { date: 'Vendredi 1\u1d49\u02b3 octobre', days: [[1, 10, undefined, 5]], hours: '(17h30-19h)', title: 'Défi' }],
    ['Lundi 3 mars, 14h \u2192 18h : atelier', { date: 'Lundi 3 mars', days: [[3, 3, undefined, 1]], hours: '14h \u2192 18h', title: 'atelier' }],
    ['3 avril, 13h30-14h30 : lancement', { date: '3 avril', days: [[3, 4]], hours: '13h30-14h30', title: 'lancement' }],
    ['séance 7 (3h vendredi 19/09/25):', { date: 'vendredi 19/09/25', days: [[19, 9, 2025, 5]], hours: undefined, title: 'séance 7' }],
    ['Lundi 7 septembre 2026 à 18:30 - Ouverture', { date: 'Lundi 7 septembre 2026', hours: '18:30', title: 'Ouverture' }],
    ['Samedi 3 mars 20h00 - ... : Soirée', { date: 'Samedi 3 mars', hours: '20h00 - ...', title: 'Soirée' }],
    ['Mardi 5 mars 14h-16h et 17h-18h : TP', { hours: '14h-16h et 17h-18h', title: 'TP' }],
    ['Mardi 5 mars de 14 à 16h : TP', { hours: 'de 14 à 16h', title: 'TP' }],
    ['Mardi 5 mars, de 9 - 12h : TP', { hours: 'de 9 - 12h', title: 'TP' }],
    ['Jeudi 12 mars, 17:30-18.00 : point', { hours: '17:30-18.00', title: 'point' }],
    ['Journée Démo du 11 février 2021', { date: '11 février 2021', title: 'Journée Démo' }],
    ['Séminaire hors-les-murs | 16 et 17 mai', { date: '16 et 17 mai', title: 'Séminaire hors-les-murs' }],
    ['Séance 3 : jeudi 2 octobre, 14h-17h : graphes', { date: 'jeudi 2 octobre', hours: '14h-17h', title: 'Séance 3 : graphes' }],
    ['Le 3 mars : atelier cartographie', { date: '3 mars', title: 'atelier cartographie' }],
    ['1. Lundi 3 mars 2025', { date: 'Lundi 3 mars 2025', title: '' }],
    ['2024-02-23 : Hackathon', { date: '2024-02-23', days: [[23, 2, 2024]], title: 'Hackathon' }],
    ['Jeu 15 Janv - Lancement', { date: 'Jeu 15 Janv', days: [[15, 1, undefined, 4]], title: 'Lancement' }],
    ['Vendredi 19/09', { date: 'Vendredi 19/09', days: [[19, 9, undefined, 5]] }],
    ['Séance 1 - [04/03/2025]', { date: '04/03/2025', days: [[4, 3, 2025]], title: 'Séance 1' }],
    ['Séance 5/6 - [11-12/03/2025]', { date: '11-12/03/2025', kind: 'range', days: [[11, 3, 2025], [12, 3, 2025]], title: 'Séance 5/6' }],
    ['Chapitre 5 - Séance 5 : jeudi 23/01/2025', { date: 'jeudi 23/01/2025', days: [[23, 1, 2025, 4]], title: 'Chapitre 5 - Séance 5' }],
    ['Bac blanc de français : jeudi 17/04/2025', { date: 'jeudi 17/04/2025', title: 'Bac blanc de français' }],
    ['Devoir surveillé : mardi 04/02/2025 2h', { date: 'mardi 04/02/2025', hours: undefined, title: 'Devoir surveillé' }],
    ['Lundi 19/10 : Soutien scolaire (17h - 19h)', { date: 'Lundi 19/10', hours: '(17h - 19h)', title: 'Soutien scolaire' }],
    ['Mercredi 19/05/2021 (après 19h): Réunion des bénévoles', { hours: '(après 19h)', title: 'Réunion des bénévoles' }],
    ['Abstract du 30 mar. 2018 - Hajer Khlaifi', { date: '30 mar. 2018', days: [[30, 3, 2018]], title: 'Abstract : Hajer Khlaifi' }],
    // Numbered sessions with their date in brackets, the part of the day named (algo-m1-ensg).
    ['1 (matin du 1er octobre 2019)', { date: '1er octobre 2019', days: [[1, 10, 2019]], hours: undefined, title: '1' }],
    ['2 (après-midi du 1er octobre 2019)', { date: '1er octobre 2019', days: [[1, 10, 2019]], title: '2' }],
    ['5 & 6 (4 octobre 2019)', { date: '4 octobre 2019', days: [[4, 10, 2019]], title: '5 & 6' }],
    ['10 et 11 (mercredi 9 octobre) : graphes', { date: 'mercredi 9 octobre', days: [[9, 10, undefined, 3]], title: '10 et 11 : graphes' }],
    ['3-4 [soirée du 12/03/2024]', { date: '12/03/2024', days: [[12, 3, 2024]], title: '3-4' }],
    ['Séance 4 (apres-midi du 2 octobre)', { date: '2 octobre', days: [[2, 10]], title: 'Séance 4' }],
    ['Matinée du 5 mars : visite du chantier', { date: '5 mars', days: [[5, 3]], title: 'visite du chantier' }],
    ['Interrogation écrite le 7 novembre 2019', { date: '7 novembre 2019', days: [[7, 11, 2019]], title: 'Interrogation écrite' }],
    ['Épreuve orale du 12 juin', { date: '12 juin', title: 'Épreuve orale' }],
    // A hand-in's deadline closing the item, after its title (voiture-assistee `Rendu du travail avant 12h00`).
    ['Vendredi 11 juin 2021 : Rendu du travail avant 12h00', { date: 'Vendredi 11 juin 2021', hours: '12h00', title: 'Rendu du travail' }],
    ['Mardi 4 mars : TP1 à remettre avant 23h50', { hours: '23h50', title: 'TP1 à remettre' }],
    ['12/03/2025 - Dépôt du rapport avant 18:00', { hours: '18:00', title: 'Dépôt du rapport' }],
    ['Lundi 3 mars : réunion à 18h30', { hours: '18h30', title: 'réunion' }],
  ])('%j', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it('gives offsets of the date and hours in the line as written', () => {
    const text = '📆 Vendredi 1er octobre (17h30-19h) : Défi';
    const line = readDatedLine(text);
    expect(text.slice(line?.start, line?.end)).toBe('Vendredi 1er octobre');
    expect(text.slice(line?.hours?.start, line?.hours?.end)).toBe('(17h30-19h)');
  });

  it('says when the date opens a week (`Semaine du 11 mars`), and only then', () => {
    expect(readDatedLine('Semaine du 11 mars 2019')?.week).toBe(true);
    expect(readDatedLine('semaine du 20 octobre 2025 : CC1')?.week).toBe(true);
    expect(readDatedLine('Semaine 1 - 4 septembre')?.week).toBeUndefined();
    expect(readDatedLine('Séance du 11 mars 2019')?.week).toBeUndefined();
  });

  it('keeps the lead and the rest apart for callers that want them', () => {
    expect(readDatedLine('Séance 3 : jeudi 2 octobre : graphes')).toMatchObject({ lead: 'Séance 3', rest: 'graphes' });
  });
});

describe('readDatedLine: a length or a past hour after the title is no clock hour', () => {
  it.each(['Mardi 4 mars : cours de 2h', 'Samedi 8 mars : il y a 3h de route', 'Lundi 3 mars : avant 9h, café puis atelier'])('%s', (text) => {
    expect(readDatedLine(text)?.hours).toBeUndefined();
  });
});

describe('readDatedLine: prose and other numbers are not dated lines', () => {
  it.each([
    'Le rendu est à faire avant le 3 mars',
    'Le 3 mars, nous irons au musée',
    '3 mars est la date limite',
    'Programme du 3 mars',
    'Rappel : inscription avant le 3 mars',
    '1/2 journée de formation',
    '19/09',
    'Mai 2024',
    '10 conseils pour réussir',
    'Jeudi - Production',
    'Vendredi 8',
    'Atelier de 9h30',
    '14h - 16h : atelier du 3 mars',
    'Nous nous retrouverons lundi 3 mars',
    'Attention : lundi 3 mars la salle change',
    'Rappel : le cours du lundi 3 mars est annulé',
    'Activité cuisine (16h30-18h)',
    'Lundi 3 mars (2h) est la date limite',
    '3 (voir le 4 octobre 2019)',
    '12 (environ) personnes le 4 octobre',
    'Le matin du 3 mars, nous irons au musée',
    '',
  ])('%j', (text) => {
    expect(readDatedLine(text)).toBeUndefined();
  });
});

describe('readDatedLine: hostile input', () => {
  it.each([
    ['Séance 1 ('.repeat(10_000)],
    ['1. '.repeat(40_000)],
    ['le '.repeat(40_000)],
    ['Lundi 3 mars '.repeat(10_000)],
    ['3 mars' + ')'.repeat(100_000)],
    ['3 mars : ' + '('.repeat(50_000) + ')'.repeat(50_000)],
    ['Séance ' + '1 '.repeat(50_000)],
    ['3 mars 9h' + '-9h'.repeat(34_000)],
  ])('a %# long line completes', (text) => {
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const line = readDatedLine(text);
    expect(line === undefined || typeof line.title === 'string').toBe(true);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const line = readDatedLine(text);
        if (line !== undefined) expect(text.slice(line.start, line.end)).toBe(line.dateText);
      }),
    );
  });
});

describe('readDatedLine: a day and month in figures with a mark glued after it', () => {
  it.each([
    ['Mardi 23/03, 9h-12h : Soutenance', { date: 'Mardi 23/03', hours: '9h-12h', title: 'Soutenance' }],
    ['Jeudi 21/03. Rendu du DM', { date: 'Jeudi 21/03', hours: undefined, title: 'Rendu du DM' }],
    ['Lundi 12/03: TP1', { date: 'Lundi 12/03', hours: undefined, title: 'TP1' }],
  ])('reads %j: the mark ends the date', (text, want) => {
    const line = read(text);
    expect(line && { date: line.date, hours: line.hours, title: line.title }).toEqual(want);
  });

  it('leaves a decimal glued on a number pair alone', () => {
    expect(read('Lundi 21/03.5 points')?.date).not.toBe('Lundi 21/03');
  });
});

describe('readDatedLine: an hour parted from its date by a full stop, a dot or a slash', () => {
  it.each([
    ['Jeudi 18 novembre 2021. 14h (grand amphi)', 'Jeudi 18 novembre 2021', '14h', 'grand amphi'],
    ['Mercredi 29 mai 2019. 10h30', 'Mercredi 29 mai 2019', '10h30', ''],
    ['Samedi 4 mai 2024 · 20h30 : Concert', 'Samedi 4 mai 2024', '20h30', 'Concert'],
    ['Mardi 5 mars 2024 • 18h-20h', 'Mardi 5 mars 2024', '18h-20h', ''],
    ['Jeudi 18/11/2021. 14h-16h', 'Jeudi 18/11/2021', '14h-16h', ''],
    // A club's slots, one line each (bcmb78): the fields parted by spaced slashes.
    ['Jeudi 20 mai / 18h00 - 19h30 / Poussins et Mini-bad', 'Jeudi 20 mai', '18h00 - 19h30', 'Poussins et Mini-bad'],
    ['Vendredi 28 mai / 19h00 -20h30 / Cadets', 'Vendredi 28 mai', '19h00 -20h30', 'Cadets'],
  ])('%s', (text, date, hours, title) => {
    expect(read(text)).toMatchObject({ date, hours, title });
  });

  it('reads no hour when what follows the full stop is no hour', () => {
    expect(read('Samedi 4 mai 2024. 12 personnes inscrites')?.hours).toBeUndefined();
  });
});

describe('readDatedLine: dotted hours after a date (aloxe/meinamsterdam: `07 juin - 16.00 - au WORM`)', () => {
  it.each([
    ['07 juin - 16.00 - au WORM de Rotterdam', '07 juin', '16.00', 'au WORM de Rotterdam'],
    ['13 juin - 11.00 & 14.00 - à Het Nutshuis', '13 juin', '11.00 & 14.00', 'à Het Nutshuis'],
    ['Samedi 4 mai, 20.30 : Concert', 'Samedi 4 mai', '20.30', 'Concert'],
  ])('%s', (text, date, hours, title) => {
    expect(read(text)).toMatchObject({ date, hours, title });
  });

  it('leaves a dotted pair that may be a day and a month to the date grammar (`16.10`)', () => {
    expect(read('07 juin - 16.10 - au WORM')?.hours).toBeUndefined();
  });
});
