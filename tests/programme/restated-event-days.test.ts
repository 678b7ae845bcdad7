/*
 * Dates that are not sessions in a plan or a log: the event's days restated in a field over
 * the agendas of those days, and the day a piece of work was delivered.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

const agendas = ['## Planning', '', '### Samedi 16 mai', '- 08:00-10:00 — Ouverture', '- 10:00-12:00 — Show', '', '### Dimanche 17 mai', '- 09:00-12:00 — Finales', ''];

describe('the event’s days restated over their agendas', () => {
  it('are no session of their own', () => {
    const page = ['# LAN 2026', '', '## Contexte', '', '- **Dates** : Samedi 16 et dimanche 17 mai 2026', '- **Lieu** : Magny-Cours', '', ...agendas].join('\n');
    expect(sessionRows(page).map(([line, day]) => [line, day])).toEqual([
      [11, '2026-05-16'],
      [12, '2026-05-16'],
      [15, '2026-05-17'],
    ]);
  });

  it('are a session when one of their days has no agenda', () => {
    const page = ['# LAN 2026', '', '## Contexte', '', '- **Dates** : du 15 au 17 mai 2026', '', ...agendas].join('\n');
    expect(sessionRows(page).map(([line]) => line)).toContain(5);
  });
});

describe('a heading closed by the day its work was delivered', () => {
  it('is no session', () => {
    const plan = ['# Plan de livraison', '', '### Phase 0 — Données ✅ LIVRÉE 2026-04-27', '- [x] Collection', '', '### Phase 1 — Suisse, publiée le 28 avril 2026', '- [x] Appariements', '', '### Soutenance du vendredi 12 juin 2026', ''].join('\n');
    expect(sessionRows(plan).map(([line, day]) => [line, day])).toEqual([[9, '2026-06-12']]);
  });
});
