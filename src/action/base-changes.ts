import { checkText } from '../engine/pipeline.js';
import type { FileReport } from '../report/file-report.js';
import { compareSchedules, type ScheduleChange } from '../report/schedule-changes.js';
import { sessionToJson } from '../report/session-json.js';
import type { Git } from './git.js';

/** Per programme path: what changes for subscribers, or `unavailable` when the base cannot be read. */
export type BaseChanges = Map<string, ScheduleChange[] | 'unavailable'>;

/**
 * Compares each programme with its version in the pull request's base commit, read with
 * `git show <sha>:<path>`. actions/checkout fetches only the merge commit, so the base is
 * fetched (depth 1) when absent. A programme absent from the base is all new. The base
 * version is read with the settings the current one was checked with.
 */
export async function readBaseChanges(git: Git, baseSha: string, reports: readonly FileReport[]): Promise<BaseChanges> {
  const changes: BaseChanges = new Map();
  const present = async (): Promise<boolean> => (await git.attempt(['cat-file', '-e', `${baseSha}^{commit}`])).code === 0;
  if (!(await present())) await git.attempt(['fetch', '--depth=1', '--no-tags', 'origin', baseSha]);
  const available = await present();
  for (const report of reports) {
    if (!available) {
      changes.set(report.path, 'unavailable');
      continue;
    }
    // `./` makes the path relative to the current folder (the workspace), not the repository root.
    const object = `${baseSha}:./${report.path}`;
    const exists = (await git.attempt(['cat-file', '-e', object])).code === 0;
    const text = exists ? (await git.run(['show', object])).stdout.replace(/^\uFEFF/, '') : undefined;
    const before = text === undefined ? [] : checkText(report.path, text, report.engine).programme.sessions.map(sessionToJson);
    changes.set(report.path, compareSchedules(before, report.programme.sessions.map(sessionToJson)));
  }
  return changes;
}
