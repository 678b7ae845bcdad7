import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { orUndefined } from '../fs/or-undefined.js';
import { findRepositoryRoot } from './repository-root.js';
import { runGit } from './run-git.js';

/**
 * The URL of a repository's `origin` remote. Read from the repository's config file directly
 * when that file is plain: starting a git process costs more than the rest of a small
 * `check`. A config that git would rewrite or extend (`[include]`, `insteadOf`, a work
 * tree's own config), or one that cannot be found, is left to git itself.
 */
export async function originUrl(folder: string): Promise<string | undefined> {
  const { root, isGit } = findRepositoryRoot(folder, folder);
  // Outside any repository there is no remote to ask git about.
  if (!isGit) return undefined;
  const configFile = repositoryConfigFile(join(root, '.git'));
  const config = configFile === undefined ? undefined : orUndefined(() => readFileSync(configFile, 'utf8'));
  if (config === undefined || /\[\s*include|insteadof|worktreeconfig/i.test(config)) {
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

/*
 * The config file git reads for a work tree, found as git finds it (gitrepository-layout):
 * `.git` is the repository folder, or, in a linked work tree (`git worktree add`) or a
 * submodule, a file `gitdir: PATH` naming it; a linked work tree's folder names in
 * `commondir` the folder that holds the config shared by all work trees. Undefined when
 * the layout is not one of these (git is then asked).
 */
function repositoryConfigFile(dotGit: string): string | undefined {
  if (orUndefined(() => statSync(dotGit).isDirectory())) return join(dotGit, 'config');
  const pointer = orUndefined(() => readFileSync(dotGit, 'utf8'));
  const gitdir = pointer === undefined ? undefined : /^gitdir: *(.+?)\s*$/m.exec(pointer)?.[1];
  if (gitdir === undefined) return undefined;
  const repository = resolve(dirname(dotGit), gitdir);
  const common = orUndefined(() => readFileSync(join(repository, 'commondir'), 'utf8').trim());
  return join(common ? resolve(repository, common) : repository, 'config');
}
