/*
 * The year a file's place gives when its text gives none: a course repository named for its
 * term (`syllabus-EDM5240-H2019`), a folder per school year (`2018-2019/planning.md`), a
 * file named with its year (`calendrier-2024.md`). Only the file's own name and the folders
 * from its repository's folder down are read (a user's home folder says nothing), nearest
 * first, and only what extractYearClue takes for a year: a four-digit year standing alone,
 * a school year, a term code (`H2019`, `A24`). Nothing here starts git or reads a remote.
 */
import type { YearClue } from '../dates/year-inference.js';
import { extractYearClue } from '../dates/years.js';

// The last year a name is read for: past it, four digits standing alone in a name are a
// course's number (`MQT-2101`, `STT-2100`, as Québec universities number theirs), no year.
const LAST_NAMED_YEAR = 2099;

// A day stamp opening a name, `YYYYMMDD` or `YYYY-MM-DD`, with a month and a day that can be.
const DAY_STAMP = /^((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)/;

/** The year a clue names (a school year's or a term's first). */
function yearOf(clue: YearClue): number {
  if (typeof clue === 'number') return clue;
  if ('schoolYear' in clue) return clue.schoolYear;
  if ('term' in clue) return clue.term;
  return clue.near.year;
}

/** The clue of a path written from the repository's folder (`syllabus-EDM5240-H2019/calendrier.md`), nearest name first, with the name that gave it. */
export function yearClueOfPath(repositoryPath: string): { clue: YearClue; name: string } | undefined {
  const names = repositoryPath.split(/[\\/]+/).filter((name) => name !== '' && name !== '.' && name !== '..');
  for (const name of names.reverse()) {
    // `calendrier.md`: the extension is no word of the name; `_` and `.` separate words as spaces do.
    const words = name.replace(/\.(md|markdown|mdx|org|txt)$/i, '').replace(/[_.]+/g, ' ');
    // A name opening with the day it was written (`20190306_nouveaux_droides.md`, a wiki's
    // changelog; `2019-03-06-atelier.md`, a blog's post): the days it tells are near that one.
    const stamp = DAY_STAMP.exec(words);
    if (stamp) return { clue: { near: { year: Number(stamp[1]), month: Number(stamp[2]), day: Number(stamp[3]) } }, name };
    const clue = extractYearClue(words);
    if (clue !== undefined && yearOf(clue) <= LAST_NAMED_YEAR) return { clue, name };
  }
  return undefined;
}
