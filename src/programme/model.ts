import type { Position } from 'unist';
import type { PlainDate, ResolvedDates, TimeSlot } from '../dates/types.js';

/**
 * A value read from the document, with the text it came from and the place of the
 * cell or node that held it, so every diagnostic can point at it.
 */
export interface Field<T> {
  /** The text as a reader sees it (markup removed, whitespace collapsed). */
  text: string;
  value: T;
  position: Position;
}

/** Whether a session will happen, as the document says. */
export type SessionStatus = 'confirmed' | 'cancelled' | 'tentative';

/** The column roles the reader recognises in a schedule table header. */
export type ColumnRole = 'title' | 'dates' | 'hours' | 'place' | 'audience' | 'theme';

/** A column of the schedule table: its header text, its role if any, its index. */
export interface Column {
  index: number;
  header: string;
  role?: ColumnRole;
  /**
   * Hours written in the header (`Cours (13:15 - 14:45)`): every row with something in
   * this column has that slot, labelled with the header's words (`Cours`).
   */
  slot?: TimeSlot;
  /**
   * Another group's day of the same session (`Groupe B` beside `Groupe A`, `Date TD2`
   * beside `Date TD1`): the row's session is held on this day too.
   */
  groupDates?: true;
  /**
   * The end of a period whose start is the dates column (`Début | Fin`, `Du | Au`, `Date de
   * début | Date de fin`): the row's session runs from the start's day to this one's.
   */
  periodEnd?: true;
  /**
   * The end of the slots the hours column starts (`Heure de début | Heure de fin`, `Début |
   * Fin` over clock hours): the row's slot ends at this cell's time.
   */
  hoursEnd?: true;
  /**
   * The weeks each row takes in a year's progression (`| **Date** | **Chapitres** | **Sem**
   * |` over `| **Lundi 4 novembre** | 04. Probabilités | 2 |` and `| | 05. Intégration | 2
   * |`): a row dates the start of a period, the undated rows below are its next chapters.
   */
  weeksSpent?: true;
  /**
   * The dates column is the title column too: each title writes its session's day
   * (`Séance 1 - mardi 16 septembre 2025, 14h-16h`, `TP noté (lundi 12/02/2024)`); the
   * words before the date are the title, the date and its hours the dates cell.
   */
  titled?: true;
  position: Position;
}

/**
 * Where a session was written: a row of a schedule table, a dated heading, a row of a
 * day's agenda under a dated heading, or a dated list item.
 */
export type SessionSource = 'table' | 'heading' | 'agenda' | 'list';

