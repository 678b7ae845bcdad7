import { defineRule, relatedAt } from './define-rule.js';
import { findConflictMarkers } from '../programme/conflict-markers.js';

/** Unresolved merge-conflict markers: the file shows two versions at once. */
export const rule = defineRule({
  id: 'merge-conflict',
  severity: 'error',
  description: 'A merge-conflict marker (<<<<<<<, =======, >>>>>>>) left in the file.',
  check(context) {
    let opening: { line: number; column: number } | undefined;
    for (const marker of findConflictMarkers(context.source.text)) {
      const position = context.source.span(marker.start, marker.end);
      if (marker.kind === '<') opening = position.start;
      const related = marker.kind !== '<' && opening ? { related: relatedAt({ start: opening, end: opening }, context.say('related-first-marker', { line: opening.line })) } : {};
      context.report('merge-conflict', { marker: marker.text }, position, { actual: marker.text, ...related });
      if (marker.kind === '>') opening = undefined;
    }
  },
});
