import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';

// The calendar is generated in child processes whose TZ differs: the bytes must not.
const repoRoot = resolve(import.meta.dirname, '..', '..');
let folder: string;
let script: string;

const entry = `
import { buildCalendars } from './src/calendar/build-calendars.js';
import { day, makeReport, makeSession, slot } from './tests/calendar/make-session.js';
const sessions = [
  makeSession({ title: 'Bootcamp', days: [day(2019, 3, 28), day(2019, 3, 29), day(2019, 3, 30), day(2019, 3, 31)] }),
  makeSession({ title: 'Mentors', days: [day(2019, 3, 29), day(2019, 4, 1)], slots: [slot([9, 0], [18, 30])], rowIndex: 1 }),
  makeSession({ title: 'Fin', days: [day(2019, 10, 27)], slots: [slot([23, 30])], rowIndex: 2 }),
  makeSession({ title: 'Restitution', days: [day(2019, 12, 31), day(2020, 1, 1)], rowIndex: 3 }),
];
const outputs = await buildCalendars(makeReport(sessions, { title: 'Programme' }), {
  language: 'fr', timezone: 'Europe/Paris', readPrevious: async () => undefined, commitTime: async () => undefined,
});
process.stdout.write(outputs[0].content);
`;

beforeAll(async () => {
  folder = temporaryFolder('tz');
  script = join(folder, 'generate.mjs');
  await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts', sourcefile: 'generate.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: 'silent',
  });
});

it('writes the same bytes under TZ=UTC and TZ=Pacific/Auckland', () => {
  const run = (tz: string) => execFileSync(process.execPath, [script], { env: { ...process.env, TZ: tz } });
  const utc = run('UTC');
  const auckland = run('Pacific/Auckland');
  expect(utc.toString('utf8')).toContain('DTSTART:20190329T080000Z');
  expect(auckland.equals(utc)).toBe(true);
});
