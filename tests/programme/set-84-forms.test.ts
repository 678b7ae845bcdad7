/*
 * Forms read once held-out set 84 was measured unseen and read (jpluqac-8inf892-cours5-2024),
 * checked here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { readSessions } from '../helpers/brief-sessions.js';

const titles = (lines: string[]) => readSessions(lines, 2024, 2).map((s) => `${s.line} ${s.days.join(' ')} ${s.title}`);

// A student's notes of a class: the project's two sprints, each told as a sentence whose
// verb ties the sprint to its day (`Sprint 1 est le jeudi 4 avril`).
describe('a dated item whose verb ties its label to its day', () => {
  const page = (items: string[]) => ['# Cours 5 - 6 février 2024', '', '- Rétropropagation', '', '# Projets', '', '- Deux sprints (avec rapports)', ...items.map((item) => `  - ${item}`), ''];

  it('is titled by its label, the verb left out', () => {
    expect(titles(page(['Sprint 1 est le jeudi 4 avril 2024', 'Sprint 2 est jeudi le 18 avril 2024']))).toEqual([
      '1 2024-02-06 Cours 5',
      '8 2024-04-04 Sprint 1',
      '9 2024-04-18 Sprint 2',
    ]);
  });

  it('keeps a place that ends in the same word', () => {
    expect(titles(page(["Salon de l'Est le jeudi 4 avril 2024", "Foire de l'Est le jeudi 18 avril 2024"]))).toEqual([
      '1 2024-02-06 Cours 5',
      "8 2024-04-04 Salon de l'Est",
      "9 2024-04-18 Foire de l'Est",
    ]);
  });
});
