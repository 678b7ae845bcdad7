import type { Heading, RootContent } from 'mdast';
import { extractDateFromHeading } from '../dates/french-dates.js';
import { countYears } from '../dates/year-inference.js';
import { resolveDates } from '../dates/resolve-dates.js';
import { compareDates, toIsoDate } from '../dates/plain-date.js';
import type { DateExpression, PlainDate } from '../dates/types.js';
import { normaliseText } from '../dates/normalise-text.js';
import { plainText } from '../programme/plain-text.js';
import { guardedPattern } from '../programme/guarded-pattern.js';
import { BOUND_OR_DEADLINE_BEFORE } from '../programme/deadline-words.js';
import { defineRule, relatedAt, type RuleContext } from './define-rule.js';
import { longDate } from './labels.js';

/**
 * A session on a day the introduction of its programme does not announce. A programme
 * often opens with a sentence saying when it takes place (`L'atelier a lieu le 15 et 16
 * décembre 2025`, `Le séminaire se déroule les jeudis 26 octobre, 2 novembre et 9 novembre
 * 2023`): when the dated headings, rows or items below it fall on other days, one of the
 * two was not updated (a day added, last year's dates kept), and a reader sees it at once.
 * Only the paragraph that opens the part of the document holding the sessions counts, and
 * only when it says the event takes place, names two days or more and writes its year; the
 * paragraphs after it, up to the next heading, add the days they name.
 */
export const rule = defineRule({
  id: 'day-not-announced',
  severity: 'warning',
  description: 'A session on a day the introduction of its programme does not announce (L’atelier a lieu le 15 et 16 décembre 2025, then a 17 décembre).',
  check(context) {
    const sessions = context.programme.sessions.filter((session) => session.dates.value && session.status !== 'cancelled');
    if (sessions.length === 0) return;
    for (const announcement of announcements(context)) {
      const reported = new Set<number>();
      for (const session of sessions) {
        const line = session.dates.position.start.line;
        if (line <= announcement.line || line > announcement.partEnd || reported.has(line)) continue;
        const days = session.dates.value!.days;
        if (days.some((day) => announcement.days.has(toIsoDate(day)))) continue;
        if (!days.some((day) => besideOrAnotherYear(day, announcement))) continue;
        reported.add(line);
        context.report(
          'day-not-announced',
          {
            text: session.dates.text,
            line,
            date: longDate(context, days[0]!),
            announced: announcement.text,
            announcedLine: announcement.line,
          },
          session.dates.position,
          { actual: session.dates.text, related: relatedAt(announcement.position, context.say('line-label', { line: announcement.line })) },
        );
      }
    }
  },
});

// How many days before or after the announced ones a session is taken for a day added to them.
const BESIDE_DAYS = 7;

/**
 * Whether a session's day contradicts the announcement: a day added beside the announced
 * ones (within a week of them: `15 et 16 décembre` then a 17 décembre), or a day of another
 * year (last year's dates kept). A day weeks away in the announced year is another part of
 * the programme (a preparatory meeting, a deadline, a follow-up), not a contradiction.
 */
function besideOrAnotherYear(day: PlainDate, announcement: Announcement): boolean {
  const [first, last] = [announcement.first, announcement.last];
  if (day.year !== first.year && day.year !== last.year) return true;
  const at = Date.UTC(day.year, day.month - 1, day.day);
  const week = BESIDE_DAYS * 86_400_000;
  return at >= Date.UTC(first.year, first.month - 1, first.day) - week && at <= Date.UTC(last.year, last.month - 1, last.day) + week;
}

interface Announcement {
  /** The first and last day announced. */
  first: PlainDate;
  last: PlainDate;
  line: number;
  /** The last line of the part of the document the announcement opens. */
  partEnd: number;
  text: string;
  days: Set<string>;
  position: NonNullable<RootContent['position']>;
}

