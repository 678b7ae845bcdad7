import { readFileSync } from 'node:fs';
import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import { decodeText, type DecodedText } from './decode-text.js';
import { UsageError } from '../diagnostics/usage-error.js';

/**
 * Reads a programme file's bytes and decodes them. A missing or unreadable file is a
 * usage problem (exit 2) with a one-line message naming the path.
 */
export function readTextFile(path: string, language: Language = 'en'): DecodedText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(say(language, 'cannot-read', { path, reason: describeIoError(error, language) }));
  }
  return decodeText(bytes);
}

/** A short human reason for a file-system error (`no such file`), without a stack, in the user's language. */
export function describeIoError(error: unknown, language: Language = 'en'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return say(language, 'io-reason', { code, detail: error instanceof Error ? error.message : String(error) });
}
