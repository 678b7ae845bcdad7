import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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
hostileInputs.push('a'.repeat(length) + '!', ' '.repeat(length) + 'x', '<'.repeat(length) + 'th', '<th' + ' x'.repeat(length / 2), 'a' + ' '.repeat(length) + 'a');

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
  it('all complete on hostile input of 300,000 characters', async () => {
    const hanging = await expressionsThatHang(literals.map((l) => ({ name: `${l.file} ${l.source}`, regex: l.regex })), hangBoundMs);
    expect(hanging).toEqual([]);
  }, 120_000);

  it('would be caught hanging: a quadratic expression safe-regex2 lets through is reported', async () => {
    const quadratic = { name: 'quadratic', regex: /\s*\n/ };
    expect(safeRegex(quadratic.regex)).toBe(true);
    // Its own, shorter bound: it would need minutes on these inputs, far past either.
    expect(await expressionsThatHang([{ name: 'linear', regex: /\d+/ }, quadratic, { name: 'after', regex: /x$/ }], 2_000)).toEqual(['quadratic']);
  }, 60_000);
});

// Far above what a linear expression needs on a busy machine, far below what a quadratic one needs.
const hangBoundMs = 10_000;

/**
 * The names of the expressions that do not finish reading every hostile input within
 * `boundMs`. They run one after the other in a worker thread, which is stopped when one
 * hangs (a regular expression cannot be interrupted in its own thread) and restarted on
 * the next.
 */
async function expressionsThatHang(expressions: Array<{ name: string; regex: RegExp }>, boundMs: number): Promise<string[]> {
  const hanging: string[] = [];
  let next = 0;
  while (next < expressions.length) {
    const batch = expressions.slice(next).map((e) => ({ source: e.regex.source, flags: e.regex.flags }));
    const finished = await new Promise<number>((done, fail) => {
      const worker = new Worker(workerSource, { eval: true, workerData: { expressions: batch, inputs: hostileInputs } });
      let count = 0;
      let timer = setTimeout(stop, boundMs);
      function stop(): void {
        void worker.terminate();
        done(count);
      }
      worker.on('message', () => {
        count++;
        clearTimeout(timer);
        timer = setTimeout(stop, boundMs);
      });
      worker.on('error', fail);
      worker.on('exit', () => {
        clearTimeout(timer);
        done(count);
      });
    });
    next += finished;
    if (next < expressions.length) hanging.push(expressions[next]!.name);
    next++;
  }
  return hanging;
}

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
for (const { source, flags } of workerData.expressions) {
  const regex = new RegExp(source, flags);
  for (const input of workerData.inputs) regex.test(input);
  parentPort.postMessage('finished');
}
`;
