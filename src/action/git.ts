import { attemptGit, type GitResult } from '../git/run-git.js';

/** A git command that ended with a non-zero status. */
export class GitError extends Error {
  override readonly name = 'GitError';

  constructor(
    readonly args: readonly string[],
    readonly result: GitResult,
  ) {
    // Only the subcommand goes in the message: arguments may carry paths or messages, never the token.
    super(`git ${args[0] ?? ''} failed (exit ${result.code}): ${result.stderr.trim() || result.stdout.trim()}`);
  }
}

/** The credentials git should send to the server, when the checkout did not persist the same ones. */
export interface GitCredentials {
  /** The server the header applies to, e.g. `https://github.com`. */
  serverUrl: string;
  token: string;
}

/** The `AUTHORIZATION` header value GitHub accepts for a token, as actions/checkout writes it. */
export function authorizationHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
}

/**
 * Runs git in one repository, through the one runner (git/run-git.ts: argument arrays,
 * never a shell). When credentials are set, the token travels only in the environment of
 * the git child process (GIT_CONFIG_COUNT...), so it never appears in a command line, a
 * URL, a config file or the log.
 */
export class Git {
  private credentials: GitCredentials | undefined;

  constructor(
    readonly cwd: string,
    private readonly baseEnv: NodeJS.ProcessEnv = process.env,
  ) {}

  /** Makes the commands that talk to the server authenticate with this token. */
  useCredentials(credentials: GitCredentials | undefined): void {
    this.credentials = credentials;
  }

  /** Runs a git command; throws GitError when it fails. */
  async run(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<GitResult> {
    const result = await this.attempt(args, extraEnv);
    if (result.code !== 0) throw new GitError(args, result);
    return result;
  }

  /** Runs a git command and returns its result whatever its exit status. */
  attempt(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<GitResult> {
    return attemptGit(args, this.cwd, { ...this.environment(), ...extraEnv });
  }

  private environment(): NodeJS.ProcessEnv {
    // Never prompt for a password: a runner has no terminal, a prompt would hang the job.
    const env: NodeJS.ProcessEnv = { ...this.baseEnv, GIT_TERMINAL_PROMPT: '0' };
    if (!this.credentials) return env;
    const key = `http.${this.credentials.serverUrl.replace(/\/+$/, '')}/.extraheader`;
    // The empty value first resets any header persisted by actions/checkout: git would
    // otherwise send two Authorization headers, which GitHub refuses.
    const count = Number(env['GIT_CONFIG_COUNT'] ?? 0) || 0;
    env['GIT_CONFIG_COUNT'] = String(count + 2);
    env[`GIT_CONFIG_KEY_${count}`] = key;
    env[`GIT_CONFIG_VALUE_${count}`] = '';
    env[`GIT_CONFIG_KEY_${count + 1}`] = key;
    env[`GIT_CONFIG_VALUE_${count + 1}`] = authorizationHeader(this.credentials.token);
    return env;
  }
}

/**
 * Whether git must be given the token: not when the checkout already persisted exactly
 * this token's header for the server (the default of actions/checkout), yes when it
 * persisted none or another token's.
 */
export async function needsCredentials(git: Git, serverUrl: string, token: string): Promise<boolean> {
  if (!token) return false;
  const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
  // --includes: actions/checkout v5+ keeps the header in a file included from the local config.
  const persisted = await git.attempt(['config', '--includes', '--get-all', key]);
  if (persisted.code !== 0) return true;
  return !persisted.stdout.split('\n').some((line) => line.trim() === authorizationHeader(token));
}
