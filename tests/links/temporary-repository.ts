import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DiagnosticCollector } from '../../src/diagnostics/collector.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Language } from '../../src/diagnostics/language.js';
import { checkLinks } from '../../src/links/check-links.js';
import { defaultLinkSettings, repositoryFor, type LinkSettings } from '../../src/links/repository-context.js';
import type { FileReport } from '../../src/report/file-report.js';
import { parseMarkdown } from '../../src/programme/parse-markdown.js';
import { SourceText } from '../../src/programme/source-text.js';
import { findRule } from '../../src/rules/index.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

/** Writes files (path -> content) under a folder, creating their folders. */
export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** Runs git in a folder with a fixed identity, so commits work on any machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

/** Makes a folder a git repository with a local bare repository as origin, then points origin's URL at GitHub. */
export function initRepository(root: string, bare: string, githubRemote?: string): void {
  execFileSync('git', ['init', '--quiet', '--bare', bare]);
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'remote', 'add', 'origin', bare);
  if (githubRemote) git(root, 'remote', 'set-url', 'origin', githubRemote);
}

/**
 * A report as `checkText` gives it, built from the markdown alone: the link checks use
 * only the path and the parsed document, so this needs no schedule or dates.
 */
/**
 * A coordinator's working copy in a fresh temporary folder: `programme.md` and the other
 * files given, committed, with a bare `origin` that stands for a GitHub repository.
 */
export function committedProgramme(prefix: string, programme: string, files: Record<string, string> = {}): string {
  const root = temporaryFolder(prefix);
  const work = join(root, 'work');
  mkdirSync(work);
  initRepository(work, join(root, 'origin.git'), 'git@github.com:asso/programme.git');
  writeFileSync(join(work, 'programme.md'), programme);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(work, path), text);
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'programme');
  return work;
}

export function reportFor(path: string, text: string): FileReport {
  const programme = { tables: [], sessions: [], sections: [] };
  const tree = parseMarkdown(text);
  return { path, programme, diagnostics: [], read: { programme, tree, readingTree: tree, source: new SourceText(text) }, engine: { language: 'en', timezone: 'Europe/Paris' } };
}

/** Runs the link checks of one programme file of a repository tree. */
export async function linkDiagnostics(
  path: string,
  text: string,
  settings: Partial<LinkSettings> = {},
  language: Language = 'en',
): Promise<Diagnostic[]> {
  const collector = new DiagnosticCollector(language, findRule);
  const repo = await repositoryFor(path, { ...defaultLinkSettings, ...settings });
  await checkLinks(reportFor(path, text), repo, collector);
  return collector.diagnostics;
}
