/*
 * Slots that hold nothing a reader would put in a calendar: an end marker, a dash, an empty
 * cell, a room left free. Anything else, even closing on stops, is a session.
 */
import { describe, expect, it } from 'vitest';
import { isNoSlot } from '../../src/programme/session-drafts.js';

describe('a slot that holds nothing', () => {
  it('is an end marker, a dash or a free room, whatever stops close it', () => {
    expect(['fin', 'Fin.', ' -- ', '...', '', 'Rien de programmé !', 'Aucune séance.', 'Libre'].map(isNoSlot)).toEqual([true, true, true, true, true, true, true, true]);
  });

  it('is not a title, even one that closes on stops or says `fin` among other words', () => {
    expect(['Fin de la journée', 'Pause...', 'Conférence !', 'Libre accès', `Atelier${'.'.repeat(20_000)}x`].map(isNoSlot)).toEqual([false, false, false, false, false]);
  });
});
