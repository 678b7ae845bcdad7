/*
 * The top-level keys of a page's front matter as a site generator reads them: YAML (`---`
 * fences: Jekyll, Hugo, Eleventy, Docusaurus) or TOML (`+++` fences: Hugo, Zola). A value
 * may be written over several lines (`title: >-` folded under its key, a quoted title
 * broken with `\` and escapes such as `Journ\xE9e`, a plain value continued on an indented
 * line), as a list (`categories:` then `- EvenementGPL` lines, `tags = ["agenda"]`), or as
 * a list of maps (`events:` then `- date: ...` / `title: ...` entries, TOML's
 * `[[events]]`): an event page's sessions.
 *
 * Written by hand, not with a YAML or TOML library: none is a dependency of the engine
 * (`yaml` serves only the tests), and what is read here is a few scalars and lists of a
 * page's first lines, each with the offset in the page of every character it gives, which
 * is what a coordinator is pointed to and what a parser's values do not keep. Anything
 * else (anchors, nested maps, flow maps) is left as written.
 */
import { LATIN_LETTER } from '../dates/letters.js';
import { normaliseText } from '../dates/normalise-text.js';

/** One top-level key of a page's metadata, folded, with its value and where the value is. */
export interface MetadataEntry {
  /** Folded (`dates_publiees`, `eventDate`, `Date-Début` → `dates publiees`, `event date`, `date debut`). */
  key: string;
  /** The value as a reader reads it, trimmed, its quotes taken off, escapes and folded lines read; a list's items joined by `, `. */
  value: string;
  /** The value's offset in the text the entries were read from. */
  offset: number;
  /** The offset of the line that holds the key, in the same text. */
  lineOffset: number;
  /** Where each character of `value` stands, counted from `offset`, when the value is not written verbatim on one line. */
  map?: number[];
  /** The maps of a list of maps written under the key (`events:` then `- date: ...`), each with its own entries. */
  items?: MetadataItem[];
  /** The keys of a map written under the key (`tab:` then indented `tablist:`), as entries. */
  fields?: MetadataEntry[];
}

/** One map of a list of maps in the metadata: its entries, and the line it begins on (its `-`). */
export interface MetadataItem {
  entries: MetadataEntry[];
  /** The offset of the item's first line (`-` or `[[events]]`), in the text the entries were read from. */
  lineOffset: number;
}

/** Which syntax the metadata is written in (a Pelican page's fence-less `Key: value` lines are read as YAML). */
export type MetadataSyntax = 'yaml' | 'toml';

/** The offset, in the text the entries were read from, of character `index` of an entry's value. */
export function valueOffset(entry: MetadataEntry, index: number): number {
  if (!entry.map) return entry.offset + index;
  const at = entry.map[Math.min(index, entry.map.length - 1)];
  return entry.offset + (at === undefined ? 0 : index >= entry.map.length ? at + 1 : at);
}

/** The folded key of a metadata line: `dates_publiees`, `eventDate`, `Date-Début` → `dates publiees`, `event date`, `date debut`. */
export function foldedKey(key: string): string {
  return normaliseText(key.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/[_-]+/g, ' ').trim();
}

// A line of the metadata and the offset of its first character.
interface Line {
  text: string;
  offset: number;
}

function linesOf(value: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text of value.split('\n')) {
    lines.push({ text: text.endsWith('\r') ? text.slice(0, -1) : text, offset });
    offset += text.length + 1;
  }
  return lines;
}

// A value being built, one character at a time with the offset (absolute, in the
// metadata text) of each; kept in arrays, so that dropping the spaces before a line break
// costs what it drops, on a value of any length.
class BuiltValue {
  chars: string[] = [];
  at: number[] = [];
  get empty(): boolean {
    return this.chars.length === 0;
  }
  get text(): string {
    return this.chars.join('');
  }
  add(text: string, offset: number, verbatim = true): void {
    for (let i = 0; i < text.length; i++) {
      this.chars.push(text[i]!);
      this.at.push(verbatim ? offset + i : offset);
    }
  }
  trimEnd(): void {
    while (this.chars.length > 0 && this.chars[this.chars.length - 1]!.trim() === '') {
      this.chars.pop();
      this.at.pop();
    }
  }
}

/** The entry a built value makes: verbatim when its characters stand one after the other. */
function entryOf(key: string, built: BuiltValue, lineOffset: number, fallback: number): MetadataEntry {
  const offset = built.at[0] ?? fallback;
  const value = built.text;
  const verbatim = built.at.every((at, i) => at === offset + i);
  return { key, value, offset, lineOffset, ...(verbatim ? {} : { map: built.at.map((at) => at - offset) }) };
}

