import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, cliEnv } from '../faults/cli-bundle.js';
import { repoRoot } from '../helpers/run-action.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

// The command line keeps a V8 code cache of its command bundles between runs (src/load-bundle.ts).
// What a user must never notice is the cache itself: the same output with it, without it,
// with a damaged one and after the bundle changed.

let cli: string;
beforeAll(async () => {
  cli = await bundleCli();
}, 120_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** The cache files under a cache folder given as NODE_COMPILE_CACHE. */
function cacheFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/** A CLI run's environment with the cache in `folder` (the tests' default turns it off). */
function cachedEnv(folder: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...cliEnv(), NODE_COMPILE_CACHE: folder };
  delete env['NODE_DISABLE_COMPILE_CACHE'];
  return env;
}

function exampleFolder(): string {
  const folder = temporaryFolder('code-cache-example');
  copyFileSync(join(repoRoot, 'examples', 'programme.md'), join(folder, 'programme.md'));
  return folder;
}

describe('the code cache of the command line', () => {
  it('gives the same report and calendar with a cache, without one, and from a cache just written', async () => {
    const cache = temporaryFolder('code-cache');
    const withCache = cachedEnv(cache);
    const plain = await run(['check', 'programme.md'], exampleFolder(), cliEnv());
    const first = await run(['check', 'programme.md'], exampleFolder(), withCache);
    expect(cacheFiles(cache)).toHaveLength(1);
    const second = await run(['check', 'programme.md'], exampleFolder(), withCache);
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    expect(plain.stdout).toContain('10 sessions');

    const built = exampleFolder();
    const reference = exampleFolder();
    await run(['build', 'programme.md'], reference, cliEnv());
    await run(['build', 'programme.md'], built, withCache);
    rmSync(join(built, 'programme.ics'));
    const fromCache = await run(['build', 'programme.md'], built, withCache);
    expect(fromCache.code).toBe(0);
    expect(readFileSync(join(built, 'programme.ics'))).toEqual(readFileSync(join(reference, 'programme.ics')));
  }, 60_000);

  it('writes no cache from a run that only printed help or a usage line, so the next real run writes a full one', async () => {
    const cache = temporaryFolder('code-cache');
    const env = cachedEnv(cache);
    const help = await run(['check', '--help'], exampleFolder(), env);
    expect(help.stdout).toContain('check');
    const wrong = await run(['build', '--no-such-option'], exampleFolder(), env);
    expect(wrong.code).toBe(2);
    expect(cacheFiles(cache)).toEqual([]);
    const real = await run(['check', 'programme.md'], exampleFolder(), env);
    expect(real.stdout).toContain('10 sessions');
    expect(cacheFiles(cache)).toHaveLength(1);
  }, 60_000);

  it('writes nothing when NODE_DISABLE_COMPILE_CACHE is set', async () => {
    const cache = temporaryFolder('code-cache');
    await run(['check', 'programme.md'], exampleFolder(), { ...cachedEnv(cache), NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(cacheFiles(cache)).toEqual([]);
  }, 60_000);

  it('ignores a damaged cache, reports as usual and writes the cache again', async () => {
    const cache = temporaryFolder('code-cache');
    const env = cachedEnv(cache);
    const reference = await run(['check', 'programme.md'], exampleFolder(), env);
    const [file] = cacheFiles(cache);
    const intact = readFileSync(file!);
    // The stamp line kept, the compiled code garbled: V8 must refuse it, or the stamp must.
    const damaged = Buffer.from(intact);
    for (let i = intact.indexOf(10) + 1; i < damaged.length; i += 7) damaged[i] = damaged[i]! ^ 0x5a;
    writeFileSync(file!, damaged);
    expect(await run(['check', 'programme.md'], exampleFolder(), env)).toEqual(reference);
    expect(readFileSync(file!).equals(damaged)).toBe(false);
    writeFileSync(file!, intact.subarray(0, 10));
    expect(await run(['check', 'programme.md'], exampleFolder(), env)).toEqual(reference);
  }, 60_000);

  it('does not run the code of an earlier build of a bundle of the same length', async () => {
    const cache = temporaryFolder('code-cache');
    const env = cachedEnv(cache);
    const folder = exampleFolder();
    expect((await run(['check', '--help'], folder, env)).stdout).toContain('Usage: programme-sync check');
    // Rebuilt with a change of the same length: V8 itself checks a cache only against the source's length.
    const bundle = join(cli, '..', 'lazy', 'check.js');
    const source = readFileSync(bundle, 'utf8');
    writeFileSync(bundle, source.replace('Usage: programme-sync check', 'USAGE: programme-sync check'));
    try {
      const changed = await run(['check', '--help'], folder, env);
      expect(changed.stdout).toContain('USAGE: programme-sync check');
    } finally {
      writeFileSync(bundle, source);
    }
  }, 60_000);
});
