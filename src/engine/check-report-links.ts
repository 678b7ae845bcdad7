import { DiagnosticCollector } from '../diagnostics/collector.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/language.js';
import type { FileReport } from '../report/file-report.js';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { orUndefined } from '../fs/or-undefined.js';
import { settleDiagnostics } from './settle-diagnostics.js';
import { findRule } from '../rules/index.js';
import { literalFolders } from '../links/archives.js';
import { checkLinks } from '../links/check-links.js';
import { classifyDestination } from '../links/classify-destination.js';
import { collectLinks } from '../links/collect-links.js';
import { repositoryFor, type LinkSettings, type RepositoryContext } from '../links/repository-context.js';

/**
 * The file-system step after `checkText`: adds each programme's link diagnostics to its
 * report, settled like the engine's (ignore comments, rule settings), in document order.
 * Repositories are listed once per run.
 */
export async function checkReportLinks(reports: FileReport[], settings: LinkSettings, language: Language): Promise<FileReport[]> {
  const cache = new Map<string, RepositoryContext>();
  const checked: FileReport[] = [];
  for (const report of reports) {
    const collector = new DiagnosticCollector(language, findRule);
    const listFiles = needsFileList(report, settings);
    await checkLinks(report, await repositoryFor(report.path, settings, cache, { listFiles }), collector);
    // The engine's diagnostics are settled already; the ignore comments and rule settings apply to these too.
    const links = settleDiagnostics(collector.diagnostics, report.read, report.engine.rules);
    checked.push({ ...report, diagnostics: [...report.diagnostics, ...links].sort(compareDiagnostics) });
  }
  return checked;
}

/**
 * Whether checking a programme's links needs the list of the repository's files: it has a
 * relative link or image, a managed block, or an archives folder beside it. Listing costs
 * a git process, more than the rest of a small `check`.
 */
function needsFileList(report: FileReport, settings: LinkSettings): boolean {
  if (report.read.source.text.includes('programme-sync:')) return true;
  if (collectLinks(report.read.tree).some((link) => classifyDestination(link.url).kind === 'relative')) return true;
  // The archives glob's fixed folder (`archives` of `archives/*/{name}*`): no folder, no archive.
  const prefix = literalFolders(settings.archivesGlob);
  if (prefix.length === 0) return true;
  return orUndefined(() => statSync(join(dirname(resolve(report.path)), ...prefix))) !== undefined;
}
