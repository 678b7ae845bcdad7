import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { checkReportLinks } from '../../src/engine/check-report-links.js';
import { defaultLinkSettings, type LinkSettings } from '../../src/links/repository-context.js';
import { git, initRepository, linkDiagnostics, reportFor, writeTree } from './temporary-repository.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

let folder: string;
let root: string;

beforeEach(async () => {
  folder = temporaryFolder('links');
  root = join(folder, 'repo');
  await mkdir(root);
});

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.rule === rule);

describe('relative links and images', () => {
  it('reports a link to a missing file on the link, suggesting the closest existing path', async () => {
    await writeTree(root, { 'archives/2018/accompagnement_2018.org': '* 2018\n', 'animation.md': '# Animation\n' });
    const text = '# Programme\n\nLien vers le [programme 2018](./archives/2018/accompagnement_2018.md) et l’[animation](animation.md).\n';
    await writeTree(root, { 'accompagnement.md': text });
    const missing = byRule(await linkDiagnostics(join(root, 'accompagnement.md'), text), 'link-target-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      severity: 'error',
      line: 3,
      column: 14,
      actual: './archives/2018/accompagnement_2018.md',
      expected: 'archives/2018/accompagnement_2018.org',
    });
    expect(missing[0]!.message).toContain('"archives/2018/accompagnement_2018.org"');
  });

  it('resolves links from the programme’s own folder and from the root for /paths, and checks images', async () => {
    const text = '# P\n\n[ok](../guides/guide.md) [root](/images/agenda.png) ![logo](../images/logo.png)\n';
    await writeTree(root, { 'docs/programme.md': text, 'guides/guide.md': '# G\n', 'images/agenda.png': 'png' });
    // The repository's root is the git work tree, above the programme's folder.
    initRepository(root, join(folder, 'origin.git'));
    const missing = byRule(await linkDiagnostics(join(root, 'docs/programme.md'), text), 'link-target-missing');
    expect(missing.map((d) => d.actual)).toEqual(['../images/logo.png']);
    expect(missing[0]!.expected).toBe('../images/agenda.png');
  });

  it('says nothing about links to other sites (no network) nor to existing folders', async () => {
    const text = '# P\n\n[site](https://example.invalid/nothing) [mail](mailto:a@b.c) [archives](archives/)\n';
    await writeTree(root, { 'p.md': text, 'archives/2018/x.org': '' });
    const diagnostics = await linkDiagnostics(join(root, 'p.md'), text);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reports links that leave the repository, and never follows a symbolic link leading out', async () => {
    const outside = join(folder, 'outside');
    await mkdir(outside);
    // A FIFO blocks whoever opens it: if the tool read through the link, this test would hang.
    execFileSync('mkfifo', [join(outside, 'secret.md')]);
    await symlink(outside, join(root, 'shared'));
    const text = '# P\n\n[out](../../outside/secret.md) [via link](shared/secret.md#titre)\n';
    await writeTree(root, { 'p.md': text });
    const leaving = byRule(await linkDiagnostics(join(root, 'p.md'), text), 'link-outside-repository');
    expect(leaving.map((d) => [d.actual, d.severity])).toEqual([
      ['../../outside/secret.md', 'error'],
      ['shared/secret.md#titre', 'error'],
    ]);
    expect(leaving[1]!.message).toContain('"shared"');
  });
});

describe('links to headings', () => {
  it('uses GitHub’s slugs, accents and duplicates included', async () => {
    const text = [
      '# Programme 2019',
      '',
      '## Planning des séances',
      '',
      '## Séminaire EIG',
      '',
      '## Séminaire EIG',
      '',
      '[a](#planning-des-séances) [b](#séminaire-eig-1) [c](#planning-des-sessions) [d](#S%C3%A9minaire-EIG)',
      '',
    ].join('\n');
    await writeTree(root, { 'p.md': text });
    const missing = byRule(await linkDiagnostics(join(root, 'p.md'), text), 'link-anchor-missing');
    expect(missing.map((d) => [d.actual, d.expected])).toEqual([['#planning-des-sessions', '#planning-des-séances']]);
    expect(missing[0]).toMatchObject({ line: 9, column: 50 });
  });

  it('checks anchors in other markdown files but not in .org files', async () => {
    const text = '# P\n\n[a](animation.md#outils) [b](animation.md#outillage) [c](archives/old.org#nowhere)\n';
    await writeTree(root, { 'p.md': text, 'animation.md': '# Animation\n\n## Outils\n', 'archives/old.org': '* Old\n' });
    const missing = byRule(await linkDiagnostics(join(root, 'p.md'), text), 'link-anchor-missing');
    expect(missing.map((d) => d.actual)).toEqual(['#outillage']);
    expect(missing[0]!.message).toContain('"animation.md"');
  });
});

