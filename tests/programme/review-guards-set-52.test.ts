/*
 * Near misses a reviewer who changed no code wrote against the rules of set 52's read part
 * (past-tense.ts, a journal's quoted dates, link cards, times to the second, a title before
 * a dash, a day's length field): each read wrong by those rules as first written, and each
 * checked to fail on that engine before its fix.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/read.js';

const brief = (lines: string[], committed = { year: 2025, month: 6, day: 1 }) => briefSessions(lines, committed).map((line) => line.replace(/\s+/g, ' '));
const days = (lines: string[]) => brief(lines).map((line) => line.split(' ').slice(0, 3).join(' '));

describe('`il y a`, a noun after `ont` and a change of plan are no past: the sessions stay', () => {
  it('`Il y a marché le samedi 26 avril`, `ont journée pédagogique`, `ont dictée`', () => {
    expect(days(['# Agenda', '', '- Randonnée au Salève le **samedi 12 avril 2025**, covoiturage depuis la gare', '- Il y a marché le **samedi 26 avril 2025**, 8h-12h', '- Concert le **samedi 3 mai 2025**, 20h', ''])).toContain('4 2025-04-26 08:00-12:00');
    expect(days(['# École', '', "- Il y a marché de Noël à l'école le samedi 14 décembre 2024, 9h-12h", '- Les enseignants ont journée pédagogique le lundi 3 mars 2025', '- Les CM2 ont dictée le mardi 4 mars 2025', ''])).toEqual(['3 2024-12-14 09:00-12:00', '4 2025-03-03 Les', '5 2025-03-04 Les']);
  });

  it('a quoted session whose note says `Il y a café` or that its room `a changé`', () => {
    expect(brief(['# Séances', '', "> Mardi 11 mars 2025 : Atelier git, 14h-16h. Il y a café d'accueil dès 13h30.", '', "> Mardi 18 mars 2025 : Atelier Python, 14h-16h. Il y a café d'accueil dès 13h30.", '']).length).toBe(2);
    expect(brief(['# Séances', '', '> Mardi 11 mars 2025 : Atelier git, 14h-16h. Attention, la salle a changé : B204.', '', '> Mardi 18 mars 2025 : Atelier Python, 14h-16h. Le créneau a été déplacé à 15h-17h.', '']).length).toBe(2);
  });

  it('`a été déplacée au 12 juin`: the new day is announced', () => {
    expect(days(['# Agenda', '', '- La soutenance de Paul a été déplacée au **12 juin 2025**, 14h', '- Le pot de départ de Marie aura lieu le **20 juin 2025**, 18h', ''])[0]).toMatch(/^3 2025-06-12/);
  });
});

describe('a statement, a deadline or a pronoun before a dash is no title', () => {
  it.each([
    [["- Il n'y a pas cours - 1er mai 2025", '- On fait le point - 12 mai 2025', '- Je suis absent – 15 mai 2025']],
    [['- La salle est fermée – 12 mai 2025', '- Les vacances commencent – 19 avril 2025', '- Le devoir est à rendre - 14 mars 2025']],
    [['- Le rendu du rapport - 12 mai 2025', '- La date limite de dépôt - 14 mars 2025', '- Les résultats - 30 juin 2025']],
  ])('%j', (items) => {
    expect(brief(['# Planning', '', ...items, ''])).toEqual([]);
  });
});

describe('links each over their date alone date publications, no events', () => {
  it.each([
    [['[Le Monde : la fête de la science bat des records](https://lemonde.fr/a)', '', '12 octobre 2024', '', "[Ouest-France : nos bénévoles à l'honneur](https://ouest-france.fr/b)", '', '3 novembre 2024']],
    [["[Compte rendu de l'AG (PDF)](ag.pdf)", '', '15/03/2025', '', '[Rapport moral (PDF)](rapport.pdf)', '', '15/03/2025']],
    [['[Lettre n°12](lettre12.html)', '', '1er mars 2025', '', '[Lettre n°11](lettre11.html)', '', '1er février 2025']],
  ])('%j', (cards) => {
    expect(brief(['# Archives', '', ...cards, ''])).toEqual([]);
  });
});

describe('one quoted date under one heading is a stamp, an epigraph or a deadline', () => {
  it('an update’s stamp over the programme', () => {
    expect(brief(['# Programme de l’atelier', '', '## Mise à jour', '', '> 12/03/2025', '', 'Le programme a été revu, voir ci-dessous.', '', '## Séance 1 : introduction', '', 'Mardi 18 mars 2025, 14h-16h', ''])).toEqual(['9 2025-03-18 14:00-16:00 Séance 1 : introduction']);
  });

  it('an epigraph, a deadline, a week over its dated days', () => {
    expect(brief(['# Journal de bord', '', '## Chapitre premier', '', '> 14 juillet 2024', '>', '> « Le commencement est la moitié de tout. »', '', 'Nous commençons le projet.', ''])).toEqual([]);
    expect(brief(['## Rendu du projet', '', '> Vendredi 20 juin 2025', '', 'Le dépôt doit être fait sur Moodle avant minuit.', ''])).toEqual([]);
    expect(brief(['## Semaine d’intégration', '', '> Lundi 1er septembre 2025', '', '### Lundi 1er septembre', '', '- 9h : accueil des étudiants', '', '### Mardi 2 septembre', '', '- 10h : visite du campus', ''])).toEqual(['7 2025-09-01 09:00- accueil des étudiants', '11 2025-09-02 10:00- visite du campus']);
  });
});

describe('a calendar’s `:00` seconds and a length field with clock hours keep their hours', () => {
  it('`Lundi 3 mars 2025 18:30:00` is a set time, no stamp', () => {
    expect(days(['# Conseils', '', '- Lundi 3 mars 2025 18:30:00 : Conseil municipal', '- Lundi 7 avril 2025 18:30:00 : Conseil municipal', ''])).toEqual(['3 2025-03-03 18:30-', '4 2025-04-07 18:30-']);
  });

  it('`Durée : 9h-17h` gives the day’s hours', () => {
    expect(days(['## Jeudi 13 mars 2025', '', '- Accueil : 8h30', '- Durée : 9h-17h', '- Repas : 12h-13h', ''])).toContain('4 2025-03-13 09:00-17:00');
  });
});
