/*
 * Forms read once held-out set 133 was measured unseen (tests/fixtures/real/INDEX.md), each
 * checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

// polyquantique-mini-cours-theorie-groupes-2023: a course's days written hours first.
describe('lines that open with their hours, then their day', () => {
  it('are sessions as list items and as the lines of one paragraph', () => {
    const items = ['### Où et Quand', '', '- 11:00-12:30, 18 Janvier a la salle J-1035', '- 14:00-15:30, 20 Janvier a la salle C-632', ''];
    expect(briefSessions(items, 2023, 1)).toEqual(['3 2023-01-18 11:00-12:30', '4 2023-01-20 14:00-15:30']);
    const lines = ['### Où et Quand', '', '11:00-12:30, 18 Janvier a la salle J-1035 <br>', '14:00-15:30, 20 Janvier a la salle C-632 <br>', ''];
    expect(briefSessions(lines, 2023, 1)).toEqual(['3 2023-01-18 11:00-12:30', '4 2023-01-20 14:00-15:30']);
  });

  it('are none when a line names a second time, or one line alone in prose', () => {
    // (Another reading takes the later range of such a line; the hours first are not its session's.)
    const times = ['# Stage', '', '- 9h-12h, 18 janvier puis 14h-17h atelier', '- 9h-12h, 19 janvier puis 14h-17h atelier', ''];
    expect(briefSessions(times, 2023, 1).filter((session) => session.includes('09:00-12:00'))).toEqual([]);
    const alone = ['# Stage', '', '14h00, 18 janvier : nous avons rangé la salle après la fête.', ''];
    expect(briefSessions(alone, 2023, 1)).toEqual([]);
  });
});

// brahier-camps-vacances-equitation-2026: a Hugo page's dates written as shortcode buttons.
describe('a run of shortcode items that each hold a date', () => {
  it('is one session an item, its hours read as a list item’s', () => {
    const page = [
      '## Dates et inscriptions', '', '{{< jf-buttons-list >}}',
      '{{< jf-button-item id="260993818459374">}}6 - 10 juillet 2026{{< /jf-button-item >}}',
      '{{< jf-button-item id="260993800502354">}}13 - 17 juillet 2026 (Camps de jour - 9h-16h){{< /jf-button-item >}}',
      '{{< /jf-buttons-list >}}', '',
    ];
    expect(briefSessions(page, 2026, 1)).toEqual(['4 2026-07-06..2026-07-10 (5)', '5 2026-07-13..2026-07-17 (5) 09:00-16:00']);
  });

  it('is none for items whose text is no date, or a dated one among them', () => {
    const mixed = ['Nos liens :', '', '{{< item >}}6 - 10 juillet 2026{{< /item >}}', '{{< item >}}Les tarifs{{< /item >}}', ''];
    expect(briefSessions(mixed, 2026, 1)).toEqual([]);
    const words = ['## Liens', '', '{{< item >}}Le programme{{< /item >}}', '{{< item >}}Les tarifs{{< /item >}}', ''];
    expect(briefSessions(words, 2026, 1)).toEqual([]);
  });
});

// brahier-finales-poneys-corminboeuf-2021: a day's agenda table whose rounds follow one
// another (`à la suite`) and whose Swiss clock writes `13.30`.
describe('a day agenda table with rounds that follow and dotted times', () => {
  it('lists a round that follows on the day without hours, and reads `13.30` as a time', () => {
    const page = [
      '## Dimanche 7 novembre 2021', '', 'Épreuve | Prix | Horaire', '--------|------|--------',
      '6 | Par équipe | 09:30', '7 | Finale AB P60 | 13.30', '8 | Finale BC P80 | à la suite', '',
    ];
    expect(briefSessions(page, 2021, 8)).toEqual(['5 2021-11-07 09:30-', '6 2021-11-07 13:30-', '7 2021-11-07']);
  });

  it('reads no dotted number outside its hours column', () => {
    const page = ['## Dimanche 7 novembre 2021', '', '| Horaire | Épreuve | Hauteur |', '|---|---|---|', '| 09:30 | Par équipe | 1.20 |', '| 11:00 | Finale | 1.30 |', ''];
    expect(briefSessions(page, 2021, 8)).toEqual(['5 2021-11-07 09:30-', '6 2021-11-07 11:00-']);
    // A column no header names for hours: its dotted numbers are heights, the table no agenda.
    const heights = ['## Dimanche 7 novembre 2021', '', '| Épreuve | Hauteur |', '|---|---|', '| Par équipe | 1.20 |', '| Finale | 1.30 |', ''];
    expect(briefSessions(heights, 2021, 8).filter((session) => session.includes(':'))).toEqual([]);
  });
});
