/*
 * The date a heading, list item or log title opens with, through the grammar's
 * readDatedLine. A log title may name its chapter before the session
 * (`Chapitre 1 - Séance 1 : jeudi 5/09/2024`): then the date opens the part after a
 * ` - ` or ` : `, and only there (a date inside a sentence is still prose).
 */
import { namesALegalAct, readDatedLine, type DatedLine, type DatedLineOptions } from '../dates/dated-line.js';
import { namesARecord } from '../dates/dated-item.js';
import { withLeadYear } from '../dates/lead-year.js';
import { wordBeforeDu } from '../dates/letters.js';
import { normaliseText } from '../dates/normalise-text.js';

// An Org-mode timestamp (`<2020-09-29>`, `<2020-09-29 mar.>`, `[2020-09-29 Tue 10:30-12:30]`):
// a course log kept in Emacs writes its days so, the ISO date first, then its weekday cut
// short in the writer's language and maybe the hours. The brackets are Org's, not a tag.
const ORG_TIMESTAMP = /[<[]\d{4}-\d{2}-\d{2}[^<>[\]\n]{0,30}[>\]]/g;
// What may follow the date inside: the weekday (` mar.`, ` Tue`), then a time or two.
const ORG_WEEKDAY = /^ \p{L}{2,9}\.?/u;
const ORG_TIME = /^ \d{1,2}:\d{2}$/;
const ORG_TIMES = /^ \d{1,2}:\d{2}-\d{1,2}:\d{2}$/;

// `<2020-09-29 mar. 10:30-12:30>` as `(2020-09-29)      10:30-12:30`: the date in brackets,
// then its hours, same length; anything else in the brackets is left as written.
function orgAsBracketedDate(stamp: string, at: number, text: string): string {
  const day = stamp.slice(1, 11);
  const weekday = ORG_WEEKDAY.exec(stamp.slice(11, -1))?.[0] ?? '';
  const hours = stamp.slice(11 + weekday.length, -1);
  // A bare `[2020-01-14]` opening the text (`- [2020-01-14] Prise en main Git`) is read as
  // spaces like `[14 janvier 2020]`: a date in round brackets cannot open a list item. After a
  // label (`* Cours 01 [2020-09-29]`) it is an Org stamp, and round brackets tie it to the label.
  if (stamp.startsWith('[') && weekday === '' && hours === '' && text.slice(0, at).trim() === '') return stamp;
  if (hours !== '' && !ORG_TIME.test(hours) && !ORG_TIMES.test(hours)) return stamp;
  return hours ? `(${day})${' '.repeat(weekday.length + 1)}${hours.trimStart()}` : `(${day})${' '.repeat(weekday.length)}`;
}

/**
 * The text as the date grammar reads it, same length so that the offsets readDatedLine
 * gives still point into the text. Square brackets around a date (`Séance 1 - [04/03/2025]`)
 * are read as spaces. An Org timestamp is read as the date in brackets (`(2020-09-29)`),
 * then its hours: its weekday is Org's own (it computes it, it is never wrong) and set
 * aside, as `09-29 mar.` would read as a run of days in March.
 */
function unbracketed(text: string): string {
  const org = text.includes('<') || text.includes('[') ? text.replace(ORG_TIMESTAMP, orgAsBracketedDate) : text;
  // Most texts hold no shortcode: a colon before a letter is looked for first, without copying the text.
  const icons = SHORTCODE_HINT.test(org) ? org.replace(WORD_SHORTCODE, (found, before: string) => before + ' '.repeat(found.length - before.length)) : org;
  return icons.replace(/[[\]]/g, ' ');
}

// An icon's shortcode standing as a word (`4 Juillet 2015, :warning: 13h00 :warning:`): a
// mark for the eye, between the date and its hours. It opens with a letter, so `12:30:00`
// stays a time.
const WORD_SHORTCODE = /(^|\s):[a-z][a-z0-9_+-]{0,40}:(?=\s|$|[,.;!?])/gi;
const SHORTCODE_HINT = /(?:^|\s):[a-z]/i;

