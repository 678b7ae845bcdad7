import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  FileSetWriteError,
  commitFileSet,
  prepareFileSet,
  refreshLinkBlocks,
  writeFileSet
} from "./chunk-X3QF3FHS.js";
import {
  calendarPathOf,
  classifyDestination,
  closingMarker,
  collectLinks,
  describeIoError,
  folderOf,
  isLanguage,
  landOf,
  linkFromFolder,
  linkOptionSpec,
  linkOptionsHelp,
  openingMarker,
  parseMarkdown,
  readLinkOptions,
  repositoryFor,
  repositoryPathOf,
  say,
  toDisplayPath,
  toRepositoryPath
} from "./chunk-OIZ7RXTP.js";
import {
  UsageError
} from "./chunk-4CNZGLYD.js";
import "./chunk-6TJNHUQQ.js";

// src/commands/archive.ts
import { parseArgs } from "node:util";

// src/links/archive-year.ts
import { lstat, readFile, rmdir, unlink } from "node:fs/promises";
import { join, posix as posix2 } from "node:path";

// src/links/relocate-links.ts
import { posix } from "node:path";

// src/links/destination-span.ts
function findDestinationSpan(text, link) {
  const start = link.position.start.offset;
  const end = link.position.end.offset;
  if (start === void 0 || end === void 0) return void 0;
  let at = link.kind === "image" ? start + 1 : start;
  if (text[at] !== "[") return void 0;
  at = link.kind === "definition" ? skipLabel(text, at + 1, end) : skipLinkText(text, at + 1, end);
  if (at < 0) return void 0;
  if (link.kind === "definition") {
    if (text[at] !== ":") return void 0;
    at++;
  } else {
    if (text[at] !== "(") return void 0;
    at++;
  }
  at = skipSpaceAndOneLineEnding(text, at, end);
  if (text[at] === "<") {
    const close = text.indexOf(">", at + 1);
    if (close < 0 || close > end || /[\r\n]/.test(text.slice(at + 1, close))) return void 0;
    return { start: at + 1, end: close, raw: text.slice(at + 1, close) };
  }
  let depth = 0;
  let cursor = at;
  for (; cursor < end; cursor++) {
    const character = text[cursor];
    if (character === "\\" && cursor + 1 < end) {
      cursor++;
      continue;
    }
    if (/\s/.test(character)) break;
    if (character === "(") depth++;
    else if (character === ")") {
      if (depth === 0) break;
      depth--;
    }
  }
  if (cursor === at) return void 0;
  return { start: at, end: cursor, raw: text.slice(at, cursor) };
}
function unescapeDestination(raw) {
  return raw.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}
function skipLinkText(text, at, end) {
  let depth = 1;
  for (let cursor = at; cursor < end; cursor++) {
    const character = text[cursor];
    if (character === "\\") cursor++;
    else if (character === "`") cursor = skipCodeSpan(text, cursor, end);
    else if (character === "[") depth++;
    else if (character === "]" && --depth === 0) return cursor + 1;
  }
  return -1;
}
function skipLabel(text, at, end) {
  for (let cursor = at; cursor < end; cursor++) {
    const character = text[cursor];
    if (character === "\\") cursor++;
    else if (character === "]") return cursor + 1;
    else if (character === "[") return -1;
  }
  return -1;
}
function skipCodeSpan(text, at, end) {
  let runEnd = at;
  while (text[runEnd] === "`") runEnd++;
  const run = runEnd - at;
  for (let cursor = runEnd; cursor < end; ) {
    if (text[cursor] !== "`") {
      cursor++;
      continue;
    }
    let closeEnd = cursor;
    while (text[closeEnd] === "`") closeEnd++;
    if (closeEnd - cursor === run) return closeEnd - 1;
    cursor = closeEnd;
  }
  return runEnd - 1;
}
function skipSpaceAndOneLineEnding(text, at, end) {
  let cursor = at;
  let lineEndings = 0;
  while (cursor < end) {
    const character = text[cursor];
    if (character === " " || character === "	") cursor++;
    else if ((character === "\n" || character === "\r") && lineEndings === 0) {
      cursor += text.startsWith("\r\n", cursor) ? 2 : 1;
      lineEndings++;
    } else break;
  }
  return cursor;
}

