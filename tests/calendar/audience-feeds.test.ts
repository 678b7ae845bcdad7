import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, readSettings } from '../../src/action/settings.js';
import { asciiSlug } from '../../src/programme/audience.js';
import { bundleCli, cliEnv, runBundledCli } from '../faults/cli-bundle.js';
import { committedProgramme } from '../links/temporary-repository.js';

/*
 * Issue 16, "Feeds per audience": "`--split audience` writes `programme.tuteurs.ics`, but a
 * later plain `build` does not refresh it, `build --check` calls everything up to date while
 * it is stale, the calendar block does not link it, the Action has no way to ask for it, and
 * `programme.référents.ics` puts accents in the URL."
 */

const programme = `# Programme 2025-2026

<!-- programme-sync:calendar -->
<!-- /programme-sync:calendar -->

| SESSION | DATES | HORAIRES | PUBLIC | LIEU |
| ------- | ----- | -------- | ------ | ---- |
| Lancement | 16 octobre | 14h - 17h30 | Tuteurs, Référents | Salle A |
| Atelier cartographie | 13 novembre | 9h30 - 12h | Référents | Salle B |
| Atelier écriture | 4 décembre | 9h - 12h | Tuteurs | Salle B |
`;

let cli: string;
beforeAll(async () => {
  cli = await bundleCli();
}, 120_000);

function repository(files: Record<string, string> = {}): string {
  return committedProgramme('feeds', programme, files);
}

const build = (work: string, ...args: string[]) => runBundledCli(cli, ['build', ...args], work, cliEnv());
const read = (work: string, path: string) => readFileSync(join(work, path), 'utf8');

describe('feeds per audience', () => {
  it('names the feeds with ASCII slugs: programme.referents.ics, not programme.référents.ics', async () => {
    expect(asciiSlug('Référents')).toBe('referents');
    expect(asciiSlug('Élèves ingénieurs')).toBe('eleves-ingenieurs');
    const work = repository();
    expect((await build(work, '--split', 'audience')).code).toBe(0);
    expect(existsSync(join(work, 'programme.tuteurs.ics'))).toBe(true);
    expect(existsSync(join(work, 'programme.referents.ics'))).toBe(true);
    expect(existsSync(join(work, 'programme.référents.ics'))).toBe(false);
    expect(read(work, 'programme.referents.ics')).toContain('X-WR-CALNAME:Programme 2025-2026 (Référents)');
  }, 60_000);

  it('is a setting of the config file that every command honours', async () => {
    const work = repository({ '.programme-sync.json': '{ "split": "audience" }\n' });
    const built = await build(work);
    expect(built.stdout).toMatch(/^wrote programme\.tuteurs\.ics$/m);
    expect(built.stdout).toMatch(/^wrote programme\.referents\.ics$/m);
    // check reads the block as build writes it: fresh.
    const checked = await runBundledCli(cli, ['check'], work, cliEnv());
    expect(checked.stdout).not.toContain('managed-block-stale');
    expect((await build(work, '--check')).stdout).toMatch(/^4 files are up to date$/m);
  }, 60_000);

  it('has a later plain build refresh the feeds an earlier --split audience wrote', async () => {
    const work = repository();
    await build(work, '--split', 'audience');
    writeFileSync(join(work, 'programme.md'), read(work, 'programme.md').replace('4 décembre', '11 décembre'));
    // "build --check calls everything up to date while it is stale"
    const checked = await build(work, '--check');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/^programme\.tuteurs\.ics is out of date/m);
    const rebuilt = await build(work);
    expect(rebuilt.stdout).toMatch(/^wrote programme\.tuteurs\.ics$/m);
    expect(rebuilt.stdout).toMatch(/^programme\.referents\.ics is up to date$/m);
    expect(read(work, 'programme.tuteurs.ics')).toContain('DTSTART:20251211T080000Z');
  }, 60_000);

  it('lists each audience’s feed in the calendar block', async () => {
    const work = repository();
    await build(work, '--split', 'audience');
    const page = read(work, 'programme.md');
    expect(page).toContain(
      '- Seulement les sessions pour Tuteurs, pour s’abonner : [webcal://raw.githubusercontent.com/asso/programme/main/programme.tuteurs.ics](webcal://raw.githubusercontent.com/asso/programme/main/programme.tuteurs.ics)',
    );
    expect(page).toContain('[webcal://raw.githubusercontent.com/asso/programme/main/programme.referents.ics]');
  }, 60_000);

  it('writes only the whole programme’s feed with split none', async () => {
    const work = repository({ '.programme-sync.json': '{ "split": "none" }\n' });
    await build(work);
    expect(existsSync(join(work, 'programme.tuteurs.ics'))).toBe(false);
    expect(read(work, 'programme.md')).not.toContain('Seulement les sessions');
  }, 60_000);

  it('refuses a split it does not know, on the command line, in the config file and as an Action input', async () => {
    const work = repository();
    const flag = await build(work, '--split', 'public');
    expect(flag).toMatchObject({ code: 2, stderr: expect.stringContaining('--split must be "audience" or "none", not "public"') });
    writeFileSync(join(work, '.programme-sync.json'), '{ "split": "tuteurs" }\n');
    expect((await build(work)).stderr).toContain('"split" must be "audience" (one more calendar per audience) or "none", not "tuteurs"');
    const inputs = (split: string) => (name: string) =>
      ({ commit: 'true', 'commit-message': 'm', 'fail-on': 'error', 'artifact-dir': 'out', split })[name] ?? '';
    expect(readSettings(inputs('audience'), '/repo').overrides.split).toBe('audience');
    expect(() => readSettings(inputs('tuteurs'), '/repo')).toThrow(InputError);
  }, 60_000);

  it('is an input of the Action, documented in action.yml', () => {
    const actionYml = readFileSync(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8');
    expect(actionYml).toMatch(/^ {2}split:\n {4}description: >-\n {6}audience: /m);
  });
});
