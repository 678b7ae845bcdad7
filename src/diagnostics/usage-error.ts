/** A problem with how the tool was called or with the files it was given: exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Whether an error is a UsageError. By name, not `instanceof`: each command is bundled
 * apart from the entry point that catches its errors (scripts/build.mjs), so each bundle
 * has its own copy of the class.
 */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}
