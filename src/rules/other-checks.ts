import { defineRule, type Rule } from './define-rule.js';

/*
 * Ids reported by the stages around the schedule checks: decoding the file, and the link
 * and managed-block checks (src/links). They are declared here, in one list, only so that
 * `.programme-sync.json`, `--rule` and ignore comments can name them like the schedule
 * rules; their checks and examples live with those stages.
 */
const declare = (id: string, severity: Rule['severity'], description: string): Rule => defineRule({ id, severity, description });

/** The rules of the file and link checks, configurable like the others. */
export const otherChecks: readonly Rule[] = [
  declare('binary-file', 'error', 'A file that is not text: it is not read.'),
  declare('invalid-utf8', 'warning', 'A file that is not valid UTF-8 from some point on.'),
  declare('too-deeply-nested', 'error', 'A document nested too deeply to be read.'),
  declare('link-target-missing', 'error', 'A link to a file of the repository that does not exist.'),
  declare('link-anchor-missing', 'error', 'A link to a heading that does not exist.'),
  declare('link-own-url-missing', 'error', 'A full link to this repository whose file is not in the last commit.'),
  declare('link-outside-repository', 'error', 'A link that leads outside the repository.'),
  declare('archive-not-linked', 'warning', 'A past programme in the archives that the programme does not link to.'),
  declare('calendar-link-no-repository', 'warning', 'The calendar link cannot be written: the repository is not known.'),
  declare('managed-block-missing', 'info', 'A block the tool keeps up to date is not in the programme yet.'),
  declare('managed-block-stale', 'warning', 'A block the tool keeps up to date is out of date.'),
  declare('managed-block-unpaired', 'warning', 'A managed block whose start or end marker is missing.'),
];
