import { buildSteps, type BuildOptions, type BuildStep } from '../commands/build.js';
import { defaultArchivesGlob } from '../links/archives.js';
import type { FileReport } from '../engine/pipeline.js';
import type { GeneratedFile } from './generated-file.js';
import type { Settings } from './settings.js';

/** What the Action knows about the repository besides its inputs. */
export interface RepositoryFacts {
  /** The default branch calendar links point at (from the event payload); `main` when unknown. */
  defaultBranch: string | undefined;
  /** `OWNER/REPO`, from GITHUB_REPOSITORY. */
  githubRepository: string | undefined;
}

/**
 * The one place the Action asks what to generate for the programmes just checked: the
 * same build steps as `programme-sync build` (calendars, then managed link blocks), run
 * with the Action's settings. Only the files whose bytes would change are returned.
 */
export async function generateOutputs(
  reports: readonly FileReport[],
  settings: Settings,
  facts: RepositoryFacts,
  steps: readonly BuildStep[] = buildSteps,
): Promise<GeneratedFile[]> {
  const options = buildOptionsOf(settings, facts);
  const files: GeneratedFile[] = [];
  for (const step of steps) {
    for (const output of await step([...reports], options)) {
      if (output.newContent !== output.oldContent) files.push({ path: output.path, content: output.newContent });
    }
  }
  return files;
}

/** The build options the Action's settings stand for. */
export function buildOptionsOf(settings: Settings, facts: RepositoryFacts): BuildOptions {
  return {
    format: 'text',
    language: settings.engine.language,
    // The Action's inputs are explicit settings: they win over .programme-sync.json, as flags do.
    overrides: {
      language: settings.engine.language,
      timezone: settings.engine.timezone,
      ...(settings.engine.year === undefined ? {} : { year: settings.engine.year }),
      ...(settings.engine.organizer === undefined ? {} : { organizer: settings.engine.organizer }),
    },
    check: false,
    links: {
      branch: facts.defaultBranch ?? 'main',
      archivesGlob: defaultArchivesGlob,
      ...(facts.githubRepository ? { githubRepository: facts.githubRepository } : {}),
    },
  };
}
