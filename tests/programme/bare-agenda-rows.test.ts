/*
 * Two ways programmes kept in static sites write a day's slots that markdown alone does not
 * read: pipe rows with neither header nor delimiter row, each opening with its hours (which
 * kramdown, Jekyll's parser, shows as a table), and ranges typed with TeX's `--` dash.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

describe('a day’s slots written as bare pipe rows', () => {
  it('reads each row that opens with hours as a slot of the heading’s day', () => {
    const page = ['### Jeudi 23 août 2018', '', '|17 h| Ouverture du Grand marché|', '|19 h|Ouverture officielle|', '|21 h 30|ILAM / Sénégal|', ''].join('\n');
    expect(sessionRows(page)).toEqual([
      [3, '2018-08-23', '17:00-', 'Ouverture du Grand marché'],
      [4, '2018-08-23', '19:00-', 'Ouverture officielle'],
      [5, '2018-08-23', '21:30-', 'ILAM / Sénégal'],
    ]);
  });

  it('leaves rows of figures that do not open with hours as text', () => {
    const page = ['### Jeudi 23 août 2018', '', '|12| pommes|', '|30| poires|', '|45| prunes|', ''].join('\n');
    expect(sessionRows(page)).toEqual([[1, '2018-08-23', '', 'Jeudi 23 août 2018']]);
  });
});

describe('a range typed with a double hyphen', () => {
  it('reads `13:30--13:35` as a range', () => {
    const page = ['## Vendredi 18 juin 2021', '', '* 13:30--13:35<br>**Introduction**', '* 13:35--14:05<br>**Exposé**', ''].join('\n');
    expect(sessionRows(page)).toEqual([
      [3, '2021-06-18', '13:30-13:35', 'Introduction'],
      [4, '2021-06-18', '13:35-14:05', 'Exposé'],
    ]);
  });
});
