import { posix } from 'node:path';
import { parseMarkdown } from '../programme/parse-markdown.js';
import { classifyDestination } from './classify-destination.js';
import { collectLinks } from './collect-links.js';
import { findDestinationSpan, unescapeDestination } from './destination-span.js';
import { linkFromFolder } from './link-path.js';

/** A copy of a document whose relative links were made to work from another folder. */
export interface RelocatedText {
  text: string;
  /** How many destinations were rewritten. */
  rewritten: number;
  /** Relative links written in a way the tool does not rewrite (character references...), with their line. */
  kept: Array<{ url: string; line: number }>;
}

/**
 * Rewrites the relative link destinations of a document moved from one repository folder
 * to another so they still reach the same files, replacing only the destination's own
 * characters by source offsets: everything else, line endings included, is kept.
 * Root-relative (`/x.md`), same-document (`#x`) and absolute links need no change.
 */
export function relocateLinks(text: string, fromFolder: string, toFolder: string): RelocatedText {
  const edits: Array<{ start: number; end: number; replacement: string }> = [];
  const kept: RelocatedText['kept'] = [];
  for (const link of collectLinks(parseMarkdown(text))) {
    const destination = classifyDestination(link.url);
    if (destination.kind !== 'relative' || destination.fromRoot) continue;
    const span = findDestinationSpan(text, link);
    if (!span || unescapeDestination(span.raw) !== link.url) {
      kept.push({ url: link.url, line: link.position.start.line });
      continue;
    }
    // Keep the query and fragment exactly as written; only the path moves.
    const pathEnd = span.raw.search(/[?#]/);
    const suffix = pathEnd < 0 ? '' : span.raw.slice(pathEnd);
    const target = posix.normalize(posix.join(fromFolder, destination.path));
    const trailingSlash = destination.path.endsWith('/') ? '/' : '';
    const moved = linkFromFolder(toFolder, target) + trailingSlash + suffix;
    // A `<...>` destination may hold spaces; ours are encoded, so the brackets can stay.
    if (moved !== span.raw) edits.push({ start: span.start, end: span.end, replacement: moved });
  }
  let result = '';
  let cursor = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    result += text.slice(cursor, edit.start) + edit.replacement;
    cursor = edit.end;
  }
  result += text.slice(cursor);
  return { text: result, rewritten: edits.length, kept };
}
