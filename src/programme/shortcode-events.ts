/*
 * Events a Hugo page writes as shortcodes in its body, one per event, each with its fields
 * as attributes (`{{< event-card title="Comité de pilotage" location="Neuchâtel" date="23
 * juin 2026" >}}`, its description between it and `{{< /event-card >}}`): the site's
 * template shows each as a card. Each shortcode that names a day (a `date`-like attribute)
 * is a session on the line of its title, read as a front matter's map of an events
 * list is (front-matter-events.ts): its day, its hours written with the day or in an
 * attribute of hours, its title. The shortcode's markup is no text of the page
 * (plain-text.ts), so nothing else reads its attributes. Written by hand: no library
 * reads Hugo's shortcode syntax outside Hugo.
 */
import { itemDraft } from './front-matter-events.js';
import { datesOfEntries } from './front-matter-days.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { foldedKey, type MetadataEntry } from './metadata-values.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// How far the end of a shortcode's opening tag may be: a tag of attributes, not a page.
const TAG_LENGTH = 2000;
// Folded attributes that name an event.
const TITLE_KEYS = new Set(['title', 'titre', 'name', 'nom']);
// An attribute and its quoted value (`title="Comité de pilotage I14Y"`), bounded.
const ATTRIBUTE = /([A-Za-z_][\w-]{0,40})[ \t]{0,4}=[ \t]{0,4}"([^"\n]{0,500})"/g;

/** The attributes of a shortcode's tag from `from` to `to` in `text`, as metadata entries at their offsets. */
function attributes(text: string, from: number, to: number): MetadataEntry[] {
  const tag = text.slice(from, to);
  const entries: MetadataEntry[] = [];
  for (const found of tag.matchAll(ATTRIBUTE)) {
    const at = from + found.index;
    const written = found[2]!;
    const value = written.trim();
    const offset = at + found[0].length - written.length - 1 + (written.length - written.trimStart().length);
    entries.push({ key: foldedKey(found[1]!), value, offset, lineOffset: text.lastIndexOf('\n', at) + 1 });
  }
  return entries;
}

/** The sessions a page's shortcodes give (see above), in the order written; none inside a part folded away. */
export function readShortcodeEvents(source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const text = source.text;
  const drafts: SessionDraft[] = [];
  // The next closing mark of each kind, looked for again only once passed: many openings
  // and a far or missing close cost one scan, not one per opening.
  const closes = { '<': -1, '%': -1 };
  for (let at = text.indexOf('{{'); at >= 0; at = text.indexOf('{{', at + 2)) {
    const mark = text[at + 2];
    if (mark !== '<' && mark !== '%') continue;
    if (closes[mark] !== Infinity && closes[mark] < at + 3) {
      const found = text.indexOf(mark === '<' ? '>}}' : '%}}', at + 3);
      closes[mark] = found < 0 ? Infinity : found;
    }
    const end = closes[mark];
    if (end === Infinity || end - at > TAG_LENGTH) continue;
    const name = /^\s*([\w-]+)/.exec(text.slice(at + 3, Math.min(end, at + 60)));
    if (!name || isHidden(hidden, at)) continue;
    const entries = attributes(text, at + 3, end);
    // A card names its event (`title=`), where a figure's or a video's date names none, and
    // its day is an attribute's (`date="23 juin 2026"`): a call to action's title that names a
    // deadline (`title="Proposer une conférence avant le 17 janvier 2024"`) is no event. The
    // session stands on the line of its name, as its reader points at it.
    const title = entries.find((entry) => TITLE_KEYS.has(entry.key));
    const named = title && datesOfEntries(entries)?.key !== 'title';
    const draft = named ? itemDraft({ entries, lineOffset: title.lineOffset }, source, name[1]!) : undefined;
    if (draft) drafts.push(draft);
    at = end;
  }
  return drafts;
}
