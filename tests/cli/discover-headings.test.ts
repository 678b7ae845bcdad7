/*
 * `check` with no FILES, as the Action runs it by default, on a repository whose
 * programme has no schedule table: its coordinator said where the sessions are
 * (`"sessions": "headings"` in `.programme-sync.json`, or `--sessions headings`), so the
 * file is found; with the default `auto`, a page of dated headings is not taken for a
 * programme (a repository holds many: changelogs, notes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

// Counts the readings of a document, to see that discovery and checking read each file once.
const readings = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/programme/read-programme.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/programme/read-programme.js')>();
  return {
    ...real,
    readProgramme: (...args: Parameters<typeof real.readProgramme>) => {
      readings.count += 1;
      return real.readProgramme(...args);
    },
  };
});

const bootcamp = '# Bootcamp - 21 au 25 septembre 2020\n\n### Lundi 21 septembre\n\n9h - 12h : Accueil\n\n### Mardi 22 septembre, 9h - 16h\n';
const notes = '# Notes\n\nRien de daté ici, seulement du texte.\n';

describe('programme-sync check without files, on a programme written as dated headings', () => {
  let folder: string;
  let previous: string;
  beforeEach(() => {
    previous = process.cwd();
    folder = temporaryFolder('discover-headings');
    mkdirSync(join(folder, 'docs'));
    writeFileSync(join(folder, 'docs', 'bootcamp.md'), bootcamp);
    writeFileSync(join(folder, 'README.md'), notes);
    process.chdir(folder);
  });
  afterEach(() => {
    process.chdir(previous);
  });

  const paths = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);

  it('finds the heading-only programme when the config file says its sessions are in the headings', async () => {
    writeFileSync(join(folder, '.programme-sync.json'), '{ "sessions": "headings" }\n');
    const outcome = await runCli(['check', '--format', 'json']);
    expect(outcome.exitCode).toBe(0);
    expect(paths(outcome.stdout)).toEqual(['docs/bootcamp.md']);
  });

  it('finds it with the --sessions flag too', async () => {
    const outcome = await runCli(['check', '--format', 'json', '--sessions', 'headings']);
    expect(paths(outcome.stdout)).toEqual(['docs/bootcamp.md']);
  });

  it('reads each file once: the reading that checks a file tells whether it gives a session', async () => {
    readings.count = 0;
    const outcome = await runCli(['check', '--format', 'json', '--sessions', 'headings']);
    expect(paths(outcome.stdout)).toEqual(['docs/bootcamp.md']);
    // README.md is read and gives none, so it is left out; bootcamp.md is read once.
    expect(readings.count).toBe(2);
  });

  it('says no programme was found when no file gives a session of that shape', async () => {
    writeFileSync(join(folder, 'docs', 'bootcamp.md'), notes);
    const outcome = await runCli(['check', '--sessions', 'lists']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/No programme found/);
  });

  it('does not take it for a programme with the default setting', async () => {
    const outcome = await runCli(['check']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/No programme found/);
  });
});
