import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { bundleCli, cliEnv, runBundledCli, type CliRun } from './cli-bundle.js';
import { largeProgramme } from './large-programme.js';

/*
 * A build killed (SIGKILL: no handler runs, like a crash or a cancelled CI job) at any
 * moment leaves the calendar and the programme each either exactly as they were or
 * exactly as an uninterrupted build writes them. A temporary file the killed build was
 * filling may be left behind; the next build removes it (it names a process that is gone)
 * and says so.
 */

const buildArgs = ['build', 'programme.md', '--repo', 'owner/repo'];
const isTemporary = (name: string) => /^\..*\.tmp$/.test(name);

let cli: string;
let root: string;
let template: string;
let old: { ics: Buffer; md: Buffer };
let fresh: { ics: Buffer; md: Buffer };
let uninterruptedMs: number;

function filesOf(folder: string): { ics: Buffer; md: Buffer } {
  return { ics: readFileSync(join(folder, 'programme.ics')), md: readFileSync(join(folder, 'programme.md')) };
}

function copyOfTemplate(name: string): string {
  const folder = join(root, name);
  cpSync(template, folder, { recursive: true });
  return folder;
}

/** Starts a build and kills it when `trigger` fires (given a kill function), or lets it finish. */
function buildAndKill(folder: string, trigger: (kill: () => void) => () => void): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...buildArgs], { cwd: folder, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const stop = trigger(() => child.kill('SIGKILL'));
    child.on('close', (code, signal) => {
      stop();
      done({ code, signal, stdout, stderr });
    });
  });
}

/** Kills when a file whose name passes `test` appears or is renamed into the folder. */
const onFile = (folder: string, test: (name: string) => boolean) => (kill: () => void) => {
  const watcher = watch(folder, (_event, name) => {
    if (name !== null && test(name)) kill();
  });
  return () => watcher.close();
};

/** Kills after a delay. */
const after = (ms: number) => (kill: () => void) => {
  const timer = setTimeout(kill, ms);
  return () => clearTimeout(timer);
};

beforeAll(async () => {
  cli = await bundleCli();
  root = temporaryFolder('kill');
  template = join(root, 'template');
  mkdirSync(template);
  // Last year's build: a calendar of the same sessions in other places, fresh blocks...
  writeFileSync(join(template, 'programme.md'), largeProgramme(40, 'Salle A', { proseBytes: 300_000 }));
  const first = await runBundledCli(cli, buildArgs, template);
  expect(first.code, first.stderr).toBe(0);
  // ... then the programme edited: new places, and the calendar block gone stale.
  writeFileSync(join(template, 'programme.md'), largeProgramme(40, 'Salle B', { block: 'an old line', proseBytes: 300_000 }));
  old = filesOf(template);

  const reference = copyOfTemplate('reference');
  const started = performance.now();
  const uninterrupted = await runBundledCli(cli, buildArgs, reference);
  uninterruptedMs = performance.now() - started;
  expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
  fresh = filesOf(reference);
  // Both files change, or the test could not tell old from new.
  expect(fresh.ics.equals(old.ics)).toBe(false);
  expect(fresh.md.equals(old.md)).toBe(false);
});

async function expectOldOrNewThenRecovered(folder: string): Promise<void> {
  const now = filesOf(folder);
  expect(now.ics.equals(old.ics) || now.ics.equals(fresh.ics), 'the calendar is the old or the new one, whole').toBe(true);
  expect(now.md.equals(old.md) || now.md.equals(fresh.md), 'the programme is the old or the new one, whole').toBe(true);

  // Only our own hidden temporary files may be left; the next build removes them and finishes the job.
  const left = readdirSync(folder).filter(isTemporary);
  for (const name of left) expect(name).toMatch(/^\.programme\.(ics|md)\.\d+-[0-9a-f]{12}\.tmp$/);
  if (left.length === 0 && now.ics.equals(fresh.ics) && now.md.equals(fresh.md)) return;
  const next = await runBundledCli(cli, buildArgs, folder);
  expect(next.code, next.stderr).toBe(0);
  for (const name of left) expect(next.stdout).toContain(`removed ${name}, a temporary file left by an interrupted build`);
  expect(readdirSync(folder).filter(isTemporary)).toEqual([]);
  const rebuilt = filesOf(folder);
  expect(rebuilt.ics.equals(fresh.ics)).toBe(true);
  expect(rebuilt.md.equals(fresh.md)).toBe(true);
}

describe('a build killed at any moment', () => {
  it.each([
    ['the calendar’s temporary file appears', /^\.programme\.ics\..*\.tmp$/],
    ['the programme’s temporary file appears', /^\.programme\.md\..*\.tmp$/],
    ['the calendar itself changes in the folder', /^programme\.ics$/],
    ['the programme itself changes in the folder', /^programme\.md$/],
  ])('when %s leaves each file old or new, and the next build recovers', async (_moment, pattern) => {
    const folder = copyOfTemplate(`watch-${pattern.source.replace(/\W/g, '')}`);
    await buildAndKill(folder, onFile(folder, (name) => pattern.test(name)));
    await expectOldOrNewThenRecovered(folder);
  });

  // Each of these is killed for sure: when the build finishes before the delay, the case
  // starts again on a fresh copy with half the delay (a kill at 0 ms lands before Node has
  // even started the program).
  it.each([0.3, 0.6, 0.9])('at %s of an uninterrupted build’s time leaves each file old or new, and the next build recovers', async (fraction) => {
    let delay = uninterruptedMs * fraction;
    for (let attempt = 0; ; attempt++) {
      const folder = copyOfTemplate(`timed-${fraction}-${attempt}`);
      const run = await buildAndKill(folder, after(attempt < 6 ? delay : 0));
      if (run.signal !== 'SIGKILL') {
        expect(run.code, run.stderr).toBe(0);
        delay /= 2;
        continue;
      }
      await expectOldOrNewThenRecovered(folder);
      return;
    }
  });
});