// `a lieu`, `aura lieu`, `ont lieu`, `se déroule`, `se tiendra`, `takes place`, `will be held`.
// Guarded (guarded-pattern.ts): compiled only for a document that writes one of its words.
const TAKES_PLACE = guardedPattern(
  /\b((a|ont|aura|auront) lieu|se (deroule|deroulent|deroulera|derouleront|tient|tiennent|tiendra|tiendront)|takes? place|will take place|(is|are|will be) held)\b/,
  ['a lieu', 'ont lieu', 'se deroul', 'se tien', 'take place', 'takes place', ' held'],
);

/** The paragraphs that open a part of the document and say on which days it takes place. */
function announcements(context: RuleContext): Announcement[] {
  const nodes = context.tree.children;
  const found: Announcement[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'paragraph') return;
    // The first paragraph of the document, or the first under a heading.
    const before = nodes.slice(0, index).reverse();
    const opener = before.find((other) => other.type === 'heading' || other.type === 'paragraph');
    if (opener?.type === 'paragraph') return;
    const text = plainText(node);
    if (!TAKES_PLACE.test(normaliseText(text))) return;
    const found_ = extractDateFromHeading(text);
    const days = found_ && announcedDays(found_.expression);
    if (!found_ || !days || days.length < 2) return;
    // Every day the paragraph writes is announced, not only its first date: `du 4 mai au
    // 24 juillet 2026, suivi de l'examen final le mardi 28 juillet` announces the exam too.
    const year = days[0]!.year;
    days.push(...writtenDays(text.slice(found_.end), year));
    // The paragraphs that follow it before the next heading go on announcing: `Il sera suivi
    // d'un code-sprint les 1er et 2 juin` announces the sprint's days after the meeting's.
    for (const after of nodes.slice(index + 1)) {
      if (after.type === 'heading') break;
      if (after.type === 'paragraph') days.push(...writtenDays(plainText(after), year, true));
    }
    const depth = opener?.type === 'heading' ? (opener as Heading).depth : 0;
    const next = nodes.slice(index + 1).find((other) => other.type === 'heading' && (other as Heading).depth <= depth);
    const sorted = [...days].sort(compareDates);
    found.push({
      first: sorted[0]!,
      last: sorted.at(-1)!,
      line: node.position!.start.line,
      partEnd: next ? next.position!.start.line - 1 : Number.MAX_SAFE_INTEGER,
      text: found_.dateText,
      days: new Set(days.map(toIsoDate)),
      position: node.position!,
    });
  });
  return found;
}

// How many more dates of an announcing paragraph are read after its first.
const MORE_DATES = 8;

/**
 * The days a text of the announcement writes (its first MORE_DATES dates), in `year` when it
 * writes none; with `noDeadlines`, not a day a deadline or a bound names (`Les résumés sont à
 * envoyer avant le 2 juin`): a later paragraph's deadline is no day the event takes place on.
 */
function writtenDays(text: string, year: number, noDeadlines = false): PlainDate[] {
  const days: PlainDate[] = [];
  let rest = text;
  for (let n = 0; n < MORE_DATES; n++) {
    const more = extractDateFromHeading(rest);
    if (!more) break;
    const before = rest.slice(0, Math.max(0, rest.indexOf(more.dateText)));
    if (!noDeadlines || !BOUND_OR_DEADLINE_BEFORE.test(normaliseText(before))) days.push(...(announcedDays(more.expression, year) ?? []));
    rest = rest.slice(more.end);
  }
  return days;
}

/**
 * The days an announcement names, when it writes its year (or, for a later date of the
 * same paragraph, when the paragraph's first date gave one: `year`); undefined otherwise.
 */
function announcedDays(expression: DateExpression, year?: number): PlainDate[] | undefined {
  const written = expression.mentions.findIndex((mention) => mention.year !== undefined);
  if ((written < 0 && year === undefined) || expression.kind === 'alternatives') return undefined;
  const relative = countYears({ ...expression, mentions: expression.mentions.map(({ year: _year, ...rest }) => rest) }, 0);
  const shift = written < 0 ? year! : expression.mentions[written]!.year! - relative[written]!;
  const resolved = resolveDates(expression, { years: relative.map((year) => year + shift), source: 'cell' });
  return resolved.ok ? [...resolved.value.days].sort(compareDates) : undefined;
}
