/*
 * The year in the name of a programme's file, folder or repository, when its text writes
 * none. Shown by a course calendar whose repository is named for its term
 * (jhroy/syllabus-EDM5240-H2019, calendrier.md: `9 janv.` ... `17 avril`, no year, last
 * committed in 2020). The variants are other ways repositories and folders are named.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/pipeline.js';
import { pathFromRepositoryFolder } from '../../src/git/repository-path.js';
import { yearClueOfPath } from '../../src/programme/path-year.js';
import { git } from '../helpers/temp-git.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { days, table } from '../helpers/read.js';

const schedule = '# Calendrier\n\n' + table('# | Date | Contenu', '01 | 9 janv. | Syllabus', '02 | 16 janv. | Installfest', '15 | 17 avril | Présentations');

function readAt(repositoryPath: string | undefined, text = schedule, committed = { year: 2020, month: 1, day: 29 }) {
  return checkText('calendrier.md', text, { language: 'en', timezone: 'Europe/Paris', referenceDate: () => committed, repositoryPath: () => repositoryPath });
}

describe('the name of the repository, a folder or the file gives the year', () => {
  it.each([
    ['a repository named for its winter term', 'syllabus-EDM5240-H2019/calendrier.md', ['2019-01-09', '2019-01-16', '2019-04-17']],
    ['a folder per year', 'cours/2019/calendrier.md', ['2019-01-09', '2019-01-16', '2019-04-17']],
    ['a folder per school year', 'plannings/2018-2019/calendrier.md', ['2019-01-09', '2019-01-16', '2019-04-17']],
    ['a file named with its year', 'site/calendrier_2019.md', ['2019-01-09', '2019-01-16', '2019-04-17']],
    ['a term code of two digits', 'INF1120-H19/calendrier.md', ['2019-01-09', '2019-01-16', '2019-04-17']],
  ])('%s (%s)', (_name, path, expected) => {
    const report = readAt(path);
    expect(report.programme.sessions.map((s) => days(s)[0])).toEqual(expected);
    const info = report.diagnostics.filter((d) => d.rule === 'guessed-year');
    expect(info).toHaveLength(1);
    expect(info[0]!.message).toMatch(/of its file, folder or repository gives (2019|2018-2019), so it is read in/);
  });

  it('the nearest name wins: the file’s folder before the repository', () => {
    const report = readAt('archives-2015/2019/calendrier.md');
    expect(days(report.programme.sessions[0])).toEqual(['2019-01-09']);
  });

  it('names with no year (a course code, a version) leave the year to the last commit', () => {
    const report = readAt('syllabus-EDM5240/v2.1/calendrier.md');
    expect(days(report.programme.sessions[0])).toEqual(['2020-01-09']);
    expect(report.diagnostics.find((d) => d.rule === 'guessed-year')?.message).toMatch(/closest to the file's last commit/);
  });

  it('a year written in the document wins over the names', () => {
    const report = readAt('syllabus-EDM5240-H2019/calendrier.md', schedule.replace('# Calendrier', '# Calendrier 2021'));
    expect(days(report.programme.sessions[0])).toEqual(['2021-01-09']);
    expect(report.diagnostics.filter((d) => d.rule === 'guessed-year')).toEqual([]);
  });

  it('weekdays that all fit another year outweigh the name', () => {
    const text = '# Calendrier\n\n' + table('Date | Contenu', 'Mercredi 9 janvier | Syllabus', 'Mercredi 16 janvier | Installfest');
    const report = readAt('syllabus-H2025/calendrier.md', text, { year: 2019, month: 1, day: 20 });
    expect(days(report.programme.sessions[0])).toEqual(['2019-01-09']);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('takes only a year standing alone in a name, never digits glued to a code', () => {
    expect(yearClueOfPath('EDM5240/cours2019b/calendrier.md')).toBeUndefined();
    expect(yearClueOfPath('projet-12345/calendrier.md')).toBeUndefined();
  });

  it('takes a course’s number past 2099 for no year (`MQT-2101`, a Québec course), the last commit deciding', () => {
    expect(yearClueOfPath('MQT-2101/calendrier.md')).toBeUndefined();
    const report = readAt('MQT-2101/calendrier.md');
    expect(days(report.programme.sessions[0])).toEqual(['2020-01-09']);
  });
});

// fdn-intervention-datacenters-2019 (0x766C70/fdn_wiki): a wiki's changelog page named with
// the day it was written, `changelog/20190306_nouveaux_droides_et_deplacement_lns22.md`,
// whose headings write `## Jeudi 7 mars matin` with no year, committed years later.
describe('a file named with the day it was written', () => {
  const log = '# Intervention\n\n## Jeudi 7 mars matin\n\nExtinction de lns22\n\n## Vendredi 8 mars matin\n\nTéléhouse 2\n';

  it('reads its days near that day (`20190306_…`), where the weekdays alone would take the year nearest the commit', () => {
    const committed = { year: 2025, month: 6, day: 1 };
    expect(readAt('fdn_wiki/changelog/20190306_nouveaux_droides.md', log, committed).programme.sessions.map((s) => days(s)[0])).toEqual(['2019-03-07', '2019-03-08']);
    expect(readAt('fdn_wiki/changelog/intervention.md', log, committed).programme.sessions.map((s) => days(s)[0])).toEqual(['2024-03-07', '2024-03-08']);
  });

  it('takes a blog post’s `2018-12-20-` for the days near it: a January after it is the next year’s', () => {
    const report = readAt('site/_posts/2018-12-20-programme.md');
    expect(report.programme.sessions.map((s) => days(s)[0])).toEqual(['2019-01-09', '2019-01-16', '2019-04-17']);
  });

  it('takes no stamp whose month or day cannot be (`20191399`)', () => {
    expect(yearClueOfPath('wiki/20191399_notes.md')).toBeUndefined();
  });
});

describe('the path from the repository’s folder, found on disk', () => {
  it('is the clone’s folder name and the path inside it, in a real git repository', () => {
    const folder = join(temporaryFolder('path-year'), 'syllabus-EDM5240-H2019');
    mkdirSync(join(folder, 'docs'), { recursive: true });
    git(folder, 'init', '--quiet', '--initial-branch=main');
    writeFileSync(join(folder, 'docs', 'calendrier.md'), schedule);
    expect(pathFromRepositoryFolder(join(folder, 'docs', 'calendrier.md'))).toBe('syllabus-EDM5240-H2019/docs/calendrier.md');
    const report = checkText(join(folder, 'docs', 'calendrier.md'), schedule, { language: 'en', timezone: 'Europe/Paris' });
    expect(days(report.programme.sessions[0])).toEqual(['2019-01-09']);
  });

  it('is nothing outside a git repository, whatever the folders are called', () => {
    const folder = join(temporaryFolder('path-year'), 'notes-2019');
    mkdirSync(folder, { recursive: true });
    expect(pathFromRepositoryFolder(join(folder, 'calendrier.md'))).toBeUndefined();
  });
});
