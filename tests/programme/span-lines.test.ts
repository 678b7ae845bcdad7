/*
 * Runs of days where programmes write them outside a table (the `ranges` class of issues
 * 11 and 12): the first line of an event's paragraph under its heading (sommet-tdj:
 * `### Volet 1 : Sommet` over `8 au 13 août 2015, écovillage et Lomé, Togo` and its
 * description), a training named with digits before `du` (lsm-calendrier: `PSE1 du 19 au
 * 23 février 2024`), struck through as over (`terminée`), not called off, a school exam
 * closed by its run of days (moussatat: `Bac blanc de français lundi 09/12/2024 au
 * mercredi 11/12/2024`), and weeks written together (epita-exams: `Semaine du 27/05 et du
 * 03/06`).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function read(text: string) {
  return check(text, { committed: { year: 2024, month: 6, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days, s.times.map((t) => `${t.start}-${t.end ?? ''}`), s.status]);
}

function days(from: string, count: number): string[] {
  const first = new Date(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, n) => new Date(first.getTime() + n * 86_400_000).toISOString().slice(0, 10));
}

describe("a run of days on the first line of an event's paragraph", () => {
  it('dates the heading above when the next line opens a sentence', () => {
    const text = [
      '# Sommet', '',
      '### Volet 1 : Sommet des antennes', '8 au 13 août 2015, écovillage et Lomé, Togo', 'Les antennes se réunissent pour discuter.', '',
      '### Volet 3 : Tourisme', '20 août au 22 août 2015.', 'Visite de plusieurs lieux du Togo.', '',
      '### Volet 4 : Festival', '23-25 août 2015, Lomé', 'Participation à un festival culturel.', '',
    ].join('\n');
    expect(read(text)).toEqual([
      [3, days('2015-08-08', 6), [], 'confirmed'],
      [7, days('2015-08-20', 3), [], 'confirmed'],
      [11, days('2015-08-23', 3), [], 'confirmed'],
    ]);
  });

  it('reads the hours written with the run', () => {
    const text = ['# Stage 2024', '', '### Stage de printemps', 'Du lundi 15 au vendredi 19 avril 2024, 9h-12h', 'Inscriptions auprès du club.', ''].join('\n');
    expect(read(text)).toEqual([[3, days('2024-04-15', 5), ['09:00-12:00'], 'confirmed']]);
  });

  it('leaves a sentence wrapped over two lines alone', () => {
    expect(read('# Projet\n\n### Historique\n\n3 mars 2020, nous avons ouvert le lab\net tout a changé ensuite.\n')).toEqual([]);
    expect(read('# Projet\n\n### Historique\n\nLe 3 mars 2020, nous avons ouvert le lab.\nIl a fermé ensuite.\n')).toEqual([]);
  });
});

describe('a training named with digits before its run of days', () => {
  it('reads `PSE1 du 19 au 23 février 2024` among dated items, over and not cancelled when struck as `terminée`', () => {
    const text = [
      '# Formations', '',
      '- examen BNSSA : 13 mai 2024',
      '- ~~Stage BNSSA en accéléré : du 15 au 19 avril 2024~~ terminée',
      '- ~~PSE1 du 19 au 23 février 2024~~ terminée',
      '- ~~PSC1 du 2 au 3 mars 2024~~ annulé',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [3, ['2024-05-13'], [], 'confirmed'],
      [4, days('2024-04-15', 5), [], 'confirmed'],
      [5, days('2024-02-19', 5), [], 'confirmed'],
      [6, days('2024-03-02', 2), [], 'cancelled'],
    ]);
  });

  it('still reads a struck item with no word after it as cancelled', () => {
    expect(read('# Formations\n\n- ~~PSE1 du 19 au 23 février 2024~~\n- PSE2 du 4 au 8 mars 2024\n').map((s) => s[3])).toEqual(['cancelled', 'confirmed']);
  });

  it('leaves a sentence that opens with a run of days alone', () => {
    expect(read('# Club\n\nDu 3 au 5 mars nous serons fermés pour travaux.\n')).toEqual([]);
  });
});

describe('a school exam closed by its run of days', () => {
  it.each([
    ['Bac blanc de français lundi 09/12/2024 au mercredi 11/12/2024', days('2024-12-09', 3)],
    ['Brevet blanc jeudi 3 et vendredi 4 avril 2025', ['2025-04-03', '2025-04-04']],
    ['Bac blanc du lundi 3 au mardi 4 février 2025', ['2025-02-03', '2025-02-04']],
  ])('### %s', (heading, want) => {
    expect(read(`# Calendrier\n\n### ${heading}\n`)).toEqual([[3, want, [], 'confirmed']]);
  });
});

describe('weeks written together', () => {
  it('reads each week as its working days, not yet said which', () => {
    const text = ['# Projet de S2 (2019)', '', '### Dernière soutenance', '', '- Semaine du 27/05 et du 03/06', ''].join('\n');
    expect(read(text)).toEqual([[3, [...days('2019-05-27', 5), ...days('2019-06-03', 5)], [], 'tentative']]);
  });
});
