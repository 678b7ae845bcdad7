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

// Folded words, whole, that name the minutes of a meeting. Not the English `minutes`:
// `Quiz de 10 minutes du 3 mars` is a session.
const MINUTES = /(?:^|[^a-z])(?:comptes?[- ]rendus?|cr de la reunion|proces[- ]verbal|proces[- ]verbaux|pv (?:de|du|des|d)|releve de decisions|releve des decisions)(?![a-z])/;
// Folded words that name a narrative account of an event held (`Retour sur la rencontre`,
// `Retour en images et en texte de cette spéciale 10 ans de DevoxxFR`).
const ACCOUNT = /(?:^|[^a-z])retour (?:sur|en images)(?![a-z])/;
// What an opening paragraph says of a story only (`Retour en images et en texte de…`): not
// `retour sur`, which an announcement writes too (`le festival fait son grand retour sur les quais`).
const OPENING_ACCOUNT = /(?:^|[^a-z])retours? en images(?![a-z])/;
// Folded words that name the report of a year or a term gone by (`Rapport annuel 2023`,
// `Rapport d'activité 2022`, `Rapport moral`, `Bilan annuel`, `Bilan de l'année`): an
// association's account of its past walks, meetings and evenings, read at its general
// assembly, not an agenda (the reader of agas-rapport-annuel-2023 lists none of its dated
// items). Not `bilan` alone: a meetup may be held to draw up a season's.
const REPORT = /(?:^|[^a-z])(?:rapports? (?:annuels?|moral|moraux|d activites?)|bilans? (?:annuels?|d activites?|de l annee))(?![a-z])/;
// A page that names itself a journal of decisions (`# Journal des décisions`, `Registre des
// décisions`, `Decision log`) is such a record too: each date is the day a decision was
// taken, no session (the reader of vigilia-decisions-2026 lists none). Only as the name's
// first words: `Formation : tenir le registre des décisions` is a training.
const DECISIONS = /^(?:(?:journal|registre) des decisions|decision log)(?![a-z])/;

/**
 * A record of what was held: minutes, which list what was decided and the dates to come; an
 * account of one event, told as a story; or the report of a year gone by (REPORT), whose
 * dated items and headings tell what happened in it.
 */
export type MeetingRecord = 'minutes' | 'account' | 'report';

/**
 * What record of a meeting held a text (a heading's words before its date, a page's title)
 * names: its minutes, which list what was decided, coming dates among them; a year's
 * report; or an account, told as a story; undefined when it names none.
 */
export function meetingRecordOf(text: string): MeetingRecord | undefined {
  // `PV d'AG` reads as `pv d ag`.
  const folded = normaliseText(text).replace(/['\u2019]/g, ' ');
  if (MINUTES.test(folded)) return 'minutes';
  if (REPORT.test(folded) || DECISIONS.test(folded.replace(/^[^a-z]+/, ''))) return 'report';
  return ACCOUNT.test(folded) ? 'account' : undefined;
}

/** Whether a text (a heading's words before its date, a page's title) names the record of a meeting held. */
export function namesAMeetingRecord(text: string): boolean {
  return meetingRecordOf(text) !== undefined;
}

// Keys of a page's name and summary (`title: Réunion de comité` over `subtitle: Procès verbal`).
const NAME_KEYS = new Set(['title', 'titre', 'subtitle', 'sous titre', 'description']);

/**
 * What record of a meeting held the page names itself, in its metadata's name or summary
 * or in its title (`# ASN - Compte rendu de la réunion du 3 novembre 2018`): either makes it
 * no event's page; minutes (not an account, a story of the day) give as sessions the coming
 * events their sentences announce (`Le DMI sera organisé le mardi 13 décembre 2016`).
 */
export function pageMeetingRecord(entries: MetadataEntry[], title: string | undefined): MeetingRecord | undefined {
  const kinds = [...entries.filter((entry) => NAME_KEYS.has(entry.key)).map((entry) => entry.value), ...(title === undefined ? [] : [title])].map(meetingRecordOf);
  return kinds.includes('minutes') ? 'minutes' : kinds.includes('report') ? 'report' : kinds.find((kind) => kind !== undefined);
}

// How much of a page's opening paragraph is read for the words of an account: its first sentences.
const OPENING_LENGTH = 300;

/**
 * Whether a page's opening paragraph names the page an account of an event held (`*ENFIN !!
 * … Retour en images et en texte de cette spéciale 10 ans de DevoxxFR…*`): a blog's story of
 * the days it lived, its dated headings those days, not a programme.
 */
export function opensAsAccount(opening: string): boolean {
  return OPENING_ACCOUNT.test(normaliseText(opening.slice(0, OPENING_LENGTH)));
}
