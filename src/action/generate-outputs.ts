import type { FileReport } from '../pipeline.js';
import type { GeneratedFile } from './generated-file.js';
import type { Settings } from './settings.js';

/**
 * The one place the Action asks what to generate for the programmes just checked
 * (calendars, refreshed link blocks). ADAPTER until `programme-sync build` is on main:
 * it returns no file, so the Action only checks; replace its body with the build steps.
 */
export async function generateOutputs(reports: readonly FileReport[], settings: Settings): Promise<GeneratedFile[]> {
  void reports;
  void settings;
  return [];
}
