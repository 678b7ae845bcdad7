import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Heading, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/programme/plain-text.js';
import { fileAndLinkRules as otherChecks, scheduleRules } from '../../src/rules/index.js';
import { repoRoot } from '../helpers/corpus.js';
import { check } from '../helpers/read.js';

interface DocSection {
  id: string;
  summary: string;
  bad: string[];
  good: string[];
}

// docs/rules.md, cut at its `## rule-id` headings; examples are ```markdown bad / good blocks.
function readDocs(): DocSection[] {
  const tree = unified().use(remarkParse).parse(readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8'));
  const sections: DocSection[] = [];
  let current: DocSection | undefined;
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading' && (node as Heading).depth === 2) {
      current = { id: plainText(node), summary: '', bad: [], good: [] };
      sections.push(current);
    } else if (current && node.type === 'paragraph' && current.summary === '') {
      current.summary = plainText(node);
    } else if (current && node.type === 'code' && (node as Code).lang === 'markdown') {
      const kind = (node as Code).meta;
      if (kind === 'bad' || kind === 'good') current[kind].push((node as Code).value + '\n');
    }
  }
  return sections;
}

const docs = readDocs();

describe('docs/rules.md documents every rule, and its examples are the rule\'s tests', () => {
  it('has one section per rule, in the order of the registry, then the file and link checks', () => {
    expect(docs.map((d) => d.id)).toEqual([...scheduleRules.map((r) => r.id), 'Checks of the file and its links']);
  });

  it('documents each file and link check under its own id, with its severity and description', () => {
    const text = readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8');
    for (const rule of otherChecks) expect(text).toContain(`### ${rule.id}\n\n*${rule.severity}* · ${rule.description}\n`);
  });

  for (const rule of scheduleRules) {
    const section = docs.find((d) => d.id === rule.id);
    describe(rule.id, () => {
      it('states the default severity and the one-line description', () => {
        expect(section?.summary).toBe(`${rule.severity} · ${rule.description}`);
      });

      it('has a bad and a good example', () => {
        expect(section?.bad.length).toBeGreaterThan(0);
        expect(section?.good.length).toBeGreaterThan(0);
      });

      for (const [index, example] of (section?.bad ?? []).entries()) {
        it(`bad example ${index + 1} is reported by ${rule.id} and nothing else, at its default severity, in both languages`, () => {
          for (const language of ['en', 'fr'] as const) {
            const { diagnostics } = check(example, { language });
            expect(diagnostics.length).toBeGreaterThan(0);
            expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual(diagnostics.map(() => [rule.id, rule.severity]));
            for (const d of diagnostics) expect(d.url).toBe(`docs/rules.md#${rule.id}`);
          }
        });
      }

      for (const [index, example] of (section?.good ?? []).entries()) {
        it(`good example ${index + 1} reports nothing`, () => {
          expect(check(example).diagnostics).toEqual([]);
        });
      }
    });
  }
});
