/*
 * Scores what the engine reads in a real document against what a careful reader wrote
 * down by hand in its expected.json (tests/fixtures/real/README.md says how it is made).
 * A session is matched by the line where it begins (on a line that holds several, by its
 * days); its days are right when they are the same set of days, its hours when the same
 * starts and ends. A problem the reader saw is reported when an error or warning stands on
 * its line; an error or warning on a line where the reader saw none is a false alarm.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDecoded } from '../../src/engine/pipeline.js';
import { decodeText, type DecodedText } from '../../src/fs/decode-text.js';
import type { FileReport } from '../../src/report/file-report.js';
import { sessionToJson } from '../../src/report/session-json.js';

/** One session as the reader wrote it down. */
export interface ExpectedSession {
  line: number;
  title?: string;
  days: string[];
  times: Array<{ start: string; end: string | null; label?: string }>;
  status: 'confirmed' | 'cancelled' | 'tentative';
  source?: string;
}

/** A real document's expected.json. */
export interface Expected {
  shape: string[];
  programme: boolean;
  sessions: ExpectedSession[];
  problems: Array<{ line: number; rule: string; why?: string }>;
}

/** A real document of the fixtures, with what its reader expects and the day it was last committed. */
export interface RealDocument {
  slug: string;
  /** The file's text as the engine decodes its bytes (a Latin-1 byte shows as `\ufffd`). */
  text: string;
  /** The file's bytes decoded as `check FILE` decodes them, with where they stop being UTF-8 (a page a test writes has only its text). */
  decoded?: DecodedText;
  expected: Expected;
  /** The commit date of the published version (SOURCE.md), `YYYY-MM-DD`. */
  committed?: { year: number; month: number; day: number };
  /**
   * The file's path from its repository's folder as a clone names it (SOURCE.md's
   * repository name, then its path): `syllabus-EDM5240-H2019/calendrier.md`.
   */
  repositoryPath?: string;
}

/** How the engine did on one document. */
export interface DocumentScore {
  slug: string;
  sessions: number;
  daysRight: number;
  hoursRight: number;
  statusRight: number;
  /** Sessions the engine read where the reader saw none. */
  extraSessions: number;
  problems: number;
  problemsFound: number;
  falseAlarms: Array<{ line: number; rule: string; message: string }>;
  missed: Array<{ line: number; want: string; got: string }>;
}

