/*
 * The labels that ask when (`Date :`, `Quand ?`, `Dates et horaires`, `Où et quand`), one
 * vocabulary for every reader of fields, headings and leads (src/programme/when-labels.ts).
 */
import { describe, expect, it } from 'vitest';
import { whenLabelKind } from '../../src/programme/when-labels.js';

describe('a label that asks when', () => {
  it.each([
    ['Date', 'day'],
    ['**Dates :**', 'day'],
    ['Quand ?', 'day'],
    ['Jours', 'day'],
    ['When:', 'day'],
    ['Horaires', 'hours'],
    ['Date(s)', 'day'],
    ['Horaire(s) :', 'hours'],
    ['Date et heure', 'day and hours'],
    ['Dates et horaires :', 'day and hours'],
    ['Date/heure', 'day and hours'],
    ['Où et quand ?', 'day and place'],
    ['Date et lieu', 'day and place'],
    // The event it asks of, named after it (codevs-panel-pgo-acces-information-2024).
    ['Date et lieu du panel', 'day and place'],
    ['Dates de la formation', 'day'],
    ["Horaires de l'atelier", 'hours'],
  ])('%j asks for the %s', (label, kind) => {
    expect(whenLabelKind(label)).toBe(kind);
  });

  it.each(['Date limite', 'Date du rendu', "Date limite de l'atelier", 'Date de fin du stage', 'Date du panel solaire', 'Date 2', 'Lieu', 'Heure de début', 'Jour 1', 'Séance', ''])('%j names something else', (label) => {
    expect(whenLabelKind(label)).toBeUndefined();
  });
});
