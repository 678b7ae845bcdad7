import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { orUndefined } from './or-undefined.js';

/*
 * Temporary files are named `.<target name>.<pid>-<12 hex>.tmp`, beside their target. The
 * process id is in the name so that a later run can tell a file left by a killed writer
 * (its process is gone: the file is removed) from one a running writer is still filling
 * (left alone). Nothing reads these files: they are hidden, never end in .md or .ics, and
 * the Action commits only the paths it generated.
 */
const temporaryName = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.tmp$/;

/** The temporary file a write of `path` goes through: hidden, in the same folder, naming this process. */
function temporaryPathFor(path: string): string {
  // node:crypto on first use: a build that writes nothing should not load it (see uid.ts).
  const random = process.getBuiltinModule('node:crypto').randomBytes(6).toString('hex');
  return join(dirname(path), `.${basename(path)}.${process.pid}-${random}.tmp`);
}

/**
 * Writes `data` to a new temporary file beside `path`, flushed to disk, and returns its
 * path. On failure (a full disk, a read-only folder) nothing is left behind.
 */
export function writeTemporaryFile(path: string, data: string | Uint8Array): string {
  const temporary = temporaryPathFor(path);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, 'wx');
    writeFileSync(descriptor, data);
    fsyncSync(descriptor);
    const written = descriptor;
    // Never closed twice: after a failed close the number may already name another open file.
    descriptor = undefined;
    closeSync(written);
    return temporary;
  } catch (error) {
    const opened = descriptor;
    if (opened !== undefined) orUndefined(() => closeSync(opened));
    orUndefined(() => unlinkSync(temporary));
    throw error;
  }
}

/** Renames a written temporary file over its target, then flushes the folder so the rename itself survives a power cut. */
export function moveIntoPlace(temporary: string, path: string): void {
  renameSync(temporary, path);
  // A folder cannot be opened for syncing everywhere (Windows); the rename is done, and atomic, either way.
  const folder = orUndefined(() => openSync(dirname(path), 'r'));
  if (folder === undefined) return;
  orUndefined(() => fsyncSync(folder));
  orUndefined(() => closeSync(folder));
}

/**
 * Writes a file so that a reader, a crash or a kill never sees it half-written: the data
 * goes to a temporary file in the same folder (same file system, so the rename is atomic),
 * is flushed to disk, then renamed over the target. On failure the temporary file is
 * removed and the target is untouched.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = writeTemporaryFile(path, data);
  try {
    moveIntoPlace(temporary, path);
  } catch (error) {
    orUndefined(() => unlinkSync(temporary));
    throw error;
  }
}

/**
 * Removes the temporary files that writes of `path` left behind when their process was
 * killed, and returns their paths. Files of a process still running are kept (it is
 * writing them now), and so is anything that cannot be removed: cleaning up never fails.
 */
export function removeStaleTemporaryFiles(path: string): string[] {
  const folder = dirname(path);
  const names = orUndefined(() => readdirSync(folder)) ?? [];
  const removed: string[] = [];
  for (const name of names) {
    const match = temporaryName.exec(name);
    if (!match || match[1] !== basename(path) || isRunning(Number(match[2]))) continue;
    const stale = join(folder, name);
    try {
      unlinkSync(stale);
      removed.push(stale);
    } catch {
      // Kept: cleaning up never fails.
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
