import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeLanguage } from '../../src/diagnostics/locale.js';
import { bundleCli, cliEnv, runBundledCli, type CliRun } from '../faults/cli-bundle.js';
import { committedProgramme } from '../links/temporary-repository.js';

/*
 * Issue 16, "In their language": a French coordinator's programme, every command of the
 * bundled command line, run as they would run it.
 */

// The coordinator's 2025-2026 programme, in their own words: two audiences, a struck row,
// an undecided date and one mistake (30 février), so that every kind of line is printed.
const programme = `# Programme d'accompagnement 2025-2026

<!-- programme-sync:calendar -->
<!-- /programme-sync:calendar -->

| SESSION | DATES | HORAIRES | PUBLIC | LIEU |
| ------- | ----- | -------- | ------ | ---- |
| Lancement | Jeudi 16 et vendredi 17 octobre | 14 h – 17 h 30 | Tuteurs, Référents | Salle A |
| Atelier cartographie | 13 novembre | 9h30 - 12h | Référents | Salle B |
| ~~Atelier outils collaboratifs~~ | 4 décembre | 9h - 12h | Tuteurs | Salle B |
| Séminaire | 30 février | 9h - 17h | Tuteurs | Salle C |
| Bilan | Jeudi 21 ou jeudi 28 mai | | Tuteurs, Référents | Salle A |

## Archives

<!-- programme-sync:archives -->
<!-- /programme-sync:archives -->
`;

let cli: string;
beforeAll(async () => {
  cli = await bundleCli();
}, 120_000);

function coordinatorRepository(files: Record<string, string> = {}): string {
  return committedProgramme('lang', programme, files);
}

const french = cliEnv({ LANG: 'fr_FR.UTF-8' });
const english = cliEnv();

// English words the tool could say of its own. What is left after taking out what is not
// the tool's own prose (the user's text in quotes, paths, addresses, option names, rule ids,
// markers, names in capitals) must hold none of them.
const englishWords =
  /\b(the|is|are|was|were|of|and|to|not|no|wrote|written|up|file|files|error|errors|warning|warnings|info|note|run|copied|added|link|links|with|has|have|this|that|cannot|must|found|line|lines|row|calendar|subscribe|download|usage|show|for|from|when|each|every|only|built|asked|pass|set|in|hours|cancelled|details|theme|commands?|unknown|folder|write|writes|nothing|exit|status|default|year|years|archived)\b/gi;

function englishWordsIn(output: string): string[] {
  const prose = output
    .replace(/«[^»]*»/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/<!--.*?-->/g, ' ')
    .replace(/\b[a-z]+:\/\/\S+/g, ' ')
    .replace(/--?[a-z][\w-]*(=\S+)?/gi, ' ')
    .replace(/\S*[./|{}<>[\]=]\S*/g, ' ')
    .replace(/\b[a-z]+(?:-[a-z0-9]+)+\b/g, ' ')
    .replace(/\b[\p{Lu}_:]{2,}\b/gu, ' ');
  return [...prose.matchAll(englishWords)].map((match) => match[0]);
}

function expectFrench(run: CliRun): void {
  const printed = run.stdout + run.stderr;
  expect(printed.trim()).not.toBe('');
  expect(englishWordsIn(printed), printed).toEqual([]);
}

