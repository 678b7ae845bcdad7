import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { runCli } from '../../src/run-cli.js';
import { repoRoot } from '../helpers/corpus.js';

// Counts markdown parses, to see that a discovered programme is not parsed twice.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/programme/parse-markdown.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/programme/parse-markdown.js')>();
  return {
    parseMarkdown: (text: string) => {
      parses.count += 1;
      return real.parseMarkdown(text);
    },
  };
});

// Counts the conversions of raw HTML to markdown nodes, to see that discovery's is not made again.
const conversions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/programme/html-to-mdast.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/programme/html-to-mdast.js')>();
  return {
    ...real,
    htmlToMdast: (html: string) => {
      conversions.count += 1;
      return real.htmlToMdast(html);
    },
  };
});

const example = join(repoRoot, 'examples', 'programme.md');
const broken = join(repoRoot, 'examples', 'programme-with-errors.md');

describe('programme-sync check', () => {
  it('exits 0 and summarises the sessions of a valid programme', async () => {
    const outcome = await runCli(['check', example]);
    expect(outcome.stderr).toBe('');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toMatch(/programme\.md: 10 sessions/);
    expect(outcome.stdout).toMatch(/2027-02-08 to 2027-02-12 {2}Bootcamp/);
    expect(outcome.stdout).toMatch(/0 errors/);
  });

  it('exits 1 and prints file:line:column severity message rule for each problem', async () => {
    const outcome = await runCli(['check', broken]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toMatch(/programme-with-errors\.md:6:13 error .*30\/02\/2027 does not exist.* invalid-date\n/);
    expect(outcome.stdout).toMatch(/:7:\d+ error .* invalid-hour\n/);
  });

  it('prints the JSON contract', async () => {
    const outcome = await runCli(['check', example, '--format', 'json']);
    const report = JSON.parse(outcome.stdout);
    expect(Object.keys(report)).toEqual(['version', 'files', 'errors', 'warnings']);
    expect(report.version).toBe(1);
    const session = report.files[0].sessions[2];
    expect(session).toEqual({
      title: 'Fellows (+ mentors l\'après-midi)',
      line: 14,
      source: 'table',
      status: 'confirmed',
      days: ['2027-03-11'],
      times: [
        { label: 'fellows', start: '09:30', end: '18:00' },
        { label: 'mentors', start: '14:00', end: '18:00' },
      ],
      place: 'Maison des projets, grande salle',
      audience: null,
    });
    const restitution = report.files[0].sessions.at(-1);
    expect(restitution.status).toBe('tentative');
    expect(restitution.alternatives).toEqual([['2027-11-18'], ['2027-11-25']]);
  });

  it('carries each diagnostic with its rule, severity and full place in JSON', async () => {
    const outcome = await runCli(['check', broken, '--format', 'json']);
    // Other diagnostics (the link checks' suggestions) may come first; this one is the date's.
    const diagnostic = JSON.parse(outcome.stdout).files[0].diagnostics.find((d: { rule: string }) => d.rule === 'invalid-date');
    expect(diagnostic).toMatchObject({ rule: 'invalid-date', severity: 'error', line: 6, column: 13, endLine: 6, endColumn: 23 });
  });

  it('parses a page with admonitions once: their bodies are read as boxes from that one parse', async () => {
    const page = join(temporaryFolder('admonition'), 'cours.md');
    writeFileSync(page, '# Cours 2024\n\n!!! info "Dates importantes"\n    - 12 mars : atelier\n    - 19 mars, 14h-16h : TP noté\n');
    parses.count = 0;
    const outcome = await runCli(['check', page, '--format', 'json']);
    expect(JSON.parse(outcome.stdout).files[0].sessions.map((s: { line: number; days: string[] }) => [s.line, s.days])).toEqual([
      [4, ['2024-03-12']],
      [5, ['2024-03-19']],
    ]);
    expect(parses.count).toBe(1);
  });

  it('exits 2 with one line for a missing file', async () => {
    const outcome = await runCli(['check', 'no/such/programme.md']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toBe('programme-sync: cannot read no/such/programme.md: no such file or folder\n');
  });

  it.each([
    [['check', example, '--format', 'xml'], /--format must be "text" or "json"/],
    [['check', example, '--year', '19'], /--year must be a four-digit year/],
    [['check', example, '--timezone', 'Mars/Olympus'], /--timezone must be an IANA time zone/],
    [['check', example, '--nope'], /unknown option --nope; run "programme-sync check --help"/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 for bad usage %j', async (argv, message) => {
    const outcome = await runCli(argv);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('programme-sync check without files', () => {
  let folder: string;
  let previous: string;
  beforeEach(() => {
    previous = process.cwd();
    folder = temporaryFolder('check');
    mkdirSync(join(folder, 'docs'));
    mkdirSync(join(folder, 'node_modules', 'pkg'), { recursive: true });
    const schedule = '# Programme 2019\n\n| SESSIONS | DATES |\n| --- | --- |\n| EIG | 14 mars |\n';
    writeFileSync(join(folder, 'docs', 'planning.md'), schedule);
    writeFileSync(join(folder, 'node_modules', 'pkg', 'README.md'), schedule);
    writeFileSync(join(folder, 'README.md'), '# Hello\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    process.chdir(folder);
  });
  afterEach(() => {
    process.chdir(previous);
  });

  it('finds the markdown files that hold a schedule table, never under node_modules', async () => {
    const outcome = await runCli(['check', '--format', 'json']);
    expect(outcome.exitCode).toBe(0);
    expect(JSON.parse(outcome.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/planning.md']);
  });

  it('finds a page whose HTML table is a programme, and leaves out one whose HTML table is a listing', async () => {
    writeFileSync(join(folder, 'docs', 'agenda.md'), '# Agenda 2019\n\n<table>\n<tr><th>Date</th><th>Séance</th></tr>\n<tr><td>14 mars</td><td>EIG</td></tr>\n</table>\n');
    const blog = '# Billets\n\n<table>\n<tr><th>Date</th><th>Titre</th><th>Auteur</th><th>Lien</th></tr>\n<tr><td>2020-08-28</td><td>Rentrée</td><td>Léa</td><td><a href="/r">lire</a></td></tr>\n<tr><td>2020-09-04</td><td>Bilan</td><td>Paul</td><td><a href="/b">lire</a></td></tr>\n</table>\n';
    writeFileSync(join(folder, 'docs', 'billets.md'), blog);
    const outcome = await runCli(['check', '--format', 'json']);
    const files = JSON.parse(outcome.stdout).files as Array<{ path: string; sessions: Array<{ line: number; title: string }>; diagnostics: unknown[] }>;
    expect(files.map((f) => f.path)).toEqual(['docs/agenda.md', 'docs/planning.md']);
    expect(files[0]!.sessions.map((s) => [s.line, s.title])).toEqual([[5, 'EIG']]);
  });

  it('reads and parses each file once: the programmes it finds are checked from that parse', async () => {
    writeFileSync(join(folder, 'docs', 'seminaire.md'), '# Séminaire 2019\n\n| SESSIONS | DATES |\n| --- | --- |\n| EIG | 16 & 17 mai |\n');
    writeFileSync(join(folder, 'docs', 'agenda.md'), '# Agenda 2019\n\n<table>\n<tr><th>Date</th><th>Séance</th></tr>\n<tr><td>14 mars</td><td>EIG</td></tr>\n</table>\n');
    writeFileSync(join(folder, 'CONTRIBUTING.md'), '# Contribuer\n\n| Étape | Qui |\n| --- | --- |\n| relire | vous |\n');
    parses.count = 0;
    conversions.count = 0;
    const outcome = await runCli(['check', '--format', 'json']);
    expect(JSON.parse(outcome.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/agenda.md', 'docs/planning.md', 'docs/seminaire.md']);
    // CONTRIBUTING.md (a table, but no digit: no date) is passed over without a parse;
    // README.md (a table of digits) is parsed and left out; each programme is parsed once,
    // and the HTML of the HTML one converted once.
    expect(parses.count).toBe(4);
    expect(conversions.count).toBe(1);
  });

  it('exits 2 when there is no programme to check', async () => {
    rmSync(join(folder, 'docs'), { recursive: true });
    const outcome = await runCli(['check']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/No programme found/);
  });
});

describe('the link checks follow the rule settings and ignore comments like the schedule rules', () => {
  let folder: string;
  beforeEach(() => {
    folder = temporaryFolder('check');
  });

  it('a missing link target is reported, silenced by --rule, and by a comment', async () => {
    const table = '| SESSIONS | DATES |\n| --- | --- |\n| EIG | 14 mars |\n';
    writeFileSync(join(folder, 'p.md'), `# Programme 2019\n\n${table}\n[guide](missing.md)\n`);
    const reported = await runCli(['check', join(folder, 'p.md'), '--format', 'json']);
    expect(JSON.parse(reported.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule)).toContain('link-target-missing');
    expect(reported.exitCode).toBe(1);

    const off = await runCli(['check', join(folder, 'p.md'), '--format', 'json', '--rule', 'link-target-missing=off']);
    expect(JSON.parse(off.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule)).not.toContain('link-target-missing');
    expect(off.exitCode).toBe(0);

    writeFileSync(join(folder, 'p.md'), `# Programme 2019\n\n${table}\n<!-- programme-sync ignore link-target-missing -->\n[guide](missing.md)\n`);
    const ignored = await runCli(['check', join(folder, 'p.md')]);
    expect(ignored.exitCode).toBe(0);
    expect(ignored.stdout).not.toMatch(/link-target-missing/);
  });
});
