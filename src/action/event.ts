import { readFile } from 'node:fs/promises';

/** What the Action should do for the event that started the workflow. */
export type EventRoute =
  /** push, workflow_dispatch, schedule: check, build, commit and push to `branch` (when a branch). */
  | { kind: 'push'; event: string; ref: string; branch: string | undefined; defaultBranch: string | undefined }
  /** pull_request and its kin: check only, compare with the base. */
  | { kind: 'pull-request'; event: string; baseSha: string | undefined; target: boolean; defaultBranch: string | undefined }
  /** Any other event: check only. */
  | { kind: 'check-only'; event: string; defaultBranch: string | undefined };

const pushLike = new Set(['push', 'workflow_dispatch', 'schedule']);
const pullRequestLike = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** Routes the event from the runner's variables and, for pull requests, the event payload file. */
export async function readEventRoute(env: NodeJS.ProcessEnv): Promise<EventRoute> {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  const payload = await readPayload(env['GITHUB_EVENT_PATH']);
  // The branch subscribers' calendar links point at: the repository's default branch.
  const defaultBranch = branchNameAt(payload, ['repository', 'default_branch']);
  if (pushLike.has(event)) {
    const ref = env['GITHUB_REF'] ?? '';
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    return { kind: 'push', event, ref, branch, defaultBranch };
  }
  if (pullRequestLike.has(event)) {
    const baseSha = stringAt(payload, ['pull_request', 'base', 'sha']) ?? stringAt(payload, ['merge_group', 'base_sha']);
    return { kind: 'pull-request', event, baseSha, target: event === 'pull_request_target', defaultBranch };
  }
  return { kind: 'check-only', event, defaultBranch };
}

async function readPayload(path: string | undefined): Promise<unknown> {
  if (!path) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    // Without a payload the summary just lacks the comparison with the base.
    return undefined;
  }
}

function stringAt(value: unknown, keys: string[]): string | undefined {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && /^[0-9a-f]{40,64}$/i.test(current) ? current : undefined;
}

function branchNameAt(value: unknown, keys: string[]): string | undefined {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && /^[\w./-]{1,200}$/.test(current) ? current : undefined;
}
