import type { Root } from 'mdast';

/**
 * Wraps a reading of a whole document tree so that it runs once per tree: a later call
 * with the same tree gets the first result (what else it passes must follow from the tree,
 * as the document's text does). The tree is held weakly, so a finished document's results
 * go with it.
 */
export function oncePerTree<T, Rest extends unknown[] = []>(read: (tree: Root, ...rest: Rest) => T): (tree: Root, ...rest: Rest) => T {
  const results = new WeakMap<Root, { value: T }>();
  return (tree, ...rest) => {
    let result = results.get(tree);
    if (!result) {
      result = { value: read(tree, ...rest) };
      results.set(tree, result);
    }
    return result.value;
  };
}