/** Reads every document of a fixtures folder (`tests/fixtures/real`), in name order. */
export function readRealDocuments(folder: string): RealDocument[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'expected.json')))
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const dir = join(folder, slug);
      const source = readFileSync(join(dir, 'SOURCE.md'), 'utf8');
      const date = /Commit date:\s*\**\s*(\d{4})-(\d{2})-(\d{2})/i.exec(source);
      const repository = /Repository:\s*\**\s*`?[\w.-]+\/([\w.-]+)/.exec(source)?.[1];
      const path = /Path:\s*\**\s*`?([^`*\n]+)/.exec(source)?.[1]?.trim();
      const decoded = decodeText(readFileSync(join(dir, 'input.md')));
      return {
        slug,
        text: decoded.text,
        decoded,
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
        ...(date ? { committed: { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) } } : {}),
        ...(repository && path ? { repositoryPath: `${repository}/${path}` } : {}),
      };
    });
}

/**
 * Runs the engine on a real document as `check FILE` would in a clone of its repository:
 * the file last committed when its source says, at its path in a folder named after the
 * repository (no more is known of its place; not the slug, which the fixture's writer chose).
 */
export function checkRealDocument(document: RealDocument): FileReport {
  // The tests score each document several times (tables, every shape, the detail): the
  // engine reads it once; a report is never changed after it is made.
  const known = reports.get(document);
  if (known) return known;
  // Its bytes, as `check FILE` reads them: a file saved as Latin-1 is reported where it stops being UTF-8.
  // A test that rewrites the text (typography-variants.test.ts) gives the text it wrote: the
  // bytes stand for the text only while they are its own.
  const decoded = document.decoded?.text === document.text ? document.decoded : { text: document.text, binary: false };
  const report = checkDecoded(`${document.slug}/input.md`, decoded, {
    language: 'en',
    timezone: 'Europe/Paris',
    ...(document.committed ? { referenceDate: () => document.committed } : {}),
    repositoryPath: () => document.repositoryPath,
  });
  reports.set(document, report);
  return report;
}

const reports = new WeakMap<RealDocument, FileReport>();

/**
 * The line a reader's session stands on, as the engine counts it. An HTML row spread over
 * several lines begins at its `<tr>` for one reader and at its first cell for another (the
 * readers of the development set all chose the cell); the engine puts a row on its first
 * cell, so a line holding only a row's opening tag stands for the first cell below it. An
 * HTML list item is the other way round: the engine puts it on its `<li>` line.
 */
function rowStartLine(lines: readonly string[], line: number): number {
  // A slot's block of divs (`<div class="schedule_bloc">` over `<div class="schedule_time">14h00</div>`)
  // stands, as a row does, on its first field's line.
  if (/^\s*<div\b[^<]*>\s*$/i.test(lines[line - 1] ?? '') && /^\s*<div\b[^<]*>[^<\s]/i.test(lines[line] ?? '')) return line + 1;
  // An HTML list item spread over lines (`<li class="meta">` over `<time datetime="…">8h30</time>`,
  // `<li>` over `Jeudi 27 novembre - 12 h 30`) stands on its opening tag, where the engine
  // puts it; a reader put it on its first field or its text.
  // So does one whose first field sits in a card's `<div>` under it (`<li>` over `<div
  // class="mu-single-event">` over `<p class="mu-event-time">1er Mars 2019</p>`).
  let above = line - 1;
  while (above > 1 && above > line - 3 && /^\s*<div\b[^<]*>\s*$/i.test(lines[above - 1] ?? '')) above--;
  if (above >= 1 && above < line && /^\s*<li\b[^<]*>\s*$/i.test(lines[above - 1] ?? '') && (lines[line - 1] ?? '').trim() !== '') return above;
  if (!/^\s*<tr\b[^<]*>\s*$/i.test(lines[line - 1] ?? '')) return line;
  for (let next = line + 1; next <= lines.length && next < line + 6; next++) {
    if (/<\/tr\s*>/i.test(lines[next - 1] ?? '') && !/<t[dh]\b/i.test(lines[next - 1] ?? '')) break;
    if (/<t[dh]\b/i.test(lines[next - 1] ?? '')) return next;
  }
  return line;
}

/**
 * The other cells' lines of an HTML row written one cell a line, after the one a reader's
 * session stands on: the engine puts such a row on its dates cell, where a coordinator
 * corrects the date, and a reader on its first cell (`<td>1</td>` before `<td>31 août</td>`).
 * Either line is the row's; the calendar gets the same event.
 */
function laterCellLines(lines: readonly string[], line: number): number[] {
  if (!/<t[dh]\b/i.test(lines[line - 1] ?? '') || /<\/tr\s*>/i.test(lines[line - 1] ?? '')) return [];
  const later: number[] = [];
  for (let next = line + 1; next <= lines.length && next < line + 12; next++) {
    const text = lines[next - 1] ?? '';
    if (/<tr\b/i.test(text) || /^\s*<\/tr\s*>\s*$/i.test(text)) break;
    if (/<t[dh]\b/i.test(text)) later.push(next);
    if (/<\/tr\s*>/i.test(text)) break;
  }
  return later;
}

/**
 * The heading over a reader's line when that line is one of the fields listed under it
 * (`## Séance n° 1` over `* Date : 05/11/2024`). Such a session begins on its heading (the
 * convention of README.md, decided 2026-11-30), where the engine puts it; readers before
 * that convention, and some after, put it on its date field. Either line is the session's.
 */
function fieldsHeadingLine(lines: readonly string[], line: number): number | undefined {
  if (!/^\s*[*+-]\s+(\*\*)?[\p{L} ?'’]{2,30}(\*\*)?\s*:/u.test(lines[line - 1] ?? '')) return undefined;
  for (let above = line - 1; above >= 1 && above > line - 12; above--) {
    const text = lines[above - 1] ?? '';
    if (/^#{1,6}\s/.test(text)) return above;
    if (text.trim() !== '' && !/^\s*[*+-]\s/.test(text)) return undefined;
  }
  return undefined;
}

// A heading of clock hours alone (`## 9h30-10h`, `### 14h-15h30`), and its depth.
const HOURS_HEADING = /^(#{1,6})\s+\d{1,2}\s?h(?:\s?\d{2})?(?:\s?[-–à]\s?\d{1,2}\s?h(?:\s?\d{2})?)?\s*$/;
const HEADING_DEPTH = /^(#{1,6})\s/;

/**
 * The other line of a slot written as a heading of its hours alone right over the smaller
 * heading of its title (`## 9h30-10h` over `### Accueil des participants`): from the title's
 * line, the hours' line, and back. Readers put the slot on either (decided 2026-12-03); the
 * engine on the hours, where it begins.
 */
function hourTitleLine(lines: readonly string[], line: number): number | undefined {
  const depthOf = (at: number) => HEADING_DEPTH.exec(lines[at - 1] ?? '')?.[1]!.length;
  const nextText = (from: number, step: number) => {
    for (let at = from + step; at >= 1 && at <= lines.length; at += step) if ((lines[at - 1] ?? '').trim() !== '') return at;
    return undefined;
  };
  const here = depthOf(line);
  if (here === undefined) return undefined;
  if (HOURS_HEADING.test(lines[line - 1] ?? '')) {
    const below = nextText(line, 1);
    return below !== undefined && (depthOf(below) ?? 0) > here && !HOURS_HEADING.test(lines[below - 1] ?? '') ? below : undefined;
  }
  const above = nextText(line, -1);
  return above !== undefined && HOURS_HEADING.test(lines[above - 1] ?? '') && depthOf(above)! < here ? above : undefined;
}

/**
 * Whether two lines are of one block of text: from the first to the second, no blank line,
 * no heading, no table row and no HTML (a paragraph, or a sentence and the list it runs into:
 * `… aura lieu` over `- le samedi 7 mars`). Used only for a page of one session on each side,
 * whose days are still compared.
 */
function oneParagraph(lines: readonly string[], a: number, b: number): boolean {
  for (let at = Math.min(a, b); at <= Math.max(a, b); at++) {
    const text = lines[at - 1] ?? '';
    if (text.trim() === '' || /^\s{0,3}(?:#|\||<)/.test(text)) return false;
  }
  return true;
}

/** The line of the fence that closes a page's front matter (`---`, `+++`), when the page opens with one. */
function frontMatterEnd(lines: readonly string[]): number | undefined {
  const fence = lines[0]?.trim();
  if (fence !== '---' && fence !== '+++') return undefined;
  const end = lines.findIndex((text, index) => index > 0 && text.trim() === fence);
  return end < 0 ? undefined : end + 1;
}

/** The 1-based line of the page's title, when a level-one heading is its first line with text. */
function openingTitleLine(lines: readonly string[]): number | undefined {
  const first = lines.findIndex((text) => text.trim() !== '');
  return first >= 0 && /^#\s/.test(lines[first]!) ? first + 1 : undefined;
}

const timesKey = (times: Array<{ start: string; end: string | null }>): string =>
  times
    .map((time) => `${time.start}-${time.end ?? ''}`)
    .sort()
    .join(',');

/**
 * Compares the engine's reading of a document with its reader's; `sources` keeps only the
 * expected sessions of those sources (`['table']` to score the tables of a document).
 */
export function scoreDocument(document: RealDocument, sources?: readonly string[], report: FileReport = checkRealDocument(document)): DocumentScore {
  const read = report.programme.sessions.map(sessionToJson);
  // Several sessions may stand on one line (a row with a column per day): on a line, each
  // session the reader wrote takes the engine's session with the same days, or else the
  // first one left; what the engine reads beyond that is a session the reader did not list.
  const byLine = new Map<number, typeof read>();
  for (const session of read) byLine.set(session.line, [...(byLine.get(session.line) ?? []), session]);
  const daysKey = (days: string[]) => [...days].sort().join(' ');
  const paired = new Set<(typeof read)[number]>();
  const lines = document.text.split(/\r?\n/);
  // The one event a front matter gives has no line of its own: its reader may put it on the
  // fence, the title or the date, and the engine on one of them; any line of the block is its.
  // Only one on each side: a front matter that lists sessions gives each its own line.
  const block = frontMatterEnd(lines);
  const inBlock = block === undefined ? [] : read.filter((session) => session.line <= block);
  const oneEvent = block !== undefined && inBlock.length === 1 && document.expected.sessions.filter((one) => one.line <= block).length === 1;
  // A page that is one event (the only session on each side) has its event where its reader
  // or the engine anchors it: the page's title in its front matter, or the body's line that
  // dates it (decided 2026-12-03: the readers wrote both). Either is the page's one session.
  // So does a page without front matter whose title heading opens it (`# Atelier 0 — Initiation`
  // over `**Fablab Polinno — 9 avril 2026**`): its title or the line that dates it (decided
  // 2026-12-04: set 77's and set 76's readers each wrote that either line is the event's).
  // Or, its day told in a sentence wrapped over lines (or running into a list), the block's
  // first line or the line that writes the day (decided 2026-12-05: set 97's reader wrote the
  // day's line, earlier ones the sentence's first; the calendar gets the same event).
  // The same when the page holds other dated items besides its event (a call for talks'
  // steps under `Annonce du DevFest 2020`): the engine's one session in the front matter, its
  // title's, is the reader's session of the same days written in the body (decided
  // 2026-12-07: set 118's reader wrote the sentence that invites to it).
  const titledEvent = block !== undefined && inBlock.length === 1 && !document.expected.sessions.some((one) => one.line <= block) ? inBlock[0] : undefined;
  // Only one session of those days on each side: two of the same days leave the event unknown.
  const sameDaysWanted = (days: string[]) => Math.max(document.expected.sessions.filter((one) => daysKey(one.days) === daysKey(days)).length, read.filter((one) => daysKey(one.days) === daysKey(days)).length);
  const title = block === undefined ? openingTitleLine(lines) : undefined;
  const onePage =
    read.length === 1 &&
    document.expected.sessions.length === 1 &&
    ((block !== undefined && (read[0]!.line <= block || document.expected.sessions[0]!.line <= block)) ||
      (title !== undefined && (read[0]!.line === title || document.expected.sessions[0]!.line === title)) ||
      oneParagraph(lines, read[0]!.line, document.expected.sessions[0]!.line));
  const pair = (want: ExpectedSession) => {
    let left = (byLine.get(rowStartLine(lines, want.line)) ?? []).filter((session) => !paired.has(session));
    const heading = left.length === 0 ? fieldsHeadingLine(lines, want.line) : undefined;
    if (heading !== undefined) left = (byLine.get(heading) ?? []).filter((session) => !paired.has(session));
    if (left.length === 0) left = laterCellLines(lines, rowStartLine(lines, want.line)).flatMap((line) => byLine.get(line) ?? []).filter((session) => !paired.has(session));
    if (left.length === 0 && oneEvent && want.line <= block! && !paired.has(inBlock[0]!)) left = inBlock;
    if (left.length === 0 && onePage && !paired.has(read[0]!)) left = read;
    // A front matter whose reader found several events in it (its `date:` and a day its
    // `excerpt:` announces) anchors each on its own line, the engine on the line it read:
    // within the block, the one of the same days on each side is the same event (decided
    // 2026-12-07: set 121's reader wrote the fence and the excerpt's lines).
    if (left.length === 0 && block !== undefined && want.line <= block) {
      const same = inBlock.filter((session) => !paired.has(session) && daysKey(session.days) === daysKey(want.days));
      const wanted = document.expected.sessions.filter((one) => one.line <= block && daysKey(one.days) === daysKey(want.days)).length;
      if (same.length === 1 && wanted === 1) left = same;
    }
    if (left.length === 0 && titledEvent && !paired.has(titledEvent) && daysKey(titledEvent.days) === daysKey(want.days) && sameDaysWanted(titledEvent.days) === 1) left = [titledEvent];
    const hourTitle = left.length === 0 ? hourTitleLine(lines, want.line) : undefined;
    if (hourTitle !== undefined) left = (byLine.get(hourTitle) ?? []).filter((session) => !paired.has(session));
    const got = left.find((session) => daysKey(session.days) === daysKey(want.days)) ?? left[0];
    if (got) paired.add(got);
    return got;
  };
  const score: DocumentScore = {
    slug: document.slug,
    sessions: 0,
    daysRight: 0,
    hoursRight: 0,
    statusRight: 0,
    extraSessions: 0,
    problems: document.expected.problems.length,
    problemsFound: 0,
    falseAlarms: [],
    missed: [],
  };
  // A row's slots labelled by their columns' headers (`Cours (13:15 - 14:45)`, `Laboratoires
  // (14:55 - 16:30)`): some readers list one session per slot, others (and the engine, as
  // issue 11 asks) one session with both labelled slots. The calendar gets the same events:
  // the reader's sessions of one line and one day, together, take the engine's session
  // whose slots are all of theirs.
  const wholeRow = new Map<ExpectedSession, (typeof read)[number]>();
  const groups = new Map<string, ExpectedSession[]>();
  for (const want of document.expected.sessions) {
    if (want.times.length === 0) continue;
    const key = `${rowStartLine(lines, want.line)} ${daysKey(want.days)}`;
    groups.set(key, [...(groups.get(key) ?? []), want]);
  }
  for (const [key, wants] of groups) {
    if (wants.length < 2) continue;
    const union = timesKey(wants.flatMap((want) => want.times));
    const line = Number(key.split(' ')[0]);
    const got = (byLine.get(line) ?? []).find((session) => !paired.has(session) && daysKey(session.days) === daysKey(wants[0]!.days) && timesKey(session.times) === union);
    if (!got) continue;
    paired.add(got);
    for (const want of wants) wholeRow.set(want, got);
  }
  // A row with a column of dates per audience (`| Intro | 08/09 | 15/09 | 22/09 |` under
  // `FI | FA EMS | FA VCOD`): some readers list one session per audience, the engine one
  // session on all their days, as for groups (`Groupe A | Groupe B`). The calendar gets the
  // same events: the reader's sessions of one line and the same hours, together, take the
  // engine's session whose days are all of theirs.
  const byHours = new Map<string, ExpectedSession[]>();
  for (const want of document.expected.sessions) {
    if (wholeRow.has(want)) continue;
    const key = `${rowStartLine(lines, want.line)} ${timesKey(want.times)}`;
    byHours.set(key, [...(byHours.get(key) ?? []), want]);
  }
  for (const [key, wants] of byHours) {
    if (wants.length < 2) continue;
    const all = new Set(wants.flatMap((want) => want.days));
    // Only sessions each on days of its own: several on one day are each their own session.
    if (wants.some((want) => want.days.length >= all.size) || all.size !== wants.reduce((sum, want) => sum + want.days.length, 0)) continue;
    const union = daysKey([...all]);
    const line = Number(key.split(' ')[0]);
    const got = (byLine.get(line) ?? []).find((session) => !paired.has(session) && daysKey(session.days) === union && timesKey(session.times) === timesKey(wants[0]!.times));
    if (!got) continue;
    paired.add(got);
    for (const want of wants) wholeRow.set(want, got);
  }
  // A day's heading over its agenda (`##### 10 décembre` over `- 9h à 16h: Rédaction`): some
  // readers write one session on the heading with every slot of the day, the engine (as
  // issue 12 asks) one session per timed line under it. The calendar gets the same events:
  // the reader's session takes the engine's sessions of that day between its heading and
  // the next heading of its level or above, when their slots together are its slots.
  const headingAgenda = new Map<ExpectedSession, Array<(typeof read)[number]>>();
  for (const want of document.expected.sessions) {
    if (wholeRow.has(want) || want.times.length === 0 || !/^#{1,6}\s/.test(lines[want.line - 1] ?? '')) continue;
    if ((byLine.get(want.line) ?? []).some((session) => !paired.has(session) && daysKey(session.days) === daysKey(want.days))) continue;
    // The next heading of the day's level or above: the day's own sub-headings (`#### Matin
    // (6h-8h)` under `### Lundi 6 janvier`) are its slots' lines, inside it.
    const depth = /^#{1,6}/.exec(lines[want.line - 1]!)![0].length;
    let end = want.line + 1;
    while (end <= lines.length && !(/^#{1,6}\s/.test(lines[end - 1] ?? '') && /^#{1,6}/.exec(lines[end - 1]!)![0].length <= depth)) end++;
    const under = read.filter((session) => !paired.has(session) && session.line > want.line && session.line < end && daysKey(session.days) === daysKey(want.days));
    if (under.length === 0 || timesKey(under.flatMap((session) => session.times)) !== timesKey(want.times)) continue;
    for (const session of under) paired.add(session);
    headingAgenda.set(want, under);
  }
  // A session over several days, each day with its own hours on one line (`26 septembre 2025
  // (14h–18h) & 27 septembre 2025 (9h–13h)`): some readers write one session on all the days
  // with every slot, the engine one session a day with that day's hours, which tells more
  // and keeps each slot on its day. The reader's session takes the engine's sessions of its
  // line when their days together are its days and their slots together its slots (decided
  // 2026-12-04, held-out set 74).
  const dayByDay = new Map<ExpectedSession, Array<(typeof read)[number]>>();
  const slotsKey = (times: Array<{ start: string; end: string | null }>) => [...new Set(timesKey(times).split(','))].join(',');
  for (const want of document.expected.sessions) {
    if (wholeRow.has(want) || headingAgenda.has(want) || want.days.length < 2 || want.times.length === 0) continue;
    const onLine = (byLine.get(rowStartLine(lines, want.line)) ?? []).filter((session) => !paired.has(session));
    if (onLine.some((session) => daysKey(session.days) === daysKey(want.days))) continue;
    const each = onLine.filter((session) => session.days.length > 0 && session.days.every((day) => want.days.includes(day)));
    if (each.length < 2 || daysKey([...new Set(each.flatMap((session) => session.days))]) !== daysKey(want.days)) continue;
    if (slotsKey(each.flatMap((session) => session.times)) !== slotsKey(want.times)) continue;
    for (const session of each) paired.add(session);
    dayByDay.set(want, each);
  }
  // Every session the reader wrote takes its partner, even one of a source not scored here.
  const partners = new Map(document.expected.sessions.map((want) => [want, wholeRow.get(want) ?? headingAgenda.get(want)?.[0] ?? dayByDay.get(want)?.[0] ?? pair(want)]));
  const wanted = document.expected.sessions.filter((session) => !sources || sources.includes(session.source ?? 'table'));
  score.sessions = wanted.length;
  for (const want of wanted) {
    const got = partners.get(want);
    const days = got ? daysKey(got.days) : '';
    const wantDays = daysKey(want.days);
    const daysRight = got !== undefined && (days === wantDays || wholeRow.has(want) || dayByDay.has(want));
    const hoursRight = got !== undefined && (wholeRow.has(want) || headingAgenda.has(want) || dayByDay.has(want) || timesKey(got.times) === timesKey(want.times));
    if (daysRight) score.daysRight++;
    if (hoursRight) score.hoursRight++;
    if (got?.status === want.status) score.statusRight++;
    if (!daysRight || !hoursRight) {
      score.missed.push({
        line: want.line,
        want: `${wantDays} ${timesKey(want.times)} ${want.status}`,
        got: got ? `${days} ${timesKey(got.times)} ${got.status}` : '(no session)',
      });
    }
  }
  // A session the engine gives with days that no session of the reader's took.
  score.extraSessions = read.filter((session) => !paired.has(session) && session.days.length > 0).length;
  // A problem of an HTML row written one cell a line stands on any of its cells' lines, as
  // its session does (laterCellLines): the engine flags the dates cell, a reader the row.
  const rowLines = (line: number) => [rowStartLine(lines, line), ...laterCellLines(lines, rowStartLine(lines, line))];
  const problemLines = new Set(document.expected.problems.flatMap((problem) => rowLines(problem.line)));
  const alarms = report.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  score.problemsFound = document.expected.problems.filter((problem) => alarms.some((d) => d.line !== undefined && rowLines(problem.line).includes(d.line))).length;
  // `undecided-date` says a date is marked as not settled: on a session the reader holds
  // tentative, it states the reader's own reading, no contradiction the reader missed.
  const tentativeLines = new Set(document.expected.sessions.filter((session) => session.status === 'tentative').map((session) => rowStartLine(lines, session.line)));
  score.falseAlarms = alarms
    .filter((d) => d.line === undefined || !problemLines.has(d.line))
    .filter((d) => !(d.rule === 'undecided-date' && d.line !== undefined && tentativeLines.has(d.line)))
    .map((d) => ({ line: d.line ?? 0, rule: d.rule, message: d.message }));
  return score;
}

/** The totals of a set of scores, as the issues state their targets. */
export interface CorpusScore {
  documents: number;
  sessions: number;
  days: number;
  hours: number;
  status: number;
  extraSessions: number;
  problems: number;
  problemsFound: number;
  falseAlarms: number;
}

/** Adds up document scores; ratios are between 0 and 1 (1 when there is nothing to count). */
export function totalScore(scores: DocumentScore[]): CorpusScore {
  const sum = (pick: (score: DocumentScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const sessions = sum((s) => s.sessions);
  const problems = sum((s) => s.problems);
  const ratio = (n: number, of: number) => (of === 0 ? 1 : n / of);
  return {
    documents: scores.length,
    sessions,
    days: ratio(sum((s) => s.daysRight), sessions),
    hours: ratio(sum((s) => s.hoursRight), sessions),
    status: ratio(sum((s) => s.statusRight), sessions),
    extraSessions: sum((s) => s.extraSessions),
    problems,
    problemsFound: ratio(sum((s) => s.problemsFound), problems),
    falseAlarms: sum((s) => s.falseAlarms.length),
  };
}
