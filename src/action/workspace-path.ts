import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Resolves a path given by the workflow against the workspace and returns it, or
 * undefined when it leaves the workspace (`..`, an absolute path elsewhere): the action
 * never reads or writes outside the repository it was given.
 */
export function insideWorkspace(workspace: string, path: string): string | undefined {
  const absolute = resolve(workspace, path);
  const fromRoot = relative(workspace, absolute);
  if (fromRoot === '') return absolute;
  if (fromRoot === '..' || fromRoot.startsWith('..' + sep) || isAbsolute(fromRoot)) return undefined;
  return absolute;
}

/** A workspace path as git and reports name it: relative to the root, forward slashes. */
export function workspaceRelative(workspace: string, absolute: string): string {
  return relative(workspace, absolute).split(sep).join('/');
}