// YAML's escapes of one character (`\t`, `\"`), and of a code point (`\xE9`, `\u2013`, `\U0001F4C5`).
const ESCAPED: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' };
const CODE_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * A quoted value from `from` in `lines[0]` (just past its opening quote) up to its closing
 * quote, over as many lines as it takes: line breaks fold into a space (a blank line into a
 * line break), and in double quotes a `\` escapes a character or the line break itself.
 */
function quoted(lines: Line[], from: number, quote: '"' | "'"): BuiltValue {
  const built = new BuiltValue();
  for (let n = 0; n < lines.length; n++) {
    const { text, offset } = lines[n]!;
    let i = n === 0 ? from : text.length - text.trimStart().length;
    let joined = false;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === quote) {
        // `''` in single quotes is one quote.
        if (quote === "'" && text[i + 1] === "'") {
          built.add("'", offset + i);
          i += 2;
          continue;
        }
        return built;
      }
      if (quote === '"' && ch === '\\') {
        const next = text[i + 1];
        if (next === undefined) {
          joined = true;
          break;
        }
        const digits = CODE_DIGITS[next];
        if (digits !== undefined) {
          const code = Number.parseInt(text.slice(i + 2, i + 2 + digits), 16);
          if (/^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + 2 + digits)) && code <= 0x10ffff) {
            built.add(String.fromCodePoint(code), offset + i, false);
            i += 2 + digits;
            continue;
          }
        }
        built.add(ESCAPED[next] ?? next, offset + i, false);
        i += 2;
        continue;
      }
      built.add(ch, offset + i);
      i++;
    }
    if (!joined) {
      // A line break folds into a space (a title's lines are one line); the spaces before it are dropped.
      built.trimEnd();
      if (!built.empty) built.add(' ', offset + text.length, false);
    }
  }
  // No closing quote: what was read is the value.
  built.trimEnd();
  return built;
}

// A block scalar's header, its comment taken off: `>`, `|`, `>-`, `|+2`.
const BLOCK_HEADER = /^[>|][-+0-9]{0,2}$/;
// A list item line: a dash, then a space or nothing.
const LIST_ITEM = /^\s*-(?:\s|$)/;
// A top-level YAML key (`title:`, `date_debut:`, `eventDate:`), its value after the colon.
const YAML_KEY = new RegExp(`^([${LATIN_LETTER}_][${LATIN_LETTER}0-9_-]*)\\s*:(?:\\s+(.*))?$`);
// A plain value's comment: ` # ...`, as YAML reads it (a `#` glued to a word is text: `C#`).
const COMMENT = /\s#.*$/;

/** The line's indent, in characters. */
const indentOf = (text: string): number => text.length - text.trimStart().length;

// How deep maps are read: the page's own keys, the maps of a list under one, and so on
// down to a theme's schedule (`tab:` / `tablist:` of days / `tablist_items:` of talks):
// a page's metadata, not any depth a file may nest.
const MAP_DEPTH = 3;

/** The lines of a list item, made a block of their own: the dash turned into indent, every line taken back to the item's indent. */
function itemLines(lines: Line[], dashIndent: number): Line[] {
  const first = lines[0]!;
  const opened = `${' '.repeat(dashIndent + 1)}${first.text.slice(dashIndent + 1)}`;
  const all = [{ text: opened, offset: first.offset }, ...lines.slice(1)];
  // A comment (`#venue: ...`) may stand at any indent: YAML reads no indent from it.
  const content = all.filter((line) => line.text.trim() !== '' && !line.text.trimStart().startsWith('#'));
  if (content.length === 0) return all.map((line) => ({ text: line.text.trim() === '' ? '' : line.text.trimStart(), offset: line.offset + indentOf(line.text) }));
  const inner = Math.min(...content.map((line) => indentOf(line.text)));
  return all.map((line) => (line.text.trim() === '' ? { text: '', offset: line.offset } : { text: line.text.slice(Math.min(inner, indentOf(line.text))), offset: line.offset + Math.min(inner, indentOf(line.text)) }));
}

