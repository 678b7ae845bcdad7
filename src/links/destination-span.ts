import type { LinkReference } from './collect-links.js';

/** Where a link's destination is written in the source: offsets of the text between `(` and the title or `)`. */
export interface DestinationSpan {
  start: number;
  end: number;
  /** The destination as written (without `<` `>`). */
  raw: string;
}

/**
 * Finds the written destination of an inline link, image or definition, following the
 * CommonMark grammar (bracket nesting, backslash escapes, code spans in the text, `<...>`
 * destinations, balanced parentheses). Hand-written because mdast keeps only the decoded
 * URL and micromark's tokens are not exposed by remark; undefined when the source does not
 * have the expected shape, and the caller then leaves that link alone.
 */
export function findDestinationSpan(text: string, link: LinkReference): DestinationSpan | undefined {
  const start = link.position.start.offset;
  const end = link.position.end.offset;
  if (start === undefined || end === undefined) return undefined;
  let at = link.kind === 'image' ? start + 1 : start;
  if (text[at] !== '[') return undefined;
  at = link.kind === 'definition' ? skipLabel(text, at + 1, end) : skipLinkText(text, at + 1, end);
  if (at < 0) return undefined;
  if (link.kind === 'definition') {
    if (text[at] !== ':') return undefined;
    at++;
  } else {
    if (text[at] !== '(') return undefined;
    at++;
  }
  at = skipSpaceAndOneLineEnding(text, at, end);
  if (text[at] === '<') {
    const close = text.indexOf('>', at + 1);
    if (close < 0 || close > end || /[\r\n]/.test(text.slice(at + 1, close))) return undefined;
    return { start: at + 1, end: close, raw: text.slice(at + 1, close) };
  }
  let depth = 0;
  let cursor = at;
  for (; cursor < end; cursor++) {
    const character = text[cursor]!;
    if (character === '\\' && cursor + 1 < end) {
      cursor++;
      continue;
    }
    if (/\s/.test(character)) break;
    if (character === '(') depth++;
    else if (character === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  if (cursor === at) return undefined;
  return { start: at, end: cursor, raw: text.slice(at, cursor) };
}

/** The destination as mdast reads it from the written one: backslash escapes removed. */
export function unescapeDestination(raw: string): string {
  return raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

// Link text: brackets nest, backslashes escape, code spans hide brackets. Returns the offset after `]`.
function skipLinkText(text: string, at: number, end: number): number {
  let depth = 1;
  for (let cursor = at; cursor < end; cursor++) {
    const character = text[cursor]!;
    if (character === '\\') cursor++;
    else if (character === '`') cursor = skipCodeSpan(text, cursor, end);
    else if (character === '[') depth++;
    else if (character === ']' && --depth === 0) return cursor + 1;
  }
  return -1;
}

// A definition label cannot hold unescaped brackets.
function skipLabel(text: string, at: number, end: number): number {
  for (let cursor = at; cursor < end; cursor++) {
    const character = text[cursor]!;
    if (character === '\\') cursor++;
    else if (character === ']') return cursor + 1;
    else if (character === '[') return -1;
  }
  return -1;
}

// From a backtick run, the offset of the last backtick of the matching run (or of the run itself when unmatched).
function skipCodeSpan(text: string, at: number, end: number): number {
  let runEnd = at;
  while (text[runEnd] === '`') runEnd++;
  const run = runEnd - at;
  for (let cursor = runEnd; cursor < end; ) {
    if (text[cursor] !== '`') {
      cursor++;
      continue;
    }
    let closeEnd = cursor;
    while (text[closeEnd] === '`') closeEnd++;
    if (closeEnd - cursor === run) return closeEnd - 1;
    cursor = closeEnd;
  }
  return runEnd - 1;
}

function skipSpaceAndOneLineEnding(text: string, at: number, end: number): number {
  let cursor = at;
  let lineEndings = 0;
  while (cursor < end) {
    const character = text[cursor];
    if (character === ' ' || character === '\t') cursor++;
    else if ((character === '\n' || character === '\r') && lineEndings === 0) {
      cursor += text.startsWith('\r\n', cursor) ? 2 : 1;
      lineEndings++;
    } else break;
  }
  return cursor;
}
