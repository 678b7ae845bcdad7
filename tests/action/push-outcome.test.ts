import { describe, expect, it } from 'vitest';
import { classifyPush } from '../../src/action/push-outcome.js';

/** What `git push --porcelain` printed for one ref, as the Action reads it. */
const push = (stdout: string, stderr = '', code = 1) => classifyPush({ stdout, stderr, code });

describe('classifying how a push ended', () => {
  it('is pushed when the ref was updated or already up to date', () => {
    expect(push('To https://github.com/owner/repo\n \tHEAD:refs/heads/main\t1a2b3c4..5d6e7f8\nDone\n', '', 0)).toEqual({ kind: 'pushed' });
    expect(push('To https://github.com/owner/repo\n=\tHEAD:refs/heads/main\t[up to date]\nDone\n', '', 0)).toEqual({ kind: 'pushed' });
  });

  it('is moved when the branch went ahead (fetch first), so the Action rebuilds and tries again', () => {
    expect(push('To https://github.com/owner/repo\n!\tHEAD:refs/heads/main\t[rejected] (fetch first)\nDone\n')).toEqual({ kind: 'moved' });
  });

  it('is moved, not denied, when another push won the race on the server', () => {
    const line = "!\tHEAD:refs/heads/main\t[remote rejected] (cannot lock ref 'refs/heads/main': is at 1a2b but expected 3c4d)";
    expect(push(`To https://github.com/owner/repo\n${line}\nDone\n`)).toEqual({ kind: 'moved' });
  });

  it('is denied by a protected branch, with what the server said', () => {
    const outcome = push(
      'To https://github.com/owner/repo\n!\tHEAD:refs/heads/main\t[remote rejected] (protected branch hook declined)\nDone\n',
      'remote: error: GH006: Protected branch update failed for refs/heads/main.\nremote: error: Changes must be made through a pull request.\n',
    );
    expect(outcome).toEqual({
      kind: 'denied',
      detail: '[remote rejected] (protected branch hook declined) error: GH006: Protected branch update failed for refs/heads/main. error: Changes must be made through a pull request.',
    });
  });

  it('is denied when the token may not write (403 before any ref is negotiated)', () => {
    const stderr =
      "remote: Permission to owner/repo.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/owner/repo/': The requested URL returned error: 403\n";
    expect(push('', stderr, 128)).toEqual({
      kind: 'denied',
      detail: "Permission to owner/repo.git denied to github-actions[bot]. fatal: unable to access 'https://github.com/owner/repo/': The requested URL returned error: 403",
    });
  });

  it('is failed for anything else, such as a missing remote, and pushed when git succeeded silently', () => {
    expect(push('', "fatal: 'origin' does not appear to be a git repository\nfatal: Could not read from remote repository.\n", 128)).toEqual({ kind: 'failed' });
    expect(push('', '', 0)).toEqual({ kind: 'pushed' });
  });
});
