/*
 * Forms read once held-out sets 128 and 129 were measured unseen (tests/fixtures/real/INDEX.md),
 * each checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';

// liber-impro-cours-annuel-2024, liber-impro-poussins-2025, lesourdingo-tarot-belote-ete-2026,
// journalisme-uqam-edm4466-jeudis-2023: a class held every week over a period, written once.
describe('a series held every week over a period', () => {
  it('is one session on each of its weekdays within the period, at its hours', () => {
    const page = ['# Cours annuel', '', 'Ces ateliers ont lieu les mercredis de 19 à 21h au FMP1 du 4 septembre 2024 au 2 octobre 2024.', ''];
    const [series, ...others] = readSessions(page, 2024, 9);
    expect(others).toEqual([]);
    expect(series!.line).toBe(3);
    expect(series!.days).toEqual(['2024-09-04', '2024-09-11', '2024-09-18', '2024-09-25', '2024-10-02']);
    expect(series!.times.map((t) => `${t.start}-${t.end}`)).toEqual(['19:00-21:00']);
  });

  it('takes its weekday from `le lundi` once the page says it is every week, its year from the commit', () => {
    const page = ['# Poussins', '', 'La première session aura lieu une fois par semaine du lundi 14 octobre au lundi 2 décembre. Les ateliers ont lieu le lundi de 19h à 21h.', ''];
    expect(briefSessions(page, 2024, 10)).toEqual(['3 2024-10-14..2024-12-02 (8) 19:00-21:00']);
  });

  it('reads a list of fields, its period in whole months, and stands on the first of its lines', () => {
    const page = ['# Tarot', '', '- **Période** : juillet et août 2026', '- **Jour** : tous les mercredis', '- **Heure** : de 14h00 à 18h00', ''];
    expect(briefSessions(page, 2026, 6)).toEqual(['3 2026-07-01..2026-08-26 (9) 14:00-18:00']);
  });

  it('reads a table of fields', () => {
    const page = ['# Journalisme', '', '| Clé | Valeur |', '| --- | --- |', '| Période | Les jeudis matin (9h30 à 12h30) |', '| Dates | Du 12 janvier au 2 février 2023 |', ''];
    expect(briefSessions(page, 2023, 1)).toEqual(['5 2023-01-12..2023-02-02 (4) 09:30-12:30']);
  });

  it('is no session without its period, or when the weekday is left out or the days are named', () => {
    const habit = ['# Chorale', '', 'Les répétitions ont lieu les mardis de 18h à 20h, salle B.', ''];
    expect(briefSessions(habit, 2024, 9)).toEqual([]);
    const except = ['# Club', '', 'Le club est ouvert du 2 septembre au 30 juin, sauf les mercredis.', ''];
    expect(briefSessions(except, 2024, 9)).toEqual([]);
  });

  // Found by review: blocks whose calendar would not be what they say.
  it('is none when the weekday is closed, called off, skipped, left out, or opening hours', () => {
    const blocks = [
      'La piscine est fermée tous les lundis du 1er juillet au 31 août 2025.',
      'Pas de séance les mercredis du 21 octobre au 3 novembre 2024.',
      'Un mercredi sur deux, les mercredis de 14h à 16h du 4 septembre au 18 décembre 2024.',
      'Chaque lundi de 14h à 16h, sauf du 22 décembre 2024 au 5 janvier 2025.',
      'La médiathèque est ouverte les samedis de 10h à 12h du 1er juillet au 31 août 2025.',
      'Le club était ouvert à tous les vendredis de 20h à 22h du 6 septembre 2019 au 26 juin 2020.',
    ];
    for (const block of blocks) expect(briefSessions(['# Club', '', block, ''], 2024, 9), block).toEqual([]);
  });

  it('is none when its period is a registration’s, too short to repeat, or beside another date or weekday', () => {
    const blocks = [
      'Inscriptions du 1er au 15 septembre 2024 au bureau. Les cours ont lieu les mardis de 18h à 19h.',
      'Stage du lundi 7 au vendredi 11 juillet 2025, de 9h à 12h, comme tous les mercredis.',
      'Répétitions les lundis et mercredis de 20h à 22h du 2 septembre 2024 au 30 juin 2025.',
      'Cours tous les jeudis à partir du 12 septembre 2024, fin le 26 juin 2025, tarif du 1er septembre 2024 au 31 août 2025.',
    ];
    for (const block of blocks) expect(briefSessions(['# Club', '', block, ''], 2024, 9), block).toEqual([]);
  });

  it('takes its name from the heading above it when the page has no title of its own', () => {
    const page = ['## Atelier d’improvisation', '', 'Les ateliers ont lieu les mercredis de 19h à 21h, du 4 septembre au 2 octobre 2024.', ''];
    expect(readSessions(page, 2024, 9).map((s) => s.title)).toEqual(['Atelier d’improvisation']);
  });

  it('leaves a page that lists its sessions as it was', () => {
    const page = ['# Cours', '', 'Les cours ont lieu les mercredis du 4 septembre au 25 juin.', '', '## Mercredi 4 septembre 2024', '', 'Rentrée.', ''];
    expect(briefSessions(page, 2024, 9)).toEqual(['5 2024-09-04']);
  });
});

// noahkohrs-platformfighter-journal-2023 (set 128): `## 24-27/06` among a journal's `## 23/06`.
describe('a run of bare days of one month in a journal’s headings', () => {
  it('is those days, and counts among the journal’s days', () => {
    const page = ['# Journal', '', '## 21/06', '', 'fait', '', '## 22/06', '', 'fait', '', '## 24-27/06', '', 'vidéo', ''];
    expect(briefSessions(page, 2023, 6)).toEqual(['3 2023-06-21', '7 2023-06-22', '11 2023-06-24..2023-06-27 (4)']);
  });

  it('is no run when a spaced dash parts a class’s number from its day, or when it goes back', () => {
    // tim-montmorency-gestion-cours-2024: classes numbered, their days written month first.
    const numbered = ['# Cours', '', ...['1 - 08/26', '2 - 09/04', '3 - 09/09', '4 - 09/16'].flatMap((heading) => [`## ${heading}`, '', 'x', ''])];
    expect(briefSessions(numbered, 2024, 9)).toEqual(['3 2024-08-26', '7 2024-09-04', '11 2024-09-09', '15 2024-09-16']);
    const back = ['# Journal', '', '## 21/06', '', 'x', '', '## 22/06', '', 'x', '', '## 23/06', '', 'x', '', '## 27-24/06', '', 'x', ''];
    expect(briefSessions(back, 2023, 6)).toEqual(['3 2023-06-21', '7 2023-06-22', '11 2023-06-23']);
  });
});

// eens1-calendrier-liturgique-2024 (set 129): a parish's list of holy days of obligation.
describe('a holiday named with its own day', () => {
  it('says which day the holiday is: no session', () => {
    const page = ['# Calendrier', '', '## Jours de fêtes de précepte', '', '- Tous les dimanches', '- Noël (25 dec.)', '- Assomption (15 août)', '- Toussaint (1 nov.)', ''];
    expect(briefSessions(page, 2024, 9)).toEqual([]);
  });

  it('is an event in a list that names no days off (a committee’s or a choir’s dates)', () => {
    const page = ['# Comité des fêtes', '', '## Nos rendez-vous', '', '- Chandeleur (2 février)', '- Fête de la musique (21 juin)', '- Noël (25 déc.)', ''];
    // Their days, whatever year the page's other clues give them.
    expect(readSessions(page, 2024, 9).map((s) => `${s.line} ${s.days.map((day) => day.slice(5)).join(' ')}`)).toEqual(['5 02-02', '6 06-21', '7 12-25']);
  });

  it('is a session with its hours, or on another day than the feast’s', () => {
    const page = ['# Paroisse', '', '- Messe de Noël (24 décembre, 18h - 19h30)', '- Noël (25 décembre à 10h30)', '- Fête de la paroisse (15 septembre)', ''];
    expect(briefSessions(page, 2024, 9)).toEqual(['3 2024-12-24 18:00-19:30', '4 2024-12-25 10:30-', '5 2024-09-15']);
  });
});

// afpc-assemblee-generale-2012 (set 129): a letter converted to markdown, its titles underlined with an escaped dash.
describe('a title over an escaped setext underline', () => {
  it('is a heading: the date line under `Date et Lieu:` is the meeting', () => {
    const page = ['Cher adhérent,', '', 'Date et Lieu:  ', '\\-------------  ', '  ', 'Le mardi 22 mai 2012 à 17h  ', 'Campus de SUPAERO', ''];
    expect(briefSessions(page, 2012, 5)).toEqual(['6 2012-05-22 17:00-']);
  });

  it('under a title naming the same day, is that one meeting, named by the title, at the hours the section gives', () => {
    const page = ['Cher adhérent,', '', "AG de l'AFPC - 22 mai 2012 - CONVOCATION  ", '\\-------------  ', '', 'Date et Lieu:  ', '\\-------------  ', '', 'Le mardi 22 mai 2012 à 17h  ', 'Campus de SUPAERO', ''];
    expect(readSessions(page, 2012, 5).map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => t.start).join()} ${s.title}`)).toEqual(["9 2012-05-22 17:00 AG de l'AFPC : CONVOCATION"]);
  });

  it('under another event’s heading, is that event’s when, not the title’s', () => {
    const page = ['## Atelier 1 - 22 mai 2012', '', '## Atelier 2', '', '### Quand', '', 'Le mardi 22 mai 2012 à 17h.', ''];
    expect(briefSessions(page, 2012, 5)).toEqual(['1 2012-05-22', '7 2012-05-22 17:00-']);
  });

  it('under a title naming another day, leaves both', () => {
    const page = ['## Assemblée générale - 22 mai 2012', '', '## Date et lieu', '', 'Le mardi 29 mai 2012 à 17h', ''];
    expect(briefSessions(page, 2012, 5)).toEqual(['1 2012-05-22', '5 2012-05-29 17:00-']);
  });

  it('is a rule after a blank line, and no heading under a paragraph of several lines', () => {
    const page = ['Cher adhérent,', 'Date et Lieu:  ', '\\-------------  ', '', 'Le mardi 22 mai 2012 à 17h, rendez-vous.', '', '\\---', ''];
    expect(briefSessions(page, 2012, 5)).toEqual([]);
  });
});

// scortijo-formation-ggplot-2020 (set 130): a training page that opens with its fields.
describe('the one field of a page that says when', () => {
  it('is the page’s event, named by its title, whatever heads it', () => {
    const page = ['# Formation ggplot', '', '**Où :** Salle 109', '', '**Quand:** 15/10/2020, 14h-17h', '', '### Description', '', 'Cette formation vous apprend ggplot2.', ''];
    const read = readSessions(page, 2020, 10);
    expect(read.map((s) => `${s.line} ${s.title} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end}`).join()}`)).toEqual(['5 Formation ggplot 2020-10-15 14:00-17:00']);
  });

  it('is none of several: a page of events each with its own field', () => {
    const page = ['# Activités de la semaine', '', '**Chasse au trésor :**', '', '*Quand :* Vendredi 18 novembre 16 h 00 -- 18 h 30', '', '**Rencontres :**', '', '*Quand :* Jeudi, de 18h @ 21h', ''];
    expect(briefSessions(page, 2016, 11)).toEqual([]);
  });

  // Found by review: a post's stamp in its head.
  it('is none in a signed head, or at a time off the five minutes: the moment a post was saved', () => {
    const signed = ['# Nouvelle version du site', '', 'Un petit mot.', '', '**Date :** 12/03/2024 à 10h', '', '**Auteur :** Paul', '', '## Nouveautés', ''];
    expect(briefSessions(signed, 2024, 3)).toEqual([]);
    const saved = ['# Nouvelle version du site', '', '**Date :** 12/03/2024 à 10:32', '', '## Nouveautés', ''];
    expect(briefSessions(saved, 2024, 3)).toEqual([]);
  });

  it('is none without its hours: a bare date field is the day a post was written', () => {
    const page = ['# Compte rendu', '', '**Date :** 15/10/2020', '', 'Nous avons parlé du budget.', ''];
    expect(briefSessions(page, 2020, 10)).toEqual([]);
  });
});

// 6tpi-evo-france-doc-fictive-2026 (set 128): a theme's documentation whose event is an example.
describe('a page that calls itself an example or a fiction', () => {
  it('gives no session, whatever dates its example writes', () => {
    const page = ['---', 'title: "Documentation Blowfish — Exemple de page événement : EVO France 2026"', 'summary: "Documentation fictive illustrant la structuration d’une page."', '---', '', '### EVO France 2026', '', '- **Lieu** : Nice', '- **Dates** : **9 au 12 octobre 2026**', ''];
    expect(briefSessions(page, 2025, 1)).toEqual([]);
  });

  it('is read when its title names a real event', () => {
    const page = ['---', 'title: "EVO France 2026"', 'summary: "Le tournoi revient à Nice."', '---', '', '### EVO France 2026', '', '- **Lieu** : Nice', '- **Dates** : **9 au 12 octobre 2026**', ''];
    expect(briefSessions(page, 2025, 1)).not.toEqual([]);
  });
});

// Found by review: a dated heading's `### Quand` section, the nested form of the convocation's.
describe('a section that says when under a dated heading', () => {
  it('gives the heading its hours, and the sub-heading after it closes it', () => {
    const page = ['# Programme du festival', '', '## Samedi 22 juin 2024', '', 'Concert d’ouverture.', '', '### Quand', '', 'Le samedi 22 juin 2024 à 21h.', '', '### Lieu', '', 'Place du marché, de 9h à 12h le marché.', ''];
    expect(briefSessions(page, 2024, 6)).toEqual(['3 2024-06-22 21:00-']);
  });

  it('leaves a heading over parts of its day as it was', () => {
    const page = ['# Programme', '', '## Samedi 22 juin 2024', '', '### Atelier', '', 'Début à 14h.', ''];
    expect(briefSessions(page, 2024, 6)).toEqual(['3 2024-06-22']);
  });
});