describe('links to this repository’s own URLs', () => {
  it('reports blob and raw URLs whose path is not in the last commit (identity from the origin remote)', async () => {
    initRepository(root, join(folder, 'origin.git'), 'git@github.com:Owner/Repo.git');
    await writeTree(root, { 'animation.md': '# A\n', 'guides/guide.md': '# G\n' });
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'first');
    // Present on disk but never committed: readers on GitHub get a 404.
    await writeTree(root, { 'new.md': '# N\n' });
    const text = [
      '# P',
      '',
      '[ok](https://github.com/entrepreneur/other/blob/master/nothing.md)',
      '[ok](https://github.com/owner/repo/blob/master/animation.md)',
      '[ok](https://raw.githubusercontent.com/Owner/Repo/feature/x/guides/guide.md)',
      '[bad](https://github.com/Owner/Repo/blob/master/animations.md)',
      '[bad](https://raw.githubusercontent.com/Owner/Repo/main/new.md)',
      '',
    ].join('\n');
    await writeTree(root, { 'p.md': text });
    const missing = byRule(await linkDiagnostics(join(root, 'p.md'), text), 'link-own-url-missing');
    expect(missing.map((d) => [d.line, d.expected])).toEqual([
      [6, 'animation.md'],
      [7, undefined],
    ]);
  });

  it('takes the identity from --repo before GITHUB_REPOSITORY', async () => {
    const text = '# P\n\n[x](https://github.com/a/b/blob/main/gone.md) [y](https://github.com/c/d/blob/main/gone.md)\n';
    await writeTree(root, { 'p.md': text });
    const fromOption = await linkDiagnostics(join(root, 'p.md'), text, { repo: 'a/b', githubRepository: 'c/d' });
    expect(byRule(fromOption, 'link-own-url-missing').map((d) => d.column)).toEqual([1]);
    const fromEnvironment = await linkDiagnostics(join(root, 'p.md'), text, { githubRepository: 'c/d' });
    expect(byRule(fromEnvironment, 'link-own-url-missing').map((d) => d.column)).toEqual([47]);
  });
});

describe('archived programmes', () => {
  it('warns about an archived programme linked from nowhere, not about other archived files', async () => {
    await writeTree(root, {
      'archives/2018/accompagnement_2018.org': '',
      'archives/2018/bootcamp_2018.org': '',
      'archives/2017/accompagnement_2017.md': '',
    });
    const text = '# Accompagnement\n\n> Lien vers le [programme 2018](./archives/2018/accompagnement_2018.org)\n';
    await writeTree(root, { 'accompagnement.md': text });
    const diagnostics = await linkDiagnostics(join(root, 'accompagnement.md'), text);
    const unlinked = byRule(diagnostics, 'archive-not-linked');
    expect(unlinked.map((d) => [d.severity, d.expected, d.line])).toEqual([['warning', 'archives/2017/accompagnement_2017.md', 3]]);
    const suggestion = byRule(diagnostics, 'managed-block-missing').find((d) => d.expected?.includes('archives'));
    expect(suggestion).toMatchObject({ severity: 'info', line: 3, expected: '<!-- programme-sync:archives -->\n<!-- /programme-sync:archives -->' });
  });
});

