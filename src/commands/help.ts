import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import { languageOfArguments } from './parse-command-args.js';

// Loaded only for `programme-sync --help` and an unknown command, so that the entry point
// stays small: start-up is what every command pays.

const mainHelp: Record<Language, string> = {
  en: `Usage: programme-sync <command> [FILES...] [options]

Commands:
  check    report what is wrong in each programme (writes nothing)
  build    check, then write each programme's calendar (.ics); --check only tells what is stale
  archive  copy this year's programme into archives/YYYY/ and link it (the yearly rollover)

Run "programme-sync <command> --help" for a command's options.
`,
  fr: `Utilisation : programme-sync <commande> [FICHIERS...] [options]

Commandes :
  check    signale ce qui ne va pas dans chaque programme (n’écrit rien)
  build    vérifie, puis écrit le calendrier (.ics) de chaque programme ; --check dit seulement ce qui n’est pas à jour
  archive  copie le programme de l’année dans archives/AAAA/ et le lie (le passage d’une année à l’autre)

Lancez « programme-sync <commande> --help » pour les options d’une commande.
`,
};

/** The help of `programme-sync` itself, in the language of the arguments or the locale. */
export function mainHelpText(argv: readonly string[]): string {
  return mainHelp[languageOfArguments(argv)];
}

/** The complaint about a command that does not exist. */
export function unknownCommandText(name: string, argv: readonly string[]): string {
  return say(languageOfArguments(argv), 'command-unknown', { name });
}
