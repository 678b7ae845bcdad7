/*
 * A journal's recap of a period it has logged day by day: `# Bilan de la semaine du
 * 09/05/22 au 13/05/22:` after the headings of those five days. A reader sees the days
 * already in the calendar, told again as a summary: no session of its own, and no step
 * back in the order of the entries. Only a heading or line that names itself a recap and
 * whose range holds days the page logged before it. Written by hand: the layout of a log.
 */
import { normaliseText } from '../dates/normalise-text.js';
import type { DayMention } from '../dates/types.js';
import type { SessionDraft } from './session-drafts.js';

// Folded first words of a recap's title, of a week or a month: `Bilan de la semaine`,
// `Récapitulatif du mois`, `Résumé de la semaine`, `Synthèse hebdomadaire`. Not `Bilan de
// mi-parcours`, `Bilan de compétences`, `Rétrospective Jacques Demy`: events of their own.
const RECAP_WORDS = /^(?:bilan|recapitulatif|recap|resume|synthese|retrospective)s? (?:de la semaine|de semaine|du mois|hebdomadaire|mensuel(?:le)?)(?![a-z])/;
// How many days logged before it the recap's range must hold: a summary of days, not one.
const LOGGED_DAYS = 2;

/** A day's place in the year, month then day, for comparing days of one year's log. */
function dayOfYear(mention: DayMention): number {
  return (mention.year ?? 0) * 400 + mention.month * 32 + mention.day;
}

/** Whether a draft's date is a single day (the days a log logs one by one). */
function loggedDay(draft: SessionDraft): DayMention | undefined {
  const expression = draft.dated?.line.expression;
  return expression?.kind === 'single' && draft.source === 'heading' ? expression.mentions[0] : undefined;
}

/** The drafts without the recaps of days logged before them (see above); drafts in document order. */
export function withoutPeriodRecaps(drafts: readonly SessionDraft[]): SessionDraft[] {
  const logged: DayMention[] = [];
  // A recap with slots of its own (`16h : entretien avec ma tutrice` under it) dates them: kept.
  const days = new Set(drafts.flatMap((draft) => (draft.day ? [draft.day] : [])));
  return drafts.filter((draft) => {
    const day = loggedDay(draft);
    if (day) logged.push(day);
    const line = draft.dated?.line;
    if (!line || days.has(draft) || line.expression.kind !== 'range' || !RECAP_WORDS.test(normaliseText(line.lead || line.title))) return true;
    const [from, to] = line.expression.mentions;
    if (!from || !to) return true;
    // A year written on the range's ends only (`du 09/05/22 au 13/05/22`) is compared as written.
    const key = (mention: DayMention, year: number | undefined) => dayOfYear({ ...mention, year: mention.year ?? year });
    const held = logged.filter((one) => key(one, from.year) >= key(from, from.year) && key(one, to.year) <= key(to, to.year));
    return held.length < LOGGED_DAYS;
  });
}
