// Writes a programme of N sessions (dates, hours, places, themes, detail sections) for the
// benchmark. Deterministic: the same N gives the same bytes.
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const hours = ['9h - 18h30', '14h - 18h30', '9h30 - 18h pour les EIG, 14h - 18h pour les mentors', 'Les 2 jours', '14:00-16:00'];

/** The markdown of a programme with `count` sessions, starting in 2019, in order. */
export function generateProgramme(count) {
  const rows = [];
  const sections = [];
  for (let i = 0; i < count; i++) {
    // Sessions run in date order, one every other day (so a two-day session never meets the
    // next one), 14 a month, across as many years as needed: a valid programme, as a real one is.
    const inYear = i % 168;
    const month = Math.floor(inYear / 14);
    const day = (inYear % 14) * 2 + 1;
    const year = 2019 + Math.floor(i / 168);
    const dates = inYear === 0 ? `${day} ${months[month]} ${year}` : i % 7 === 3 ? `${day} & ${day + 1} ${months[month]}` : `${day} ${months[month]}`;
    const title = i % 2 === 0 ? `Session EIG ${i}` : `Mentors ${i}`;
    const place = `Salle ${i % 17}, bâtiment ${String.fromCharCode(65 + (i % 5))}`;
    rows.push(`| ${title} | ${dates} | ${hours[i % hours.length]} | ${place} | Thème ${i % 23} |`);
    if (i % 4 === 0) {
      sections.push(`### ${title} | ${day} ${months[month]} ${year}\n\n- **Heures** : ${hours[i % hours.length]}\n- **Lieu** : ${place}\n`);
    }
  }
  return [
    '# Programme généré pour le banc d’essai',
    '',
    '| SESSIONS | DATES | HORAIRES | LIEU | THÉMATIQUE |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Présentation détaillée des sessions',
    '',
    ...sections,
  ].join('\n');
}

const tableHours = ['9h - 18h30', '14h - 18h30', '9h30 - 12h', '14:00-16:00', '18h - 20h'];

/**
 * The markdown of a table-only programme with `count` sessions: one row a day on following
 * days from 1 January 2019, each with hours and a place, and no detail section, so the
 * markdown parse is light and the calendar is most of a build. The year is written on the
 * first row of each year, as a programme spanning years does.
 */
export function generateTableProgramme(count) {
  const rows = [];
  const day = new Date(Date.UTC(2019, 0, 1));
  for (let i = 0; i < count; i++) {
    const d = day.getUTCDate();
    const month = months[day.getUTCMonth()];
    const dates = day.getUTCMonth() === 0 && d === 1 ? `${d} ${month} ${day.getUTCFullYear()}` : `${d} ${month}`;
    rows.push(`| Atelier ${i} | ${dates} | ${tableHours[i % tableHours.length]} | Salle ${i % 17}, bâtiment ${String.fromCharCode(65 + (i % 5))} |`);
    day.setUTCDate(d + 1);
  }
  return ['# Programme au tableau seul', '', '| SESSIONS | DATES | HORAIRES | LIEU |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
