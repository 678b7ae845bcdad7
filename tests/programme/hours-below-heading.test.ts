/*
 * A dated heading whose hours are on the line right below it, written alone on a plain
 * line as coordinators write them (`De 14h à 17h`, `14h00 → 17h00`, `⏰ 18:30`, `Horaires :
 * 9h-12h / 14h-17h`): one session on the heading's line, with those hours, not an untitled
 * slot on the line below. Seen with emoji field lines under event headings (`📅 Dimanche
 * 13 avril 2025` then `⏰ 14:00 - 18:00`) and meetup pages whose date heading is followed by
 * its time; the other forms are how other coordinators write the same line.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')}`);

describe('hours alone on the line below a dated heading', () => {
  it.each([
    ['`De 14h à 17h`', 'De 14h à 17h', '14:00-17:00'],
    ['an arrow, `14h00 → 17h00`', '14h00 → 17h00', '14:00-17:00'],
    ['an emoji and a start, `⏰ 18:30`', '⏰ 18:30', '18:30-'],
    ['two slots of the day, `Horaires : 9h-12h / 14h-17h`', 'Horaires : 9h-12h / 14h-17h', '09:00-12:00,14:00-17:00'],
    ['spaces inside, `14 h 30 - 16 h`', '14 h 30 - 16 h', '14:30-16:00'],
    ['a remark in brackets, `18h30-20h30 (accueil dès 18h)`', '18h30-20h30 (accueil dès 18h)', '18:30-20:30'],
  ])('are the heading’s hours: %s', (_name, line, hours) => {
    expect(read(['# Club 2025', '', '## Mardi 11 mars 2025', '', line, '', 'Atelier git, salle 3.', '', '## Mardi 18 mars 2025', ''])).toEqual([`3 ${hours}`, '9 ']);
  });

  it('reads a heading of any level, with the description on the next line of the same paragraph', () => {
    expect(read(['# Club 2025', '', '#### Samedi 15 mars 2025', 'De 14h à 17h', 'Atelier vélo.', ''])).toEqual(['3 14:00-17:00']);
  });

  it.each([
    ['two timed lines: the day’s slots', ['# Stage 2025', '', '## Samedi 15 mars 2025', '', '9h - 12h', '', '14h - 17h', ''], ['5 09:00-12:00', '7 14:00-17:00']],
    ['a timed line with its title: the day’s first slot', ['# Festival 2025', '', '## Samedi 15 mars 2025', '', '21h00 - 03h30 : Cinéma', ''], ['5 21:00-03:30']],
  ])('leaves the lines below as slots: %s', (_name, lines, expected) => {
    expect(read(lines)).toEqual(expected);
  });

  it('does not take hours from a sentence with other words', () => {
    expect(read(['# Sortie 2025', '', '## Samedi 15 mars 2025', '', 'Départ du train à 7h45 gare de Lyon, retour vers 19h.', ''])).toEqual(['3 ']);
  });
});

// designenrecherche-methodes-je-2014 (set 68): a study day's programme of `## 9h30-10h`
// headings, each right over the `### Title` of its slot; its day in the front matter's
// `dateevent` key.
describe('a heading of bare hours right over the smaller heading of its title', () => {
  const page = (extra: string[] = []) => [
    '---', "dateevent: '2014-10-02'", 'title: Journée d’étude', '---', '', '# Programme', '',
    '## 9h30-10h', '', '### Accueil des participants', '',
    '## 10h-10h15', '', '### Introduction de la journée', '', '**Marine Royer**, doctorante', '',
    ...extra,
  ];
  const titled = (lines: string[]) => check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.days.join(',')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')} ${s.title}`);

  it('is one slot on the hours’ line, titled by the heading below, on the day of `dateevent`', () => {
    expect(titled(page())).toEqual(['8 2014-10-02 09:30-10:00 Accueil des participants', '12 2014-10-02 10:00-10:15 Introduction de la journée']);
  });

  it('keeps parallel tracks under one hour each a session of that hour', () => {
    const lines = page(['## 10h30', '', '#### Systèmes distribués - Amphi 3', '', 'Président : Pierre', '', '#### Modèles de programmation - Amphi 1', '']);
    expect(titled(lines).slice(2)).toEqual(['20 2014-10-02 10:30- Systèmes distribués - Amphi 3', '24 2014-10-02 10:30- Modèles de programmation - Amphi 1']);
  });
});
