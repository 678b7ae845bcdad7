import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** One import that crosses from a folder of src/ to another: where it is written and what it names. */
export interface FolderImport {
  from: string;
  to: string;
  /** The importing file, relative to src/, with forward slashes. */
  file: string;
  specifier: string;
}

/** The folder of src/ a file belongs to: its first path segment, or `(root)` for the files at src/ itself. */
export function folderOf(pathInSrc: string): string {
  const slash = pathInSrc.indexOf('/');
  return slash === -1 ? '(root)' : pathInSrc.slice(0, slash);
}

/**
 * Every import between two different folders, from source texts keyed by their path
 * relative to src/. TypeScript's own pre-processor finds the specifiers, so static
 * imports, `export ... from`, `import type` and dynamic `import()` all count, and text in
 * comments or strings does not.
 */
export function folderImports(sources: ReadonlyMap<string, string>): FolderImport[] {
  const found: FolderImport[] = [];
  for (const [file, text] of sources) {
    const { importedFiles } = ts.preProcessFile(text, true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      if (target.startsWith('../')) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) found.push({ from, to, file, specifier });
    }
  }
  return found;
}

/**
 * The groups of folders that reach each other through imports (strongly connected
 * components of more than one folder, by Tarjan's algorithm), each with the imports that
 * bind it, so a failure names the lines to change.
 */
export function folderCycles(imports: readonly FolderImport[]): Array<{ folders: string[]; imports: FolderImport[] }> {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)!.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (folder: string): void => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    onStack.add(folder);
    for (const to of next.get(folder) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(folder, Math.min(low.get(folder)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(folder, Math.min(low.get(folder)!, index.get(to)!));
      }
    }
    if (low.get(folder) === index.get(folder)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== folder);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const folder of [...next.keys()].sort()) if (!index.has(folder)) visit(folder);
  return groups.map((folders) => ({
    folders,
    imports: imports.filter(({ from, to }) => folders.includes(from) && folders.includes(to)),
  }));
}

/** The TypeScript sources under a folder, keyed by their path relative to it with forward slashes. */
export function readSources(folder: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const full = join(entry.parentPath ?? dirname(entry.name), entry.name);
    sources.set(relative(folder, full).split(sep).join('/'), readFileSync(full, 'utf8'));
  }
  return sources;
}
