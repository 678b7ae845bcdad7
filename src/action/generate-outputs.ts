import { guardCalendars } from '../engine/calendar-guard.js';
import { runBuildSteps, type BuildStep, type BuildStepOptions } from '../engine/build-steps.js';
import { defaultArchivesGlob } from '../links/archives.js';
import type { FileReport } from '../report/file-report.js';
import type { GeneratedFile } from './generated-file.js';

/** What the Action knows about the repository besides its inputs. */
export interface RepositoryFacts {
  /** The default branch calendar links point at (from the event payload); `main` when unknown. */
  defaultBranch: string | undefined;
  /** `OWNER/REPO`, from GITHUB_REPOSITORY. */
  githubRepository: string | undefined;
}

/**
 * The one place the Action asks what to generate for the programmes just checked: the
 * same build steps as `programme-sync build` (calendars, then managed link blocks), each
 * programme with the settings it was checked with, and the same guard on calendars (a
 * programme that cannot be read, or that would lose too many events at once, gets nothing
 * written unless `allowRemovals`). Only the files whose bytes would change are returned,
 * with the reports telling what each calendar kept and refused.
 */
export async function generateOutputs(
  reports: readonly FileReport[],
  facts: RepositoryFacts,
  allowRemovals = false,
  steps?: readonly BuildStep[],
): Promise<{ files: GeneratedFile[]; reports: FileReport[] }> {
  const built = await runBuildSteps([...reports], buildOptionsOf(facts), steps);
  const guarded = guardCalendars(reports, built, allowRemovals);
  const files = guarded.outputs.filter((output) => output.newContent !== output.oldContent).map((output) => ({ path: output.path, content: output.newContent }));
  return { files, reports: guarded.reports };
}

/** The line of a commit message that confirms, for that push only, a build that removes many events. */
export const allowRemovalsLine = 'programme-sync: allow-removals';

/** Whether a commit message holds the confirming line (alone on its line, any case). */
export function confirmsRemovals(message: string): boolean {
  return message.split(/\r?\n/).some((line) => line.trim().toLowerCase() === allowRemovalsLine);
}

/** The build options the Action stands for: links to the default branch of the repository it runs in. */
export function buildOptionsOf(facts: RepositoryFacts): BuildStepOptions {
  return {
    links: {
      branch: facts.defaultBranch ?? 'main',
      archivesGlob: defaultArchivesGlob,
      ...(facts.githubRepository ? { githubRepository: facts.githubRepository } : {}),
    },
  };
}
