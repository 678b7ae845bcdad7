/**
 * Whether a name is an IANA time zone this runtime knows (`Europe/Paris`). Intl is the
 * authority luxon itself asks; asking it directly keeps the command line from loading
 * luxon just to validate a flag.
 */
export function isValidTimeZone(name: string): boolean {
  if (!name.includes('/') && name !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
