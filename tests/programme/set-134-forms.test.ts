/*
 * Forms read once held-out set 134 was measured unseen (tests/fixtures/real/INDEX.md), each
 * checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

// georchestra-geocom-saint-mande-2023: a block's bold title at its start hour, its talks below without hours.
describe('rows without hours under a block’s bold title in a day agenda', () => {
  const page = (block: string) => [
    '### Mercredi 31 mai 2023', '', '| début | intervention | intervenants |', '|---|---|---|',
    '| 12h30 | Déjeuner | |', `| 13h30 | ${block} | |`, '| | Renouvellement des briques | Pierre |', '| | Refonte des métadonnées | Florent |',
    '| 14h10 | OpenData avec geonetwork | François |', '',
  ];

  it('are the block’s talks, listed on the day without the block’s start hour', () => {
    expect(briefSessions(page('**Opportunités technologiques**'), 2023, 4)).toEqual([
      '5 2023-05-31 12:30-', '6 2023-05-31 13:30-', '7 2023-05-31', '8 2023-05-31', '9 2023-05-31 14:10-',
    ]);
  });

  it('carry the block’s hour when the block says they run side by side, or holds one row', () => {
    expect(briefSessions(page('**Ateliers en parallèle**'), 2023, 4)).toContain('7 2023-05-31 13:30-');
    const one = page('**Clôture**').filter((line) => !line.startsWith('| | Refonte'));
    expect(briefSessions(one, 2023, 4)).toContain('7 2023-05-31 13:30-');
  });

  it('carry the hours of a talk above them: talks given side by side in one slot', () => {
    // A title not in bold, or one with its speaker beside it, is a talk: the rows below share its slot.
    expect(briefSessions(page('Opportunités technologiques'), 2023, 4)).toContain('7 2023-05-31 13:30-');
    const withSpeaker = page('**Opportunités technologiques**').map((line) => line.replace('technologiques** | |', 'technologiques** | Jean |'));
    expect(briefSessions(withSpeaker, 2023, 4)).toContain('8 2023-05-31 13:30-');
  });
});
