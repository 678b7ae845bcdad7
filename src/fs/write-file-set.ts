import { accessSync, constants, mkdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { orUndefined } from './or-undefined.js';
import { moveIntoPlace, writeTemporaryFile } from './write-file-atomic.js';

/*
 * Several files written as one step (a build's calendars and programmes). No file system
 * offers a transaction across files, so this comes as close as renames allow: every file
 * is first written in full to a temporary file beside its target and flushed (where a full
 * disk, a read-only folder or file, or a missing folder shows up), and only when all of
 * them are ready are they renamed into place, one after the other. A failure in the first
 * phase changes nothing; a failure in the second (the rare case of a target made read-only
 * meanwhile) leaves each file either as it was or fully new, and says which is which.
 */

/** A file to write as part of a set. */
export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
}

/** Why writing a set of files stopped: the file that failed, the error, and which files were and were not written. */
export class FileSetWriteError extends Error {
  override readonly name = 'FileSetWriteError';

  constructor(
    /** The file that could not be written. */
    readonly path: string,
    override readonly cause: unknown,
    /** Files already replaced by their new content, in order. */
    readonly written: string[],
    /** Files left as they were. */
    readonly notWritten: string[],
  ) {
    super(`cannot write ${path}`);
  }
}

/** Files ready to be moved into place: each one's content already on disk, beside it. */
export interface PreparedFileSet {
  files: Array<{ path: string; temporary: string }>;
  /** Folders made for the set, removed again if it is abandoned. */
  createdFolders: string[];
}

/**
 * First phase: makes the missing folders, checks each existing target may be replaced, and
 * writes each file's content to a temporary file beside it. On failure everything it made
 * is removed and a FileSetWriteError naming the file is thrown: nothing has changed.
 */
export function prepareFileSet(files: readonly FileToWrite[]): PreparedFileSet {
  const prepared: PreparedFileSet = { files: [], createdFolders: [] };
  for (const file of files) {
    try {
      const first = mkdirSync(dirname(file.path), { recursive: true });
      if (first !== undefined) prepared.createdFolders.push(...foldersBetween(first, dirname(file.path)));
      refuseReadOnlyTarget(file.path);
      prepared.files.push({ path: file.path, temporary: writeTemporaryFile(file.path, file.content) });
    } catch (error) {
      abandonFileSet(prepared);
      throw new FileSetWriteError(file.path, error, [], files.map((f) => f.path));
    }
  }
  return prepared;
}

/**
 * Second phase: renames each prepared file into place, in order. When one fails, the
 * rest are not written (their temporary files are removed) and the error says which
 * files are new and which are as they were.
 */
export function commitFileSet(prepared: PreparedFileSet): void {
  const written: string[] = [];
  for (const [index, file] of prepared.files.entries()) {
    try {
      moveIntoPlace(file.temporary, file.path);
      written.push(file.path);
    } catch (error) {
      const rest = prepared.files.slice(index);
      for (const left of rest) orUndefined(() => unlinkSync(left.temporary));
      throw new FileSetWriteError(file.path, error, written, rest.map((f) => f.path));
    }
  }
}

/** Writes a set of files: all of them, none of them, or (only if a rename fails) a reported part of them. */
export function writeFileSet(files: readonly FileToWrite[]): void {
  commitFileSet(prepareFileSet(files));
}

/** Removes what the first phase made: the temporary files, then the folders it created (deepest first). */
function abandonFileSet(prepared: PreparedFileSet): void {
  for (const file of prepared.files) orUndefined(() => unlinkSync(file.temporary));
  for (const folder of [...prepared.createdFolders].reverse()) orUndefined(() => rmdirSync(folder));
}

// A file the user made read-only (or immutable, which stops even root) is not replaced
// behind their back: a rename would do it, since it needs only the folder's permission.
function refuseReadOnlyTarget(path: string): void {
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

// mkdir -p reports the first folder it made; the ones it made are that one and those below it, down to `last`.
function foldersBetween(first: string, last: string): string[] {
  const folders: string[] = [];
  const top = resolve(first);
  for (let folder = resolve(last); folder.startsWith(top); folder = dirname(folder)) {
    folders.unshift(folder);
    if (folder === top) break;
  }
  return folders;
}
