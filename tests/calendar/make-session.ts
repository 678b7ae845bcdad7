import type { PlainDate, TimeSlot } from '../../src/dates/types.js';
import type { Root } from 'mdast';
import type { FileReport } from '../../src/report/file-report.js';
import type { DetailSection, Field, Programme, Session } from '../../src/programme/model.js';

const here = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };

function field<T>(text: string, value: T): Field<T> {
  return { text, value, position: here };
}

/** What a test says about a session; the rest is filled in. */
export interface SessionSketch {
  title: string;
  days: PlainDate[];
  alternatives?: PlainDate[][];
  slots?: TimeSlot[];
  cancelled?: boolean;
  place?: string;
  audience?: string;
  theme?: string;
  rowIndex?: number;
}

/** A session as the engine would read it, built by hand (the unit tests do not need the date grammar). */
export function makeSession(sketch: SessionSketch): Session {
  const kind = sketch.alternatives ? 'alternatives' : sketch.days.length > 1 ? 'set' : 'single';
  return {
    source: 'table',
    title: field(sketch.title, sketch.title),
    rowIndex: sketch.rowIndex ?? 0,
    position: here,
    status: sketch.cancelled ? 'cancelled' : sketch.alternatives ? 'tentative' : 'confirmed',
    dates: field('', {
      expression: { kind, mentions: [] },
      days: sketch.days,
      ...(sketch.alternatives ? { alternatives: sketch.alternatives } : {}),
      yearSource: 'cell',
      mentions: [],
    }),
    ...(sketch.slots ? { hours: field('', sketch.slots) } : {}),
    ...(sketch.place ? { place: field(sketch.place, sketch.place) } : {}),
    ...(sketch.audience ? { audience: field(sketch.audience, sketch.audience) } : {}),
    ...(sketch.theme ? { theme: field(sketch.theme, sketch.theme) } : {}),
    cells: [],
  };
}

/** A day, shortly. */
export function day(year: number, month: number, dayOfMonth: number): PlainDate {
  return { year, month, day: dayOfMonth };
}

/** A slot from `9h30`-style numbers. */
export function slot(start: [number, number], end?: [number, number], label?: string): TimeSlot {
  return {
    ...(label ? { label } : {}),
    start: { hour: start[0], minute: start[1] },
    ...(end ? { end: { hour: end[0], minute: end[1] } } : {}),
  };
}

/** A file report around hand-built sessions, as buildCalendars receives it from the engine. */
export function makeReport(sessions: Session[], options: { path?: string; title?: string; tree?: Root; sections?: DetailSection[] } = {}): FileReport {
  const programme: Programme = { ...(options.title ? { title: options.title } : {}), tables: [], sessions, sections: options.sections ?? [] };
  const tree: Root = options.tree ?? { type: 'root', children: [] };
  return { path: options.path ?? 'programme.md', programme, diagnostics: [], read: { programme, tree, readingTree: tree, source: undefined as never }, engine: { language: 'en', timezone: 'Europe/Paris' } };
}
