/** Who publishes a calendar: written as the ORGANIZER of every event, which RFC 5546 requires of a METHOD:PUBLISH calendar. */
export interface Organizer {
  /** The name clients show (the CN parameter); absent when only an address was given. */
  name?: string;
  /** The e-mail address, written as a `mailto:` URI. */
  email: string;
}

/** The form the setting takes, for messages. */
export const organizerForm = 'Name <email>';

// An address as calendar clients take it: one @, no spaces, and none of the characters that
// would end a URI value or a parameter (`<>"`, `;:,`, the backslash).
const addressPattern = /^[^\s<>"@;:,\\]+@[^\s<>"@;:,\\]+$/;

/**
 * Reads `Name <email>` (or a bare `email`); undefined when the text has another form. A
 * name may not hold a double quote or a control character: RFC 5545 parameter values
 * cannot carry them.
 */
export function parseOrganizer(text: string): Organizer | undefined {
  const trimmed = text.trim();
  if (addressPattern.test(trimmed)) return { email: trimmed };
  const open = trimmed.lastIndexOf('<');
  if (open < 0 || !trimmed.endsWith('>')) return undefined;
  const email = trimmed.slice(open + 1, -1).trim();
  const written = trimmed.slice(0, open);
  if (!addressPattern.test(email) || /["\p{Cc}]/u.test(written)) return undefined;
  const name = written.trim();
  return name === '' ? { email } : { name, email };
}
