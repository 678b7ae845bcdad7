import { describe, expect, it } from 'vitest';
import { check, days } from '../helpers/read.js';

const read = (text: string) => check(text).programme.sessions.map((s) => `${s.position.start.line} ${days(s).join(',')} ${s.hours?.text ?? ''} ${s.title.text}`.trim());

// Coordinators write one session per line of a paragraph as often as in a list.
describe('sessions written one per line of a paragraph', () => {
  it('reads a line that opens with its date and its clock hours, even alone', () => {
    expect(read('# Club 2024\n\nSamedi 5 juin, 14h-17h : atelier réparation de vélos\n')).toEqual(['3 2024-06-05 14h-17h atelier réparation de vélos']);
    expect(read('# Club\n\n**Jeudi 3 octobre 2024**, 18h30 : assemblée générale\n')).toEqual(['3 2024-10-03 18h30 assemblée générale']);
    expect(read('# Rencontres\n\n12/03/2025 à 9h - Petit-déjeuner des partenaires\n')).toEqual(['3 2025-03-12 9h Petit-déjeuner des partenaires']);
  });

  it('reads lines separated by <br> as lines', () => {
    const text = '# Ateliers 2024\n\nLundi 4 mars, 14h : atelier 1<br>Lundi 11 mars, 14h : atelier 2<br/>Lundi 18 mars, 14h : atelier 3\n';
    expect(read(text).map((line) => line.split(' ').slice(1, 3).join(' '))).toEqual(['2024-03-04 14h', '2024-03-11 14h', '2024-03-18 14h']);
  });

  it('keeps prose prose: a date or a time inside a sentence, or a lone date with no hours, is no session', () => {
    for (const text of [
      '# Blog\n\nLe samedi 5 juin, 14h-17h, nous avons réparé des vélos.\n',
      '# Blog\n\n3 mars 2020 : le site ouvre ses portes.\n',
      '# Blog\n\nRendez-vous vers 18h devant la salle, le 3 mars 2020.\n',
      '# Blog\n\nSamedi 5 juin 2021 est la date limite, 14h au plus tard.\n',
    ]) expect(read(text), text).toEqual([]);
  });

  it('reads, between lines that open with their dates, a line that names its event first and closes with its date or the label before a colon', () => {
    const text = '# Calendrier prévisionnel 2019\n\nApéro projet détox le 4 janvier\n19 et 20 janvier Mibsday à Quiberon\nVendredi moi tout avec Camptic le 25 janvier\nVendredi moi tout 22 février : fibre avec orange\n';
    expect(read(text)).toEqual([
      '3 2019-01-04  Apéro projet détox',
      '4 2019-01-19,2019-01-20  Mibsday à Quiberon',
      '5 2019-01-25  Vendredi moi tout avec Camptic',
      '6 2019-02-22  Vendredi moi tout : fibre avec orange',
    ]);
  });

  it('reads no closing date in a paragraph of prose, where no line opens with its date', () => {
    expect(read('# Blog\n\nLa fête du club le 4 janvier\nLe repas est offert.\n')).toEqual([]);
  });
});

// chorale-lausanne-dates-2025 (set 68): a choir's every date, the coming one in bold, then a
// paragraph of past ones, a line each; the bold line is one more date, not their day.
describe('a day line in bold over a paragraph of lines each dated', () => {
  it('reads the bold day and each dated line below it as sessions', () => {
    const text = '### Toutes nos dates\n\n**1er février 2025 au Tojo (Berne), pour le festival**\n\n*****\n26 décembre 2024 à la Chaux-de-Fonds  \n13 décembre 2024 à l’espace autogéré (Lausanne)  \n16 septembre 2024 aux Dissidentes\n';
    expect(read(text).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['3 2025-02-01', '6 2024-12-26', '7 2024-12-13', '8 2024-09-16']);
  });

  it('keeps the lines under a bold day its slots when they write its own day or only hours', () => {
    const slots = '# Stage 2025\n\n**Samedi 1er février 2025**\n\n9h : accueil  \n14h : atelier\n';
    expect(read(slots).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual(['5 2025-02-01 9h', '6 2025-02-01 14h']);
  });
});
