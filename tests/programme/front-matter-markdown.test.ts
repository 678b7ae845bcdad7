/*
 * A programme written inside the front matter as a markdown block scalar a theme renders
 * (Jekyll Minimal Mistakes' `feature_row:` items with `excerpt: >`), as a theatre troupe's
 * page writes its performances (theatralementvotre).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const page = (excerpt: string[]) =>
  ['---', 'layout: splash', "title: A l'affiche", 'feature_row:', '  - image_path: /assets/img/affiche.jpeg', '    title: "La pièce"', ...excerpt, '    url: "#lien"', '---', '', '{% include feature_row %}', ''].join('\n');

describe('the markdown a front matter block scalar holds', () => {
  it('reads its dated bold lines as sessions, at their lines', () => {
    const text = page(['    excerpt: >', '      ### Comédie', '', '      ## À vos agendas!', '', '      **Samedi 08 février 2025 20h30**<br />', '      Théâtre de la Rastaquouère<br>', '', '', '      **Samedi 22 février 2025 20h30**<br />', '      Palais des Festivités<br />']);
    const sessions = check(text).programme.sessions.map(sessionToJson);
    expect(sessions.map((s) => `${s.line} ${s.days.join(',')} ${s.times.map((t) => t.start).join(',')}`)).toEqual(['12 2025-02-08 20:30', '16 2025-02-22 20:30']);
  });

  it('leaves a plain summary block to the metadata: no session from it', () => {
    const text = page(['    excerpt: >', '      Une comédie créée le 8 février 2025,', '      jouée depuis dans toute la région.']);
    expect(check(text).programme.sessions.filter((s) => s.dates.value)).toEqual([]);
  });
});

// wescale-formation-docker-k8s-2020 (held-out set 16): a training's page whose next sessions
// are lines of its `subtitle: |` broken with `<br>`, as the theme shows them.
describe('a block scalar whose lines are broken with <br>', () => {
  it('reads each dated line as a session, at its line', () => {
    const text = ['---', 'layout: formation', 'title: Formation Docker et Kubernetes', 'subtitle: |', '    Nos prochaines formations<br>', '    5 au 7 février 2020 Paris<br>', '    3 au 5 mars 2020 Paris<br>', 'duree: 3 jours', '---', '', 'Programme de la formation.', ''].join('\n');
    const sessions = check(text).programme.sessions.map(sessionToJson);
    expect(sessions.map((s) => `${s.line} ${s.days.join(',')}`)).toEqual(['6 2020-02-05,2020-02-06,2020-02-07', '7 2020-03-03,2020-03-04,2020-03-05']);
  });
});
