/*
 * The year a dated line names in its own title, before a date that writes none: `# Game Jam
 * d'automne 2024 : 15-16 novembre`, `- JDLL 2023 : 1er et 2 avril`. A reader dates the line
 * in that year, whatever the page's other clues or the day it was last committed say: an
 * archive of editions names each one's year in its title. A year that counts something
 * other than the event (`Bilan 2022 : 15 janvier`, `Promo 2023 : …`) or a span of years
 * (`Saison 2023-2024`) names none. Written by hand over the date grammar's tokens.
 */
import type { DatedLine } from './dated-line.js';
import { normaliseText } from './normalise-text.js';
import { isPunct, tokenize } from './tokenize.js';

// The years a title may name for its event.
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;
// Words after which a year is not the event's: what it reviews, who graduates then, a budget's year.
const OTHER_YEAR = /(?:^|\s)(?:bilan|promo|promotion|cohorte|exercice|budget|rapport|millesime|classe|depuis|avant|apres|fin|debut)\s*$/;

/** The one year a line's title names before its date, or undefined. */
function leadYear(lead: string): number | undefined {
  const toks = tokenize(lead);
  const years: number[] = [];
  toks.forEach((tok, index) => {
    if (tok.kind !== 'num' || tok.text.length !== 4) return;
    const year = Number(tok.text);
    if (year < FIRST_YEAR || year > LAST_YEAR) return;
    // `2023-2024`, `2023/24`: a span of years, no one year.
    if (isPunct(toks[index + 1], '-/\u2013') || isPunct(toks[index - 1], '-/\u2013')) {
      years.push(Number.NaN);
      return;
    }
    if (OTHER_YEAR.test(normaliseText(lead.slice(0, tok.from)))) years.push(Number.NaN);
    else years.push(year);
  });
  return years.length === 1 && !Number.isNaN(years[0]) ? years[0] : undefined;
}

/** The line with the year its title names given to its date's days, when the date writes none and its months run forward; the line itself otherwise. */
export function withLeadYear(line: DatedLine): DatedLine {
  const mentions = line.expression.mentions;
  if (mentions.some((mention) => mention.year !== undefined)) return line;
  // `28 décembre au 3 janvier`: which side of the new year the title's year is, it does not say.
  if (mentions.some((mention, index) => index > 0 && mention.month < mentions[index - 1]!.month)) return line;
  const year = leadYear(line.lead);
  if (year === undefined) return line;
  return { ...line, expression: { ...line.expression, mentions: mentions.map((mention) => ({ ...mention, year })) } };
}
