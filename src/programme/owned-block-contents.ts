/*
 * What programme-sync wrote between its own markers (the calendar's links, the archives'
 * list) is not the coordinator's programme: the next build rewrites it. Reading it would make
 * the sessions depend on what the last build wrote there, so that a build changes what the
 * build after it reads. An empty heading left in a calendar block once split the document
 * in two, which moved a session's detail-section link, and the calendar changed again on
 * the next run.
 */
import type { Root } from 'mdast';
import { findManagedBlocks } from './managed-block-markers.js';

/**
 * `tree` without the nodes inside its managed blocks (between paired markers, which the tool
 * rewrites); markers that do not pair up are left with what follows them, since the tool
 * writes nothing there. The markers stay, so positions and the links' checks are unchanged.
 */
export function withoutOwnedBlockContents(tree: Root, text: string): Root {
  const { blocks } = findManagedBlocks(tree, text);
  if (blocks.length === 0) return tree;
  const owned = (offset: number | undefined) => offset !== undefined && blocks.some((block) => offset >= block.contentStart && offset < block.contentEnd);
  const children = tree.children.filter((node) => !owned(node.position?.start.offset));
  return children.length === tree.children.length ? tree : { ...tree, children };
}
