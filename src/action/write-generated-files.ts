import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../write-file-atomic.js';
import type { GeneratedFile } from './generated-file.js';
import { insideWorkspace } from './workspace-path.js';

/**
 * Writes generated files under a root folder, atomically, leaving a file untouched when
 * its bytes are already right (its timestamp does not move). Returns the paths, as given.
 * A path that would leave the root is refused: generated paths come from the programme's
 * location, and nothing may be written outside the workspace.
 */
export async function writeGeneratedFiles(root: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const target = insideWorkspace(root, file.path);
    if (!target) throw new Error(`refusing to write ${file.path}: it is outside ${root}`);
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
    const current = await readFile(target).catch(() => undefined);
    if (!current || !current.equals(bytes)) {
      await mkdir(dirname(target), { recursive: true });
      await writeFileAtomic(target, bytes);
    }
    written.push(file.path);
  }
  return written;
}
