import type { GitResult } from '../git/run-git.js';

/** How a `git push --porcelain` ended, as far as retrying is concerned. */
export type PushOutcome =
  | { kind: 'pushed' }
  /** The branch moved since we fetched it: fetch, rebuild and try again. */
  | { kind: 'moved' }
  /** The server will not take it from us (protected branch, ruleset, read-only token). */
  | { kind: 'denied'; detail: string }
  /** Anything else (network, missing remote): reported as git said it. */
  | { kind: 'failed' };

// Reasons receive-pack gives when another push updated the ref between our
// negotiation and our update: a race, not a refusal.
const raceReasons = /cannot lock ref|but expected|failed to update ref|incorrect old value|reference already exists|stale info/i;
const authProblems = /\b403\b|permission to .* denied|write access|authentication failed|could not read username|not permitted|denied to/i;

/**
 * Reads the porcelain status line of the pushed ref (`!\tHEAD:refs/heads/main\t[rejected]
 * (fetch first)`) and git's stderr. Parsing porcelain output rather than the human text
 * keeps this stable across git versions and languages.
 */
export function classifyPush(result: GitResult): PushOutcome {
  const refLine = result.stdout.split('\n').find((line) => /^[ +\-*=!]\t/.test(line));
  const serverSaid = remoteLines(result.stderr);
  if (refLine) {
    const flag = refLine[0];
    const summary = refLine.split('\t')[2] ?? '';
    if (flag !== '!') return { kind: 'pushed' };
    if (summary.startsWith('[rejected]')) return { kind: 'moved' };
    if (summary.startsWith('[remote rejected]')) {
      if (raceReasons.test(summary)) return { kind: 'moved' };
      return { kind: 'denied', detail: [summary, ...serverSaid].join(' ').trim() };
    }
    return { kind: 'denied', detail: [summary, ...serverSaid].join(' ').trim() };
  }
  if (result.code !== 0 && authProblems.test(result.stderr)) {
    return { kind: 'denied', detail: [...serverSaid, lastFatal(result.stderr)].filter(Boolean).join(' ').trim() };
  }
  return result.code === 0 ? { kind: 'pushed' } : { kind: 'failed' };
}

function remoteLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('remote:'))
    .map((line) => line.slice('remote:'.length).trim())
    .filter(Boolean);
}

function lastFatal(stderr: string): string {
  return stderr.split('\n').filter((line) => line.startsWith('fatal:')).at(-1) ?? '';
}
