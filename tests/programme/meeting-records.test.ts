/*
 * Minutes record a meeting already held (asn42-reunion-2018-11-03, asn42-pv-assemblee-generale-2019,
 * aius-pv-comite-2016-11-29, bluehats-libreoffice-2023-compte-rendu): the day they name is
 * that meeting's, not a session; the coming events they announce are sessions.
 */
import { describe, expect, it } from 'vitest';
import { meetingRecordOf, namesAMeetingRecord } from '../../src/programme/meeting-record.js';
import { check, days } from '../helpers/read.js';

const sessions = (lines: string[]) => check(lines.join('\n')).programme.sessions;

describe('the record of a meeting held', () => {
  it.each([
    ['# ASN - Compte rendu de la réunion du 3 novembre 2018', '', 'Nombre de participants : 4', '', '## 1) Statuts', '', 'Modifications approuvées.'],
    ["# Procès-verbal d'Assemblée Générale du 26/01/2019", '', "Procès-verbal de l'assemblée générale de l'association en date du 26 janvier 2019 à 15:00.", '', '### Ordre du jour', '', '- Rapport moral'],
    ['# Réunion de comité', '', '# Vote du procès verbal du 18 novembre 2016', '', 'Le procès verbal est adopté.'],
    ['# PV du conseil du mardi 12 mars 2024', '', 'Présents : 7 membres.'],
  ])('gives no session for the meeting it records (%s)', (...lines) => {
    expect(sessions(lines)).toEqual([]);
  });

  it('is no event page, its date and its title telling of the meeting held', () => {
    const page = ['---', 'title: "Retour sur l\u2019utilisation de LibreOffice"', 'date: 2023-03-20', '---', '', "Le 20 mars 2023, la mission a organisé une rencontre sur LibreOffice. Rendez-vous sur le forum pour en discuter, de 14h à 16h."];
    expect(sessions(page)).toEqual([]);
  });

  it('still gives the coming events its sentences announce', () => {
    const minutes = ['---', 'title: Réunion de comité', 'subtitle: Procès verbal', 'date: 2016-11-29', '---', '', '## DMI de noël', '', 'Le DMI sera organisé le mardi 13 décembre 2016.'];
    const found = sessions(minutes);
    expect(found.map(days)).toEqual([['2016-12-13']]);
  });

  it('leaves meetings named by what they are, and pages of several past meetings, read as a log', () => {
    expect(sessions(['# Réunion du bureau du mardi 12 mars 2024', '', 'Ordre du jour : budget.']).map(days)).toEqual([['2024-03-12']]);
    const councils = ['---', 'title: "Les compte-rendus des réunions"', '---', '', '## Conseil du 24/02/2023', '- Délibération', '', '## Conseil du 28/10/2022', '- Motion'];
    expect(sessions(councils).map(days)).toEqual([['2023-02-24'], ['2022-10-28']]);
  });

  it('tells the words of a record apart from a review drawn up at a meeting', () => {
    expect(namesAMeetingRecord('Compte-rendu de la réunion du 3 mars')).toBe(true);
    expect(namesAMeetingRecord('Relevé de décisions du 4 mars')).toBe(true);
    expect(namesAMeetingRecord("PV d'AG du 4 mars")).toBe(true);
    expect(namesAMeetingRecord('Meetup estival : bilan de la saison')).toBe(false);
    expect(namesAMeetingRecord('Quiz de 10 minutes du 3 mars')).toBe(false);
    expect(namesAMeetingRecord('Rendu du projet')).toBe(false);
    expect(meetingRecordOf('Retour sur la rencontre')).toBe('account');
    expect(meetingRecordOf('Compte rendu du bureau')).toBe('minutes');
  });

  it('reads no dated item of the report of a year gone by, but the coming event its sentences announce', () => {
    const report = [
      '---', 'layout: post', 'title: Rapport annuel 2023', '---', '',
      '* Semaine 5 : il fait beau. 12 personnes montent le sentier.',
      "* mardi 28.2.23 à 19h05 = Assemblée Générale annuelle de l'association, en présence de 10 membres.",
      '* Le 13.12 2023 le club est invité au cirque. 19h-24h. 4 personnes.',
      '', 'La prochaine assemblée générale aura lieu le mardi 27 février 2024 à 19h.',
    ];
    expect(sessions(report).map(days)).toEqual([['2024-02-27']]);
    expect(meetingRecordOf("Rapport d'activité 2022")).toBe('report');
    expect(meetingRecordOf('Bilan annuel')).toBe('report');
    expect(meetingRecordOf('Meetup estival : bilan de la saison')).toBeUndefined();
  });
});
