/*
 * Event pages whose writer picks each heading's size for the look (a small dated heading,
 * then the event's name and `Au programme` in bigger ones), and sets an emoji before each
 * slot's hours: a reader keeps the day over the event until the next day or a `---` rule,
 * and reads the hours past the emoji.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

describe('a day heading followed at once by a bigger heading', () => {
  const page = [
    '### 🗓️ Vendredi 7 août 2026 - 19h', // 1
    '',
    '## ✨ Nuit des Etoiles ✨', // 3
    '',
    '# 📍 Au programme', // 5
    '',
    '- 🕗 19h – Rencontre avec l’association Équinoxe', // 7
    '- 👉 Discussions et échanges',
    '- 🎤 20h15 – Concert de Mademoiselle Claire', // 9
    '',
    '---',
    '',
    '# Infos pratiques', // 13
    '',
    '- 18h – Ouverture du bar', // 15
    '',
  ].join('\n');

  it('keeps the day over the event’s headings, each timed item a slot of it, up to the rule', () => {
    expect(sessionRows(page)).toEqual([
      [7, '2026-08-07', '19:00-', 'Rencontre avec l’association Équinoxe'],
      [9, '2026-08-07', '20:15-', 'Concert de Mademoiselle Claire'],
    ]);
  });

  it('lets a bigger heading close the day when it does not follow the day heading at once', () => {
    const nested = ['# Festival 2026', '', '### Vendredi 7 août', '', '- 19h – Concert', '', '# Infos pratiques', '', '- 18h – Ouverture du bar', ''].join('\n');
    expect(sessionRows(nested)).toEqual([[5, '2026-08-07', '19:00-', 'Concert']]);
  });
});

describe('a line of hours alone under a timed day heading', () => {
  it('restates the heading’s session and gives its end, no slot of its own', () => {
    const page = ['### 🗓️ Mercredis 12 et 26 août 2026 - 10h30', '', '## 🪷 Initiation au Qi Gong', '', 'Prévoyez des vêtements souples.', '', '🕙 10h30 — 12h', '', '---', ''].join('\n');
    expect(sessionRows(page).map(([line, days, hours]) => [line, days, hours])).toEqual([[1, '2026-08-12 2026-08-26', '10:30-12:00']]);
  });
});