// A version number as changelogs name their releases: `[2.0]`, `2.0.10`, `v1.2`, `Version 3.1`,
// `Release 4`. A bare `1.2` is not one: a course log numbers its chapters so (`1.2 - 4 mars`).
const VERSION = /^(v|version|release|r\u00e9vision|revision)?\s?(\d[\d.]{0,20})$/i;
// A pre-release or build after the version: `-beta.2`, `+build`.
const VERSION_SUFFIX = /[-+][\w.]{1,20}$/u;

function isVersion(lead: string): boolean {
  const bracketed = lead.startsWith('[') && lead.endsWith(']');
  const found = VERSION.exec((bracketed ? lead.slice(1, -1).trim() : lead).replace(VERSION_SUFFIX, ''));
  if (!found || found[2]!.endsWith('.') || found[2]!.includes('..')) return false;
  return bracketed || found[1] !== undefined || found[2]!.split('.').length >= 3;
}

// What sets a release's version apart from its date: ` - `, ` : `, ` – `, ` (`.
const RELEASE_SEPARATOR = / [-:\u2013(] ?/;

/** Whether a heading names a changelog's release before its date (`[2.0.10] - 2025-09-21`, `v1.2 - 3 mars 2024`). */
export function isReleaseHeading(text: string): boolean {
  const separator = RELEASE_SEPARATOR.exec(text);
  return separator !== null && isVersion(text.slice(0, separator.index).trim());
}

/**
 * The date of a heading named like a release (`v2.0 - 2018-04-03`) that stands under a
 * heading of sessions (`## Ateliers`): a series numbered as its project's versions, each
 * meeting dated after its number. Undefined for any other heading.
 */
export function versionedSessionDate(text: string): DatedLine | undefined {
  if (!isReleaseHeading(text)) return undefined;
  const separator = RELEASE_SEPARATOR.exec(text)!;
  const from = separator.index + separator[0].length;
  return shifted(readDatedLine(text.slice(from).replace(/\)$/, '')), from, text.slice(0, separator.index).trim());
}

/** The date `text` opens with, or that opens one of its ` - ` / ` : ` parts (at most three tried). */
export function datedTextOf(text: string, allowParts: boolean, options: DatedLineOptions = {}): DatedLine | undefined {
  const plain = unbracketed(text);
  const whole = readDatedLine(plain, options);
  if (whole) return whole;
  const stamped = bracketedStamp(plain, options);
  if (stamped) return stamped;
  // `Abstract du 13 avr. 2018 - Tarik Fahlaoui`: one word naming the item, then the date.
  const named = wordBeforeDu(plain);
  // `Arrêté du 7 décembre 2022 fixant …`: a legal act named by its day, no session; nor
  // `Vidéo du mardi 8/9/2020 sur Youtube`, a recording of a class, listed under the class's own heading.
  if (named && !namesALegalAct(plain)) {
    const line = shifted(readDatedLine(plain.slice(named[0].length), options), named[0].length, named[1]!);
    // Not in a list: a heading so named is an evening's (`## Diaporama du vendredi 8 mars 2024`, its time below).
    if (line && !(options.item && namesARecord(named[1]!) && !line.hours)) return line;
  }
  if (!allowParts) return undefined;
  const separator = / [-:\u2013\u2014] /g;
  for (let tries = 0; tries < 3; tries++) {
    const found = separator.exec(plain);
    if (!found) break;
    // `## [2.0.10] - 2025-09-21`, `## v1.2 - 3 mars 2024`: a release of a changelog, not a session.
    if (tries === 0 && isReleaseHeading(text)) return undefined;
    // `Phase 3 : Fonctionnalités (29 septembre - 6 octobre)`: a dash inside brackets after a
    // day joins the bracket's days; the part after it is no date of its own (the bracket is
    // read whole, as a closing date in brackets). `(groupe A - 12 mars 2024)`: the dash sets
    // a label apart from the date, read as before.
    if (joinsBracketedDays(plain, found.index)) continue;
    const from = found.index + found[0].length;
    // `Première semaine 6/02 - 12/02`: the dash joins two days, the run begins at the day before it.
    const dayBefore = NUMERIC_DAY_AT_END.exec(plain.slice(0, found.index));
    if (dayBefore) {
      const at = dayBefore.index + dayBefore[0].length - dayBefore[1]!.length;
      const run = shifted(readDatedLine(plain.slice(at), options), at, plain.slice(0, at).trim());
      if (run?.expression.kind === 'range') return run;
    }
    // `Annuel – 12 avril – Soirée`: a day that comes back every year is no dated session.
    if (RECURRING_LEAD.test(normaliseText(plain.slice(0, found.index)))) return undefined;
    const line = shifted(readDatedLine(plain.slice(from), options), from, plain.slice(0, found.index).trim());
    if (line) return line;
  }
  return undefined;
}