describe('managed blocks in check', () => {
  const fresh = (lines: string) =>
    `# Accompagnement\n\n<!-- programme-sync:archives -->\n${lines}<!-- /programme-sync:archives -->\n\n<!-- programme-sync:calendar -->\n- Subscribe in a calendar app (updates follow): [webcal://raw.githubusercontent.com/o/r/main/accompagnement.ics](webcal://raw.githubusercontent.com/o/r/main/accompagnement.ics)\n- Add by URL or download the .ics file: [https://raw.githubusercontent.com/o/r/main/accompagnement.ics](https://raw.githubusercontent.com/o/r/main/accompagnement.ics)\n<!-- /programme-sync:calendar -->\n`;

  it('accepts fresh blocks in either language and does not report the links inside them', async () => {
    await writeTree(root, { 'archives/2018/accompagnement_2018.org': '' });
    for (const lines of ['- [2018 programme](archives/2018/accompagnement_2018.org)\n', '- [Programme 2018](archives/2018/accompagnement_2018.org)\n']) {
      const text = fresh(lines);
      await writeTree(root, { 'accompagnement.md': text });
      // The .ics is not committed anywhere: inside the block that is build's business, not a broken link.
      expect(await linkDiagnostics(join(root, 'accompagnement.md'), text, { repo: 'o/r' })).toEqual([]);
    }
  });

  it('warns about a stale block and says how to add missing markers', async () => {
    await writeTree(root, { 'archives/2019/accompagnement_2019.md': '', 'archives/2018/accompagnement_2018.org': '' });
    const text = fresh('- [2018 programme](archives/2018/accompagnement_2018.org)\n');
    await writeTree(root, { 'accompagnement.md': text });
    const diagnostics = await linkDiagnostics(join(root, 'accompagnement.md'), text, { repo: 'o/r' });
    expect(byRule(diagnostics, 'managed-block-stale')).toMatchObject([
      { severity: 'warning', line: 3, endLine: 5, expected: '- [Programme 2019](archives/2019/accompagnement_2019.md)\n- [Programme 2018](archives/2018/accompagnement_2018.org)' },
    ]);
    const noMarkers = '# Accompagnement\n';
    await writeFile(join(root, 'accompagnement.md'), noMarkers);
    const suggestions = byRule(await linkDiagnostics(join(root, 'accompagnement.md'), noMarkers, {}, 'fr'), 'managed-block-missing');
    expect(suggestions.map((d) => d.expected)).toEqual([
      '<!-- programme-sync:archives -->\n<!-- /programme-sync:archives -->',
      '<!-- programme-sync:calendar -->\n<!-- /programme-sync:calendar -->',
    ]);
    expect(suggestions[1]!.message).toContain('collez ces deux lignes');
  });

  it('reports a marker without its partner and an unknown repository for the calendar', async () => {
    const text = '# P\n\n<!-- programme-sync:calendar -->\n<!-- /programme-sync:calendar -->\n\n<!-- programme-sync:archives -->\ntext\n';
    await writeTree(root, { 'p.md': text });
    const diagnostics = await linkDiagnostics(join(root, 'p.md'), text);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['calendar-link-no-repository', 3],
      ['managed-block-unpaired', 6],
    ]);
  });
  it('reports an unpaired marker at its line and column in a file with lone CR line ends, and finds a fresh block there fresh', async () => {
    const text = '# P\r\rtext\r\r<!-- /programme-sync:calendar -->\r<!-- programme-sync:archives -->\rPas encore de programme d’une année précédente.\r<!-- /programme-sync:archives -->\r';
    await writeTree(root, { 'p.md': text });
    const diagnostics = await linkDiagnostics(join(root, 'p.md'), text);
    expect(byRule(diagnostics, 'managed-block-unpaired').map((d) => [d.line, d.column])).toEqual([[5, 1]]);
    expect(byRule(diagnostics, 'managed-block-stale')).toEqual([]);
  });
});

describe('a programme whose links need no list of the repository files', () => {
  // check does not list the working files for such a programme; the own-URL checks must not notice.
  const run = async (path: string, text: string, settings: Partial<LinkSettings> = {}) =>
    (await checkReportLinks([reportFor(path, text)], { ...defaultLinkSettings, ...settings }, 'en'))[0]!.diagnostics;

  it('still checks its own URLs against the last commit', async () => {
    initRepository(root, join(folder, 'origin.git'), 'git@github.com:Owner/Repo.git');
    await writeTree(root, { 'animation.md': '# A\n' });
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'first');
    const text = '# P\n\n[ok](https://github.com/owner/repo/blob/master/animation.md) [bad](https://github.com/Owner/Repo/blob/master/animations.md)\n';
    await writeTree(root, { 'p.md': text });
    const missing = byRule(await run(join(root, 'p.md'), text), 'link-own-url-missing');
    expect(missing.map((d) => [d.line, d.expected])).toEqual([[3, 'animation.md']]);
  });

  it('outside git, checks its own URLs against the files on disk', async () => {
    await writeTree(root, { 'here.md': '# H\n' });
    const text = '# P\n\n[x](https://github.com/a/b/blob/main/gone.md) [y](https://github.com/a/b/blob/main/here.md)\n';
    await writeTree(root, { 'p.md': text });
    const missing = byRule(await run(join(root, 'p.md'), text, { repo: 'a/b' }), 'link-own-url-missing');
    expect(missing.map((d) => d.column)).toEqual([1]);
  });
});
