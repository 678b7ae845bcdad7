import { resolve } from 'node:path';
import { isInside } from '../fs/paths.js';

/**
 * Resolves a path given by the workflow against the workspace and returns it, or
 * undefined when it leaves the workspace (`..`, an absolute path elsewhere): the action
 * never reads or writes outside the repository it was given.
 */
export function insideWorkspace(workspace: string, path: string): string | undefined {
  const absolute = resolve(workspace, path);
  return isInside(workspace, absolute) ? absolute : undefined;
}
