import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { authorizationHeader, Git, needsCredentials } from '../../src/action/git.js';
import { git, gitEnv } from '../helpers/temp-git.js';

const token = 'ghs_secret0123456789';
describe('the token reaches git only through the child process environment', () => {
  it('resets a header persisted by the checkout, then sends this token, and writes it nowhere', async () => {
    const root = temporaryFolder('cred');
    git(root, 'init', '--quiet');
    // What actions/checkout persists for another token.
    git(root, 'config', '--local', 'http.https://github.com/.extraheader', authorizationHeader('ghs_checkout_token'));
    const repo = new Git(root, gitEnv());
    expect(await needsCredentials(repo, 'https://github.com', token)).toBe(true);
    expect(await needsCredentials(repo, 'https://github.com', 'ghs_checkout_token')).toBe(false);
    repo.useCredentials({ serverUrl: 'https://github.com', token });
    const seen = (await repo.run(['config', '--get-all', 'http.https://github.com/.extraheader'])).stdout.split('\n');
    // Local value, then the reset (empty), then ours: git keeps only what follows the empty value.
    expect(seen.slice(0, 3)).toEqual([authorizationHeader('ghs_checkout_token'), '', authorizationHeader(token)]);
    expect(readFileSync(join(root, '.git', 'config'), 'utf8')).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
  });
});
