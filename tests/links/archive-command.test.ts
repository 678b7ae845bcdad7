import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { refreshLinkBlocks } from '../../src/links/refresh-link-blocks.js';
import { defaultLinkSettings } from '../../src/links/repository-context.js';
import { relocateLinks } from '../../src/links/relocate-links.js';
import { runCli } from '../../src/run-cli.js';
import { git, initRepository, writeTree } from './temporary-repository.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

let folder: string;
let root: string;

beforeEach(async () => {
  folder = temporaryFolder('links');
  root = join(folder, 'repo');
  await mkdir(root);
});

const programme = [
  '# Accompagnement 2019\r',
  '\r',
  'Voir l’[animation](animation.md#outils), la [FAQ](<guides/faq bis.md> "FAQ"), ![agenda](./images/agenda.png)   \r',
  'et [le planning](#planning), [le site](https://example.org/x.md), [racine](/contacts.md), [réf][guide].\r',
  '\r',
  '[guide]: guides/guide.md?plain=1#début\r',
  '\r',
  '<!-- programme-sync:archives -->\r',
  '- [2018 programme](archives/2018/accompagnement_2018.org)\r',
  '<!-- /programme-sync:archives -->\r',
  '\r',
  '## Planning',
].join('\n');

describe('relocateLinks', () => {
  it('rewrites only the relative destinations, by offsets, so they reach the same files from the new folder', () => {
    const moved = relocateLinks(programme, '', 'archives/2019');
    expect(moved.rewritten).toBe(5);
    expect(moved.kept).toEqual([]);
    expect(moved.text).toBe(
      programme
        .replace('(animation.md#outils)', '(../../animation.md#outils)')
        .replace('<guides/faq bis.md>', '<../../guides/faq%20bis.md>')
        .replace('(./images/agenda.png)', '(../../images/agenda.png)')
        .replace('guides/guide.md?plain=1#début', '../../guides/guide.md?plain=1#début')
        .replace('(archives/2018/accompagnement_2018.org)', '(../2018/accompagnement_2018.org)'),
    );
  });

  it('leaves alone a destination written with character references, and says so', () => {
    const moved = relocateLinks('[a](x&amp;y.md)\n', '', 'archives/2019');
    expect(moved).toEqual({ text: '[a](x&amp;y.md)\n', rewritten: 0, kept: [{ url: 'x&y.md', line: 1 }] });
  });
});

describe('programme-sync archive', () => {
  beforeEach(async () => {
    initRepository(root, join(folder, 'origin.git'), 'https://github.com/owner/repo.git');
    await writeTree(root, {
      'accompagnement.md': programme,
      'accompagnement.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      'animation.md': '# Animation\n\n## Outils\n',
      'guides/faq bis.md': '# FAQ\n',
      'guides/guide.md': '# Guide\n\n## Début\n',
      'contacts.md': '# Contacts\n',
      'images/agenda.png': 'png',
      'archives/2018/accompagnement_2018.org': '* 2018\n',
    });
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'programme 2019');
  });

  it('copies the programme and its calendar, keeps the copy’s links working, and lists it in the archives block', async () => {
    const outcome = await runCli(['archive', join(root, 'accompagnement.md'), '--year', '2019', '--lang', 'fr']);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('accompagnement.md copié vers archives/2019/accompagnement_2019.md (5 liens relatifs adaptés');
    const copy = await readFile(join(root, 'archives/2019/accompagnement_2019.md'), 'utf8');
    expect(copy).toBe(relocateLinks(programme, '', 'archives/2019').text);
    expect(await readFile(join(root, 'archives/2019/accompagnement_2019.ics'), 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const updated = await readFile(join(root, 'accompagnement.md'), 'utf8');
    expect(updated).toBe(
      programme.replace(
        '- [2018 programme](archives/2018/accompagnement_2018.org)\r\n',
        '- [Programme 2019](archives/2019/accompagnement_2019.md)\r\n- [Programme 2018](archives/2018/accompagnement_2018.org)\r\n',
      ),
    );
    // The copy's links all resolve from its new folder.
    const check = await runCli(['check', join(root, 'archives/2019/accompagnement_2019.md'), '--format', 'json']);
    const rules = JSON.parse(check.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules.filter((rule: string) => rule.startsWith('link-'))).toEqual([]);
    // The copy's blocks are that year's record: not stale, and build leaves them alone.
    expect(rules.filter((rule: string) => rule.startsWith('managed-block'))).toEqual([]);
    const rebuilt = await refreshLinkBlocks(join(root, 'archives/2019/accompagnement_2019.md'), { language: 'en', settings: defaultLinkSettings });
    expect(rebuilt.changed).toBe(false);
  });

  it('refuses with exit 2 when the year is archived already, writing nothing', async () => {
    await writeTree(root, { 'archives/2019/accompagnement_2019.md': 'déjà là\n' });
    const outcome = await runCli(['archive', join(root, 'accompagnement.md'), '--year', '2019']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toBe('programme-sync: archives/2019/accompagnement_2019.md exists already: this year is archived. Remove it first if you mean to archive again.\n');
    expect(await readFile(join(root, 'accompagnement.md'), 'utf8')).toBe(programme);
    expect(await readFile(join(root, 'archives/2019/accompagnement_2019.md'), 'utf8')).toBe('déjà là\n');
  });

  it('asks for a year', async () => {
    const outcome = await runCli(['archive', join(root, 'accompagnement.md')]);
    expect(outcome).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/--year must be given/) });
  });
});

describe('refreshLinkBlocks (what build calls)', () => {
  it('fills both blocks, keeps everything else, and changes nothing the second time', async () => {
    initRepository(root, join(folder, 'origin.git'), 'git@github.com:owner/repo.git');
    const text = '# P\n\n<!-- programme-sync:calendar -->\n<!-- /programme-sync:calendar -->\n\n<!-- programme-sync:archives -->\n<!-- /programme-sync:archives -->';
    await writeTree(root, { 'docs/p.md': text, 'docs/archives/2018/p_2018.md': '# 2018\n' });
    const options = { language: 'en' as const, settings: { ...defaultLinkSettings, branch: 'gh-pages' } };
    const first = await refreshLinkBlocks(join(root, 'docs/p.md'), options);
    expect(first.changed).toBe(true);
    expect(first.content).toBe(
      [
        '# P',
        '',
        '<!-- programme-sync:calendar -->',
        '- Subscribe in a calendar app (updates follow): [webcal://raw.githubusercontent.com/owner/repo/gh-pages/docs/p.ics](webcal://raw.githubusercontent.com/owner/repo/gh-pages/docs/p.ics)',
        '- Add by URL or download the .ics file: [https://raw.githubusercontent.com/owner/repo/gh-pages/docs/p.ics](https://raw.githubusercontent.com/owner/repo/gh-pages/docs/p.ics)',
        '<!-- /programme-sync:calendar -->',
        '',
        '<!-- programme-sync:archives -->',
        '- [2018 programme](archives/2018/p_2018.md)',
        '<!-- /programme-sync:archives -->',
      ].join('\n'),
    );
    await writeFile(join(root, 'docs/p.md'), first.content);
    const second = await refreshLinkBlocks(join(root, 'docs/p.md'), options);
    expect(second).toMatchObject({ changed: false, content: first.content });
  });
});
