/*
 * The two settings about what becomes an event: where the sessions are read from, and
 * whether each session or each day is one event. Shared by the config file, the command
 * line and the Action's inputs, so that the three accept the same words.
 */

import type { SessionShape } from '../programme/read-programme.js';

export type { SessionShape };

/** Every value of the `sessions` setting, in the order the help lists them. */
export const sessionShapes: readonly SessionShape[] = ['auto', 'table', 'headings', 'lists'];

/** `session`: one event per session (per slot); `day`: one event per day, from its first start to its last end. */
export type Granularity = 'session' | 'day';

/** Every value of the `granularity` setting. */
export const granularities: readonly Granularity[] = ['session', 'day'];

/** Whether a value from a config file, a flag or an input is a `sessions` setting. */
export function isSessionShape(value: unknown): value is SessionShape {
  return typeof value === 'string' && (sessionShapes as readonly string[]).includes(value);
}

/** Whether a value from a config file, a flag or an input is a `granularity` setting. */
export function isGranularity(value: unknown): value is Granularity {
  return typeof value === 'string' && (granularities as readonly string[]).includes(value);
}
