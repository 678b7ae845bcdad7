import type { Root } from 'mdast';

/**
 * Wraps a reading of a whole document tree so that it runs once per tree: a later call
 * with the same tree gets the first result. The tree is held weakly, so a finished
 * document's results go with it.
 */
export function oncePerTree<T>(read: (tree: Root) => T): (tree: Root) => T {
  const results = new WeakMap<Root, { value: T }>();
  return (tree) => {
    let result = results.get(tree);
    if (!result) {
      result = { value: read(tree) };
      results.set(tree, result);
    }
    return result.value;
  };
}
