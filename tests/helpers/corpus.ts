import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The shared corpus of real programmes, beside the checkout (absent on some machines).
 * PROGRAMME_SYNC_CORPUS points elsewhere, for checkouts that are not beside it (git worktrees).
 */
export const corpusRoot = resolve(process.env['PROGRAMME_SYNC_CORPUS'] ?? resolve(repoRoot, '..', 'shared', 'corpus'), 'eig-link');

/** The folder of every 2019 version of the real programme. */
export const corpusVersions = join(corpusRoot, 'accompagnement-2019');

/** Whether the corpus is here; tests that need it skip, saying why, when it is not. */
export const hasCorpus = existsSync(corpusVersions);

/** Why corpus tests are skipped. */
export const corpusSkipReason = `the shared corpus is absent (${corpusVersions}); corpus tests skipped`;

/** Every corpus version's file name, in date order. */
export function corpusFiles(): string[] {
  return hasCorpus ? readdirSync(corpusVersions).filter((name) => name.endsWith('.md')).sort() : [];
}
