import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  isArchivedProgramme,
  refreshManagedBlocks,
  renderBlockContents,
  repositoryFor,
  repositoryPathOf
} from "./chunk-SSXHBRJD.js";

// src/write-file-atomic.ts
import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, data) {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle;
  try {
    handle = await open(temporary, "wx");
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = void 0;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => void 0);
    await unlink(temporary).catch(() => void 0);
    throw error;
  }
}

// src/links/refresh-link-blocks.ts
import { readFile } from "node:fs/promises";
var byteOrderMark = "\uFEFF";
async function refreshLinkBlocks(path, options) {
  const original = await readFile(path, "utf8");
  const repo = await repositoryFor(path, options.settings, options.cache);
  const programmePath = await repositoryPathOf(repo, path);
  if (programmePath === void 0 || isArchivedProgramme(programmePath, repo.archivesGlob)) return { path, original, content: original, changed: false, blocks: [], problems: [] };
  const bom = original.startsWith(byteOrderMark) ? byteOrderMark : "";
  const text = original.slice(bom.length);
  if (!text.includes("programme-sync:")) return { path, original, content: original, changed: false, blocks: [], problems: [] };
  const rendered = renderBlockContents(programmePath, repo, options.language);
  const contents = Object.fromEntries(
    Object.entries(rendered).filter(([kind]) => options.kinds === void 0 || options.kinds.includes(kind))
  );
  const tree = options.parsed && options.parsed.text === text ? options.parsed.tree : void 0;
  const result = tree ? refreshManagedBlocks(text, contents, tree) : refreshManagedBlocks(text, contents);
  return { path, original, content: bom + result.text, changed: result.changed, blocks: result.blocks, problems: result.problems };
}

export {
  writeFileAtomic,
  refreshLinkBlocks
};
