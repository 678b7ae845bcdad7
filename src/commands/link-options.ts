import { defaultArchivesGlob } from '../links/archives.js';
import type { LinkSettings } from '../links/repository-context.js';
import { parseOwnerRepo } from '../links/repository-identity.js';
import type { Language } from '../diagnostics/language.js';
import { badOption, readLanguageOption } from './common-options.js';

/** The `parseArgs` declaration of the options about links, archives and the calendar's address. */
export const linkOptionSpec = {
  repo: { type: 'string' },
  branch: { type: 'string', default: 'main' },
  'calendar-base-url': { type: 'string' },
  archives: { type: 'string', default: defaultArchivesGlob },
} as const;

/** Help lines for the link options, to append to a command's help, in each language. */
export const linkOptionsHelp: Record<Language, string> = {
  en: `  --repo OWNER/REPO    the GitHub repository (default: GITHUB_REPOSITORY, else the git remote "origin")
  --branch NAME        default branch the calendar is served from (default: main)
  --calendar-base-url URL
                       where the repository is published (e.g. GitHub Pages), instead of raw.githubusercontent.com
  --archives GLOB      archived programmes, from the programme's folder; {name} is the programme's
                       name (default: ${defaultArchivesGlob})
`,
  fr: `  --repo PROPRIÉTAIRE/DÉPÔT
                       le dépôt GitHub (par défaut : GITHUB_REPOSITORY, sinon le remote git « origin »)
  --branch NOM         branche par défaut d’où le calendrier est servi (par défaut : main)
  --calendar-base-url URL
                       où le dépôt est publié (GitHub Pages par exemple), au lieu de raw.githubusercontent.com
  --archives MOTIF     programmes archivés, depuis le dossier du programme ; {name} est le nom du
                       programme (par défaut : ${defaultArchivesGlob})
`,
};

/** Validates the link options; `environment` is where GITHUB_REPOSITORY is read from. */
export function readLinkOptions(values: Record<string, string | boolean | string[] | undefined>, environment: NodeJS.ProcessEnv = process.env, language: Language = readLanguageOption(values, environment)): LinkSettings {
  const settings: LinkSettings = { branch: String(values['branch'] ?? 'main'), archivesGlob: String(values['archives'] ?? defaultArchivesGlob) };
  const repo = values['repo'];
  if (typeof repo === 'string') {
    if (!parseOwnerRepo(repo)) throw badOption(language, 'repo', repo);
    settings.repo = repo;
  }
  if (settings.branch.trim() === '' || /[\s~^:?*[\\]/.test(settings.branch)) throw badOption(language, 'branch', settings.branch);
  const base = values['calendar-base-url'];
  if (typeof base === 'string') {
    if (!/^https?:\/\/[^\s/]+/.test(base)) throw badOption(language, 'calendar-base-url', base);
    settings.calendarBaseUrl = base;
  }
  if (!settings.archivesGlob.includes('/') && !settings.archivesGlob.includes('*')) {
    throw badOption(language, 'archives', settings.archivesGlob);
  }
  const fromEnvironment = environment['GITHUB_REPOSITORY'];
  if (fromEnvironment) settings.githubRepository = fromEnvironment;
  return settings;
}
