import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, readSettings } from '../../src/action/settings.js';

const workspace = '/home/runner/work/repo/repo';

/** The inputs as the runner passes them for a workflow that sets `given` (the others at action.yml's defaults). */
function inputs(given: Record<string, string> = {}): (name: string) => string {
  const values: Record<string, string> = {
    files: '',
    year: '',
    commit: 'true',
    'commit-message': 'Refresh the programme calendar',
    token: 'ghs_token',
    'fail-on': 'error',
    'artifact-dir': 'programme-sync-artifacts',
    ...given,
  };
  return (name) => (values[name] ?? '').trim();
}

/** The InputError reading these inputs throws. */
function refusal(given: Record<string, string>): InputError {
  try {
    readSettings(inputs(given), workspace);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`the inputs ${JSON.stringify(given)} were accepted`);
}

describe('reading the Action inputs', () => {
  it('takes the workflow values: files one per line (blank lines and # comments skipped), commit, fail-on, year, artifact folder', () => {
    const settings = readSettings(
      inputs({ files: 'programme.md\n\n# the archive is not checked\ndocs/*.md\n!docs/draft.md', commit: 'False', 'fail-on': 'warning', year: '2027', 'artifact-dir': 'out/sync' }),
      workspace,
    );
    expect(settings).toMatchObject({
      workspace,
      files: ['programme.md', 'docs/*.md', '!docs/draft.md'],
      commit: false,
      failOn: 'warning',
      token: 'ghs_token',
      commitMessage: 'Refresh the programme calendar',
      artifactDir: join(workspace, 'out/sync'),
    });
    expect(settings.overrides.year).toBe(2027);
  });

  it('reads the YAML booleans GitHub accepts for commit, and no year when it is empty', () => {
    expect(readSettings(inputs({ commit: 'TRUE' }), workspace).commit).toBe(true);
    expect(readSettings(inputs({ commit: 'false' }), workspace).commit).toBe(false);
    expect(readSettings(inputs(), workspace).overrides.year).toBeUndefined();
  });

  it.each([
    [{ commit: 'yes' }, 'commit', '"yes"'],
    [{ 'fail-on': 'sometimes' }, 'fail-on', '"sometimes"'],
    [{ year: '27' }, 'year', 'a four-digit year'],
    [{ 'commit-message': '' }, 'commit-message', 'a non-empty text'],
    [{ 'artifact-dir': '' }, 'artifact-dir', 'a non-empty text'],
    [{ files: 'programme.md\n../other-repo/programme.md' }, 'files', 'a path inside the repository'],
    [{ files: '!~/programme.md' }, 'files', 'a path inside the repository'],
    [{ files: '/etc/passwd' }, 'files', 'a path inside the repository'],
    [{ 'artifact-dir': '.' }, 'artifact-dir', 'a path inside the repository'],
    [{ 'artifact-dir': '../out' }, 'artifact-dir', 'a path inside the repository'],
  ])('refuses %j with a message naming the input and what it must be', (given, name, expectation) => {
    const error = refusal(given);
    expect(error.message).toContain(`The input "${name}"`);
    expect(error.message).toContain(expectation);
    expect(error.message).toContain('Correct it in the workflow\'s "with:" block.');
  });
});
