/*
 * Dated list items that say their hours, or their day, inside their sentence rather than
 * right after an opening date (tests/fixtures/real: cc2920-messages-mai-2025,
 * fontainesgaronne-agenda-quartier-2024, nhoizey-ete-paris-2004, garanse-expos-2025), each
 * checked on a short page, with the near forms that must stay as they were (among them what
 * a review of the two rules found: lengths, returns, deadlines, news, chronologies, obituaries).
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// cc2920-messages-mai-2025, fontainesgaronne-agenda-quartier-2024: hours inside the item's title.
describe('a dated item whose sentence gives its hours inside its title', () => {
  const page = (...items: string[]) => ['# Messages de mai', '', ...items, ''];

  it('takes a range written in the sentence, wherever it stands', () => {
    expect(brief(page('- **14 mai** : Retour équipement de biathlon entre 18h00 et 19h00', "- **23 mai** : Pratique de la revue annuelle de 18h00 à 21h30 à l'école le Carrefour"), 2025, 5)).toEqual([
      '3 2025-05-14 18:00-19:00',
      '4 2025-05-23 18:00-21:30',
    ]);
  });

  it('takes no lone time from inside a sentence: a hand-in’s, a return’s, a meeting point’s', () => {
    expect(brief(page('- 20 janvier : Soutenances. Fin des commit sur GitLab à 16h (fin des rendus)', '- 27 janvier : Sortie au zoo, retour prévu vers 18h à l’école'), 2025, 1)).toEqual(['3 2025-01-20', '4 2025-01-27']);
  });

  // Found by review: a length, another moment's range, a quoted title's words.
  it('takes no range that is a length, another moment’s, or words of a quoted title', () => {
    expect(
      brief(
        page(
          "- 12 mai : Randonnée de 15 km au Ventoux (entre 4h et 5h de marche)",
          '- 19 mai : Randonnée au lac, compter entre 9h et 10h de marche',
          "- 26 mai : Vente de gâteaux (à déposer entre 8h et 8h30 à l'accueil)",
          '- 2 juin : Débat « Travailler de 9h à 17h, un modèle dépassé ? »',
        ),
        2025,
        5,
      ),
    ).toEqual(['3 2025-05-12', '4 2025-05-19', '5 2025-05-26', '6 2025-06-02']);
  });
});

// nhoizey-ete-paris-2004, fontainesgaronne-agenda-quartier-2024, garanse-expos-2025: events named first, their day tied by `le`, `les` or `du`.
describe('a list of events named first, each with its day tied to it', () => {
  const page = (...items: string[]) => ['# Agenda du quartier', '', 'Ce qui s’est tenu et ce qui vient :', '', ...items, ''];

  it('reads each event on its day, with the hours its sentence gives', () => {
    expect(brief(page("- Troc des plantes le 12 juin 2016 à l'ICAM de 10h à 13h", '- Repas de quartier le 3 juin 2016 Place Baudin à partir de 19h !', '- Exposition à Rueil du 26 au 28 mai 2016, Villa Sisley'), 2016, 5)).toEqual([
      '5 2016-06-12 10:00-13:00',
      '6 2016-06-03 19:00-',
      '7 2016-05-26 2016-05-27 2016-05-28',
    ]);
  });

  it('does not hold such a list to date order: it is listed by event', () => {
    expect(briefProblems(page('- Concert de Macéo Parker le 30 juin,', '- Festival Musicouleurs du 27 au 29 juin,', '- Concert de Michel Portal le 13 juillet'), { year: 2007, month: 6, day: 1 })).toEqual([]);
  });

  it('is not one sentence tying a day in passing, nor a list of records, estimates, exceptions or terms', () => {
    expect(brief(page('- Le festival aura des invités, dont un concert le 13 juin.', '- Il y a plein de concerts gratuits.', '- Le programme est en ligne.'), 2004, 5)).toEqual([]);
    for (const items of [
      ['- Microsoft (2018). State in ASP.NET [Consulté le 09 février 2019].', '- Andrew Lock (2017). Validators [Consulté le 12 février 2019].'],
      ['- vers le 15 février, premières floraisons de rhododendrons', '- vers le 15 mars, floraisons précoces'],
      ['- mardis 14h--16h, salle 2016 (sauf le 11 février : salle 2017).', '- jeudis 9h--11h, salle 280F (sauf le 6 février : absent).'],
      ['- Décret n° 2024-914 du 31 mars 2024 mettant fin aux fonctions', '- Décret n° 2024-915 du 31 mars 2024 portant nomination'],
      ['- Les congés du 22 décembre au 2 janvier,', '- Le planning du 5 octobre au 26 février.'],
      ['- Les inscriptions sont ouvertes jusqu’au 1er mars,', '- Le dossier est à rendre le 20 mars.'],
      // Found by review: names that are no event's (news, tasks, a chronology, an obituary, performers), asides, deadlines after the day.
      ['- Notre site change d’adresse le 1er juillet', '- La piscine rouvre le 3 juin', '- Les travaux de la rue commencent le 10 juin'],
      ['- Jean envoie le devis le 15 mars au plus tard', '- Sophie réserve la salle le 3 avril auprès de la mairie'],
      ['- Ouverture des États généraux le 5 mai 1789 à Versailles', '- Prise de la Bastille le 14 juillet 1789 à Paris'],
      ['- Marcel Durand, le 12 janvier, à l’âge de 92 ans', '- Simone Martin, le 3 février, à l’âge de 87 ans'],
      ['- Baptiste Trotignon le 12 juin,', '- Michel Portal le 13 juin,'],
      ['- Sortie au zoo de Vincennes (réponse souhaitée le 3 mai)', '- Visite du château de Versailles (autorisation à retourner le 10 mai)'],
      ['- Tombola de la kermesse le 3 mai : lots à déposer au plus tard ce jour-là', '- Loto des écoles le 10 mai : réponse souhaitée'],
      ['- Salle réservée le 12 mai par le club de judo', '- Salle des fêtes louée le 18 mai pour un mariage'],
    ]) {
      expect(brief(page(...items), 2024, 1), items[0]).toEqual([]);
    }
  });
});
