import { readFile } from 'node:fs/promises';
import { decodeText, type DecodedText } from './decode-text.js';
import { UsageError } from './usage-error.js';

/**
 * Reads a programme file's bytes and decodes them. A missing or unreadable file is a
 * usage problem (exit 2) with a one-line message naming the path.
 */
export async function readTextFile(path: string): Promise<DecodedText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${describeIoError(error)}`);
  }
  return decodeText(bytes);
}

/** A short human reason for a file-system error (`no such file`), without a stack. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOSPC':
      return 'no space left on the disk';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
