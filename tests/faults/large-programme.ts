const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/**
 * A programme of `rows` sessions followed by `proseBytes` of presentation text, with a
 * managed calendar block (holding `block`): large enough that writing it takes a while.
 * `place` changes every session's place, so two places give two different calendars.
 */
export function largeProgramme(rows: number, place: string, options: { block?: string; proseBytes?: number } = {}): string {
  const block = options.block ?? '';
  const lines = [
    '# Programme 2019',
    '',
    '<!-- programme-sync:calendar -->',
    ...(block ? [block] : []),
    '<!-- /programme-sync:calendar -->',
    '',
    '| SESSIONS | DATES | HORAIRES | LIEU | PUBLIC |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (let i = 0; i < rows; i++) {
    const day = (i % 28) + 1;
    const month = months[Math.floor(i / 28) % 12]!;
    const audience = ['EIG', 'mentors', 'EIG + mentors'][i % 3]!;
    lines.push(`| Session ${i} — atelier « données ouvertes » n°${i} | ${day} ${month} | 9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors | ${place} ${i}, salle Émile-Zola | ${audience} |`);
  }
  const paragraph = 'Présentation du programme : les sessions réunissent les équipes et leurs mentors autour des données. '.repeat(20);
  const prose = Array.from({ length: Math.ceil((options.proseBytes ?? 0) / (paragraph.length + 2)) }, () => paragraph);
  return [...lines, '', ...prose.flatMap((text) => [text, ''])].join('\n');
}
