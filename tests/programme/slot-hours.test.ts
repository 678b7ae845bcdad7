/*
 * The clock hours that open a line of a day's agenda, as people write them beyond the
 * plain `9h - 10h`: a range whose end leaves out its `h` (`10h30-12 : Visite`, `17 h 30 -
 * 18`), an English 12-hour clock in the English part of a programme (`3:00 - 4:00 PM`),
 * and an approximate start (`vers 7h00 :`, `±17h00`, `dès 18h`, `à partir de 8h30`, `AM
 * 8h30`, `PM 15h30`).
 */
import { describe, expect, it } from 'vitest';
import { agendaLineHours, leadingHours, wholeDayLine } from '../../src/programme/slot-hours.js';
import { sessionRows } from '../helpers/read.js';

const hours = (line: string) => {
  const found = leadingHours(line);
  if (!found) return undefined;
  const at = (t: { hour: number; minute: number } | undefined) => (t ? `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}` : '');
  return { text: found.text, slots: found.slots.map((slot) => `${at(slot.start)}-${at(slot.end)}`), rest: found.rest };
};

describe('a range whose end leaves out its `h`', () => {
  it.each([
    ['10h30-12: Visite de la plateforme', '10h30-12', ['10:30-12:00'], 'Visite de la plateforme'],
    ['17 h 30 - 18', '17 h 30 - 18', ['17:30-18:00'], ''],
    ['9h - 12, pause comprise', '9h - 12', ['09:00-12:00'], 'pause comprise'],
  ])('%s', (line, text, slots, rest) => {
    expect(hours(line)).toEqual({ text, slots, rest });
  });

  it('does not take a count after a start for an end', () => {
    expect(hours('9h - 12 participants au plus')).toEqual({ text: '9h', slots: ['09:00-'], rest: '12 participants au plus' });
  });
});

describe('a range written with an arrow, and an arrow before the title', () => {
  it.each([
    ['14h \u2192 18h : Salon de microéditions', '14h \u2192 18h', ['14:00-18:00'], 'Salon de microéditions'],
    ['14h\u219218h Ateliers', '14h\u219218h', ['14:00-18:00'], 'Ateliers'],
    // `>`, the arrow a keyboard types, between two times.
    ['14h > 18h : Salon', '14h > 18h', ['14:00-18:00'], 'Salon'],
    ['9h30 -> 12h : Visite', '9h30 -> 12h', ['09:30-12:00'], 'Visite'],
    ['10 h \u2192 12 h, table ronde', '10 h \u2192 12 h', ['10:00-12:00'], 'table ronde'],
  ])('%s', (line, text, slots, rest) => {
    expect(hours(line)).toEqual({ text, slots, rest });
  });

  it('keeps an arrow followed by words as the separator before the title', () => {
    expect(hours('9h \u2192 Accueil des participants')).toEqual({ text: '9h', slots: ['09:00-'], rest: 'Accueil des participants' });
  });
});

describe('an English 12-hour clock', () => {
  it.each([
    ['3:00 - 4:00 PM', ['15:00-16:00']],
    ['4:15 - 5:15 pm : Python', ['16:15-17:15']],
    ['11:00 - 1:00 PM', ['11:00-13:00']],
    ['9:30 - 11:00 AM', ['09:30-11:00']],
    ['12:00 - 1:30 p.m.', ['12:00-13:30']],
  ])('%s', (line, slots) => {
    expect(hours(line)?.slots).toEqual(slots);
  });

  it('leaves the title after the clock', () => {
    expect(hours('4:15 - 5:15 pm : Python')?.rest).toBe('Python');
  });
});

describe('an approximate start', () => {
  it.each([
    ['vers 7h00 : petit déjeuner', '7h00', ['07:00-'], 'petit déjeuner'],
    ['vers ±05h00 à Paris', '05h00', ['05:00-'], 'à Paris'],
    ['± 17h00 : départ', '17h00', ['17:00-'], 'départ'],
    ['dès 18h : apéritif', '18h', ['18:00-'], 'apéritif'],
    ['à partir de 8h30 : accueil', '8h30', ['08:30-'], 'accueil'],
    ['AM 8h30 départ', '8h30', ['08:30-'], 'départ'],
    ['PM 15h30 Match', '15h30', ['15:30-'], 'Match'],
  ])('%s', (line, text, slots, rest) => {
    expect(hours(line)).toEqual({ text, slots, rest });
  });

  it('is not read inside a sentence or with other words before the time', () => {
    expect(hours('départ ±17h00 à Dorval')).toBeUndefined();
    expect(hours('verser 9h de travail')).toBeUndefined();
    expect(hours('Vers la fin, 9h')).toBeUndefined();
  });
});

