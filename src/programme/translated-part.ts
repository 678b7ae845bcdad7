/*
 * A page written twice, in French then in another language (`--------- English below
 * ---------`, `Français au dessus`, `English version`): the second part tells the same
 * sessions again. A reader lists each once; a session of the same days and hours as one
 * before it, with a line that marks the other language between them, is that session
 * translated, not another one (the Secret Santa of a student club: four slots in French,
 * the same four in English). With no marker, the words of the dates tell the language:
 * a session dated in English (`Friday, May 31st (18h00-21h00)`) on the days and hours of
 * one dated in French (`Vendredi 31 mai (18h00-21h00)`) is its translation, wherever it
 * stands (a Montréal club's post writes its English part first).
 */
import type { Session } from './model.js';
import { isEnglishDateWord, isFrenchDateWord } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';

// A line that is only a marker of a translation, rules and marks aside (`--- English below ---`,
// `Version française`, `Français au dessus`, `## EN version`); a heading `## English` over a group's sessions is
// a part of a language course, no translation.
// In brackets too, and for each language of the page (`[english below]`, `[português abaixo]`).
const LANGUAGE_MARKER =
  /^[\s\-=*_#>|~.[(]*(?:english (?:below|version|translation|follows)|version (?:anglaise|fran[c\u00e7]aise|english|french|en|fr)|(?:en|fr|french) version|fran[c\u00e7]ais (?:au[- ]dessus|ci[- ]dessus|plus haut)|french (?:above|below|version)|portugu[e\u00ea]s (?:abaixo|below)|espa[n\u00f1]ol (?:abajo|below)|deutsch (?:unten|below))[\s\-=*_#>|~.:\])]*$/i;

// A marker that announces the other language further down (`[english below]` at the top of
// the page, over the French part): whatever it stands before, the part below it is translated.
const BELOW = /\b(?:below|abaixo|abajo|unten)\b/i;

// The marks of a thematic break once its spaces are taken out (`---`, `* * *`, `___`).
const BREAK_MARKS = /^(?:-{3,}|\*{3,}|_{3,})$/;

/** The 1-based lines of `text` that are thematic breaks alone on their line, which part a page's languages. */
function breakLines(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.length - line.trimStart().length <= 3 && BREAK_MARKS.test(line.replace(/ /g, ''))) lines.push(index + 1);
  });
  return lines;
}

/** The 1-based lines of `text` that mark where a part in another language begins or ends, and whether each announces it below. */
function markerLines(text: string): Array<{ line: number; below: boolean }> {
  const lines: Array<{ line: number; below: boolean }> = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() !== '' && LANGUAGE_MARKER.test(line)) lines.push({ line: index + 1, below: BELOW.test(line) });
  });
  return lines;
}

// What makes two sessions the same for a reader of both languages: their days and their slots.
function key(session: Session): string | undefined {
  const days = session.dates.value?.days.map((day) => `${day.year}-${day.month}-${day.day}`).join(',');
  if (!days) return undefined;
  const slots = (session.hours?.value ?? []).map((slot) => `${slot.start.hour}:${slot.start.minute}-${slot.end?.hour ?? ''}:${slot.end?.minute ?? ''}`).join(',');
  return `${days} ${slots}`;
}

/** The language the words of a date text are in, when they name a month or a weekday in one only. */
function dateLanguage(dateText: string): 'en' | 'fr' | undefined {
  const words = normaliseText(dateText).split(/[^a-z]+/);
  const english = words.some(isEnglishDateWord);
  const french = words.some(isFrenchDateWord);
  return english === french ? undefined : english ? 'en' : 'fr';
}

/**
 * The sessions without those dated in English, when each of them is on the days and hours
 * of one dated in French. One English session of its own (a programme for foreign guests
 * that differs on a day) makes the English part another programme, kept whole.
 */
function withoutEnglishDated(sessions: Session[]): Session[] {
  const inFrench = new Set(sessions.filter((session) => dateLanguage(session.dates.text) === 'fr').flatMap((session) => key(session) ?? []));
  const inEnglish = sessions.filter((session) => dateLanguage(session.dates.text) === 'en');
  if (inEnglish.length === 0 || inEnglish.some((session) => !inFrench.has(key(session) ?? ''))) return sessions;
  return sessions.filter((session) => !inEnglish.includes(session));
}

/** The sessions without those a part in another language tells again (see above), in order. */
export function withoutTranslations(all: Session[], text: string): Session[] {
  const sessions = withoutEnglishDated(all);
  const markers = markerLines(text);
  if (markers.length === 0) return sessions;
  const breaks = breakLines(text);
  const seen = new Map<string, number>();
  return sessions.filter((session) => {
    const same = key(session);
    if (same === undefined) return true;
    const line = session.position.start.line;
    const earlier = seen.get(same);
    // Between the two, a marker; or, below a marker that announces the other language further
    // down (`[english below]` at the top), a thematic break that parts the languages.
    if (earlier !== undefined && markers.some((marker) => marker.line <= line && (marker.line > earlier || (marker.below && breaks.some((at) => at > earlier && at < line))))) return false;
    if (earlier === undefined) seen.set(same, line);
    return true;
  });
}
