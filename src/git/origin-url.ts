import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { runGit } from './run-git.js';

/**
 * The URL of a repository's `origin` remote. Read from `.git/config` directly when that
 * file is plain: starting a git process costs more than the rest of a small `check`. A
 * config that git would rewrite or extend (`[include]`, `insteadOf`), or a work tree whose
 * `.git` is not a folder, is left to git itself.
 */
export async function originUrl(folder: string): Promise<string | undefined> {
  const config = await readPlainConfig(folder);
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

// The `.git/config` of the repository around a folder, found upwards as git finds it;
// undefined when the nearest `.git` is not a folder with a config (a linked work tree).
async function readPlainConfig(folder: string): Promise<string | undefined> {
  for (let current = resolve(folder); ; current = dirname(current)) {
    const found = await stat(join(current, '.git')).catch(() => undefined);
    if (found) return found.isDirectory() ? readFile(join(current, '.git', 'config'), 'utf8').catch(() => undefined) : undefined;
    if (dirname(current) === current) return undefined;
  }
}
