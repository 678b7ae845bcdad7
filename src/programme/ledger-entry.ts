/*
 * A dated line of accounts: `30-07-2018 >> Paiement n° 389 ]>1500€ ; < Subvention Région >`,
 * `12/03/2024 - Facture 2024-031 : 240 €`, `- 5 mai : virement de 120 euros`. A treasurer's
 * report (a board meeting's `Compta` part, an association's annual accounts) lists its
 * payments and invoices one a line, each opening with its day, as a programme lists its
 * sessions; a reader sees from the words what they are: the line opens with the name of a
 * transaction and states a sum of money. Such a line records money moved on that day, not a
 * session anyone attends, and its days follow the books, not a calendar's order.
 */
import { normaliseText } from '../dates/normalise-text.js';

// Folded names of a transaction or a piece of accounts, opening what follows the date
// (marks such as `>>`, `-` or `:` aside). Not `cotisation` or `achat`, which name
// deadlines and group purchases a programme announces (`Achat groupé de graines`).
const TRANSACTION =
  /^[^a-z0-9]{0,6}(?:paiements?|factures?|virements?|versements?|encaissements?|remboursements?|prelevements?|depenses?|recettes?|avoirs?|recus?|notes? de frais|debits?|credits?)(?![a-z])/;

// A sum of money: digits then a currency (`1500€`, `0,2€`, `1 852,44 €`, `120 euros`,
// `60 CHF`), or a currency sign before them (`€ 20`, `$20`). Digits bounded, so the
// expression reads in linear time.
const AMOUNT = /(?:\d[\d\s.,']{0,12}\s?(?:\u20ac|eur|euros?|chf|fr\.?|francs?|\$)(?![a-z])|(?:\u20ac|\$)\s?\d)/;

/** Whether a text names a sum of money (`Adhésion : 25 €`, `120 euros`). */
export function namesAnAmount(text: string): boolean {
  return AMOUNT.test(normaliseText(text));
}

/** Whether what follows a line's date (`>> Paiement n° 389 ]>1500€`) records a payment or an invoice: a line of accounts, no session. */
export function isLedgerEntry(afterDate: string): boolean {
  const folded = normaliseText(afterDate);
  return TRANSACTION.test(folded) && AMOUNT.test(folded);
}
