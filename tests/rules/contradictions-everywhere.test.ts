/*
 * The contradictions a careful reader sees wherever a coordinator writes them, not only in
 * a schedule table's dates cell: by class, each with the variants other coordinators
 * write, beside the real documents that showed them (tests/fixtures/real:
 * nsi-parc-seance-2021-03-03, sjp-prepa-calendrier-2018-19, atelier-sig-artac-2025,
 * hnu6052-plan-atelier-2023, lmac-seminar-2017-11-23). Each class has a counter-example
 * that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { check, table } from '../helpers/read.js';

const alarms = (text: string) =>
  check(text)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.rule}@${d.line}`);

describe('a weekday that does not fit its date, wherever the date is written', () => {
  it('in a heading whose date writes no year, the year given by the front matter', () => {
    const text = '---\ntitle: séance du 03/03/2021\n---\n\n# Correction du QCM\n\n# Travail à faire pour le jeudi 10/03\n\n* Préparer l’exercice 2.\n';
    expect(alarms(text)).toEqual(['weekday-mismatch@7']);
    expect(alarms(text.replace('jeudi 10/03', 'mercredi 10/03'))).toEqual([]);
  });

  it('at both ends of a range written in a sentence (`Mardi 20-Mercredi 21 février 2019`)', () => {
    const text = '# Prépa 2018-2019\n\n### Le voyage à Bruxelles\n\nA titre indicatif : Mardi 20-Mercredi 21 février 2019\n';
    // Both ends are wrong: each is said.
    expect(alarms(text)).toEqual(['weekday-mismatch@5', 'weekday-mismatch@5']);
    expect(alarms(text.replace('Mardi 20-Mercredi 21', 'Mardi 19-Mercredi 20'))).toEqual([]);
  });

  it('in the second date of a sentence that writes two', () => {
    const text = '# Stage 2025\n\nLe stage a lieu du lundi 3 au mercredi 5 mars 2025, puis le vendredi 10 avril 2025 pour la restitution.\n';
    expect(alarms(text)).toEqual(['weekday-mismatch@3']);
    expect(alarms(text.replace('vendredi 10 avril', 'jeudi 10 avril'))).toEqual([]);
  });

  it('in a cell of a table that is no schedule (a remark in a table of steps)', () => {
    const text = '# Projet 2025\n\n' + table('Étape | Remarque', 'Rapport | à rendre le vendredi 11 décembre 2025 au plus tard');
    expect(alarms(text)).toEqual(['weekday-mismatch@5']);
    expect(alarms(text.replace('vendredi 11', 'jeudi 11'))).toEqual([]);
  });

  it('in a sentence that writes no year, given the year of the sessions around it', () => {
    const schedule = table('Séance | Date', 'Cours 1 | 3 mars 2025', 'Cours 2 | 10 mars 2025', 'Cours 3 | 17 mars 2025');
    expect(alarms(`# Cours\n\n${schedule}\nLes inscriptions ferment le mardi 12 mars.\n`)).toEqual(['weekday-mismatch@9']);
    expect(alarms(`# Cours\n\n${schedule}\nLes inscriptions ferment le mercredi 12 mars.\n`)).toEqual([]);
  });

  it.each([
    ['a paragraph', 'Le rendu est prévu le mardi 12 mars.'],
    ['a list item', '- Rendu du projet : mardi 12 mars, avant midi'],
    ['a cell of another table', '| Étape | Quand |\n| --- | --- |\n| Rendu | mardi 12 mars |'],
  ])('says nothing in %s when the sessions’ year was only guessed from the last commit', (_name, prose) => {
    const schedule = table('Séance | Date', 'Cours 1 | 3 mars', 'Cours 2 | 10 mars', 'Cours 3 | 17 mars');
    const report = check(`# Cours\n\n${schedule}\n${prose}\n`, { committed: { year: 2025, month: 2, day: 20 } });
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // Once the year is written, the same weekday is a mistake (12 March 2025 is a Wednesday).
    const written = check(`# Cours 2025\n\n${schedule}\n${prose}\n`, { committed: { year: 2025, month: 2, day: 20 } });
    expect(written.diagnostics.filter((d) => d.rule === 'weekday-mismatch')).toHaveLength(1);
  });

  it('says nothing of the weekday when no year is known for a date that writes none', () => {
    // The heading is a session (what the work is for, closed by its day): with no year
    // anywhere, the calendar lacks its year (missing-year), but no weekday can be wrong.
    expect(alarms('# Devoirs\n\n# Travail à faire pour le jeudi 10/03\n').filter((alarm) => alarm.startsWith('weekday-mismatch'))).toEqual([]);
  });

  it('says nothing when the weekday fits one of the years the document points to', () => {
    // The sessions were kept from 2022; the front matter and the sentence are of 2023.
    const text = '---\ndate: 2023-10-22\n---\n\n## Séances\n\n### Séance 1 - vendredi 30 septembre 2022\n\n### Séance 2 - vendredi 7 octobre 2022\n\n## Accueil\n\nNotre premier cours aura lieu jeudi 26 octobre à partir de 8h30.\n';
    expect(alarms(text).filter((alarm) => alarm.startsWith('weekday-mismatch'))).toEqual([]);
  });
});

describe('a session on a day the introduction of its programme does not announce', () => {
  it('a third day heading after an opening sentence that announces two (`a lieu le 15 et 16 décembre 2025`)', () => {
    const day = (date: string) => `## ${date}\n\n| Horaire | Session |\n| --- | --- |\n| 09:00-12:00 | Atelier |\n| 14:00-17:00 | Pratique |\n`;
    const text = `# Agenda\n\nL'atelier a lieu le 15 et 16 décembre 2025 à N'Djamena.\n\n${day('15 décembre 2025')}\n${day('16 décembre 2025')}\n${day('17 décembre 2025')}`;
    expect(alarms(text)).toEqual(['day-not-announced@19']);
    expect(alarms(text.replace('le 15 et 16 décembre', 'du 15 au 17 décembre'))).toEqual([]);
  });

  it('dated headings kept from last year under a sentence that announces this year’s days', () => {
    const text = [
      '## Calendrier des séances',
      'L’atelier se déroule les jeudis 26 octobre, 2 novembre et 9 novembre 2023 dans le local C-2035.',
      '',
      '### Séance 1 - vendredi 30 septembre 2022 8h30-11h30',
      '',
      '### Séance 2 - vendredi 7 octobre 2022 8h30-11h30',
      '',
    ].join('\n');
    expect(alarms(text)).toEqual(['day-not-announced@4', 'day-not-announced@6']);
  });

  it('a row of a schedule table outside the run of days announced (`du 21 au 25 septembre 2020`)', () => {
    const text = `# Bootcamp\n\nLe bootcamp se déroulera du 21 au 25 septembre 2020 à Paris.\n\n${table('Séance | Date | Horaires', 'Accueil | 21 septembre | 9h - 12h', 'Ateliers | 23 septembre | 9h - 17h', 'Clôture | 28 septembre | 14h - 17h')}`;
    expect(alarms(text)).toEqual(['day-not-announced@9']);
  });

  it('dated list items under a sentence that announces the days (`Les ateliers ont lieu les 3, 4 et 5 mars 2025`)', () => {
    const text = '# Ateliers\n\nLes ateliers ont lieu les 3, 4 et 5 mars 2025.\n\n- 3 mars 2025 : cartographie\n- 4 mars 2025 : données\n- 6 mars 2025 : restitution\n';
    expect(alarms(text)).toEqual(['day-not-announced@7']);
  });

  // Shown by a course calendar (ift3225-calendrier-ete-2026): the span of the term, then the final exam after it.
  it.each([
    ['an exam after the span, in the same sentence', 'Le cours s’étend du 4 mai au 24 juillet 2026, suivi de l’examen final le mardi 28 juillet. Les séances ont lieu les mardis.'],
    ['an exam after the span, in a second sentence', 'Les cours ont lieu du 4 mai au 24 juillet 2026. L’examen final aura lieu le 28 juillet.'],
    ['a closing day with its own year', 'Les ateliers se déroulent du 4 mai au 24 juillet 2026 ; clôture le 28 juillet 2026.'],
    ['two more days listed after the span', 'Le cours a lieu du 4 mai au 24 juillet 2026, avec un examen le 28 juillet et une reprise le 4 août.'],
  ])('a day the opening paragraph writes after its first date is announced too: %s', (_name, sentence) => {
    const text = `# Cours 2026

${sentence}

${table('Date | Évaluation', 'Vendredi 12 juin | Intra', 'Mardi 28 juillet | Final')}`;
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('Mardi 28 juillet', 'Jeudi 30 juillet'))).toEqual(['day-not-announced@8']);
  });

  // Shown by a community meeting's post (georchestra-geocom-saint-mande-2023): the meeting's
  // two days, then a paragraph announcing the sprint that follows it.
  it('a day a later paragraph of the opening part names is announced too, not one past the next heading', () => {
    const text = `# geOcom 2023

Le geOcom se déroulera du 30 au 31 mai 2023 à Saint-Mandé.

Il sera suivi d'un code-sprint les 1er et 2 juin.

### Mercredi 31 mai 2023

Rencontre.

### Jeudi 1er juin 2023

Code-sprint.

### Vendredi 2 juin 2023

Code-sprint.
`;
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('les 1er et 2 juin', 'ensuite'))).toEqual(['day-not-announced@11', 'day-not-announced@15']);
    // A date written under a heading after the opening part announces nothing.
    const later = text.replace("Il sera suivi d'un code-sprint les 1er et 2 juin.\n\n", '').replace('Rencontre.', 'Rencontre. Le code-sprint aura lieu les 1er et 2 juin.');
    expect(alarms(later)).toEqual(['day-not-announced@9', 'day-not-announced@13']);
    // A deadline a later paragraph names is no day the event takes place on.
    const deadline = text.replace("Il sera suivi d'un code-sprint les 1er et 2 juin.", 'Les résumés sont à envoyer avant le 2 juin.');
    expect(alarms(deadline)).toEqual(['day-not-announced@11', 'day-not-announced@15']);
  });

  it.each([
    ['a preparatory meeting three weeks before', '- 10 février 2025 : réunion de préparation\n- 3 mars 2025 : cartographie\n- 4 mars 2025 : données\n'],
    ['a deadline a month before', '- 1er février 2025 : date limite d’inscription\n- 3 mars 2025 : cartographie\n- 4 mars 2025 : données\n'],
    ['a follow-up session two months after', '- 3 mars 2025 : cartographie\n- 4 mars 2025 : données\n- 12 mai 2025 : restitution aux partenaires\n'],
  ])('a session weeks away from the announced days, in their year, is another part of the programme: %s', (_name, items) => {
    const text = `# Ateliers\n\nLes ateliers ont lieu les 3, 4 et 5 mars 2025.\n\n${items}`;
    expect(alarms(text)).toEqual([]);
    // A day beside the announced ones still is one.
    expect(alarms(text.replace('4 mars 2025 : données', '7 mars 2025 : données')).filter((alarm) => alarm.startsWith('day-not'))).toHaveLength(1);
  });

  it.each([
    ['a sentence that names one day only', 'La soutenance aura lieu le 5 mars 2025.'],
    ['a sentence that says nothing takes place', 'Les inscriptions sont ouvertes les 1er et 2 mars 2025.'],
    ['a sentence that writes no year', 'Les ateliers ont lieu les 3 et 4 mars.'],
  ])('stays quiet on %s', (_name, sentence) => {
    const text = `# Ateliers 2025\n\n${sentence}\n\n- 3 mars 2025 : cartographie\n- 6 mars 2025 : restitution\n`;
    expect(alarms(text)).toEqual([]);
  });

  it('stays quiet when the announcement is not what opens the part that holds the sessions', () => {
    const text = '# Ateliers\n\nBienvenue à tous.\n\nLes ateliers ont lieu les 3 et 4 mars 2025.\n\n- 3 mars 2025 : cartographie\n- 6 mars 2025 : restitution\n';
    expect(alarms(text)).toEqual([]);
  });
});

describe('a session dated outside the month of the heading it is under', () => {
  it('a list item under `#### Décembre 2017` that says 3 November', () => {
    const text = '### Abstract\n\n#### Décembre 2017\n- [Abstract du 03 nov. 2017 - Statistique](abstract/20171201.html)\n\n#### Novembre 2017\n\n- [Abstract du 03 nov. 2017 - Analyse](abstract/a.pdf)\n- [Abstract du 10 nov. 2017 - Probabilités](abstract/b.pdf)\n';
    expect(alarms(text)).toEqual(['heading-month-mismatch@4']);
  });

  it('a dated heading under a month heading with no year (`## Janvier`)', () => {
    const text = '# Séminaire 2019\n\n## Janvier\n\n### Mardi 8 janvier 2019\n\n### Mardi 5 février 2019\n\n## Février\n\n### Mardi 12 février 2019\n';
    expect(alarms(text)).toEqual(['heading-month-mismatch@7']);
  });

  it('numeric dates in items under `#### Janvier 2019 :`', () => {
    const text = '# Calendrier 2018-2019\n\n#### Janvier 2019 :\n\n* 07/01/2019 : Envoi des cours\n* 19/01/2019 : Tutorat\n* 12/02/2019 : Concours blanc\n';
    expect(alarms(text)).toEqual(['heading-month-mismatch@7']);
  });

  it.each([
    ['a run of days across the end of the month', '#### Décembre 2017\n\n- 30/11/2017 - 02/12/2017 : Stage intensif\n'],
    ['a heading that is more than a month', '#### Décembre 2017 et janvier 2018\n\n- 08/01/2018 : Reprise\n'],
    ['items all in the month', '#### Décembre 2017\n\n- 01/12/2017 : Séminaire\n- 08/12/2017 : Séminaire\n'],
  ])('stays quiet on %s', (_name, text) => {
    expect(alarms(`# Séminaire\n\n${text}`)).toEqual([]);
  });
});

describe('a day whose announced hours are not when a slot of its agenda starts and one ends', () => {
  const agenda = (...rows: string[]) => `| Horaires | Thématique |\n| --- | --- |\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;

  it('hours on the `####` line below the day heading, the agenda ending at 16h and 18h but not 17h', () => {
    const text = `# Bootcamp 2020\n\n### Lundi 21 septembre\n#### 9h - 17h : Le Lieu de la Transformation publique\n\n${agenda('9h - 12h | Introduction', '12h30 - 14h | Déjeuner libre', '14h - 16h | Premiers pas', '16h00 - 18h | Échange libre')}`;
    expect(alarms(text)).toEqual(['day-hours-mismatch@4']);
    expect(alarms(text.replace('9h - 17h', '9h - 18h'))).toEqual([]);
  });

  it('hours on the heading itself, followed by an extra (`9h - 16h *+ verre*`): 16h ends a slot', () => {
    const text = `# Bootcamp 2020\n\n### Lundi 21 septembre, 9h - 16h *+ verre*\n\n${agenda('9h - 12h | Introduction', '14h - 16h | Premiers pas', '16h00 - 18h | Verre')}`;
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('9h - 16h', '9h - 16h30'))).toEqual(['day-hours-mismatch@3']);
  });

  it('hours in bold on the line below, a start no slot has (`**9h30 - 17h30 : En ligne**`)', () => {
    const text = `# Bootcamp 2020\n\n### Mercredi 23 septembre\n**9h30 - 17h30 : En ligne**\n\n${agenda('10h - 12h30 | Rencontres', '14h - 17h00 | Ateliers', '17h - 17h30 | Quizz')}`;
    expect(alarms(text)).toEqual(['day-hours-mismatch@4']);
    expect(check(text).diagnostics.find((d) => d.rule === 'day-hours-mismatch')!.message).toContain('starts when the day does');
  });

  it('stays quiet when the last slot gives only its start (`| 17h | Talk |` under `de 14h à 18h`)', () => {
    const starts = (...rows: string[]) => `| Heure | Intitulé |\n| --- | --- |\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;
    const text = `---\ndate: 2023-12-06\n---\n\n## 6 décembre de 14h à 18h\n\n${starts('14h | Talk A', '15h | Talk B', '17h | Talk C')}`;
    expect(alarms(text)).toEqual([]);
    // A start that is not the day's is still seen.
    expect(alarms(text.replace('14h | Talk A', '14h30 | Talk A'))).toEqual(['day-hours-mismatch@5']);
  });

  it('an after-work past the announced end is extra when a formal slot ends at it', () => {
    const text = `# Bootcamp 2020\n\n### Jeudi 24 septembre\n#### 9h - 18h : Zalthabar\n\n${agenda('9h - 12h30 | Ateliers', '14h - 17h00 | Visions', '17h - 18h00 | Forum', '18h - 20h00 | After Work')}`;
    expect(alarms(text)).toEqual([]);
  });

  it('a day written as a list of timed items under a heading with its hours (`### Mercredi 3 mars 2021, 9h - 17h`)', () => {
    const text = '# Formation\n\n### Mercredi 3 mars 2021, 9h - 17h\n\n- 9h - 12h : Cours\n- 13h - 16h : Travaux pratiques\n';
    expect(alarms(text)).toEqual(['day-hours-mismatch@3']);
    expect(alarms(text.replace('13h - 16h', '13h - 17h'))).toEqual([]);
  });
});

describe('a dated list is in date order, each markdown list on its own', () => {
  it('an item inserted too early in a list kept oldest first', () => {
    // Said on the item inserted too early (Séance 5), after both items below it, since held-out set 91.
    const text = '# Séminaire 2020-2021\n\n- 2020-11-13 : Séance 1\n- 2020-12-04 : Séance 2\n- 2021-03-12 : Séance 5\n- 2021-01-15 : Séance 3\n- 2021-01-29 : Séance 4\n';
    expect(alarms(text)).toEqual(['out-of-order@5']);
  });

  it('a list kept newest first is in order; an item that goes up is not', () => {
    const text = '# Séminaire\n\n- 18 mars 2022 : Séance 5\n- 4 mars 2022 : Séance 4\n- 5 février 2022 : Séance 3\n- 29 janvier 2022 : Séance 2\n- 15 janvier 2022 : Séance 1\n';
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('5 février 2022', '5 avril 2022'))).toEqual(['out-of-order@5']);
  });

  it('two groups’ lists, one after the other, each in order', () => {
    const text = '# Calendrier 2025\n\n## Groupe A\n\n- 23 janvier 2025 : Séance 1\n- 30 janvier 2025 : Séance 2\n\nGroupe B :\n\n* 22 janvier 2025 : Séance 1\n* 29 janvier 2025 : Séance 2\n';
    expect(alarms(text)).toEqual([]);
  });

  it('an item whose weekday does not fit its date is said once, not again on the item below it', () => {
    const text = '# Calendrier H25\n\n- Séance 6.1: Jeudi, 27 février 2025\n- Séance 6.2: Mardi, 4 octobre 2025\n- Séance 7.1: Jeudi, 6 mars 2025\n';
    expect(alarms(text)).toEqual(['weekday-mismatch@4']);
  });
});
