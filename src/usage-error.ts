/** A problem with how the tool was called or with the files it was given: exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
