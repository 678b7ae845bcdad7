/*
 * Forms read once held-out set 125 was measured unseen and read (tests/fixtures/real/INDEX.md,
 * set 125), each checked on a short page, with the near forms that must stay as they were.
 * (A parallel list's year and mistyped month names were tried and left: a review found lists
 * of last year and first names, `Javier`, read wrong by them.)
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// mozfr-firefoxos-comm-reunions-2014-2016: a wiki's archive of meetings, each a wiki link.
describe('lines written as wiki links', () => {
  it('are read as the label a reader sees, whichever side of the bar it stands', () => {
    const page = [
      '# Réunions du groupe',
      '',
      '[[groupe/reunions/reunion-comm-2016-05-23|Réunion du 23 mai 2016]]',
      '',
      '[[groupe/reunions/reunion-comm-2016-05-09|Réunion du 9 mai 2016]]',
      '',
      '[[Réunion du 2 mai 2016|reunion-comm-2016-05-02]]',
      '',
    ];
    expect(brief(page, 2016, 6)).toEqual(['3 2016-05-23', '5 2016-05-09', '7 2016-05-02']);
  });

  it('take no day from the page a link points to when its label names one or is a word', () => {
    expect(brief(['# Archives', '', '- [[groupe/reunions/reunion-comm-2016-05-23|Compte-rendu de réunion]]', '- [[groupe/reunions/reunion-comm-2016-05-09|Compte-rendu de réunion]]', ''], 2016, 6)).toEqual([]);
  });

  // Found by review: an Obsidian daily note's link, whose target is the only date written.
  it('keep the date of a link whose label writes none (a daily note’s)', () => {
    expect(brief(['# Notes', '', '- [[2024-03-12|Mardi]] : réunion à 14h', '- [[2024-03-14|Jeudi]] : atelier', ''], 2024, 3)).toEqual(['3 2024-03-12 14:00-', '4 2024-03-14']);
  });
});
