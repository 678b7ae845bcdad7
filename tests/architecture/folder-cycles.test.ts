import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus.js';
import { folderCycles, folderImports, readSources } from './folder-graph.js';

// Imports point down (DESIGN.md: entry points on top, the engine in the middle, dates and
// diagnostics at the bottom): two folders that import each other, directly or around a
// loop, can no longer be read, tested or moved one without the other.
describe('folders of src/ import each other in one direction only', () => {
  const imports = folderImports(readSources(join(repoRoot, 'src')));

  it('no folder reaches back to itself through another', () => {
    const cycles = folderCycles(imports).map(({ folders, imports: binding }) => ({
      folders: folders.join(' <-> '),
      imports: binding.map(({ file, specifier }) => `${file}: ${specifier}`),
    }));
    expect(cycles).toEqual([]);
  });

  it('reads the real imports (the engine runs the rules, the Action uses the engine)', () => {
    const edges = new Set(imports.map(({ from, to }) => `${from} -> ${to}`));
    expect(edges).toContain('engine -> rules');
    expect(edges).toContain('action -> engine');
    expect(edges).toContain('(root) -> commands');
  });
});

describe('the cycle finder', () => {
  const cyclesIn = (files: Record<string, string>) => folderCycles(folderImports(new Map(Object.entries(files))));

  it('finds two folders importing each other, through `import type` and `export from`', () => {
    const cycles = cyclesIn({
      'config/settings.ts': "import type { Options } from '../engine/options.js';",
      'engine/options.ts': "export { readConfig } from '../config/settings.js';",
    });
    expect(cycles.map((cycle) => cycle.folders)).toEqual([['config', 'engine']]);
    expect(cycles[0]?.imports.map((found) => found.file)).toEqual(['config/settings.ts', 'engine/options.ts']);
  });

  it('finds a loop through a dynamic import() and a file at the root of src/', () => {
    const cycles = cyclesIn({
      'run-cli.ts': "const load = () => import('./commands/check.js');",
      'commands/check.ts': "import { UsageError } from '../fs/read.js';",
      'fs/read.ts': "import { isUsageError } from '../usage-error.js';",
      'usage-error.ts': 'export class UsageError extends Error {}',
    });
    expect(cycles.map((cycle) => cycle.folders)).toEqual([['(root)', 'commands', 'fs']]);
  });

  it('lets imports point down, and ignores packages, comments and imports within a folder', () => {
    const cycles = cyclesIn({
      'engine/pipeline.ts': "import { rules } from '../rules/index.js';\nimport { visit } from 'unist-util-visit';",
      'rules/index.ts': "import { helper } from './helper.js';\n// see ../engine/pipeline.js: it runs these\nconst s = '../engine/pipeline.js';",
      'rules/helper.ts': "import type { Diagnostic } from '../diagnostics/diagnostic.js';",
    });
    expect(cycles).toEqual([]);
  });
});
