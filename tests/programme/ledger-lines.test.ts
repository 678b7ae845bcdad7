/*
 * A treasurer's lines of accounts open with their day as a programme's lines do
 * (`30-07-2018 >> Paiement n° 389 ]>1500€`): they record money moved, not sessions.
 */
import { describe, expect, it } from 'vitest';
import { isLedgerEntry } from '../../src/programme/ledger-entry.js';
import { sessionRows } from '../helpers/read.js';

describe('lines of accounts', () => {
  it('reads no session in a paragraph of payments and invoices, and warns of no order', () => {
    const text = [
      '# Compta',
      '',
      '30-07-2018 >> Paiement n° 389 ]>1500€ ; < Subvention Région >',
      '10-07-2018 >> Paiement n° 390 ]>3000€ ; < avance >',
      '24-07-2018 >> Facture n° 2018-07-24_00138 ]>1852,44€ ; < frais kilométriques >',
    ].join('\n');
    expect(sessionRows(text)).toEqual([]);
  });

  it('reads no session in a list of transfers, but keeps the dated sessions beside them', () => {
    const text = ['- 05/05/2024 : virement de 120 euros au traiteur', '- 12/05/2024 : Atelier vélo (14h-17h)', '- 19/05/2024 : Atelier couture'].join('\n');
    expect(sessionRows(text).map((row) => row[0])).toEqual([2, 3]);
  });

  it('needs both a transaction and a sum: a priced workshop or a word alone is a session', () => {
    expect(isLedgerEntry(' >> Paiement n° 390 ]>3000€')).toBe(true);
    expect(isLedgerEntry(' : remboursement 12,50 EUR')).toBe(true);
    expect(isLedgerEntry(' : Atelier cuisine, 15 €')).toBe(false);
    expect(isLedgerEntry(' : Paiement des cotisations en ligne')).toBe(false);
  });
});
