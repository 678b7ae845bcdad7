/*
 * A Jekyll site's event cards (qgisch-miniworkshops-2023, held-out set 15): an undated
 * heading over a kramdown table without a header, a record of labels and values whose date
 * row goes on in the row below (`|:---|:---|` over `|**Quand:** |28.11.2023 |`, `| |de
 * 11:00 à 12:00 |`, `|**Où:** |en ligne |`, closed by `|===|===|`). GitHub shows the lines
 * as text; kramdown shows the record, and a reader reads the heading's session from it.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const card = (title: string, when: string, hours: string) => [`## ${title}`, '{: .mt-4 :}', '', '|:----------|:-------------------|', `|**Quand:** |${when}          |`, `|           |${hours}    |`, '|**Où:**    |en ligne            |', '|===========|====================|', '', 'Le workshop montre ce que QGIS sait faire.', ''];
const brief = (lines: string[]) =>
  check(['# Online Mini-Workshops', '', ...lines].join('\n'))
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.title, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('an undated heading over a record table', () => {
  it('is a session on the record’s day at its hours, at the heading’s line', () => {
    expect(brief([...card('Novembre 2023: Multilingual Layer Labelling', '28.11.2023', 'de 11:00 à 12:00'), ...card('Mai 2023: QGIS and ESRI', '16.05.2023', 'de 11:00 à 12:00')])).toEqual([
      [3, 'Novembre 2023: Multilingual Layer Labelling', '2023-11-28', '11:00-12:00'],
      [14, 'Mai 2023: QGIS and ESRI', '2023-05-16', '11:00-12:00'],
    ]);
  });

  it('keeps the day when the hours below it are written in a way not read (`von 11:00 bis 12:00`)', () => {
    expect(brief(card('Novembre 2022: GPS tracks', '22.11.2022', 'von 11:00 bis 12:00'))).toEqual([[3, 'Novembre 2022: GPS tracks', '2022-11-22', '']]);
  });

  it('a record without a date row dates nothing', () => {
    const undated = card('Novembre 2023: Layer Labelling', '28.11.2023', 'de 11:00 à 12:00').map((line) => line.replace('**Quand:**', '**Qui:**  '));
    expect(brief(undated)).toEqual([]);
  });
});
