/**
 * The result of a synchronous file-system call, or undefined when it throws (a missing
 * file, a permission refused): what `.catch(() => undefined)` gave with the promise API.
 */
export function orUndefined<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}
