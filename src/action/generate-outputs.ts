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
 * programme with the settings it was checked with. Only the files whose bytes would
 * change are returned.
 */
export async function generateOutputs(reports: readonly FileReport[], facts: RepositoryFacts, steps?: readonly BuildStep[]): Promise<GeneratedFile[]> {
  const outputs = await runBuildSteps([...reports], buildOptionsOf(facts), steps);
  return outputs.filter((output) => output.newContent !== output.oldContent).map((output) => ({ path: output.path, content: output.newContent }));
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
