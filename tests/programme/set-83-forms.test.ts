/*
 * Forms read once held-out set 83 was measured unseen and read (blunier-isl-geneve-2023,
 * blunier-semantique-formelle-2025), checked here on a short page, with the near forms that
 * must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// A Swiss teacher's course pages: a table under an empty header whose first column writes
// padded dotted days (`27.09`, `04.10`), each row a class with its material's links.
describe('padded dotted days down a column under no header', () => {
  const page = (days: string[], title = (n: number) => `TP ${n}: Grammaire`) => [
    '## Programme',
    '',
    '|   |                  |  |  |',
    '|---|------------------|--|--|',
    ...days.map((day, index) => `| ${day} | ${title(index + 1)} | [Exercices](./ex${index + 1}.pdf) | [Corrigé](./corr${index + 1}.pdf) |`),
    '',
  ];

  it('are the days of a term’s classes, their material beside them', () => {
    expect(brief(page(['27.09', '04.10', '11.10']), 2023, 9)).toEqual(['5 2023-09-27', '6 2023-10-04', '7 2023-10-11']);
  });

  it('name a class through a link titled as a numbered session', () => {
    expect(brief(page(['21.01', '28.01', '04.02'], (n) => `[Cours ${n}: Introduction](./cours${n}.pdf)`), 2025, 1)).toEqual(['5 2025-01-21', '6 2025-01-28', '7 2025-02-04']);
  });

  it('stay unread when they do not run forward, as versions or prices may not', () => {
    expect(brief(page(['27.09', '04.10', '01.02', '11.10', '03.01']), 2023, 9)).toEqual([]);
  });
});

// A list of hackathons to apply to: a heading per event over its fields, the dates field
// behind an emoji inside its bold label, then a shortlist that picks three of them again.
describe('events under headings, their dates field behind an emoji, then a shortlist', () => {
  const event = (name: string, dates: string, place: string) => [`### **${name}**`, `**📅 Dates :** ${dates}  `, `**📍 Lieu :** ${place}  `, '**🎯 Pourquoi :**', '- Réseau important', ''];
  const events = [
    ...event('Hackathon MakeAfrica 2025', '4-8 novembre 2025', 'Cotonou, Bénin'),
    ...event('NextGen Hackathon', '10-12 décembre 2025', 'Nice, France'),
    ...event('Hackathon Tech for Humanity', '6-7 décembre 2025', 'Paris, France'),
  ];
  const shortlist = (items: string[]) => ['### ⭐ **TOP 2 À POSTULER :**', '', ...items.flatMap((item, index) => [`${index + 1}. ${item}`, '   - Inscription ouverte', '']), ''];

  it('are read each on its heading, titled by it', () => {
    expect(readSessions(['# Hackathons', '', ...events], 2025, 11).map((s) => `${s.line} ${s.days[0]}..${s.days.at(-1)} ${s.title}`)).toEqual([
      '3 2025-11-04..2025-11-08 Hackathon MakeAfrica 2025',
      '9 2025-12-10..2025-12-12 NextGen Hackathon',
      '15 2025-12-06..2025-12-07 Hackathon Tech for Humanity',
    ]);
  });

  const read = ['3 2025-11-04..2025-11-08 (5)', '9 2025-12-10 2025-12-11 2025-12-12', '15 2025-12-06 2025-12-07'];

  it('are listed once when a shortlist below picks some of them again with their days', () => {
    const page = ['# Hackathons', '', ...events, ...shortlist(['**NextGen Hackathon** (10-12 déc 2025)', '**Hackathon MakeAfrica** (4-8 nov 2025)'])];
    expect(brief(page, 2025, 11)).toEqual(read);
  });

  it('keep a list below that names another event', () => {
    const page = ['# Hackathons', '', ...events, ...shortlist(['**NextGen Hackathon** (10-12 déc 2025)', '**Game Jam de Lyon** (4-8 nov 2025)'])];
    expect(brief(page, 2025, 11)).toEqual([...read, '23 2025-12-10 2025-12-11 2025-12-12', '26 2025-11-04..2025-11-08 (5)']);
  });

  it('keep a list below that tells every event again, a copy duplicate-session reports', () => {
    const page = ['# Hackathons', '', ...events, ...shortlist(['**NextGen Hackathon** (10-12 déc 2025)', '**Hackathon MakeAfrica** (4-8 nov 2025)', '**Hackathon Tech for Humanity** (6-7 déc 2025)'])];
    expect(brief(page, 2025, 11)).toEqual([...read, '23 2025-12-10 2025-12-11 2025-12-12', '26 2025-11-04..2025-11-08 (5)', '29 2025-12-06 2025-12-07']);
  });
});
