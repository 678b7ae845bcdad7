import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArchivedProgrammes, isArchivedProgramme, renderArchivesBlock } from '../../src/links/archives.js';
import { closestPath } from '../../src/links/closest-path.js';
import { calendarPathOf, calendarUrls, renderCalendarBlock } from '../../src/links/calendar-links.js';
import { parseGitHubRemote, parseOwnerRepo } from '../../src/links/repository-identity.js';
import { corpusRoot } from '../helpers/corpus.js';

const corpusTree = join(corpusRoot, 'tree-at-seed.txt');

describe('archived programmes', () => {
  it('finds the archives named like the programme, newest year first', async () => {
    const files = [
      'accompagnement.md',
      'archives/2018/accompagnement_2018.org',
      'archives/2018/bootcamp_2018.org',
      'archives/2019/accompagnement_2019.md',
      'archives/2019/accompagnement_2019.ics',
      'archives/notes/accompagnement-old.md',
      'other/archives/2020/accompagnement_2020.md',
    ];
    expect(await findArchivedProgrammes('accompagnement.md', files)).toEqual([
      { path: 'archives/2019/accompagnement_2019.md', year: 2019 },
      { path: 'archives/2018/accompagnement_2018.org', year: 2018 },
      { path: 'archives/notes/accompagnement-old.md' },
    ]);
    expect(await findArchivedProgrammes('other/accompagnement.md', files)).toEqual([{ path: 'other/archives/2020/accompagnement_2020.md', year: 2020 }]);
    expect((await findArchivedProgrammes('accompagnement.md', files, 'archives/*/bootcamp*')).map((a) => a.path)).toEqual(['archives/2018/bootcamp_2018.org']);
  });

  it('finds the 2018 archive in the EIG repository’s real layout', async (context) => {
    if (!existsSync(corpusTree)) context.skip(`corpus not found at ${corpusTree}`);
    const files = (await readFile(corpusTree, 'utf8')).split('\n').filter(Boolean);
    expect(await findArchivedProgrammes('accompagnement.md', files)).toEqual([{ path: 'archives/2018/accompagnement_2018.org', year: 2018 }]);
  });

  it('recognises a file that is itself an archived programme', async () => {
    expect(await isArchivedProgramme('archives/2019/accompagnement_2019.md')).toBe(true);
    expect(await isArchivedProgramme('docs/archives/2019/bootcamp_2019.org')).toBe(true);
    expect(await isArchivedProgramme('accompagnement.md')).toBe(false);
    expect(await isArchivedProgramme('archives/README.md')).toBe(false);
    expect(await isArchivedProgramme('docs/2019/archives.md')).toBe(false);
  });

  it('recognises archives under any pattern: fixed folders, a wildcard first, a leading ./', async () => {
    expect(await isArchivedProgramme('old/years/2019/programme.md', 'old/years/*/{name}*.md')).toBe(true);
    expect(await isArchivedProgramme('old/2019/programme.md', 'old/years/*/{name}*.md')).toBe(false);
    expect(await isArchivedProgramme('2019/archive/programme.md', '*/archive/{name}.md')).toBe(true);
    expect(await isArchivedProgramme('archives/2019/programme.md', './archives/*/{name}*.md')).toBe(true);
    expect(await findArchivedProgrammes('programme.md', ['old/years/2018/programme_2018.md', 'old/2018/programme_2018.md'], 'old/years/*/{name}*.md')).toEqual([
      { path: 'old/years/2018/programme_2018.md', year: 2018 },
    ]);
  });

  it('renders one link per archive, labelled with its year, in the chosen language', () => {
    const archives = [{ path: 'docs/archives/2019/a b_2019.md', year: 2019 }, { path: 'docs/archives/x/a.org' }];
    expect(renderArchivesBlock('docs/a.md', archives, 'fr')).toEqual(['- [Programme 2019](archives/2019/a%20b_2019.md)', '- [a.org](archives/x/a.org)']);
    expect(renderArchivesBlock('docs/a.md', archives, 'en')[0]).toBe('- [2019 programme](archives/2019/a%20b_2019.md)');
    expect(renderArchivesBlock('a.md', [], 'en')).toEqual(['No programme from a previous year yet.']);
  });
});

describe('calendar links', () => {
  it('points at the .ics beside the programme on the default branch, raw or under a base URL', () => {
    expect(calendarPathOf('docs/accompagnement.md')).toBe('docs/accompagnement.ics');
    const identity = { owner: 'o', name: 'r' };
    expect(calendarUrls('docs/accompagnement.ics', { identity, branch: 'main' })).toEqual({
      https: 'https://raw.githubusercontent.com/o/r/main/docs/accompagnement.ics',
      webcal: 'webcal://raw.githubusercontent.com/o/r/main/docs/accompagnement.ics',
    });
    expect(calendarUrls('a.ics', { identity, branch: 'master', baseUrl: 'https://o.github.io/r/' })).toEqual({
      https: 'https://o.github.io/r/a.ics',
      webcal: 'webcal://o.github.io/r/a.ics',
    });
    expect(calendarUrls('a.ics', { branch: 'main' })).toBeUndefined();
    expect(renderCalendarBlock({ https: 'https://h/a.ics', webcal: 'webcal://h/a.ics' }, 'fr')).toEqual([
      '- S’abonner dans un agenda (les mises à jour suivent) : [webcal://h/a.ics](webcal://h/a.ics)',
      '- Ajouter par URL ou télécharger le fichier .ics : [https://h/a.ics](https://h/a.ics)',
    ]);
  });
});

describe('repository identity', () => {
  it('reads the forms of a GitHub remote, and nothing else', () => {
    const expected = { owner: 'entrepreneur-interet-general', name: 'eig-link' };
    for (const url of [
      'https://github.com/entrepreneur-interet-general/eig-link.git',
      'https://github.com/entrepreneur-interet-general/eig-link',
      'git@github.com:entrepreneur-interet-general/eig-link.git',
      'ssh://git@github.com/entrepreneur-interet-general/eig-link.git',
    ]) {
      expect(parseGitHubRemote(url)).toEqual(expected);
    }
    expect(parseGitHubRemote('https://gitlab.com/a/b.git')).toBeUndefined();
    expect(parseOwnerRepo('a/b/c')).toBeUndefined();
  });
});

describe('closest path', () => {
  it('prefers a file of the same name that moved, else the nearest typo, else nothing', () => {
    const files = ['guides/animation.md', 'animations.mdx', 'archives/2018/accompagnement_2018.org', 'README.md'];
    expect(closestPath('animation.md', files)).toBe('guides/animation.md');
    expect(closestPath('archives/2018/accompagnement_2018.md', files)).toBe('archives/2018/accompagnement_2018.org');
    expect(closestPath('budget.xlsx', files)).toBeUndefined();
  });
});
