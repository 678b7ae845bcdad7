import { readFile } from 'node:fs/promises';
import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import { describeIoError } from '../fs/read-text-file.js';
import { FileSetWriteError, writeFileSet, type FileToWrite } from '../fs/write-file-set.js';
import type { GeneratedFile } from './generated-file.js';
import { insideWorkspace } from './workspace-path.js';

/**
 * Writes generated files under a root folder, all together (see write-file-set.ts: a
 * full disk or a read-only file changes none of them), leaving a file untouched when its
 * bytes are already right (its timestamp does not move). Returns the paths, as given.
 * A path that would leave the root is refused: generated paths come from the programme's
 * location, and nothing may be written outside the workspace.
 */
export async function writeGeneratedFiles(root: string, files: readonly GeneratedFile[], language: Language = 'en'): Promise<string[]> {
  const changed: FileToWrite[] = [];
  const shownAs = new Map<string, string>();
  for (const file of files) {
    const target = insideWorkspace(root, file.path);
    if (!target) throw new Error(`refusing to write ${file.path}: it is outside ${root}`);
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
    const current = await readFile(target).catch(() => undefined);
    if (!current || !current.equals(bytes)) {
      changed.push({ path: target, content: bytes });
      shownAs.set(target, file.path);
    }
  }
  try {
    writeFileSet(changed);
  } catch (error) {
    if (!(error instanceof FileSetWriteError)) throw error;
    const name = (path: string) => shownAs.get(path) ?? path;
    throw new Error(
      say(language, 'action-cannot-write', {
        path: name(error.path),
        reason: describeIoError(error.cause, language),
        written: error.written.map(name),
      }),
    );
  }
  return files.map((file) => file.path);
}