// gtiq-2019-programme: `**Jeudi 28 novembre**` over `14.00 **Mladen Pavičić** (CEMS)...<br/>`.
describe('hours written with a dot at the start of an agenda line under a day', () => {
  const agenda = (line: string) => {
    const found = agendaLineHours(line);
    if (!found) return undefined;
    const at = (t: { hour: number; minute: number } | undefined) => (t ? `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}` : '');
    return { text: found.text, slots: found.slots.map((slot) => `${at(slot.start)}-${at(slot.end)}`), rest: found.rest };
  };

  it.each([
    ['14.00 Mladen Pavičić (CEMS, Croatia)', '14.00', ['14:00-'], 'Mladen Pavičić (CEMS, Croatia)'],
    ['09.30 Titouan Carette', '09.30', ['09:30-'], 'Titouan Carette'],
    ['9.30 - 10.15 : Accueil des participants', '9.30 - 10.15', ['09:30-10:15'], 'Accueil des participants'],
    ['14.00 à 15.30 Exposés', '14.00 à 15.30', ['14:00-15:30'], 'Exposés'],
    ['16.45 – Clôture', '16.45', ['16:45-'], 'Clôture'],
    ['12.00 Lunch', '12.00', ['12:00-'], 'Lunch'],
    // The range is read as an hours cell reads `9.30-11.30`, arrows included.
    ['10.00 \u2192 10.30 Pause', '10.00 \u2192 10.30', ['10:00-10:30'], 'Pause'],
    ['08.30 -- 09.00 : Accueil', '08.30 -- 09.00', ['08:30-09:00'], 'Accueil'],
  ])('%s', (line, text, slots, rest) => {
    expect(agenda(line)).toEqual({ text, slots, rest });
  });

  it('keeps clock hours first', () => {
    expect(agenda('9h30 : Accueil')).toEqual({ text: '9h30', slots: ['09:30-'], rest: 'Accueil' });
  });

  it.each(['12.50 € l’entrée', '2.30 heures de marche', '3.14', '25.00 Inscription', '14.75 Mladen', '14.07 Mladen', '1.11 à 1.13 : exercices', '10.30 - 9.00 : à l’envers', '9.32 - 10.00 Atelier', '5.30 - 6.00 Réveil'])(
    'reads no hours in `%s`',
    (line) => {
      expect(agenda(line)).toBeUndefined();
    },
  );
});


describe('a dash written by hand before an agenda line that is no markdown list', () => {
  it.each([
    ['\u2013 9h30 \u2013 10h : accueil', '9h30 \u2013 10h', ['09:30-10:00'], 'accueil'],
    ['\u2014 14h : exposé invité', '14h', ['14:00-'], 'exposé invité'],
    ['\u2022 10h45 - 11h30 : Second exposé', '10h45 - 11h30', ['10:45-11:30'], 'Second exposé'],
  ])('%s', (line, text, slots, rest) => {
    expect(hours(line)).toEqual({ text, slots, rest });
  });

  it('still reads no hours in a dash followed by words', () => {
    expect(hours('\u2013 vers la fin de la journée')).toBeUndefined();
  });
});

describe('a range typeset with any dash', () => {
  // A page set by a typographer writes its ranges with a figure dash (U+2012), a
  // non-breaking hyphen (U+2011) or a minus (U+2212): a reader sees a dash like any other.
  it.each([
    ['9 h 00\u20129 h 15 Mot de bienvenue', '09:00-09:15', 'Mot de bienvenue'],
    ['9h30\u201110h : Accueil', '09:30-10:00', 'Accueil'],
    ['14h \u2212 16h : Atelier', '14:00-16:00', 'Atelier'],
  ])('%s', (line, slot, rest) => {
    expect(hours(line)).toMatchObject({ slots: [slot], rest });
  });
});

describe('an agenda line whose hours place says the item runs all day', () => {
  it('reads a day of markdown whose lines write `En continu :` or `Toute la journée -` in the hours place as sessions of the day without hours', () => {
    const text = ['## Samedi 4 mai 2024', '', '09h00 : Accueil', 'En continu : jeux en bois', 'Toute la journée - exposition de photos', ''].join('\n');
    expect(sessionRows(text)).toEqual([
      [3, '2024-05-04', '09:00-', 'Accueil'],
      [4, '2024-05-04', '', 'jeux en bois'],
      [5, '2024-05-04', '', 'exposition de photos'],
    ]);
  });

  it('reads no item from a sentence that opens with the same words', () => {
    expect(wholeDayLine("Toute la journée à l'église Saint-Martin :")).toBeUndefined();
    expect(wholeDayLine('Permanent de l’association depuis 2010')).toBeUndefined();
    expect(wholeDayLine('permanent\tSnootlab')).toBe('Snootlab');
  });
});

describe('noon opening a range, and a slash set tight between two times', () => {
  it.each([
    // quakers-rassemblement-2025 (held-out set 15): `| Midi - 13h00 | **Exercise des questions et dîner** |`.
    ['Midi - 13h00 : dîner', 'Midi - 13h00', ['12:00-13:00'], 'dîner'],
    ['midi à 14h : repas partagé', 'midi à 14h', ['12:00-14:00'], 'repas partagé'],
    // rsintro-teledetection-2019 (held-out set 15): `| 13h30/17h30 |`, `| 8h/12h |`.
    ['13h30/17h30 : Théorie', '13h30/17h30', ['13:30-17:30'], 'Théorie'],
    ['8h/12h Apprentissage', '8h/12h', ['08:00-12:00'], 'Apprentissage'],
  ])('%s', (line, text, slots, rest) => {
    expect(hours(line)).toEqual({ text, slots, rest });
  });

  it('does not read noon alone, nor a word that starts with it, as hours', () => {
    expect(hours('Midi : repas')).toBeUndefined();
    expect(hours('Midi-Pyrénées 1 - 13h')).toBeUndefined();
  });
});

describe('two ranges parted by a comma', () => {
  it('reads a whole second range after a comma (`10h - 12h, 17h - 19h`, jeen-animations-jo-2024)', () => {
    expect(hours('10h - 12h, 17h - 19h')).toEqual({ text: '10h - 12h, 17h - 19h', slots: ['10:00-12:00', '17:00-19:00'], rest: '' });
  });

  it('keeps a start time after a comma as the title’s words', () => {
    expect(hours('9h-12h, 14h : atelier')).toEqual({ text: '9h-12h', slots: ['09:00-12:00'], rest: '14h : atelier' });
  });
});
