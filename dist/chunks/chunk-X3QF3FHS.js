import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  isArchivedProgramme,
  refreshManagedBlocks,
  renderBlockContents,
  repositoryFolderOf,
  repositoryFor,
  repositoryPathOf
} from "./chunk-OIZ7RXTP.js";

// src/write-file-atomic.ts
import { randomBytes } from "node:crypto";
import { open, readdir, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var temporaryName = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.tmp$/;
function temporaryPathFor(path) {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
}
async function writeTemporaryFile(path, data) {
  const temporary = temporaryPathFor(path);
  let handle;
  try {
    handle = await open(temporary, "wx");
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    return temporary;
  } catch (error) {
    await handle?.close().catch(() => void 0);
    await unlink(temporary).catch(() => void 0);
    throw error;
  }
}
async function moveIntoPlace(temporary, path) {
  await rename(temporary, path);
  const folder = await open(dirname(path), "r").catch(() => void 0);
  await folder?.sync().catch(() => void 0);
  await folder?.close().catch(() => void 0);
}
async function writeFileAtomic(path, data) {
  const temporary = await writeTemporaryFile(path, data);
  try {
    await moveIntoPlace(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => void 0);
    throw error;
  }
}
async function removeStaleTemporaryFiles(path) {
  const folder = dirname(path);
  const names = await readdir(folder).catch(() => []);
  const removed = [];
  for (const name of names) {
    const match = temporaryName.exec(name);
    if (!match || match[1] !== basename(path) || isRunning(Number(match[2]))) continue;
    const stale = join(folder, name);
    if (await unlink(stale).then(() => true, () => false)) removed.push(stale);
  }
  return removed;
}
function isRunning(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
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
  const calendarFolder = options.calendarDir === void 0 ? void 0 : await repositoryFolderOf(repo, options.calendarDir);
  const rendered = renderBlockContents(programmePath, repo, options.language, calendarFolder);
  const contents = Object.fromEntries(
    Object.entries(rendered).filter(([kind]) => options.kinds === void 0 || options.kinds.includes(kind))
  );
  const tree = options.parsed && options.parsed.text === text ? options.parsed.tree : void 0;
  const result = tree ? refreshManagedBlocks(text, contents, tree) : refreshManagedBlocks(text, contents);
  return { path, original, content: bom + result.text, changed: result.changed, blocks: result.blocks, problems: result.problems };
}

// src/write-file-set.ts
import { constants } from "node:fs";
import { access, mkdir, rmdir, unlink as unlink2 } from "node:fs/promises";
import { dirname as dirname2, resolve } from "node:path";
var FileSetWriteError = class extends Error {
  constructor(path, cause, written, notWritten) {
    super(`cannot write ${path}`);
    this.path = path;
    this.cause = cause;
    this.written = written;
    this.notWritten = notWritten;
  }
  path;
  cause;
  written;
  notWritten;
  name = "FileSetWriteError";
};
async function prepareFileSet(files) {
  const prepared = { files: [], createdFolders: [] };
  for (const file of files) {
    try {
      const first = await mkdir(dirname2(file.path), { recursive: true });
      if (first !== void 0) prepared.createdFolders.push(...foldersBetween(first, dirname2(file.path)));
      await refuseReadOnlyTarget(file.path);
      prepared.files.push({ path: file.path, temporary: await writeTemporaryFile(file.path, file.content) });
    } catch (error) {
      await abandonFileSet(prepared);
      throw new FileSetWriteError(file.path, error, [], files.map((f) => f.path));
    }
  }
  return prepared;
}
async function commitFileSet(prepared) {
  const written = [];
  for (const [index, file] of prepared.files.entries()) {
    try {
      await moveIntoPlace(file.temporary, file.path);
      written.push(file.path);
    } catch (error) {
      const rest = prepared.files.slice(index);
      for (const left of rest) await unlink2(left.temporary).catch(() => void 0);
      throw new FileSetWriteError(file.path, error, written, rest.map((f) => f.path));
    }
  }
}
async function writeFileSet(files) {
  await commitFileSet(await prepareFileSet(files));
}
async function abandonFileSet(prepared) {
  for (const file of prepared.files) await unlink2(file.temporary).catch(() => void 0);
  for (const folder of [...prepared.createdFolders].reverse()) await rmdir(folder).catch(() => void 0);
}
async function refuseReadOnlyTarget(path) {
  try {
    await access(path, constants.W_OK);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
}
function foldersBetween(first, last) {
  const folders = [];
  const top = resolve(first);
  for (let folder = resolve(last); folder.startsWith(top); folder = dirname2(folder)) {
    folders.unshift(folder);
    if (folder === top) break;
  }
  return folders;
}

export {
  writeFileAtomic,
  removeStaleTemporaryFiles,
  refreshLinkBlocks,
  FileSetWriteError,
  prepareFileSet,
  commitFileSet,
  writeFileSet
};