// src/links/relocate-links.ts
function relocateLinks(text, fromFolder, toFolder) {
  const edits = [];
  const kept = [];
  for (const link of collectLinks(parseMarkdown(text))) {
    const destination = classifyDestination(link.url);
    if (destination.kind !== "relative" || destination.fromRoot) continue;
    const span = findDestinationSpan(text, link);
    if (!span || unescapeDestination(span.raw) !== link.url) {
      kept.push({ url: link.url, line: link.position.start.line });
      continue;
    }
    const pathEnd = span.raw.search(/[?#]/);
    const suffix = pathEnd < 0 ? "" : span.raw.slice(pathEnd);
    const target = posix.normalize(posix.join(fromFolder, destination.path));
    const trailingSlash = destination.path.endsWith("/") ? "/" : "";
    const moved = linkFromFolder(toFolder, target) + trailingSlash + suffix;
    if (moved !== span.raw) edits.push({ start: span.start, end: span.end, replacement: moved });
  }
  let result = "";
  let cursor = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    result += text.slice(cursor, edit.start) + edit.replacement;
    cursor = edit.end;
  }
  result += text.slice(cursor);
  return { text: result, rewritten: edits.length, kept };
}

// src/links/archive-year.ts
function archivePathOf(repositoryPath, year) {
  const name = posix2.basename(repositoryPath);
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : "";
  return posix2.join(folderOf(repositoryPath), "archives", String(year), `${stem}_${year}${extension}`);
}
async function archiveYear(programme, year, settings, language) {
  const repo = await repositoryFor(programme, settings);
  const files = repo.files;
  const source = await repositoryPathOf(repo, programme);
  if (source === void 0) throw new UsageError(say(language, "archive-outside-repository", { path: programme }));
  const target = archivePathOf(source, year);
  const calendar = calendarPathOf(source);
  const hasCalendar = (await landOf(files, join(files.root, calendar))).kind === "file";
  const calendarTarget = archivePathOf(calendar, year);
  for (const path of hasCalendar ? [target, calendarTarget] : [target]) await refuseUnlessFree(files, path, language);
  const original = await readFile(join(files.root, source), "utf8");
  const relocated = relocateLinks(original, folderOf(source), folderOf(target));
  const copies = [{ path: join(files.root, target), content: relocated.text }];
  if (hasCalendar) copies.push({ path: join(files.root, calendarTarget), content: await readFile(join(files.root, calendar)) });
  const notes = [say(language, "archive-copied", { from: source, to: target, links: relocated.rewritten })];
  for (const kept of relocated.kept) notes.push(say(language, "archive-link-kept", { target: kept.url, line: kept.line }));
  if (hasCalendar) notes.push(say(language, "archive-copied", { from: calendar, to: calendarTarget, links: 0 }));
  const prepared = await prepareFileSet(copies).catch((error) => {
    throw cannotArchive(error, files.root, language);
  });
  const written = [];
  try {
    await commitFileSet(prepared);
    written.push(...copies.map((copy) => copy.path));
    const refreshed = await refreshLinkBlocks(programme, { language, settings, kinds: ["archives"] });
    if (refreshed.blocks.some((block) => block.kind === "archives")) {
      if (refreshed.changed) await writeFileSet([{ path: join(files.root, source), content: refreshed.content }]);
      notes.push(say(language, "archive-block-updated", { path: source }));
    } else {
      notes.push(say(language, "archive-block-absent", { path: source, opening: openingMarker("archives"), closing: closingMarker("archives") }));
    }
    return { written: [target, ...hasCalendar ? [calendarTarget] : [], ...refreshed.changed ? [source] : []], notes };
  } catch (error) {
    for (const path of written) await unlink(path).catch(() => void 0);
    for (const folder of [...prepared.createdFolders].reverse()) await rmdir(folder).catch(() => void 0);
    throw cannotArchive(error, files.root, language);
  }
}
function cannotArchive(error, root, language) {
  if (error instanceof FileSetWriteError) {
    return new UsageError(say(language, "archive-cannot-write", { path: toRepositoryPath(root, error.path), reason: describeIoError(error.cause, language) }));
  }
  const failed = error;
  if (typeof failed.code === "string" && typeof failed.path === "string") {
    return new UsageError(say(language, "archive-cannot-write", { path: toRepositoryPath(root, failed.path), reason: describeIoError(error, language) }));
  }
  return error;
}
async function refuseUnlessFree(files, path, language) {
  const absolute = join(files.root, path);
  const taken = await lstat(absolute).then(
    () => true,
    () => false
  );
  if (taken) throw new UsageError(say(language, "archive-target-exists", { path }));
  const landing = await landOf(files, absolute);
  if (landing.kind === "outside" || landing.kind === "through-symlink") throw new UsageError(say(language, "archive-outside-repository", { path }));
}

// src/commands/archive.ts
var archiveHelp = `Usage: programme-sync archive FILE --year YYYY [options]

The yearly rollover. Copies the programme to archives/YYYY/<name>_YYYY.md beside it (and its
calendar <name>.ics to archives/YYYY/<name>_YYYY.ics when there is one), adjusts the copy's
relative links to its new folder, and adds the copy to the programme's archives block.
Review the result as an ordinary diff before committing. Refuses when the archive exists.

Options:
  --year YYYY          the year being archived (required)
  --lang en|fr         language of the messages and of the generated block (default: en)
${linkOptionsHelp}  -h, --help           show this help

Exit status: 0 archived, 2 usage or file problem (nothing is written then).
`;
var archiveOptionSpec = {
  year: { type: "string" },
  lang: { type: "string", default: "en" },
  help: { type: "boolean", short: "h", default: false },
  ...linkOptionSpec
};
async function runArchive(argv) {
  const { values, positionals } = parseArgs({ args: argv, options: archiveOptionSpec, allowPositionals: true, strict: true });
  if (values.help) return { stdout: archiveHelp, stderr: "", exitCode: 0 };
  if (!isLanguage(values.lang)) throw new UsageError(`--lang must be "en" or "fr", not "${String(values.lang)}"`);
  const language = values.lang;
  if (positionals.length !== 1) throw new UsageError('archive takes exactly one programme file, e.g. "programme-sync archive accompagnement.md --year 2019"');
  const year = values.year;
  if (year === void 0 || !/^\d{4}$/.test(year)) throw new UsageError(`--year must be given as a four-digit year such as 2019${year === void 0 ? "" : `, not "${year}"`}`);
  const outcome = await archiveYear(toDisplayPath(positionals[0]), Number(year), readLinkOptions(values), language);
  return { stdout: outcome.notes.join("\n") + "\n", stderr: "", exitCode: 0 };
}
export {
  archiveHelp,
  runArchive
};