/** One session of the programme: a row of a schedule table, or a dated heading, agenda slot or list item. */
export interface Session {
  /** Where it was written. */
  source: SessionSource;
  /** For a table row: the index of its table in `Programme.tables`. */
  tableIndex?: number;
  /** For a table row: its 0-based index among its table's body rows. */
  tableRow?: number;
  /** For a later day of a row's stacked dates cell (stacked-cell-rows.ts): in order by the row's first day. */
  stackedDay?: true;
  /** For a dated list item: the offset where its list begins, so that items of two lists (two teams' fixtures) are told apart. */
  listStart?: number;
  /**
   * A list item that opens with the group it is for (`ACA / SCT [23/09/2026] - Salle 217`):
   * each group of a course has its own day, so the items keep no date order between them. A
   * Gantt chart's task, listed under its section (mermaid-gantt.ts), keeps none either, nor
   * does an artist's caption of a show, listed with the work it shows (event-noun-parts.ts),
   * nor a task whose day is one of its fields (`Analyse - 17/03 au 20/03 - vélocité 3`, dash-field-dates.ts).
   */
  groupItem?: true;
  /**
   * The weekday the page holds its sessions on, as a habit its practical information writes
   * with their hours (`le dernier vendredi de chaque mois, rdv 12h30`, series-hours.ts), and
   * the line that writes it: a session on another weekday is checked against it.
   */
  habitWeekday?: { weekday: number; line: number; byKind?: true };
  /**
   * For a table of group columns (`Groupe 1 (lundi 8h-10h)`): the index of the column whose
   * day it takes. Each group's column is in date order on its own, not across groups.
   */
  groupColumn?: number;
  /**
   * For a cell of a day's grid of parallel tracks (`Salle A | Salle B`): its track's header.
   * Slots of different tracks run side by side; each track is checked on its own.
   */
  track?: string;
  /** Plain-text title (markup removed); from the theme, else the audience, when there is no title column. */
  title: Field<string>;
  /** 0-based order of the session in the document, whatever its source (events of a day keep it). */
  rowIndex: number;
  /**
   * For a table row whose dates cell was left empty under the day's first slot (an
   * agenda): the row the day was carried down from, by its index in `Programme.sessions`.
   */
  dayFrom?: number;
  /** The whole row's place in the document. */
  position: Position;
  status: SessionStatus;
  /** The dates cell; `value` is undefined when it could not be read or resolved. */
  dates: Field<ResolvedDates | undefined>;
  /** The hours cell; `value` is empty when it gives no clock hours, undefined when unreadable. */
  hours?: Field<TimeSlot[] | undefined>;
  place?: Field<string>;
  audience?: Field<string>;
  theme?: Field<string>;
  /** What the title cell says beside the name, such as why it is cancelled (`reporté au 12 mars`). */
  remark?: Field<string>;
  /** Every cell of the row, in column order, as written. */
  cells: Array<Field<string>>;
  /**
   * Announced in a sentence of running text (`L'examen final sera le 13 décembre de 15h à
   * 18h.`), not written in a list of dates: prose is in no date order. `cancels`: the
   * sentence only cancels the session listed on its day (`Le cours du 14 octobre est annulé`).
   */
  announced?: true | 'cancels';
}

/** A `- **Heures** : ...` style line of a detail section. */
export interface SectionField {
  /** The label as written (`Heures`, `Lieu`). */
  name: string;
  /** The role the label maps to, when known. */
  role?: 'hours' | 'place' | 'theme';
  /** The value after the colon. */
  field: Field<string>;
}

/** A day a sub-heading of a detail section opens with, once given its month and year. */
export interface SubHeadingDay {
  date: PlainDate;
  /** The weekday as written, 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

/**
 * A deeper heading inside a detail section that opens with a day
 * (`#### Jeudi 5 septembre - Rétrospectif` under `### Séminaire | 5 & 6 septembre`).
 */
export interface SubHeading {
  /** The heading's plain text. */
  heading: Field<string>;
  depth: number;
  /** The day's words (`Jeudi 5 septembre`) and place; `value` undefined when no such day exists or no year is known. */
  day: Field<SubHeadingDay | undefined>;
}

/** A heading that carries a date (`### Session EIG | 14 mars`) and the fields under it. */
export interface DetailSection {
  /** The heading's plain text. */
  heading: Field<string>;
  /** Heading depth (1..6). */
  depth: number;
  /** The date the heading carries; `value` undefined when it could not be resolved. */
  dates: Field<ResolvedDates | undefined>;
  hours?: Field<TimeSlot[] | undefined>;
  place?: Field<string>;
  theme?: Field<string>;
  fields: SectionField[];
  /** The sub-headings that open with a day, in document order. */
  subHeadings: SubHeading[];
  /** From the heading to the line before the next heading of the same or higher level. */
  position: Position;
}

/** A schedule table as found in the document. */
export interface ScheduleTable {
  columns: Column[];
  position: Position;
  /** The header row's place. */
  headerPosition: Position;
}

/** Everything programme-sync knows about one programme file. */
export interface Programme {
  /** The document's first heading, plain text (the calendar's name). */
  title?: string;
  /** Every schedule table, in document order (a document may hold one per day, or upcoming and past). */
  tables: ScheduleTable[];
  sessions: Session[];
  sections: DetailSection[];
}
