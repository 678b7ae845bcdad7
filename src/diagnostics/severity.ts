/** How serious a diagnostic is; `error` fails `check`, the others only inform. */
export type Severity = 'error' | 'warning' | 'info';

/** Whether a string names a severity (for config files and flags). */
export function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warning' || value === 'info';
}