/** The value of a YAML key, written after its colon (`rest`, at `restOffset`) and on the lines under it (`body`). */
function yamlValue(key: string, rest: string, restOffset: number, lineOffset: number, body: Line[], depth: number): MetadataEntry {
  const built = new BuiltValue();
  const lead = rest.length - rest.trimStart().length;
  const written = rest.trim();
  const at = restOffset + lead;
  if (written.startsWith('"') || written.startsWith("'")) {
    return entryOf(key, quoted([{ text: written, offset: at }, ...body], 1, written[0] as '"' | "'"), lineOffset, at + 1);
  }
  const content = body.filter((line) => line.text.trim() !== '');
  if (BLOCK_HEADER.test(written.replace(COMMENT, '').trim())) {
    // `title: >-` over indented lines: one value, its lines joined (folded or kept, a title either way).
    for (const line of content) {
      if (!built.empty) built.add(written.startsWith('|') ? '\n' : ' ', line.offset, false);
      const lead = indentOf(line.text);
      built.add(line.text.trim(), line.offset + lead);
    }
    return entryOf(key, built, lineOffset, at);
  }
  // A comment line (`# tab item`) above a list's first dash is no value of its own.
  const firstWritten = content.find((line) => !line.text.trimStart().startsWith('#'));
  if (written === '' && depth <= MAP_DEPTH && firstWritten !== undefined && LIST_ITEM.test(firstWritten.text)) {
    // A block list: its items' values joined; a list of maps also keeps its maps.
    const dashIndent = indentOf(firstWritten.text);
    const starts = body.map((line, n) => (line.text.trim() !== '' && indentOf(line.text) === dashIndent && LIST_ITEM.test(line.text) ? n : -1)).filter((n) => n >= 0);
    const items: MetadataItem[] = [];
    starts.forEach((start, k) => {
      const lines = itemLines(body.slice(start, starts[k + 1] ?? body.length), dashIndent);
      // Maps are read one level down (an events list's maps), not in lists nested deeper.
      const entries = depth < MAP_DEPTH ? yamlEntries(lines, depth + 1) : [];
      if (entries.length > 0) {
        items.push({ entries, lineOffset: body[start]!.offset });
        return;
      }
      const scalar = yamlValue(key, lines[0]!.text, lines[0]!.offset, lines[0]!.offset, lines.slice(1), depth + 1);
      if (scalar.value === '') return;
      if (!built.empty) built.add(', ', scalar.offset, false);
      scalar.value.split('').forEach((ch, i) => built.add(ch, valueOffset(scalar, i)));
    });
    const entry = entryOf(key, built, lineOffset, at);
    return items.length > 0 ? { ...entry, items } : entry;
  }
  // A plain value, maybe continued on indented lines (a nested map is not read: its lines hold a `key:`).
  const plain = written.replace(COMMENT, '');
  built.add(plain, at);
  const nested = written === '' && content.some((line) => YAML_KEY.test(line.text.trim()));
  if (nested && depth < MAP_DEPTH) {
    // A map under the key: its lines taken back to their indent, read as keys one level down.
    const keyed = content.filter((line) => !line.text.trimStart().startsWith('#'));
    const inner = Math.min(...keyed.map((line) => indentOf(line.text)));
    const lines = body.map((line) => (line.text.trim() === '' ? { text: '', offset: line.offset } : { text: line.text.slice(Math.min(inner, indentOf(line.text))), offset: line.offset + Math.min(inner, indentOf(line.text)) }));
    const fields = yamlEntries(lines, depth + 1);
    if (fields.length > 0) return { ...entryOf(key, built, lineOffset, at), fields };
  }
  if (!nested) {
    for (const line of content) {
      if (line.text.trimStart().startsWith('#')) continue;
      const lead = indentOf(line.text);
      if (!built.empty) built.add(' ', line.offset, false);
      built.add(line.text.trim().replace(COMMENT, ''), line.offset + lead);
    }
  }
  return entryOf(key, built, lineOffset, at);
}

/** The top-level entries of YAML lines: a key at the start of a line, its value, and the indented or listed lines under it. */
function yamlEntries(lines: Line[], depth = 0): MetadataEntry[] {
  const entries: MetadataEntry[] = [];
  for (let n = 0; n < lines.length; n++) {
    const { text, offset } = lines[n]!;
    const found = YAML_KEY.exec(text);
    if (!found) continue;
    const rest = found[2] ?? '';
    let end = n + 1;
    // Under the key: blank or indented lines, and a list written at the key's own indent.
    const continues = (line: Line): boolean => line.text.trim() === '' || /^\s/.test(line.text) || (rest.trim() === '' && LIST_ITEM.test(line.text));
    // A comment at the key's indent or less (`# tab item` over a list, an item commented
    // out at the line's start) belongs to the value it stands in when that value goes on below it.
    const commentOver = (at: number): boolean => {
      let k = at;
      while (k < lines.length && (lines[k]!.text.startsWith('#') || lines[k]!.text.trim() === '')) k++;
      return lines[at]!.text.startsWith('#') && k < lines.length && rest.trim() === '' && continues(lines[k]!);
    };
    while (end < lines.length && (continues(lines[end]!) || commentOver(end))) end++;
    const restOffset = offset + text.length - rest.length;
    entries.push(yamlValue(foldedKey(found[1]!), rest, restOffset, offset, lines.slice(n + 1, end), depth));
    n = end - 1;
  }
  return entries;
}

