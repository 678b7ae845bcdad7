/*
 * Words by which a page or a heading names itself the record of a meeting already held:
 * `Compte rendu de la réunion du 3 novembre 2018`, `Procès-verbal d'Assemblée Générale du
 * 26/01/2019`, `Vote du procès verbal du 18 novembre 2016`, `PV du conseil du 12 mai`,
 * `Relevé de décisions du 4 mars`, `Retour sur la rencontre LibreOffice`. Minutes are
 * written after the meeting, about it: the day they name is the meeting they record, not a
 * session a reader would put in a calendar (the reader of asn42-reunion-2018-11-03,
 * asn42-pv-assemblee-generale-2019, aius-pv-comite-2016-11-29 and
 * bluehats-libreoffice-2023-compte-rendu lists none). A page of several past meetings, each
 * under a heading that names the meeting (`## Conseil du 24/02/2023` on a page titled `Les
 * compte-rendus`), is read as a log of them, as course logs are: only the words before a
 * date, or a page's own name, count. `Bilan` is not one of these words: a meetup may be held
 * to draw up the season's (`Meetup estival : bilan de la saison`).
 */
import { normaliseText } from '../dates/normalise-text.js';
import type { MetadataEntry } from './metadata-values.js';

// Folded words, whole, that name minutes or an account of a meeting. Not the English
// `minutes`: `Quiz de 10 minutes du 3 mars` is a session.
const RECORD = /(?:^|[^a-z])(?:comptes?[- ]rendus?|cr de la reunion|proces[- ]verbal|proces[- ]verbaux|pv (?:de|du|des|d)|releve de decisions|releve des decisions|retour sur)(?![a-z])/;

/** Whether a text (a heading's words before its date, a page's title) names the record of a meeting held. */
export function namesAMeetingRecord(text: string): boolean {
  // `PV d'AG` reads as `pv d ag`.
  return RECORD.test(normaliseText(text).replace(/['\u2019]/g, ' '));
}

// Keys of a page's name and summary (`title: Réunion de comité` over `subtitle: Procès verbal`).
const NAME_KEYS = new Set(['title', 'titre', 'subtitle', 'sous titre', 'description']);

/**
 * Whether the page names itself the record of a meeting held, in its metadata's name or
 * summary or in its title (`# ASN - Compte rendu de la réunion du 3 novembre 2018`): it is
 * no event's page, and the coming events its sentences announce (`Le DMI sera organisé le
 * mardi 13 décembre 2016`) are the sessions it gives.
 */
export function pageIsMeetingRecord(entries: MetadataEntry[], title: string | undefined): boolean {
  return entries.some((entry) => NAME_KEYS.has(entry.key) && namesAMeetingRecord(entry.value)) || (title !== undefined && namesAMeetingRecord(title));
}
