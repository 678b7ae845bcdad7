import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { orUndefined } from '../fs/or-undefined.js';
import { findRepositoryRoot } from './repository-root.js';
import { runGit } from './run-git.js';

/**
 * The URL of a repository's `origin` remote. Read from `.git/config` directly when that
 * file is plain: starting a git process costs more than the rest of a small `check`. A
 * config that git would rewrite or extend (`[include]`, `insteadOf`), or a work tree whose
 * `.git` is not a folder, is left to git itself.
 */
export async function originUrl(folder: string): Promise<string | undefined> {
  const { root, isGit } = findRepositoryRoot(folder, folder);
  // Outside any repository there is no remote to ask git about.
  if (!isGit) return undefined;
  const config = orUndefined(() => readFileSync(join(root, '.git', 'config'), 'utf8'));
  if (config === undefined || /\[\s*include|insteadof/i.test(config)) {
    return (await runGit(['remote', 'get-url', 'origin'], folder))?.trim() || undefined;
  }
  let inOrigin = false;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[([^\]]*)\]/.exec(line);
    if (section) {
      inOrigin = /^\s*remote\s+"origin"\s*$/i.test(section[1]!);
      continue;
    }
    const url = inOrigin ? /^\s*url\s*=\s*(.*)$/i.exec(line) : null;
    if (url) return url[1]!.trim().replace(/^"(.*)"$/, '$1') || undefined;
  }
  return undefined;
}
