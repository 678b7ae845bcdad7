import ICAL from 'ical.js';

/** An event as an independent parser (ical.js) reads it. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  /** `2019-03-29T08:00:00Z` for a time, `2019-05-16` for a day. */
  start: string;
  end: string | null;
  status: string;
  sequence: number;
  dtstamp: string;
  description: string;
  location: string | null;
}

/** Parses a calendar with ical.js; throws on anything it cannot read. */
export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const value = (name: string) => vevent.getFirstPropertyValue(name);
    const end = value('dtend');
    return {
      uid: String(value('uid')),
      summary: String(value('summary')),
      start: String(value('dtstart')),
      end: end === null ? null : String(end),
      status: String(value('status')),
      sequence: Number(value('sequence')),
      dtstamp: String(value('dtstamp')),
      description: String(value('description') ?? ''),
      location: value('location') === null ? null : String(value('location')),
    };
  });
  return { calendar, events };
}
