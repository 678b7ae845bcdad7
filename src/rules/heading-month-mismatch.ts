import type { Heading } from 'mdast';
import type { Position } from 'unist';
import { MONTH_NAMES } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import { namesAnEvent } from '../programme/event-page.js';
import { plainText } from '../programme/plain-text.js';
import { walkNodes } from '../programme/walk-nodes.js';
import { defineRule, relatedAt } from './define-rule.js';
import { longDate } from './labels.js';

/**
 * A session dated outside the month of the heading it is written under. Agendas and logs
 * kept month by month (`#### Décembre 2017`, `## Mars`, `### Janvier 2019 :`) get a new
 * line copied from the one below it, and a date left from the month it was copied from is
 * a slip a reader sees: the heading says December, the item says 3 November. Only a
 * heading that is a month (and a year) and nothing else counts; a session with one day in
 * the month (a range across months) is in it.
 */
export const rule = defineRule({
  id: 'heading-month-mismatch',
  severity: 'warning',
  description: 'A session dated outside the month of the heading it is under (#### Décembre 2017, then an item on 3 November).',
  check(context) {
    const headings: Array<{ line: number; depth: number; month?: number; year?: number; text: string; titled?: { month: number; year: number }; position: Position }> = [];
    for (const node of walkNodes(context.tree)) {
      if (node.type !== 'heading') continue;
      const text = plainText(node).trim();
      const titled = titledMonthOf(text);
      headings.push({ line: node.position!.start.line, depth: (node as Heading).depth, text, ...monthOf(text), ...(titled ? { titled } : {}), position: node.position! });
    }
    headings.sort((a, b) => a.line - b.line);
    headings.forEach((heading, index) => {
      if (heading.month === undefined) return;
      const next = headings.slice(index + 1).find((other) => other.depth <= heading.depth);
      const end = next ? next.line : Number.MAX_SAFE_INTEGER;
      const seen = new Set<number>();
      for (const session of context.programme.sessions) {
        const line = session.dates.position.start.line;
        const days = session.dates.value?.days;
        if (!days || line <= heading.line || line >= end || seen.has(line)) continue;
        seen.add(line);
        // The date written in the session, not the day it was given by a heading above it.
        if (session.dayFrom !== undefined) continue;
        const inMonth = days.some((day) => day.month === heading.month && (heading.year === undefined || day.year === heading.year));
        if (inMonth) continue;
        context.report(
          'heading-month-mismatch',
          { text: session.dates.text, line, date: longDate(context, days[0]!), heading: heading.text, headingLine: heading.line },
          session.dates.position,
          { actual: session.dates.text, related: relatedAt({ start: { line: heading.line, column: 1 }, end: { line: heading.line, column: 1 } }, context.say('line-label', { line: heading.line })) },
        );
      }
    });
    // `# Événement IA - AVRIL 2025` over the days it considers, all in March: the event was
    // moved in its title and not in its days, or the other way; said once, on the heading.
    for (const heading of headings) {
      const titled = heading.titled;
      if (!titled) continue;
      const next = headings.find((other) => other.line > heading.line && other.depth <= heading.depth);
      const end = next ? next.line : Number.MAX_SAFE_INTEGER;
      const under = context.programme.sessions.filter((session) => session.dates.value && session.position.start.line > heading.line && session.position.start.line < end && session.dayFrom === undefined);
      if (under.length < 2) continue;
      const inMonth = (day: { month: number; year: number }) => day.month === titled.month && day.year === titled.year;
      if (under.some((session) => session.dates.value!.days.some(inMonth))) continue;
      // The days of one event's options, all in one month next to the heading's: a letter
      // sent in January over the season's sessions names when it was sent, not when they are.
      const months = new Set(under.flatMap((session) => session.dates.value!.days.map((day) => day.year * 12 + day.month)));
      const [month] = months;
      if (months.size !== 1 || Math.abs(month! - (titled.year * 12 + titled.month)) > 1) continue;
      const first = under[0]!;
      context.report(
        'heading-month-mismatch-title',
        { text: first.dates.text, line: first.dates.position.start.line, date: longDate(context, first.dates.value!.days[0]!), heading: heading.text },
        heading.position,
        { actual: heading.text },
      );
    }
  },
});

// An event's name, a dash, then a month and a year closing a heading: `Événement IA - AVRIL 2025`.
const TITLED_MONTH = /\S\s{1,3}[-\u2013\u2014|:]\s{1,3}(\p{L}{3,9})\s{1,3}(\d{4})\s{0,3}$/u;
/**
 * The month and year a heading that names an event (as an event's page is named,
 * event-page.ts; not `Lettre d'information`) closes its title with (`Événement IA - AVRIL
 * 2025`), or undefined.
 */
function titledMonthOf(text: string): { month: number; year: number } | undefined {
  if (!namesAnEvent(text)) return undefined;
  const found = TITLED_MONTH.exec(text.replace(/[*_#]/g, '').trim());
  const month = found ? FOLDED_MONTHS.indexOf(normaliseText(found[1]!)) + 1 : 0;
  return month > 0 ? { month, year: Number(found![2]) } : undefined;
}

const FOLDED_MONTHS = MONTH_NAMES.map((name) => normaliseText(name));

/** The month (and year) of a heading that is a month and nothing else: `Décembre 2017`, `Mars :`, `**Janvier**`. */
function monthOf(text: string): { month?: number; year?: number } {
  const words = normaliseText(text).replace(/[*_#:]/g, ' ').trim().split(/\s+/);
  if (words.length > 2 || (words.length === 2 && !/^\d{4}$/.test(words[1]!))) return {};
  const month = FOLDED_MONTHS.indexOf(words[0]!) + 1;
  if (month === 0) return {};
  return { month, ...(words[1] ? { year: Number(words[1]) } : {}) };
}
