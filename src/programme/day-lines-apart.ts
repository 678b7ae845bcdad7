/*
 * A programme typed or pasted from a word processor without blank lines: one paragraph that
 * holds several days, each a line of its own (`Jeudi 25 juin 2026 – Cérémonie d'ouverture`,
 * `Dimanche 13 octobre :`) over its timed lines (`08:30 – 09:00<TAB>Accueil`, `9h30 - 12h :
 * Ateliers`). A reader sees one agenda per day, as if a blank line stood before each day.
 * In the reading tree (reading-tree.ts) such a paragraph is split before each of those day
 * lines, so that each day opens a paragraph of its own, which day-lines.ts reads as a day
 * with its timed lines. Done on the tree, positions kept: the text is not rewritten.
 * Written by hand: no markdown tool splits a paragraph at a line that a reader sees as a break.
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { paragraphSourceLines, shownLine } from './paragraph-lines.js';
import { datedTextOf } from './dated-text.js';
import { namedDayLine } from './day-lines.js';
import { agendaLineHours } from './slot-hours.js';
import type { SourceText } from './source-text.js';

// How far below a day line its first timed line may stand (`Horaire<TAB>Activité` between them).
const TIMED_WITHIN = 2;

/** A paragraph's source line as a reader sees it, markup dropped. */
function seen(raw: string): string {
  return shownLine(raw).replace(/[*_`]/g, '').trim();
}

/** Whether a line is a day alone (`Dimanche 13 octobre :`), or a day and its name (`Jeudi 25 juin 2026 – Cérémonie`, day-lines.ts), with no hours. */
function isDayLine(text: string): boolean {
  const found = datedTextOf(text, false);
  if (!found || found.start !== 0 || found.lead !== '' || found.hours !== undefined || found.week) return false;
  const after = text.slice(found.end).trim();
  return after === '' || after === ':' || namedDayLine(text) !== undefined;
}

/**
 * The offsets where the paragraph's day lines start (its first line aside, which opens the
 * paragraph already): each a day line at the start of a source line, with a timed line
 * within TIMED_WITHIN lines below it, before the next day line.
 */
function dayLineStarts(node: Paragraph, source: SourceText): number[] {
  const lines = paragraphSourceLines(node, source).map(({ raw, start }) => ({ text: seen(raw), start }));
  const isDay = lines.map((line, index) => index > 0 && /[\r\n]/.test(source.text[line.start - 1] ?? '') && isDayLine(line.text));
  const timed = lines.map((line) => agendaLineHours(line.text) !== undefined);
  const starts: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    if (!isDay[index]) continue;
    let end = index + 1;
    while (end < lines.length && !isDay[end]) end++;
    if (timed.slice(index + 1, Math.min(end, index + 1 + TIMED_WITHIN)).some(Boolean)) starts.push(lines[index]!.start);
  }
  return starts;
}

/** The children before offset `at` (a line's start) and from it on, or undefined when a child other than text spans it. */
function splitChildren(children: PhrasingContent[], at: number, source: SourceText): [PhrasingContent[], PhrasingContent[]] | undefined {
  const before: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  for (const child of children) {
    const from = child.position?.start.offset;
    const to = child.position?.end.offset;
    if (from === undefined || to === undefined) return undefined;
    if (from >= at) after.push(child);
    else if (to <= at) before.push(child);
    else if (child.type === 'text') {
      const halves = splitText(child, at, source);
      if (!halves) return undefined;
      before.push(halves[0]);
      if (halves[1].value !== '') after.push(halves[1]);
    } else return undefined;
  }
  // The line ending the paragraph's first part kept its break: a hard break node, or a line
  // end in the text, dropped, as a paragraph ends without one.
  if (before.at(-1)?.type === 'break') before.pop();
  const last = before.at(-1);
  if (last?.type === 'text') before[before.length - 1] = { ...last, value: trimLineEnd(last.value) };
  return before.length > 0 && after.length > 0 ? [before, after] : undefined;
}

/** Where the line before offset `at` (a line's start) ends: before its `\n`, `\r\n` or `\r`. */
function lineEndBefore(text: string, at: number): number {
  if (text[at - 1] === '\n') return text[at - 2] === '\r' ? at - 2 : at - 1;
  return text[at - 1] === '\r' ? at - 1 : at;
}

/** A text without the blanks and the line end that close it, cut by hand: a regex anchored at the end would retry from every blank of a long run. */
function trimLineEnd(value: string): string {
  let end = value.length;
  while (end > 0 && ' \t\r\n'.includes(value[end - 1]!)) end--;
  return value.slice(0, end);
}

/** A text node cut at the line that starts at offset `at`: its value cut at the same line break. */
function splitText(child: Text, at: number, source: SourceText): [Text, Text] | undefined {
  const from = child.position!.start.offset!;
  // The value holds one `\n` for each line break the source holds up to there.
  const breaks = (source.text.slice(from, at).match(/\r\n|\r|\n/g) ?? []).length;
  let cut = -1;
  for (let k = 0; k < breaks; k++) {
    cut = child.value.indexOf('\n', cut + 1);
    if (cut < 0) return undefined;
  }
  if (breaks === 0) return undefined;
  const lineEnd = lineEndBefore(source.text, at);
  const first: Text = { type: 'text', value: trimLineEnd(child.value.slice(0, cut)), position: source.span(from, lineEnd) };
  const rest = child.value.slice(cut + 1);
  const second: Text = { type: 'text', value: rest, position: source.span(at, child.position!.end.offset!) };
  return [first, second];
}

/** The paragraph as one paragraph per day it holds, or the paragraph when it holds no day line past its first. */
function splitAtDays(node: Paragraph, source: SourceText): RootContent[] {
  if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return [node];
  const starts = dayLineStarts(node, source);
  if (starts.length === 0) return [node];
  const parts: Paragraph[] = [];
  let children = node.children;
  let from = node.position.start.offset;
  for (const at of starts) {
    const halves = splitChildren(children, at, source);
    if (!halves) continue;
    const lineEnd = lineEndBefore(source.text, at);
    parts.push({ type: 'paragraph', children: halves[0], position: source.span(from, lineEnd) });
    children = halves[1];
    from = at;
  }
  if (parts.length === 0) return [node];
  parts.push({ type: 'paragraph', children, position: source.span(from, node.position.end.offset) });
  return parts;
}

/** The tree with each top-level paragraph that holds several days' agendas split into one paragraph per day. */
export function withDayLinesApart(tree: Root, source: SourceText): Root {
  let changed = false;
  const children = tree.children.flatMap((node) => {
    if (node.type !== 'paragraph') return [node];
    const parts = splitAtDays(node, source);
    if (parts.length > 1) changed = true;
    return parts;
  });
  return changed ? { ...tree, children } : tree;
}
