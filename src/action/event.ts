import { readFile } from 'node:fs/promises';

/** What the Action should do for the event that started the workflow. */
export type EventRoute =
  /** push, workflow_dispatch, schedule: check, build, commit and push to `branch` (when a branch). */
  | { kind: 'push'; event: string; ref: string; branch: string | undefined }
  /** pull_request and its kin: check only, compare with the base. */
  | { kind: 'pull-request'; event: string; baseSha: string | undefined; target: boolean }
  /** Any other event: check only. */
  | { kind: 'check-only'; event: string };

const pushLike = new Set(['push', 'workflow_dispatch', 'schedule']);
const pullRequestLike = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** Routes the event from the runner's variables and, for pull requests, the event payload file. */
export async function readEventRoute(env: NodeJS.ProcessEnv): Promise<EventRoute> {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (pushLike.has(event)) {
    const ref = env['GITHUB_REF'] ?? '';
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    return { kind: 'push', event, ref, branch };
  }
  if (pullRequestLike.has(event)) {
    const payload = await readPayload(env['GITHUB_EVENT_PATH']);
    const baseSha = stringAt(payload, ['pull_request', 'base', 'sha']) ?? stringAt(payload, ['merge_group', 'base_sha']);
    return { kind: 'pull-request', event, baseSha, target: event === 'pull_request_target' };
  }
  return { kind: 'check-only', event };
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
