/** A merge-conflict marker line: `<<<<<<< HEAD`, `|||||||`, `=======`, `>>>>>>> branch`. */
export interface ConflictMarker {
  kind: '<' | '|' | '=' | '>';
  /** 0-based offset of the line's start, and of its end (before the line break). */
  start: number;
  end: number;
  text: string;
}

function markerKind(line: string): ConflictMarker['kind'] | undefined {
  for (const kind of ['<', '|', '=', '>'] as const) {
    const mark = kind.repeat(7);
    if (!line.startsWith(mark)) continue;
    const rest = line.slice(7);
    // `=======` alone; the others alone or followed by a space and a label.
    if (kind === '=' ? rest.trim() === '' : rest === '' || rest.startsWith(' ') || rest.startsWith('\t')) return kind;
  }
  return undefined;
}

/**
 * The merge-conflict markers of a text, in one pass over its lines. `=======` and
 * `|||||||` count only inside an open conflict: alone, `=======` is a heading underline.
 */
export function findConflictMarkers(text: string): ConflictMarker[] {
  const markers: ConflictMarker[] = [];
  let open = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    const kind = line.length >= 7 ? markerKind(line) : undefined;
    if (kind === '<') open = true;
    if (kind && (kind === '<' || kind === '>' || open)) markers.push({ kind, start, end: start + line.length, text: line.trim() });
    if (kind === '>') open = false;
    if (end === text.length) break;
    start = end + 1;
  }
  return markers;
}

/** Whether a line of text (a table cell's, a row's) is a conflict marker rather than content. */
export function isConflictMarkerText(text: string): boolean {
  return markerKind(text.trimStart()) !== undefined;
}
