import { DiagnosticCollector } from '../diagnostics/collector.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/language.js';
import type { FileReport } from '../pipeline.js';
import { checkLinks } from './check-links.js';
import { repositoryFor, type LinkSettings, type RepositoryContext } from './repository-context.js';

/**
 * The file-system step after `checkText`: adds each programme's link diagnostics to its
 * report, keeping document order. Repositories are listed once per run.
 */
export async function checkReportLinks(reports: FileReport[], settings: LinkSettings, language: Language): Promise<FileReport[]> {
  const cache = new Map<string, RepositoryContext>();
  const checked: FileReport[] = [];
  for (const report of reports) {
    const collector = new DiagnosticCollector(language);
    await checkLinks(report, await repositoryFor(report.path, settings, cache), collector);
    checked.push({ ...report, diagnostics: [...report.diagnostics, ...collector.diagnostics].sort(compareDiagnostics) });
  }
  return checked;
}
