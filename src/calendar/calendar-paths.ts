import { basename, dirname, extname, join } from 'node:path';
import { toPosix } from '../fs/paths.js';

/** Where a programme's calendar goes: `<name>.ics` beside it, or in `outDir`; `<name>.<audience>.ics` for one audience. */
export function calendarPath(programmePath: string, options: { outDir?: string; audienceSlug?: string } = {}): string {
  const name = basename(programmePath, extname(programmePath));
  const file = options.audienceSlug ? `${name}.${options.audienceSlug}.ics` : `${name}.ics`;
  const folder = options.outDir ?? dirname(programmePath);
  // Keep the display form the user gave (`docs/programme.md` -> `docs/programme.ics`, not `./docs/...`).
  return folder === '.' ? file : toPosix(join(folder, file));
}
