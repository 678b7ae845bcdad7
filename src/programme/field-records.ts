/*
 * A record of fields: one paragraph per event, each line a label and its value, one of them
 * the date (`#Activité : Atelier Blender` over `**Type :** Atelier`, `**Date :** Mardi 07
 * janvier 2025 de 17h00 à 19h00`, `**Lieu :** La Fabrique`). An export of an association's
 * activities, a knowledge base, a site's generated agenda write their events so. A reader
 * reads each record as one session: its day and hours from the date field (or an hours
 * field), its title from the field that names the event or from the unlabelled line that
 * opens it, beginning on the record's first line. Told apart by hand from the lines'
 * shape: no library reads such records.
 */
import type { Paragraph } from 'mdast';
import { parseFrenchHours } from '../dates/french-hours.js';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import { datedTextOf } from './dated-text.js';
import { paragraphSourceLines, shownLine } from './paragraph-lines.js';
import { isStruckThrough } from './plain-text.js';
import { datedItemDraft } from './read-dated-lists.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { whenLabelKind } from './when-labels.js';

// `**Label :** value`, `Label: value`, `#Activité : value` once marks are dropped: a short
// label of words (no digit: `9h00 : Accueil` is a slot, not a field), then its value.
const FIELD = /^#{0,6}\s*([\p{L}][\p{L}'\u2019 /-]{0,30}?)\s*:\s*(\S.*)$/u;
// Whether a label (folded) gives the record's day: one that asks when (when-labels.ts), the
// day alone or with its hours, or the bare article of `Le : 12 mars`.
const givesTheDay = (label: string) => label === 'le' || ['day', 'day and hours'].includes(whenLabelKind(label) ?? '');
// Labels (folded) that give its hours when the date field does not, besides those that ask for them (`Horaire`).
const OTHER_HOURS_LABELS = new Set(['creneau', 'time', 'heure de debut']);
const givesTheHours = (label: string) => whenLabelKind(label) === 'hours' || OTHER_HOURS_LABELS.has(label);
// Labels (folded, first word) that name the event: its title.
const TITLE_LABELS = new Set([
  'titre', 'title', 'activite', 'evenement', 'event', 'nom', 'intitule', 'sujet', 'theme', 'seance', 'session', 'atelier', 'conference', 'rencontre',
]);
// Fields a record has at least, the date among them, besides an unlabelled first line.
const FEWEST_FIELDS = 3;

/** One line of a record: its label (folded) when it is a field, its value, and its text as shown. */
interface RecordLine {
  label?: string;
  value: string;
  text: string;
}

function recordLines(node: Paragraph, source: SourceText): RecordLine[] {
  return paragraphSourceLines(node, source).map(({ raw }) => {
    const text = shownLine(raw).replace(/[*_`]/g, '').trim();
    const field = FIELD.exec(text);
    return field ? { label: foldedWords(normaliseText(field[1]!)).join(' '), value: field[2]!.trim(), text } : { value: text, text };
  });
}

/**
 * The session a paragraph gives as a record of fields (see above), or undefined: every line
 * a field but perhaps the first (the record's title), FEWEST_FIELDS fields at least, exactly
 * one date field whose value opens with its date.
 */
export function fieldRecord(node: Paragraph, source: SourceText): SessionDraft | undefined {
  const lines = recordLines(node, source);
  // An unlabelled first line is the record's title; every other line is a field.
  const fields = lines[0]!.label === undefined ? lines.slice(1) : lines;
  if (fields.length < FEWEST_FIELDS || fields.some((line) => line.label === undefined)) return undefined;
  const dates = fields.filter((line) => givesTheDay(line.label!));
  if (dates.length !== 1) return undefined;
  const dated = datedTextOf(dates[0]!.value, false);
  if (!dated || dated.lead !== '') return undefined;
  const named = fields.find((line) => TITLE_LABELS.has(line.label!.split(' ')[0]!));
  const opening = lines[0]!.label === undefined ? lines[0]!.value : undefined;
  const title = named?.value ?? opening;
  if (title === undefined) return undefined;
  const position = node.position!;
  const draft = datedItemDraft({ ...dated, lead: '', title }, title, position, source, isStruckThrough(node));
  if (!draft.hours) {
    const hoursField = fields.find((line) => givesTheHours(line.label!));
    const parsed = hoursField ? parseFrenchHours(hoursField.value, { hoursPlace: true }) : undefined;
    if (hoursField && parsed?.ok && parsed.slots.length > 0) draft.hours = { text: hoursField.value, position: source.find(position, hoursField.value), slots: parsed.slots };
  }
  return draft;
}