// A TOML key and its value (`title = "..."`, `date = 2020-07-22`, `tags = ["a", "b"]`).
const TOML_KEY = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.*)$/;
// A TOML table of the page's one event, by its last name (folded): `[params.event]`, `[event]`;
// not `[params.past_event]` nor `[params.next_event]`, another event than the page's.
const EVENT_TABLE = /(?:^|\.)(?:event|evenement)$/;
// A TOML table header: `[sidebar]`, or `[[events]]` opening one map of a list of maps.
const TOML_TABLE = /^\s*\[\[?\s*([A-Za-z0-9_.-]+)\s*\]/;

/** A TOML value: a string (basic, with escapes, or literal), an array of them (joined by `, `), or a bare value (a date, a number). */
function tomlValue(key: string, rest: string, restOffset: number, lineOffset: number, body: Line[]): { entry: MetadataEntry; lines: number } {
  const lead = rest.length - rest.trimStart().length;
  const written = rest.trim();
  const at = restOffset + lead;
  if (written.startsWith('[')) {
    // An array, maybe over several lines: its strings, or its bare values, joined.
    const built = new BuiltValue();
    const lines = [{ text: written, offset: at }, ...body];
    let taken = 0;
    for (const [n, line] of lines.entries()) {
      taken = n + 1;
      for (const match of line.text.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)) {
        if (!built.empty) built.add(', ', line.offset + match.index, false);
        built.add(match[1] ?? match[2] ?? '', line.offset + match.index + 1);
      }
      if (line.text.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '').includes(']')) break;
    }
    return { entry: entryOf(key, built, lineOffset, at), lines: taken - 1 };
  }
  if (written.startsWith('"') || written.startsWith("'")) {
    // One line: TOML's strings do not fold; its escapes are YAML's double-quoted ones.
    return { entry: entryOf(key, quoted([{ text: written, offset: at }], 1, written[0] as '"' | "'"), lineOffset, at + 1), lines: 0 };
  }
  const built = new BuiltValue();
  built.add(written.replace(COMMENT, '').trimEnd(), at);
  return { entry: entryOf(key, built, lineOffset, at), lines: 0 };
}

/** The top-level entries of TOML lines (before any `[table]`), and the maps of each `[[list]]` as items of that key. */
function tomlEntries(lines: Line[]): MetadataEntry[] {
  const entries: MetadataEntry[] = [];
  let target: MetadataEntry[] | undefined = entries;
  let prefix = '';
  for (let n = 0; n < lines.length; n++) {
    const { text, offset } = lines[n]!;
    const table = TOML_TABLE.exec(text);
    if (table) {
      target = undefined;
      // `[params.event]` (a Hugo theme's event): its keys are the page's event's, read as
      // `event date`, `event name`… beside the page's own (`date` is the post's there).
      if (!text.trimStart().startsWith('[[') && EVENT_TABLE.test(foldedKey(table[1]!))) {
        prefix = 'event ';
        target = entries;
        continue;
      }
      prefix = '';
      if (text.trimStart().startsWith('[[') && !table[1]!.includes('.')) {
        const key = foldedKey(table[1]!);
        let list = entries.find((entry) => entry.key === key && entry.items);
        if (!list) {
          list = { key, value: '', offset, lineOffset: offset, items: [] };
          entries.push(list);
        }
        const item: MetadataItem = { entries: [], lineOffset: offset };
        list.items!.push(item);
        target = item.entries;
      }
      continue;
    }
    const found = TOML_KEY.exec(text);
    if (!found || !target) continue;
    const rest = found[2]!;
    const { entry, lines: more } = tomlValue(prefix + foldedKey(found[1]!), rest, offset + text.length - rest.length, offset, lines.slice(n + 1));
    target.push(entry);
    n += more;
  }
  return entries;
}

/** The top-level keys of a metadata text (a front matter's value), with their values and where each is. */
export function metadataEntries(value: string, syntax: MetadataSyntax = 'yaml'): MetadataEntry[] {
  const lines = linesOf(value);
  return syntax === 'toml' ? tomlEntries(lines) : yamlEntries(lines);
}
