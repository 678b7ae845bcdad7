/*
 * The runs of days a text writes after `du`: `du 12 au 14 mars 2024`, which the date grammar
 * reads as one range, and, within a reach the caller gives, a run whose two ends stand apart
 * with hours or a remark between (`du lundi 31 août 2020 - 10:00 (accueil café à 9h30) au
 * mercredi 2 septembre 2020`), which it reads as two days. Written by hand over the date
 * grammar's tokens: where `du` and `au` stand is the layout of a sentence.
 */
import { dateExpressionAt } from './french-dates.js';
import { isWord, tokenize } from './tokenize.js';
import { toDayNumber } from './plain-date.js';
import type { DateExpression, DayMention } from './types.js';

/** A run of days as written: its first and last day, and its words. */
export interface DayRun {
  from: DayMention;
  to: DayMention;
  text: string;
}

/** The runs `du … au …` of `text`, in order; `reach` is how many tokens may stand between a lone first day and its `au <day>` (none by default: one range only). */
export function dayRuns(text: string, reach = 0): DayRun[] {
  const toks = tokenize(text);
  const runs: DayRun[] = [];
  for (let k = 1; k < toks.length; k++) {
    if (!isWord(toks[k - 1], 'du')) continue;
    const found = dateExpressionAt(toks, k, text);
    if (!found) continue;
    let run: DayRun | undefined;
    const [from, to] = found.expression.mentions;
    if (found.expression.kind === 'range' && from && to) run = { from, to, text: text.slice(toks[found.first]!.from, toks[found.last]!.to) };
    else if (found.expression.kind === 'single' && from) {
      for (let j = found.last + 1; j < toks.length && j <= found.last + reach && !run; j++) {
        const end = isWord(toks[j], 'au') ? dateExpressionAt(toks, j + 1, text) : undefined;
        if (end?.expression.kind === 'single') run = { from, to: end.expression.mentions[0]!, text: text.slice(toks[found.first]!.from, toks[end.last]!.to) };
      }
    }
    if (run) runs.push(run);
    k = found.last;
  }
  return runs;
}

/**
 * The sets of days in a row a text writes after `les`: `les 13 et 14 novembre 2025`, `les
 * 4, 5 et 6 juin`, which the date grammar reads as a set, and which a reader reads as the
 * run from the first to the last. A set with a gap (`les 7 et 14 novembre`) is no run.
 */
export function consecutiveDaySets(text: string): DayRun[] {
  const toks = tokenize(text);
  const runs: DayRun[] = [];
  for (let k = 1; k < toks.length; k++) {
    if (!isWord(toks[k - 1], 'les')) continue;
    const found = dateExpressionAt(toks, k, text);
    if (!found) continue;
    k = found.last;
    const mentions = found.expression.mentions;
    const inARow = mentions.every((mention, i) => i === 0 || (mention.month === mentions[i - 1]!.month && mention.day === mentions[i - 1]!.day + 1));
    if (found.expression.kind === 'set' && mentions.length >= 2 && inARow) runs.push({ from: mentions[0]!, to: mentions.at(-1)!, text: text.slice(toks[found.first]!.from, toks[found.last]!.to) });
  }
  return runs;
}

/** How many days a range runs past its first (`12-17.05.2004` is 5); 0 for one day, a set, or a range with no year. */
export function rangeSpan(expression: DateExpression): number {
  const [first, last] = [expression.mentions[0], expression.mentions.at(-1)];
  if (!first || !last || expression.kind !== 'range' || first.year === undefined || last.year === undefined) return 0;
  return toDayNumber({ year: last.year, month: last.month, day: last.day }) - toDayNumber({ year: first.year, month: first.month, day: first.day });
}