// A text that opens with its whole date in round brackets, maybe signed first by who wrote
// the entry (`(AZI, 03.02.2020) Le projet débute`, `(12/03/2024) Réunion`): a team's log
// stamps each line so. The bracket is short; the signature, found in code, initials.
const BRACKETED_STAMP = /^\s?\(([^()]{6,66})\)(?=\s)/;
// A signature before the date in the bracket: its writer's initials (`AZI`), not a name, an
// outlet or a court, whose brackets cite a source (`(Dupont, 12.03.2020)`, `(Le Monde, …)`).
const SIGNATURE = /^\p{Lu}{2,4}$/u;

/**
 * The date of a text that opens with it in round brackets (BRACKETED_STAMP), read with the
 * brackets and the signature as spaces, same length; only a date that writes its year, all
 * of the bracket (its hours aside), as `(12 mars)` opening a line may be an aside.
 */
function bracketedStamp(text: string, options: DatedLineOptions): DatedLine | undefined {
  const found = BRACKETED_STAMP.exec(text);
  if (!found) return undefined;
  const open = found[0].indexOf('(') + 1;
  const comma = found[1]!.indexOf(',');
  const signed = comma > 0 && SIGNATURE.test(found[1]!.slice(0, comma));
  // Unsigned, a comma in the bracket sets apart something else than a date (`(15/20, 12.03.2020)`, a mark).
  if (comma >= 0 && !signed) return undefined;
  const skip = signed ? comma + 1 + (/^\s/.test(found[1]!.slice(comma + 1)) ? 1 : 0) : 0;
  const inner = open + skip;
  const date = found[1]!.slice(skip);
  const spaced = ' '.repeat(inner) + date + ' ' + text.slice(inner + date.length + 1);
  const line = readDatedLine(spaced, options);
  // The bracket may hold the hours after the date (`(19/03/2024 14h-16h) Atelier`), nothing else.
  const closes = line?.hours?.end ?? line?.end;
  if (!line || line.start !== inner || closes !== inner + date.trimEnd().length || line.expression.mentions[0]?.year === undefined) return undefined;
  return line;
}

/** Whether the dash at `at` falls inside a bracket whose words before it are a date alone (`(29 septembre - …`). */
function joinsBracketedDays(text: string, at: number): boolean {
  const opens: number[] = [];
  for (let index = 0; index < at; index++) {
    if (text[index] === '(') opens.push(index);
    else if (text[index] === ')') opens.pop();
  }
  const open = opens.at(-1);
  if (open === undefined) return false;
  const before = readDatedLine(text.slice(open + 1, at).trim());
  return before !== undefined && before.lead === '' && before.rest === '';
}

// A numeric day closing a text (`Première semaine 6/02`, `… 13.02.2023`): maybe the start of a run the dash goes on with.
const NUMERIC_DAY_AT_END = /(?:^|\s)(\d{1,2}[/.]\d{1,2}[/.\d]{0,5})$/;

// The last words of a label that say the day after it recurs every year (folded).
const RECURRING_LEAD = /(?:^|[^a-z])(?:annuel|annuelle|annuellement|chaque annee|tous les ans|annual|yearly|every year)$/;

/** A line read from `from` on, its offsets moved back into the whole text and `lead` put before its title. */
export function shifted(line: DatedLine | undefined, from: number, lead: string): DatedLine | undefined {
  if (!line) return undefined;
  const title = line.title ? `${lead} : ${line.title}` : lead;
  const hours = line.hours ? { hours: { ...line.hours, start: line.hours.start + from, end: line.hours.end + from } } : {};
  const also = line.also ? { also: line.also.map((day) => shifted(day, from, lead)!) } : {};
  // The words put before the date may name its year (`Game Jam d'automne 2024 : 15-16 novembre`).
  return withLeadYear({ ...line, ...hours, ...also, start: line.start + from, end: line.end + from, lead, title });
}
