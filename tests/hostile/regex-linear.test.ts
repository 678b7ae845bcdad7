import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import safeRegex from 'safe-regex2';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus.js';

// Every regular expression literal of the project, found by the TypeScript parser, so a
// new one cannot escape this test.
function regexLiterals(): Array<{ file: string; source: string; regex: RegExp }> {
  const found: Array<{ file: string; source: string; regex: RegExp }> = [];
  const walkFolder = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walkFolder(path);
      else if (entry.name.endsWith('.ts')) {
        const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(file);
            const last = text.lastIndexOf('/');
            found.push({ file: path.slice(repoRoot.length + 1), source: text, regex: new RegExp(text.slice(1, last), text.slice(last + 1).replace('g', '')) });
          }
          ts.forEachChild(node, visit);
        };
        visit(file);
      }
    }
  };
  walkFolder(join(repoRoot, 'src'));
  return found;
}

const literals = regexLiterals();

// Long inputs made of what these documents are made of, and of what backtracking feeds on:
// 300,000 characters each, three times the longest cell the issue names.
const length = 300_000;
const hostileInputs = [
  '1 ',
  '9h-',
  'a',
  ' ',
  '|',
  '<',
  ' x',
  '-',
  'é',
  '\n',
  '[annule',
].map((unit) => unit.repeat(length / unit.length));
hostileInputs.push('a'.repeat(length) + '!', ' '.repeat(length) + 'x', '<'.repeat(length) + 'th', '<th' + ' x'.repeat(length / 2));

describe('regular expressions', () => {
  it('are found in the source', () => {
    expect(literals.length).toBeGreaterThan(10);
  });

  it.each(literals.map((l) => [`${l.file} ${l.source}`, l.regex] as const))('%s has no nested quantifier (star height 1)', (_, regex) => {
    expect(safeRegex(regex)).toBe(true);
  });

  // A hang detector, not a speed target: a linear expression reads these inputs in a few
  // milliseconds, while a quadratic one (/\s*\n/ on a long run of spaces, which safe-regex2
  // does not flag) needs minutes, far past the bound.
  it.each(literals.map((l) => [`${l.file} ${l.source}`, l.regex] as const))('%s completes on hostile input of 300,000 characters', (_, regex) => {
    for (const input of hostileInputs) regex.test(input);
  }, 10_000);
});
