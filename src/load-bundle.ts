import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

/*
 * Loads one of the command line's bundles (dist/lazy/*.js) with a V8 code cache, kept from
 * one run to the next: the compiled code of every function the run that wrote it used, so a run
 * neither parses the bundle's source again nor compiles those functions afresh. It is kept
 * because it pays, measured on the example programme (2026-11-30, Node.js 20.20, callgrind,
 * main thread, NODE_EXTRA_CA_CERTS unset): `check` executes 313 million instructions with
 * it and 439 million without (29% fewer), an unchanged `build` 323 and 480 million (33%
 * fewer), most of the difference micromark's parser compiling itself; in CPU time `check`
 * takes 13% less (20 runs of each in turn on a busy 2-core machine).
 *
 * Written by hand: Node's own compile cache (`module.enableCompileCache`, Node 22 and later,
 * and so not on Node 20) and the `v8-compile-cache` package both keep the code compiled
 * when a file is loaded, before it runs; in a bundle nearly every function is compiled
 * later, on its first call, so they keep almost nothing (measured: 0.5% fewer instructions).
 * Here the cache is made when the process exits, from what ran.
 *
 * It is only a cache: when it is absent, stale, from another Node.js, unreadable or
 * refused by V8, the bundle is compiled from its source as usual, and the cache is written
 * again. `NODE_DISABLE_COMPILE_CACHE=1` turns it off and `NODE_COMPILE_CACHE=DIR` puts it
 * elsewhere, as both do for Node's own cache; by default it is in the system's temporary
 * folder, in a folder of this user's that only they can write.
 */

let cacheWanted = true;

/**
 * Tells the loader not to write the code cache at exit: the run printed only help or a usage
 * line, so it compiled little of the bundle, and a cache written now would be kept by every
 * later run (a cache is written only when there is none), which would then compile afresh.
 */
export function forgoCodeCache(): void {
  cacheWanted = false;
}

/** What `require` returns for a CommonJS bundle, loaded with the code cache when one can be kept. */
export function loadBundle(file: string): unknown {
  const folder = cacheFolder();
  if (folder === undefined) return bundleRequire(file)(file);
  const source = readFileSync(file, 'utf8');
  const stamp = bundleStamp(file);
  const cacheFile = join(folder, `${nameHash(file)}.bin`);
  const cached = readCache(cacheFile, stamp);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cached ? { cachedData: cached } : {}),
  });
  if (!cached || script.cachedDataRejected) {
    // At exit, when every function this run needed has been compiled.
    process.once('exit', () => {
      if (cacheWanted) writeCache(folder, cacheFile, stamp, () => script.createCachedData());
    });
  }
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, bundleRequire(file), module, file, dirname(file));
  return module.exports;
}

/*
 * The `require` a bundle is given: Node's built-in modules, and the bundles beside it
 * (`./ics.js`) by their path. It is the command line's own `require` (this file is bundled
 * as CommonJS into dist/cli.js) rather than one from `createRequire` of node:module, which
 * loads Node's ES module loader with it: about 5 million instructions, 1.5% of `check` on
 * the example (callgrind, 2026-11-30).
 */
function bundleRequire(file: string): (id: string) => unknown {
  const folder = dirname(file);
  return (id) => require(id.startsWith('.') && !isAbsolute(id) ? join(folder, id) : id);
}

// The cache's folder, or undefined when there is to be no cache (turned off, or a folder
// that another user could have written to: its code would run as this user).
function cacheFolder(): string | undefined {
  if (process.env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  const uid = process.getuid?.();
  const base = process.env['NODE_COMPILE_CACHE'] || tmpdir();
  const folder = join(base, `programme-sync-code-cache${uid === undefined ? '' : `-${uid}`}`, `${process.version}-${process.arch}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (uid !== undefined) {
      for (const path of [folder, dirname(folder)]) {
        const status = statSync(path);
        if (status.uid !== uid || (status.mode & 0o022) !== 0) return undefined;
      }
    }
    return folder;
  } catch {
    return undefined;
  }
}

// What tells one build of a bundle from another: V8 checks a cache only against the
// source's length, so a rebuilt bundle of the same length must not meet the old code.
function bundleStamp(file: string): string {
  const status = statSync(file);
  return `${file}\0${status.size}\0${status.mtimeMs}\0${status.ino}\n`;
}

// FNV-1a of the bundle's path: one cache file per bundle, replaced when the bundle changes.
function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

// The cached code after its stamp line, or undefined when there is none for this build of the bundle.
function readCache(cacheFile: string, stamp: string): Buffer | undefined {
  try {
    const content = readFileSync(cacheFile);
    const expected = Buffer.from(stamp, 'utf8');
    if (content.length <= expected.length || !content.subarray(0, expected.length).equals(expected)) return undefined;
    return content.subarray(expected.length);
  } catch {
    return undefined;
  }
}

// Written whole (a temporary file renamed over it), so that a run at the same moment reads
// the old cache or the new one; any failure leaves the run as it was, without a cache.
function writeCache(folder: string, cacheFile: string, stamp: string, code: () => Buffer): void {
  const temporary = join(folder, `.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(stamp, 'utf8'), code()]), { mode: 0o600 });
    renameSync(temporary, cacheFile);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run compiles from the source.
    }
  }
}
