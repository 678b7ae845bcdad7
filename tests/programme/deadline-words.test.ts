/*
 * The shared words of a deadline or a bound (src/programme/deadline-words.ts) and the three
 * anchorings the readers build from them: at the end of the words before a date or a time,
 * anywhere in a sentence, at a title's start. On folded text, as every reader folds it.
 */
import { describe, expect, it } from 'vitest';
import {
  DEADLINE_PHRASES,
  DEADLINE_PREPOSITIONS,
  FROM_A_DATE,
  HAND_IN,
  LIMIT,
  UNTIL,
  beforeADate,
  wordsAnywhere,
  wordsAtEnd,
  wordsAtStart,
} from '../../src/programme/deadline-words.js';

describe('the words of a deadline or a bound', () => {
  const beforeADeadline = wordsAtEnd([...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, LIMIT, ...UNTIL], true);

  it.each(["a rendre avant le", "jusqu'au", 'jusqu au', 'au plus tard le', 'date limite :', "candidatez d'ici le", 'limite', "ouvert jusqu'a"])(
    'end the words before a deadline: %s',
    (text) => expect(beforeADeadline.test(text)).toBe(true),
  );

  it.each(['la classe passera le', 'davant le', 'les places limitees', 'reunion le'])('do not end other words: %s', (text) => expect(beforeADeadline.test(text)).toBe(false));

  it('open a period with their article only', () => {
    const opens = wordsAnywhere(FROM_A_DATE);
    expect(opens.test('inscriptions a partir du 3 mai')).toBe(true);
    expect(opens.test('ouvert des le 3 mai')).toBe(true);
    // `après le` names as often what comes before (`après le concert`): not a bound here.
    expect(opens.test('apero apres le concert')).toBe(false);
    expect(opens.test('apero apres la reunion')).toBe(false);
    expect(opens.test('accueil des 8h')).toBe(false);
  });

  it('find a hand-in anywhere, as whole words', () => {
    const handIn = wordsAnywhere(HAND_IN);
    expect(handIn.test('tp 2 a remettre')).toBe(true);
    expect(handIn.test('les rendus sont dus avant 23h59')).toBe(true);
    expect(handIn.test('rendez-vous devant la mairie')).toBe(false);
  });

  it('tie a preposition to the date after it', () => {
    const deadline = wordsAnywhere(beforeADate(DEADLINE_PREPOSITIONS));
    expect(deadline.test('a rendre avant le 30 juin')).toBe(true);
    expect(deadline.test("candidatez d'ici le 2 decembre")).toBe(true);
    expect(deadline.test('accueil avant 18h')).toBe(false);
  });

  it('open a title that is the hand-in', () => {
    const title = wordsAtStart([...HAND_IN, ...DEADLINE_PHRASES]);
    expect(title.test('rendu du travail avant 12h')).toBe(true);
    expect(title.test('date limite d\'envoi 23h59')).toBe(true);
    expect(title.test('rendez-vous a 18h')).toBe(false);
  });
});
