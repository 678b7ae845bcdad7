/*
 * The README's "Each form, by example" section is a test: each ```markdown example is
 * checked as `programme-sync check` checks a file, and the sessions part of the report must
 * be the block that follows it. Words after `markdown` set the reading (`sessions=headings`,
 * as `.programme-sync.json` or `--sessions` would). A coordinator reads there what the tool
 * does today, for every form it knows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/pipeline.js';
import type { SessionShape } from '../../src/programme/read-programme.js';
import { formatTextReport } from '../../src/report/text-report.js';
import { repoRoot } from '../helpers/corpus.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const start = readme.indexOf('\n### Each form, by example\n');
// The section ends at the next heading of its level or above, outside a code block.
function sectionEnd(from: number): number {
  let fenced = false;
  let at = from;
  for (const line of readme.slice(from).split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced && at > from && /^#{1,3} /.test(line)) return at;
    at += line.length + 1;
  }
  return readme.length;
}
const section = readme.slice(start, sectionEnd(start + 1));

// Each example: its markdown, the words after `markdown`, and the report block after it.
const examples = [...section.matchAll(/^```markdown([^\n]*)\n([\s\S]*?)^```\n\n```\n([\s\S]*?)^```$/gm)].map((match) => ({
  meta: match[1]!.trim(),
  text: match[2]!,
  read: match[3]!.trimEnd(),
  line: readme.slice(0, start + match.index).split('\n').length + 1,
}));

describe("the README's examples of each form", () => {
  it('are there: tables, dates, carry-down, header hours, several tables, HTML, headings, agendas, lists, logs, boxes, front matter, moved and cancelled, the sessions setting', () => {
    expect(examples.length).toBeGreaterThanOrEqual(14);
  });

  for (const example of examples) {
    it(`reads the example on line ${example.line} as the README shows`, () => {
      const sessions = /sessions=(\w+)/.exec(example.meta)?.[1] as SessionShape | undefined;
      const report = checkText('programme.md', example.text, {
        language: 'en',
        timezone: 'Europe/Paris',
        referenceDate: () => undefined,
        repositoryPath: () => undefined,
        ...(sessions ? { sessions } : {}),
      });
      const printed = formatTextReport([report], 'en').trimEnd().split('\n');
      // The README shows no problem and leaves out the totals line: an example that raised one would say so here.
      expect(printed.at(-1)).toBe('0 errors, 0 warnings in 1 file');
      expect(printed.slice(0, -2).join('\n')).toBe(example.read);
    });
  }
});
