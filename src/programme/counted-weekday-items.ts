/*
 * A list whose items count its sessions between the weekday and the date (`- Samedi 01 -
 * 09 Octobre`, `- Samedi 02 - 23 Octobre`, …, `- Samedi 16 - 18 Juin`): a pottery
 * workshop's sixteen Saturdays. Read alone, `01 - 09 Octobre` is a range of nine days;
 * a reader sees the count going 1, 2, 3 down the list and reads the Saturday of the 9th.
 * Written by hand: the count is a property of the list, which no date library knows.
 */
import { foldWithMap } from '../dates/normalise-text.js';
import { weekdayFromWord } from '../dates/french-months.js';

// `samedi 01 - 09 octobre`, folded: a weekday, a number, a dash, then the day and its month.
const COUNTED = /^(\p{L}+) (\d{1,2}) ?- ?(?=(\d{1,2})(?:er)? \p{L})/u;

// Fewest items for a count to be seen: two numbers in a row may be a range by chance.
const FEWEST_COUNTED = 3;

/** The count each item writes after its weekday, or undefined for an item that writes none. */
function countOf(text: string): { weekday: number; count: number; day: number; weekdayEnd: number; countEnd: number } | undefined {
  const lead = text.length - text.trimStart().length;
  const { folded, map } = foldWithMap(text.slice(lead));
  const match = COUNTED.exec(folded);
  const weekday = match ? weekdayFromWord(match[1]!) : undefined;
  if (!match || weekday === undefined) return undefined;
  return { weekday, count: Number(match[2]), day: Number(match[3]), weekdayEnd: lead + map[match[1]!.length]!, countEnd: lead + map[match[0].length]! };
}

/**
 * Whether the items' texts count up by one from item to item (`Samedi 01 - …`, `Samedi 02 -
 * …`): every item writes a count, there are at least three, the first is one or every item
 * names the same weekday (a count that goes on from a list above), and each is one more
 * than the one before. Not when every count is the day before the item's date: those are
 * nights (`Lundi 4 - 5 octobre`, `Mardi 5 - 6 octobre`).
 */
export function countsItems(texts: readonly string[]): boolean {
  if (texts.length < FEWEST_COUNTED) return false;
  const counts = texts.map(countOf);
  if (!counts.every((counted) => counted !== undefined)) return false;
  const counted = counts as NonNullable<(typeof counts)[number]>[];
  if (counted[0]!.count !== 1 && new Set(counted.map((item) => item.weekday)).size !== 1) return false;
  if (counted.every((item) => item.day === item.count + 1)) return false;
  return counted.every((item, index) => index === 0 || item.count === counted[index - 1]!.count + 1);
}

/** An item's text without its count: `Samedi 01 - 09 Octobre` is `Samedi 09 Octobre`. */
export function withoutCount(text: string): string {
  const counted = countOf(text);
  return counted ? `${text.slice(0, counted.weekdayEnd)} ${text.slice(counted.countEnd)}` : text;
}