describe('run in French (LANG=fr_FR.UTF-8, no flag)', () => {
  it('the detector of English words finds the English the tool used to print', () => {
    // The lines the issue quotes, as build and archive printed them before.
    expect(englishWordsIn('wrote programme.ics\nprogramme.md is up to date\n1 error, 0 warnings in 1 file\n')).toContain('wrote');
    expect(englishWordsIn('programme.md:11:15 error « 30 février » ... invalid-date')).toEqual(['error']);
    expect(englishWordsIn('Added the archive to the list of archived programmes in programme.md.').length).toBeGreaterThan(3);
    expect(englishWordsIn('programme.md : 5 sessions\n     8  du 2025-10-16 au 2025-10-17  Lancement')).toEqual([]);
  });

  it('every command prints no English word of its own', async () => {
    const work = coordinatorRepository();
    const runs: Record<string, CliRun> = {};
    const run = async (name: string, args: string[]) => {
      runs[name] = await runBundledCli(cli, args, work, french);
      return runs[name]!;
    };
    expect((await run('help', ['--help'])).code).toBe(0);
    for (const command of ['check', 'build', 'archive']) expect((await run(`${command} --help`, [command, '--help'])).code).toBe(0);
    expect((await run('unknown command', ['publish'])).code).toBe(2);
    expect((await run('unknown option', ['check', '--nope'])).code).toBe(2);
    expect((await run('bad value', ['build', '--split', 'everyone'])).code).toBe(2);
    expect((await run('bad granularity', ['build', '--granularity', 'jour'])).code).toBe(2);
    expect((await run('bad removal threshold', ['build', '--removal-threshold', '150'])).code).toBe(2);
    expect((await run('bad sessions', ['check', '--sessions', 'titres'])).code).toBe(2);
    expect((await run('archive without year', ['archive', 'programme.md'])).code).toBe(2);
    expect((await run('check', ['check'])).code).toBe(1);
    expect((await run('build', ['build', '--split', 'audience'])).code).toBe(1);
    expect((await run('build again', ['build'])).code).toBe(1);
    expect((await run('build --check', ['build', '--check'])).code).toBe(1);
    expect((await run('archive', ['archive', 'programme.md', '--year', '2025-2026'])).code).toBe(0);
    writeFileSync(join(work, '.programme-sync.json'), '{ "outdir": "calendriers" }\n');
    expect((await run('unknown setting', ['check'])).code).toBe(2);

    for (const [name, outcome] of Object.entries(runs)) {
      expect(outcome.signal, name).toBeNull();
      expectFrench(outcome);
    }
    // What each printed is the French of what the issue quotes.
    expect(runs['check']!.stdout).toMatch(/programme\.md : 5 sessions/);
    expect(runs['check']!.stdout).toMatch(/ erreur « 30 février »/);
    expect(runs['check']!.stdout).toMatch(/ avertissement La date « Jeudi 21 ou jeudi 28 mai »/);
    expect(runs['build']!.stdout).toMatch(/^écrit programme\.ics$/m);
    expect(runs['build again']!.stdout).toMatch(/^programme\.ics est à jour$/m);
    expect(runs['build --check']!.stdout).toMatch(/fichiers sont à jour/);
    expect(runs['archive']!.stdout).toMatch(/Archive ajoutée à la liste des programmes archivés de programme\.md/);
  }, 120_000);

  it('the calendar and the blocks written into the page are in French', async () => {
    const work = coordinatorRepository();
    await runBundledCli(cli, ['build', '--split', 'audience'], work, french);
    await runBundledCli(cli, ['archive', 'programme.md', '--year', '2025-2026'], work, french);
    const page = readFileSync(join(work, 'programme.md'), 'utf8');
    expect(page).toContain('- [Programme 2025-2026](archives/2025-2026/programme_2025-2026.md)');
    expect(page).toContain('S’abonner dans un agenda');
    expect(page).not.toMatch(/Subscribe|programme\]\(|Only the sessions/);
  }, 60_000);
});

describe('the words subscribers see follow the programme’s language', () => {
  // "everything it adds to the calendar is English by default (`Audience:`, `Hours:`,
  // `(cancelled)`, `This session is cancelled.`)"
  it('are French by default, whatever the locale of the machine that builds', async () => {
    const calendars: string[] = [];
    for (const env of [english, french, cliEnv({ LANG: 'de_DE.UTF-8' })]) {
      const work = coordinatorRepository();
      await runBundledCli(cli, ['build'], work, env);
      calendars.push(readFileSync(join(work, 'programme.ics'), 'utf8'));
    }
    const [calendar] = calendars;
    expect(calendar).toContain('DESCRIPTION:Public : Tuteurs\\, Référents\\nHoraires : 14h - 17h30');
    expect(calendar).toContain('SUMMARY:Atelier outils collaboratifs (annulée)');
    expect(calendar).toContain('Cette session est annulée.');
    expect(calendar).not.toMatch(/Audience:|Hours:|\(cancelled\)|This session is cancelled\./);
    // Same programme, same bytes: the locale decides the messages, never the calendar.
    expect(calendars[1]).toBe(calendar);
    expect(calendars[2]).toBe(calendar);
  }, 60_000);

  it('are English when the config file or --lang says so', async () => {
    const work = coordinatorRepository({ '.programme-sync.json': '{ "language": "en" }\n' });
    await runBundledCli(cli, ['build'], work, french);
    expect(readFileSync(join(work, 'programme.ics'), 'utf8')).toContain('DESCRIPTION:Audience: Tuteurs\\, Référents\\nHours: 14:00–17:30');
  }, 60_000);
});

