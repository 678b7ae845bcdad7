import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArchivePeriod } from '../../src/commands/archive.js';
import { bundleCli, cliEnv, runBundledCli } from '../faults/cli-bundle.js';
import { committedProgramme } from '../links/temporary-repository.js';

/* Issue 16, "Smaller things they hit". */

const programme = `# Programme d'accompagnement 2025-2026

<!-- programme-sync:calendar -->
<!-- /programme-sync:calendar -->

| SESSION | DATES | HORAIRES | LIEU |
| ------- | ----- | -------- | ---- |
| Lancement | 16 octobre | 14h - 17h30 | Salle A |
| Séminaire | 30 février | 9h - 17h | Salle C |
| Atelier | 13 novmebre | 9h30 - 12h | Salle B |
| Bilan | | 9h - 12h | Salle A |
| Clôture | 25 juin | 9h - 17h | Salle A |

## Archives

<!-- programme-sync:archives -->
<!-- /programme-sync:archives -->
`;

let cli: string;
beforeAll(async () => {
  cli = await bundleCli();
}, 120_000);

function repository(files: Record<string, string> = {}): string {
  return committedProgramme('smaller', programme, files);
}

const run = (work: string, ...args: string[]) => runBundledCli(cli, args, work, cliEnv());

describe('build with errors', () => {
  // "After `build` with errors, say which sessions are not in the calendar and why (the count
  // and the lines), instead of only `wrote programme.ics`."
  it('says which sessions are not in the calendar and why: the count and the lines', async () => {
    const work = repository();
    const built = await run(work, 'build');
    expect(built.code).toBe(1);
    expect(built.stdout).toMatch(/^wrote programme\.ics$/m);
    expect(built.stdout).toContain(
      'programme.md: 3 sessions are not in the calendar: line 9 "Séminaire" (invalid-date), line 10 "Atelier" (unreadable-date), line 11 "Bilan" (missing-date). ' +
        'Correct what the messages above say on those lines and run "programme-sync build" again.',
    );
    const calendar = readFileSync(join(work, 'programme.ics'), 'utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    const inFrench = await run(repository(), 'build', '--lang', 'fr');
    expect(inFrench.stdout).toContain('programme.md : 3 sessions ne sont pas dans le calendrier : ligne 9 « Séminaire » (invalid-date), ligne 10 « Atelier » (unreadable-date)');
  }, 60_000);

  it('says nothing of the kind when every session is in the calendar', async () => {
    const work = repository();
    writeFileSync(join(work, 'programme.md'), programme.replace(/^\| (Atelier|Séminaire|Bilan) .*\n/gm, ''));
    const built = await run(work, 'build');
    expect(built.code).toBe(0);
    expect(built.stdout).not.toContain('not in the calendar');
  }, 60_000);
});

describe('archive', () => {
  // "An archived programme's subscribe link still points at the live feed; the archive's block
  // points at the archived calendar."
  it('points the archived programme’s subscribe links at the archived calendar', async () => {
    const work = repository();
    await run(work, 'build');
    const archived = await run(work, 'archive', 'programme.md', '--year', '2025-2026');
    expect(archived.code).toBe(0);
    const copy = readFileSync(join(work, 'archives/2025-2026/programme_2025-2026.md'), 'utf8');
    const archivedFeed = 'raw.githubusercontent.com/asso/programme/main/archives/2025-2026/programme_2025-2026.ics';
    expect(copy).toContain(`[webcal://${archivedFeed}](webcal://${archivedFeed})`);
    expect(copy).toContain(`[https://${archivedFeed}](https://${archivedFeed})`);
    expect(copy).not.toContain('/main/programme.ics');
    // The live programme keeps the live feed, and lists the archive.
    const live = readFileSync(join(work, 'programme.md'), 'utf8');
    expect(live).toContain('webcal://raw.githubusercontent.com/asso/programme/main/programme.ics');
    expect(live).toContain('- [Programme 2025-2026](archives/2025-2026/programme_2025-2026.md)');
    // The archive's block is its year's record: check does not call it stale, build leaves it.
    expect((await run(work, 'build', '--check')).stdout).not.toContain('archives/2025-2026/programme_2025-2026.md is out of date');
  }, 60_000);

  // "which year to give `archive` for a September-June programme (and `archive` accepts `2025-2026`)"
  it('accepts a school year, 2025-2026, as well as a year', () => {
    expect(readArchivePeriod('2025-2026')).toBe('2025-2026');
    expect(readArchivePeriod('2025')).toBe('2025');
    expect(readArchivePeriod('2025–2026')).toBe('2025-2026');
    expect(readArchivePeriod('2025-2027')).toBeUndefined();
    expect(readArchivePeriod('25-26')).toBeUndefined();
  });

  it('refuses a period that is not a year nor a school year, saying both forms', async () => {
    const work = repository();
    const refused = await run(work, 'archive', 'programme.md', '--year', '2025-2027');
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('such as 2025, or a school year such as 2025-2026, not "2025-2027"') });
  }, 60_000);
});

describe('an unknown config setting', () => {
  // "The error for an unknown config setting lists every setting (it omits `outDir`) and
  // suggests the closest name, as it should for an unknown rule."
  it('lists every setting and suggests the closest name', async () => {
    const work = repository({ '.programme-sync.json': '{ "outdir": "calendriers" }\n' });
    const checked = await run(work, 'check');
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain('"outdir" is not a setting programme-sync knows; did you mean "outDir"?');
    expect(checked.stderr).toContain('The settings are "rules", "timezone", "year", "language", "outDir", "organizer", "split", "sessions", "granularity" and "removalThreshold".');
    writeFileSync(join(work, '.programme-sync.json'), '{ "langage": "fr" }\n');
    expect((await run(work, 'check', '--lang', 'fr')).stderr).toContain('« langage » n’est pas un réglage connu de programme-sync ; vouliez-vous dire « language » ?');
    writeFileSync(join(work, '.programme-sync.json'), '{ "colour": "blue" }\n');
    const far = await run(work, 'check');
    expect(far.stderr).toContain('"colour" is not a setting programme-sync knows. The settings are');
    expect(far.stderr).not.toContain('did you mean');
  }, 60_000);
});

describe('the README', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  // "The README says how to get the `programme-sync` command on a machine (`npx`, a global
  // install, or `npm link` from a clone), says that `npm ci`'s install-scripts notice about
  // esbuild is harmless, and says which year to give `archive` for a September-June programme"
  it('says how to get the programme-sync command: npx, a global install, npm link from a clone', () => {
    expect(readme).toMatch(/npx github:OWNER\/programme-sync check/);
    expect(readme).toMatch(/npm install --global /);
    expect(readme).toMatch(/npm link/);
  });

  it('says the install-scripts notice about esbuild is harmless', () => {
    expect(readme).toMatch(/npm warn install-scripts[\s\S]{0,400}esbuild[\s\S]{0,400}harmless/);
  });

  it('says which year to give archive for a September-June programme', () => {
    expect(readme).toMatch(/September[\s\S]{0,300}archive programme\.md --year 2025-2026/);
  });

  it('shows the per-audience case: the setting and the feeds it writes', () => {
    expect(readme).toContain('"split": "audience"');
    expect(readme).toContain('programme.referents.ics');
  });
});
