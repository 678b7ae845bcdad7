/*
 * Near misses a reviewer who changed no code wrote against the rules of set 54's read part
 * (listed-headings.ts, a dated heading that names the holidays alone): each read wrong by
 * those rules as first written, and each checked to fail on that engine before its fix.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/read.js';

const brief = (lines: string[]) => briefSessions(lines, { year: 2025, month: 6, day: 1 }).map((line) => line.replace(/\s+/g, ' '));

describe('an undated heading inside a list item is a part of the item, and stays', () => {
  it('each day’s `### Matin` keeps its hours on its own day', () => {
    const page = ['# Programme de la semaine', '', '- Lundi 3 mars 2025', '  ### Matin', '  - 9h00 - 10h30 : Accueil des participants', '- Mardi 4 mars 2025', '  ### Matin', '  - 14h00 - 16h00 : Visite du musée', ''];
    expect(brief(page)).toEqual(['3 2025-03-03 09:00-10:30 Accueil des participants', '6 2025-03-04 14:00-16:00 Visite du musée']);
  });

  it('a speaker’s `## Biographie` inside a day’s list does not end the day', () => {
    const page = ['# Séminaire', '', '## Lundi 3 mars 2025', '- Intervenant : Paul Martin', '  ## Biographie', '  Paul est formateur depuis 2010.', '- 9h-12h : atelier', '- 14h-16h : bilan', '', '## Mardi 4 mars 2025', '- 9h-12h : visite', ''];
    expect(brief(page)).toEqual(['7 2025-03-03 09:00-12:00 atelier', '8 2025-03-03 14:00-16:00 bilan', '11 2025-03-04 09:00-12:00 visite']);
  });
});

describe('holidays that say what they hold below their heading are a programme', () => {
  it.each([
    [['## 20 au 24 octobre 2025 : Vacances de la Toussaint', 'Accueil des enfants de 8h30 à 17h30 à l école Jules Ferry.'], '08:30-17:30'],
    [['## 14 au 18 avril 2025 : Vacances scolaires', 'Stage de théâtre du lundi au vendredi, 14h-17h.'], '14:00-17:00'],
  ])('%j', (lines, hours) => {
    expect(brief(['# Accueil de loisirs', '', ...lines, ''])[0]).toContain(hours);
  });
});