describe('messages follow --lang, then the config file, then the locale, then English', () => {
  it('reads the locale as command-line tools do: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(localeLanguage({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeLanguage({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeLanguage({ LC_ALL: '', LC_MESSAGES: 'fr_CA', LANG: 'en_GB.UTF-8' })).toBe('fr');
    expect(localeLanguage({ LANG: 'fr' })).toBe('fr');
    expect(localeLanguage({ LANG: 'C.UTF-8' })).toBeUndefined();
    expect(localeLanguage({ LANG: 'de_DE.UTF-8' })).toBeUndefined();
    expect(localeLanguage({})).toBeUndefined();
  });

  // "`language: fr` in `.programme-sync.json` is followed by `check` but not by `build`'s
  // summary lines (`13 sessions`, `wrote programme.ics`, `is up to date`), nor by `archive`"
  it('follows language: fr of the config file in build and archive, on an English machine', async () => {
    const work = coordinatorRepository({ '.programme-sync.json': '{ "language": "fr" }\n' });
    const built = await runBundledCli(cli, ['build'], work, english);
    expect(built.stdout).toMatch(/^programme\.md : 5 sessions$/m);
    expect(built.stdout).toMatch(/^écrit programme\.ics$/m);
    expect((await runBundledCli(cli, ['build'], work, english)).stdout).toMatch(/^programme\.ics est à jour$/m);
    const archived = await runBundledCli(cli, ['archive', 'programme.md', '--year', '2025'], work, english);
    expect(archived.stdout).toMatch(/^programme\.md copié vers archives\/2025\/programme_2025\.md/m);
    expect(readFileSync(join(work, 'programme.md'), 'utf8')).toContain('- [Programme 2025](archives/2025/programme_2025.md)');
  }, 60_000);

  it('lets --lang win over the config file, and the config file over the locale', async () => {
    const work = coordinatorRepository({ '.programme-sync.json': '{ "language": "en" }\n' });
    expect((await runBundledCli(cli, ['check'], work, french)).stdout).toMatch(/^1 error, \d+ warnings? in 1 file$/m);
    expect((await runBundledCli(cli, ['check', '--lang', 'fr'], work, english)).stdout).toMatch(/^1 erreur, \d+ avertissements? dans 1 fichier$/m);
    const bare = coordinatorRepository();
    expect((await runBundledCli(cli, ['check'], bare, cliEnv({ LANG: 'fr_FR.UTF-8', LC_ALL: 'en_US.UTF-8' }))).stdout).toMatch(/^1 error, \d+ warnings? in 1 file$/m);
    expect((await runBundledCli(cli, ['check'], bare, english)).stdout).toMatch(/^1 error, \d+ warnings? in 1 file$/m);
  }, 60_000);
});

describe('build --check after a build in the other language', () => {
  // "`build --check` after a French build, run without `--lang fr`, fails with `programme.md
  // is out of date: it does not match the programme.`: the message is circular and hides the cause."
  it('passes after a French build run without --lang fr: French is the calendar’s language by default', async () => {
    const work = coordinatorRepository();
    expect((await runBundledCli(cli, ['build', '--lang', 'fr'], work, english)).code).toBe(1);
    const checked = await runBundledCli(cli, ['build', '--check'], work, english);
    expect(checked.stdout).toMatch(/^2 files are up to date$/m);
  }, 60_000);

  it('says the calendar was built in French when the check asks for English, and never advises a build', async () => {
    const work = coordinatorRepository();
    await runBundledCli(cli, ['build'], work, english);
    const checked = await runBundledCli(cli, ['build', '--check', '--lang', 'en'], work, english);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(
      'programme.ics was built in French; this check asked for English: pass --lang fr or set "language": "fr" in .programme-sync.json.',
    );
    expect(checked.stdout).toContain('programme.md was built in French; this check asked for English');
    expect(checked.stdout).not.toMatch(/out of date|Run "programme-sync build"/);
  }, 60_000);

  it('says so in French, naming the setting that keeps the feed in English', async () => {
    const work = coordinatorRepository();
    await runBundledCli(cli, ['build', '--lang', 'en'], work, english);
    const checked = await runBundledCli(cli, ['build', '--check'], work, french);
    expect(checked.stdout).toContain(
      'programme.ics a été construit en anglais ; cette vérification le demande en français : passez --lang en ou mettez "language": "en" dans .programme-sync.json.',
    );
    expect(checked.stdout).not.toContain('Lancez « programme-sync build »');
  }, 60_000);

  it('still calls a calendar out of date when the programme changed', async () => {
    const work = coordinatorRepository();
    await runBundledCli(cli, ['build'], work, english);
    writeFileSync(join(work, 'programme.md'), programme.replace('13 novembre', '14 novembre'));
    const checked = await runBundledCli(cli, ['build', '--check'], work, english);
    expect(checked.stdout).toMatch(/programme\.ics is out of date: it does not match the programme/);
  }, 60_000);
});
