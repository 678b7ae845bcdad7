import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { runCli } from '../../src/run-cli.js';
import { check, table } from '../helpers/read.js';
import { checkText } from '../../src/engine/pipeline.js';
import { scheduleRules } from '../../src/rules/index.js';

const header = 'SESSIONS | DATES | HORAIRES';
// One overlap (warning) and one row out of order (warning).
const programme =
  '# Programme 2019\n\n' +
  table(header, 'Mentors | 21 février | 14h - 18h30', 'Atelier mentors | 21 février | 16h - 17h', 'EIG | 14 février | 9h - 18h');

let repo: string;
let cwd: string;

beforeEach(() => {
  repo = temporaryFolder('config');
  execFileSync('git', ['init', '--quiet', repo]);
  mkdirSync(join(repo, 'docs'));
  writeFileSync(join(repo, 'docs', 'programme.md'), programme);
  cwd = process.cwd();
});

afterEach(() => {
  process.chdir(cwd);
});

// The link checks of `check` (managed blocks) are another topic; these tests look at the schedule rules.
const scheduleDiagnostics = (stdout: string) =>
  JSON.parse(stdout).files[0].diagnostics.filter((d: { rule: string }) => scheduleRules.some((rule) => rule.id === d.rule));
const rulesOf = (stdout: string) => scheduleDiagnostics(stdout).map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`);

describe('rule settings: the config file at the repository root and --rule', () => {
  it('reports every rule at its default severity without a config', async () => {
    const outcome = await runCli(['check', join(repo, 'docs', 'programme.md'), '--format', 'json']);
    expect(rulesOf(outcome.stdout)).toEqual(['overlap:warning', 'out-of-order:warning']);
    expect(outcome.exitCode).toBe(0);
  });

  it('finds .programme-sync.json by walking up to the folder holding .git, and applies it', async () => {
    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify({ rules: { overlap: 'off', 'out-of-order': 'error' }, language: 'fr' }));
    const outcome = await runCli(['check', join(repo, 'docs', 'programme.md'), '--format', 'json']);
    expect(rulesOf(outcome.stdout)).toEqual(['out-of-order:error']);
    expect(scheduleDiagnostics(outcome.stdout)[0].message).toMatch(/avant la ligne au-dessus/);
    expect(outcome.exitCode).toBe(1);
  });

  it('lets --rule and --lang override the config file, rule by rule', async () => {
    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify({ rules: { overlap: 'off', 'out-of-order': 'error' }, language: 'fr' }));
    const outcome = await runCli(['check', join(repo, 'docs', 'programme.md'), '--format', 'json', '--rule', 'out-of-order=info', '--lang', 'en']);
    expect(rulesOf(outcome.stdout)).toEqual(['out-of-order:info']);
    expect(scheduleDiagnostics(outcome.stdout)[0].message).toMatch(/before the row above it/);
  });

  it('turns off an engine-reported rule like any other', async () => {
    writeFileSync(join(repo, 'docs', 'programme.md'), '# Programme 2019\n\n' + table(header, 'Mentors | 30 février | 14h'));
    const outcome = await runCli(['check', join(repo, 'docs', 'programme.md'), '--rule', 'invalid-date=off']);
    expect(outcome.exitCode).toBe(0);
  });

  it('takes year and timezone from the config file', async () => {
    writeFileSync(join(repo, 'docs', 'programme.md'), '# Programme\n\n' + table(header, 'Mentors | 21 février | 14h'));
    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify({ year: 2024, timezone: 'Europe/Brussels' }));
    const outcome = await runCli(['check', join(repo, 'docs', 'programme.md'), '--format', 'json']);
    expect(JSON.parse(outcome.stdout).files[0].sessions[0].days).toEqual(['2024-02-21']);
  });

  it('outside a repository, uses the config of the current folder', async () => {
    const bare = temporaryFolder('nogit');
    writeFileSync(join(bare, 'programme.md'), programme);
    writeFileSync(join(bare, '.programme-sync.json'), JSON.stringify({ rules: { overlap: 'off' } }));
    process.chdir(bare);
    const outcome = await runCli(['check', 'programme.md', '--format', 'json']);
    expect(rulesOf(outcome.stdout)).toEqual(['out-of-order:warning']);
  });

  it.each([
    [{ rules: { overlapp: 'off' } }, /\.programme-sync\.json: rules: "overlapp" is not a rule/],
    [{ rules: { overlap: 'loud' } }, /\.programme-sync\.json: rules: the rule "overlap" must be set to "error", "warning", "info" or "off", not "loud"/],
    [{ colour: 'blue' }, /\.programme-sync\.json: "colour" is not a setting/],
    [{ year: '2019' }, /"year" must be a four-digit year/],
    [{ timezone: 'Paris' }, /"timezone" must be an IANA time zone/],
    [{ language: 'de' }, /"language" must be "en" or "fr"/],
  ])('a bad config %j is a usage error naming the file and the key (exit 2)', async (config, message) => {
    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify(config));
    const outcome = await runCli(['check', join(repo, 'docs', 'programme.md')]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(message);
  });

  it('a config that is not JSON is a usage error', async () => {
    writeFileSync(join(repo, '.programme-sync.json'), '{ rules: ');
    const outcome = await runCli(['check', join(repo, 'docs', 'programme.md')]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/\.programme-sync\.json is not valid JSON/);
  });

  it.each([['overlap'], ['nope=off'], ['overlap=loud']])('a bad --rule %s is a usage error', async (flag) => {
    const outcome = await runCli(['check', join(repo, 'docs', 'programme.md'), '--rule', flag]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/--rule/);
  });
});

describe('ignore comments in the markdown', () => {
  const reported = (text: string) => check(text).diagnostics.map((d) => d.rule);

  it('a comment above the table silences the rule it names for the whole table, and only that rule', () => {
    const text = programme.replace('| SESSIONS', '<!-- programme-sync ignore overlap -->\n| SESSIONS');
    expect(reported(text)).toEqual(['out-of-order']);
  });

  it('a comment without rule ids silences every rule on the next block', () => {
    expect(reported(programme.replace('| SESSIONS', '<!-- programme-sync ignore -->\n| SESSIONS'))).toEqual([]);
  });

  it('a comment inside a row silences that row only', () => {
    const text = programme.replace('| 16h - 17h |', '| 16h - 17h <!-- programme-sync ignore overlap --> |');
    expect(reported(text)).toEqual(['out-of-order']);
  });

  it('silences engine-reported rules too, and leaves the blocks after the next one alone', () => {
    const text =
      '# Programme 2019\n\n<!-- programme-sync ignore invalid-date -->\n' +
      table(header, 'Mentors | 30 février | 14h', 'EIG | 14 mars | 9h') +
      '\n### Session EIG | 31 avril\n';
    expect(reported(text)).toEqual(['invalid-date']);
    expect(check(text).diagnostics[0]!.line).toBe(9);
  });
});

describe('check --format json', () => {
  it('carries rule, severity, message, the full place and the related line of every diagnostic', async () => {
    const path = join(repo, 'docs', 'programme.md');
    writeFileSync(
      path,
      '# Programme 2019\n\n' + table(header, 'Mentors | 21 février | 14h - 18h30') + '\n### Session mentors | 21 février\n\n- **Heures** : 14h - 17h\n',
    );
    const outcome = await runCli(['check', path, '--format', 'json']);
    expect(scheduleDiagnostics(outcome.stdout)).toEqual([
      {
        rule: 'detail-hours-mismatch',
        severity: 'warning',
        message: 'The section "Session mentors | 21 février" says 14h - 17h, but the table row (line 5) says 14h - 18h30. Make them agree.',
        line: 9,
        column: 16,
        endLine: 9,
        endColumn: 25,
        actual: '14h - 17h',
        expected: '14h - 18h30',
        related: { line: 5, column: 26, message: 'the table row "Mentors" (line 5)' },
        url: 'docs/rules.md#detail-hours-mismatch',
      },
    ]);
  });
});

describe('checkText keeps its signature; rule settings are an optional field', () => {
  it('runs with every default when no rules are given', () => {
    const report = checkText('p.md', programme, { language: 'en', timezone: 'Europe/Paris' });
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['overlap', 'out-of-order']);
    const quiet = checkText('p.md', programme, { language: 'en', timezone: 'Europe/Paris', rules: { overlap: 'off', 'out-of-order': 'off' } });
    expect(quiet.diagnostics).toEqual([]);
  });
});
