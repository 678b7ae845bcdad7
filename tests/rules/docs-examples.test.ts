import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Code, Heading, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../../src/dates/types.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Language } from '../../src/diagnostics/language.js';
import { checkDecoded } from '../../src/engine/pipeline.js';
import { decodeText } from '../../src/fs/decode-text.js';
import { checkReportLinks } from '../../src/engine/check-report-links.js';
import { defaultLinkSettings } from '../../src/links/repository-context.js';
import { plainText } from '../../src/programme/plain-text.js';
import { fileRules, linkRules, rules, scheduleRules } from '../../src/rules/index.js';
import { repoRoot } from '../helpers/corpus.js';
import { gitEnv } from '../helpers/temp-git.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

/*
 * docs/rules.md, cut at its `## rule-id` headings, is the rules' test suite. In each
 * section, ```markdown bad and ```markdown good blocks are examples; words after bad or
 * good say how to run them:
 * - `escaped`: the example is bytes, `\xNN` standing for the byte NN and `\(TEXT)*N` for
 *   TEXT written N times;
 * - `also=rule,...`: other rules the bad example is reported by, as the doc says;
 * - `no-origin`: the repository has no GitHub remote.
 * ```markdown file=PATH blocks are other files of the repository for the section's examples.
 * The examples of the link checks are checked as `programme-sync check` does, as
 * programme.md at the root of a git repository whose origin is github.com/owner/repo.
 */

interface Example {
  text: string;
  escaped: boolean;
  also: string[];
  noOrigin: boolean;
}

interface DocSection {
  id: string;
  summary: string;
  bad: Example[];
  good: Example[];
  files: Record<string, string>;
}

function readDocs(): DocSection[] {
  const tree = unified().use(remarkParse).parse(readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8'));
  const sections: DocSection[] = [];
  let current: DocSection | undefined;
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading' && (node as Heading).depth === 2) {
      current = { id: plainText(node), summary: '', bad: [], good: [], files: {} };
      sections.push(current);
    } else if (current && node.type === 'paragraph' && current.summary === '') {
      current.summary = plainText(node);
    } else if (current && node.type === 'code' && (node as Code).lang === 'markdown') {
      const [kind = '', ...words] = ((node as Code).meta ?? '').split(/\s+/);
      const text = (node as Code).value + '\n';
      if (kind.startsWith('file=')) current.files[kind.slice('file='.length)] = text;
      if (kind !== 'bad' && kind !== 'good') continue;
      const also = words.find((word) => word.startsWith('also='))?.slice('also='.length).split(',') ?? [];
      current[kind].push({ text, escaped: words.includes('escaped'), also, noOrigin: words.includes('no-origin') });
    }
  }
  return sections;
}

/** The bytes an example stands for. */
function bytesOf(example: Example): Uint8Array {
  if (!example.escaped) return Buffer.from(example.text, 'utf8');
  const parts: Buffer[] = [];
  const pattern = /\\x([0-9A-Fa-f]{2})|\\\(([^)]*)\)\*(\d+)/g;
  let last = 0;
  for (const match of example.text.matchAll(pattern)) {
    parts.push(Buffer.from(example.text.slice(last, match.index), 'utf8'));
    parts.push(match[1] !== undefined ? Buffer.from([parseInt(match[1], 16)]) : Buffer.from(match[2]!.repeat(Number(match[3])), 'utf8'));
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(example.text.slice(last), 'utf8'));
  return Buffer.concat(parts);
}

const engineOptions = (language: Language) => ({ language, timezone: 'Europe/Paris' });

// The examples of guessed-year are read as docs/rules.md says: last committed on 15 January 2026.
const committedFor: Record<string, PlainDate> = {
  'guessed-year': { year: 2026, month: 1, day: 15 },
};

/** The diagnostics of an example checked by the engine alone, as a file with no history unless its rule says otherwise. */
function checkAlone(rule: string, example: Example, language: Language): Diagnostic[] {
  // No folder's name gives a year: the examples read the same in any clone.
  const options = { ...engineOptions(language), referenceDate: () => committedFor[rule], repositoryPath: () => undefined };
  return checkDecoded('programme.md', decodeText(bytesOf(example)), options).diagnostics;
}

/** The diagnostics of an example checked with its links, as programme.md of a committed repository. */
async function checkInRepository(example: Example, files: Record<string, string>, language: Language): Promise<Diagnostic[]> {
  const root = temporaryFolder('docs-example');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: gitEnv(), stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch=main');
  if (!example.noOrigin) git('remote', 'add', 'origin', 'https://github.com/owner/repo.git');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const path = join(root, 'programme.md');
  writeFileSync(path, bytesOf(example));
  git('add', '--all');
  git('commit', '--quiet', '-m', 'Programme');
  const report = checkDecoded(path, decodeText(bytesOf(example)), engineOptions(language));
  const [checked] = await checkReportLinks([report], defaultLinkSettings, language);
  return checked!.diagnostics;
}

const docs = readDocs();
const linkRuleIds = new Set(linkRules.map((rule) => rule.id));

// too-deeply-nested's bad example parses 3,000 levels twice, which takes minutes on a busy
// shared machine: the bound catches a hang, it is no speed target.
describe("docs/rules.md documents every rule, and its examples are the rule's tests", { timeout: 180_000 }, () => {
  it('has one section per rule, in the order of the registry', () => {
    expect(docs.map((d) => d.id)).toEqual(rules.map((r) => r.id));
    expect(rules).toEqual([...scheduleRules, ...fileRules, ...linkRules]);
  });

  for (const rule of rules) {
    const section = docs.find((d) => d.id === rule.id);
    const check = (example: Example, language: Language) =>
      linkRuleIds.has(rule.id) ? checkInRepository(example, section?.files ?? {}, language) : Promise.resolve(checkAlone(rule.id, example, language));
    describe(rule.id, () => {
      it('states the default severity and the one-line description', () => {
        expect(section?.summary).toBe(`${rule.severity} · ${rule.description}`);
      });

      it('has a bad and a good example', () => {
        expect(section?.bad.length).toBeGreaterThan(0);
        expect(section?.good.length).toBeGreaterThan(0);
      });

      for (const [index, example] of (section?.bad ?? []).entries()) {
        it(`bad example ${index + 1} is reported by ${rule.id}${example.also.length ? ` (and ${example.also.join(', ')}, as it says)` : ' and nothing else'}, at its default severity, in both languages`, async () => {
          for (const language of ['en', 'fr'] as const) {
            const diagnostics = await check(example, language);
            const own = diagnostics.filter((d) => d.rule === rule.id);
            expect(own.length).toBeGreaterThan(0);
            for (const d of own) expect([d.severity, d.url]).toEqual([rule.severity, `docs/rules.md#${rule.id}`]);
            expect([...new Set(diagnostics.map((d) => d.rule))].sort()).toEqual([rule.id, ...example.also].sort());
          }
        });
      }

      for (const [index, example] of (section?.good ?? []).entries()) {
        it(`good example ${index + 1} reports nothing`, async () => {
          expect(await check(example, 'en')).toEqual([]);
        });
      }
    });
  }
});
