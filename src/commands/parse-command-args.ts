import { parseArgs, type ParseArgsConfig } from 'node:util';
import { say } from '../diagnostics/catalogue.js';
import { isLanguage, type Language } from '../diagnostics/language.js';
import { localeLanguage } from '../diagnostics/locale.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { DEFAULT_LANGUAGE } from '../config/engine-settings.js';

/**
 * `parseArgs` for a command, strict, with its complaints (an unknown option, a missing
 * value) said in the run's language: Node writes them in English only.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw error;
    throw new UsageError(parseArgsMessage(error as Error, code, command, languageOfArguments(argv)));
  }
}

/** The language of a message said before the options are validated: a well-formed `--lang`, else the locale, else English. */
export function languageOfArguments(argv: readonly string[], environment: NodeJS.ProcessEnv = process.env): Language {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLanguage(value)) return value;
  }
  return localeLanguage(environment) ?? DEFAULT_LANGUAGE;
}

function parseArgsMessage(error: Error, code: string, command: string, language: Language): string {
  // Node names the option between quotes: "Unknown option '--foo'", "Option '--year <value>' argument missing".
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return say(language, 'option-unknown', { option, command });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return say(language, 'option-needs-value', { option });
  return error.message;
}
