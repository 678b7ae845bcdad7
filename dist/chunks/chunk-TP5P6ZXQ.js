import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  anchorsOf,
  blockText,
  classifyDestination,
  closingMarker,
  collectLinks,
  discoverProgrammes,
  findArchivedProgrammes,
  findHtmlScheduleTables,
  findManagedBlocks,
  findScheduleTable,
  foldWithMap,
  folderOf,
  hasAnchor,
  headingSlugs,
  isArchivedProgramme,
  isLanguage,
  isStruckThrough,
  landOf,
  languages,
  linkFromFolder,
  linkOptionSpec,
  linkOptionsHelp,
  normaliseText,
  openingMarker,
  parseMarkdown,
  plainText,
  readLinkOptions,
  readTextFile,
  renderBlockContents,
  repositoryFolderOf,
  repositoryFor,
  repositoryPathOf,
  sameRepository,
  say,
  toDisplayPath
} from "./chunk-OIZ7RXTP.js";
import {
  UsageError
} from "./chunk-4CNZGLYD.js";

// src/commands/check.ts
import { parseArgs } from "node:util";

// src/config/config-file.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";

// src/dates/time-zone.ts
function isValidTimeZone(name) {
  if (!name.includes("/") && name !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// src/diagnostics/severity.ts
function isSeverity(value) {
  return value === "error" || value === "warning" || value === "info";
}

// src/rules/define-rule.ts
function ruleUrl(id) {
  return `docs/rules.md#${id}`;
}
function defineRule(spec) {
  if (!/^[a-z][a-z0-9-]*$/.test(spec.id) || /-$|--/.test(spec.id)) throw new Error(`rule id "${spec.id}" is not kebab-case words`);
  return { ...spec, url: ruleUrl(spec.id) };
}
function contextFor(rule25, base, collector) {
  return {
    ...base,
    language: collector.language,
    say: (id, params) => collector.say(id, params),
    report: (id, params, position, extra = {}) => {
      const diagnostic = collector.add(rule25.id, rule25.severity, id, params, position, extra);
      diagnostic.url = rule25.url;
    }
  };
}
function relatedAt(position, message) {
  return { line: position.start.line, column: position.start.column, message };
}

// src/rules/date-to-be-confirmed.ts
var rule = defineRule({
  id: "date-to-be-confirmed",
  severity: "info",
  description: "A session whose date is not set yet (TBC, \xE0 venir): it stays out of the calendar."
});

// src/rules/audience.ts
var GROUP_WORDS = /* @__PURE__ */ new Map([
  ["eig", "eig"],
  ["mentor", "mentors"],
  ["mentors", "mentors"],
  ["dig", "dig"],
  ["fellow", "fellows"],
  ["fellows", "fellows"],
  ["intrapreneur", "intrapreneurs"],
  ["intrapreneurs", "intrapreneurs"]
]);
function groupName(group) {
  return group === "eig" || group === "dig" ? group.toUpperCase() : group;
}
function groupsIn(text) {
  const groups = /* @__PURE__ */ new Set();
  for (const word of normaliseText(text).split(/[^a-z0-9]+/)) {
    const group = GROUP_WORDS.get(word);
    if (group) groups.add(group);
  }
  return groups;
}
function audienceOf(session) {
  let groups = audiences.get(session);
  if (!groups) {
    groups = readAudience(session);
    audiences.set(session, groups);
  }
  return groups;
}
var audiences = /* @__PURE__ */ new WeakMap();
function readAudience(session) {
  const fromColumn = session.audience ? groupsIn(session.audience.text) : /* @__PURE__ */ new Set();
  if (fromColumn.size > 0) return fromColumn;
  const groups = groupsIn(session.title.text);
  for (const slot of session.hours?.value ?? []) if (slot.label) for (const g of groupsIn(slot.label)) groups.add(g);
  return groups;
}
var WHOLE_DAY = { start: 0, end: 24 * 60 };
function toMinutes(time) {
  return time.hour * 60 + time.minute;
}
function spanOf(slot) {
  return { start: toMinutes(slot.start), end: slot.end ? toMinutes(slot.end) : WHOLE_DAY.end };
}
function spanFor(session, group) {
  const slots = session.hours?.value ?? [];
  if (slots.length === 0) return WHOLE_DAY;
  const labelled = slots.filter((slot) => slot.label && groupsIn(slot.label).has(group));
  const unlabelled = slots.filter((slot) => !slot.label);
  const chosen = labelled.length > 0 ? labelled : unlabelled.length > 0 ? unlabelled : slots;
  const spans = chosen.map(spanOf);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

// src/rules/compare-hours.ts
function sameTime(a, b) {
  return a === void 0 || b === void 0 || a.hour === b.hour && a.minute === b.minute;
}
function slotsAgree(a, b) {
  return sameTime(a.start, b.start) && sameTime(a.end, b.end);
}
function sameGroups(a, b) {
  if (!a.label || !b.label) return true;
  const ga = groupsIn(a.label);
  const gb = groupsIn(b.label);
  if (ga.size === 0 || gb.size === 0) return true;
  return [...ga].some((g) => gb.has(g));
}
function hoursAgree(section, row) {
  return section.every((slot) => row.some((other) => sameGroups(slot, other) && slotsAgree(slot, other)));
}

// src/rules/labels.ts
function rowWhere(context, session) {
  return context.say("row-label", { title: session.title.text, line: session.position.start.line });
}
function relatedRow(context, session) {
  return context.say("related-row", { title: session.title.text, line: session.position.start.line });
}
function longDate(context, date) {
  return context.say("date-long", date);
}

// src/dates/plain-date.ts
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
var MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}
function isRealDate(year, month, day) {
  if (!Number.isInteger(year) || !Number.isInteger(day)) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}
function toDayNumber(date) {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function fromDayNumber(n) {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
function isoWeekday(date) {
  const n = toDayNumber(date);
  return ((n + 3) % 7 + 7) % 7 + 1;
}
function addDays(date, n) {
  return fromDayNumber(toDayNumber(date) + n);
}
function toIsoDate(date) {
  const y = date.year < 0 ? `-${String(-date.year).padStart(4, "0")}` : String(date.year).padStart(4, "0");
  return `${y}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
function compareDates(a, b) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
function daysFromTo(a, b) {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  const days = [];
  for (let n = from; n <= to; n++) days.push(fromDayNumber(n));
  return days;
}

// src/rules/section-rows.ts
var indexes = /* @__PURE__ */ new WeakMap();
function rowsByDay(sessions) {
  let index = indexes.get(sessions);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const session of sessions) {
      for (const day of session.dates.value?.days ?? []) {
        const key = toDayNumber(day);
        const rows = index.get(key);
        if (!rows) index.set(key, [session]);
        else if (rows.at(-1) !== session) rows.push(session);
      }
    }
    indexes.set(sessions, index);
  }
  return index;
}
function rowsForSection(section, sessions) {
  const days = section.dates.value?.days;
  if (!days) return [];
  const index = rowsByDay(sessions);
  const found = /* @__PURE__ */ new Set();
  for (const day of days) for (const session of index.get(toDayNumber(day)) ?? []) found.add(session);
  const rows = [...found].sort((a, b) => a.rowIndex - b.rowIndex);
  const named = groupsIn(section.heading.text);
  const score = (session) => [...audienceOf(session)].filter((g) => named.has(g)).length;
  return rows.map((session, index2) => ({ session, index: index2, score: score(session) })).sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.session);
}
function nearestRow(day, sessions) {
  let best;
  for (const session of sessions) {
    for (const other of session.dates.value?.days ?? []) {
      const distance = Math.abs(toDayNumber(other) - toDayNumber(day));
      if (!best || distance < best.distance) best = { session, distance };
    }
  }
  return best?.session;
}

// src/rules/detail-field-check.ts
function checkDetailField(context, comparison) {
  const { sessions } = context.programme;
  for (const section of context.programme.sections) {
    const field = comparison.fromSection(section);
    if (!field || field.value === void 0) continue;
    const rows = rowsForSection(section, sessions).filter((row2) => row2.status !== "cancelled");
    const compared = rows.filter((row2) => comparison.fromRow(row2)?.value !== void 0);
    if (compared.length === 0 || compared.length < rows.length) continue;
    if (compared.some((row2) => comparison.agree(field.value, comparison.fromRow(row2).value))) continue;
    const row = compared[0];
    const rowField = comparison.fromRow(row);
    context.report(
      comparison.messageId,
      { heading: section.heading.text, section: field.text, line: row.position.start.line, row: rowField.text },
      field.position,
      { actual: field.text, expected: rowField.text, related: relatedAt(rowField.position, relatedRow(context, row)) }
    );
  }
}

// src/rules/detail-hours-mismatch.ts
var rule2 = defineRule({
  id: "detail-hours-mismatch",
  severity: "warning",
  description: "A detail section whose hours disagree with its row in the schedule table.",
  check(context) {
    checkDetailField(context, {
      messageId: "detail-hours-mismatch",
      // Hours with no clock time (`Les 2 jours`) or prose the grammar cannot read say nothing to compare.
      fromSection: (section) => section.hours?.value?.length ? section.hours : void 0,
      fromRow: (row) => row.hours?.value?.length ? row.hours : void 0,
      agree: hoursAgree
    });
  }
});

// src/rules/compare-text.ts
var SMALL_WORDS = /* @__PURE__ */ new Set([
  "a",
  "au",
  "aux",
  "l",
  "la",
  "le",
  "les",
  "d",
  "de",
  "du",
  "des",
  "et",
  "en",
  "ou",
  "sur",
  "chez",
  "pour",
  "avec",
  "un",
  "une",
  "puis",
  "jusqu",
  "matin",
  "apres",
  "midi",
  "soir",
  "journee",
  "matinee",
  "the",
  "and",
  "of"
]);
var NOT_SETTLED = /* @__PURE__ */ new Set(["", "-", "?", "tbc", "tbd", "nc", "a venir", "a definir", "a confirmer", "a preciser", "voir plus bas"]);
function isUnsettled(text) {
  const folded = normaliseText(text);
  return NOT_SETTLED.has(folded.replace(/[.\s]+/g, (run, offset) => offset + run.length === folded.length ? "" : run));
}
function wordsOf(text) {
  const withoutRemarks = text.replace(/\([^()]*\)/g, " ");
  const words = [];
  for (const raw of withoutRemarks.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    const folded = normaliseText(raw);
    if (SMALL_WORDS.has(folded) || /^\d{1,2}h\d{0,2}$/.test(folded)) continue;
    words.push({ folded: stem(folded), acronym: raw.length >= 2 && new RegExp("^\\p{Lu}+$", "u").test(raw) });
  }
  return words;
}
function stem(word) {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}
function expandAcronyms(words, other) {
  const out = [];
  for (const word of words) {
    if (word.acronym) {
      const letters = word.folded;
      const at = other.findIndex((_, i) => other.slice(i, i + letters.length).map((w) => w.folded[0]).join("") === letters);
      if (at >= 0 && letters.length > 1 && other.slice(at, at + letters.length).length === letters.length) {
        out.push(...other.slice(at, at + letters.length).map((w) => w.folded));
        continue;
      }
    }
    out.push(word.folded);
  }
  return out;
}
function comparableWords(a, b) {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  return [new Set(expandAcronyms(wa, wb)), new Set(expandAcronyms(wb, wa))];
}
function contains(big, small) {
  for (const word of small) if (!big.has(word)) return false;
  return true;
}
function sameOrMoreDetailed(a, b) {
  if (isUnsettled(a) || isUnsettled(b)) return true;
  const [wa, wb] = comparableWords(a, b);
  if (wa.size === 0 || wb.size === 0) return true;
  return contains(wa, wb) || contains(wb, wa);
}

// src/rules/detail-place-mismatch.ts
var rule3 = defineRule({
  id: "detail-place-mismatch",
  severity: "warning",
  description: "A detail section whose place contradicts its row in the schedule table.",
  check(context) {
    checkDetailField(context, {
      messageId: "detail-place-mismatch",
      fromSection: (section) => section.place && !isUnsettled(section.place.text) ? section.place : void 0,
      fromRow: (row) => row.place && !isUnsettled(row.place.text) ? row.place : void 0,
      agree: sameOrMoreDetailed
    });
  }
});

// src/rules/detail-theme-mismatch.ts
var rule4 = defineRule({
  id: "detail-theme-mismatch",
  severity: "warning",
  description: "A detail section whose theme contradicts its row in the schedule table.",
  check(context) {
    checkDetailField(context, {
      messageId: "detail-theme-mismatch",
      fromSection: (section) => section.theme && !isUnsettled(section.theme.text) ? section.theme : void 0,
      fromRow: (row) => row.theme && !isUnsettled(row.theme.text) ? row.theme : void 0,
      agree: sameOrMoreDetailed
    });
  }
});

// src/rules/detail-without-row.ts
var rule5 = defineRule({
  id: "detail-without-row",
  severity: "warning",
  description: "A detail section whose date no row of the schedule table has.",
  check(context) {
    const { sessions, table } = context.programme;
    if (!table || sessions.length === 0) return;
    for (const section of context.programme.sections) {
      const day = section.dates.value?.days[0];
      if (!day || rowsForSection(section, sessions).length > 0) continue;
      const nearest = nearestRow(day, sessions);
      context.report(
        "detail-without-row",
        {
          heading: section.heading.text,
          text: section.dates.text,
          date: longDate(context, day),
          ...nearest ? { nearest: rowWhere(context, nearest), nearestText: nearest.dates.text } : {}
        },
        section.dates.position,
        nearest ? { related: relatedAt(nearest.position, relatedRow(context, nearest)) } : {}
      );
    }
  }
});

// src/rules/same-session.ts
var titleKeys = /* @__PURE__ */ new WeakMap();
function titleKey(session) {
  let key = titleKeys.get(session);
  if (key === void 0) {
    key = normaliseText(session.title.text).replace(/[^a-z0-9]+/g, " ").trim();
    titleKeys.set(session, key);
  }
  return key;
}
function sameTitle(a, b) {
  const ta = titleKey(a);
  return ta !== "" && ta === titleKey(b);
}
function sharedDay(a, b) {
  return a.dates.value?.days.find((day) => b.dates.value?.days.some((other) => compareDates(day, other) === 0));
}
function sameSession(a, b) {
  return sameTitle(a, b) && sharedDay(a, b) !== void 0;
}

// src/rules/duplicate-session.ts
var rule6 = defineRule({
  id: "duplicate-session",
  severity: "warning",
  description: "The same session listed twice in the table: same title, same day.",
  check(context) {
    const firstOf = /* @__PURE__ */ new Map();
    for (const session of context.programme.sessions) {
      if (session.status === "cancelled" || !session.dates.value) continue;
      const title = titleKey(session);
      const keys = title === "" ? [] : session.dates.value.days.map((day) => `${title}|${toIsoDate(day)}`);
      const earlier = keys.map((key) => firstOf.get(key)).find((found) => found !== void 0);
      if (earlier) {
        const day = sharedDay(earlier, session);
        context.report(
          "duplicate-session",
          { where: rowWhere(context, session), first: earlier.position.start.line, title: session.title.text, date: longDate(context, day) },
          session.position,
          { related: relatedAt(earlier.position, relatedRow(context, earlier)) }
        );
      } else {
        for (const key of keys) firstOf.set(key, session);
      }
    }
  }
});

// src/rules/end-before-start.ts
var rule7 = defineRule({
  id: "end-before-start",
  severity: "error",
  description: "Hours that end before they start, such as 18h - 9h."
});

// src/rules/html-table.ts
var rule8 = defineRule({
  id: "html-table",
  severity: "info",
  description: "A schedule written as a raw HTML table, which is not read."
});

// src/rules/invalid-date.ts
var rule9 = defineRule({
  id: "invalid-date",
  severity: "error",
  description: "A date that does not exist, such as 30 f\xE9vrier or 29 f\xE9vrier 2019."
});

// src/rules/invalid-hour.ts
var rule10 = defineRule({
  id: "invalid-hour",
  severity: "error",
  description: "An hour that is not a time of day, such as 25h or 9h75."
});

// src/programme/conflict-markers.ts
function markerKind(line) {
  for (const kind of ["<", "|", "=", ">"]) {
    const mark = kind.repeat(7);
    if (!line.startsWith(mark)) continue;
    const rest = line.slice(7);
    if (kind === "=" ? rest.trim() === "" : rest === "" || rest.startsWith(" ") || rest.startsWith("	")) return kind;
  }
  return void 0;
}
function findConflictMarkers(text) {
  const markers = [];
  let open = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, "");
    const kind = line.length >= 7 ? markerKind(line) : void 0;
    if (kind === "<") open = true;
    if (kind && (kind === "<" || kind === ">" || open)) markers.push({ kind, start, end: start + line.length, text: line.trim() });
    if (kind === ">") open = false;
    if (end === text.length) break;
    start = end + 1;
  }
  return markers;
}
function isConflictMarkerText(text) {
  return markerKind(text.trimStart()) !== void 0;
}

// src/rules/merge-conflict.ts
var rule11 = defineRule({
  id: "merge-conflict",
  severity: "error",
  description: "A merge-conflict marker (<<<<<<<, =======, >>>>>>>) left in the file.",
  check(context) {
    let opening;
    for (const marker of findConflictMarkers(context.source.text)) {
      const position = context.source.span(marker.start, marker.end);
      if (marker.kind === "<") opening = position.start;
      const related = marker.kind !== "<" && opening ? { related: relatedAt({ start: opening, end: opening }, context.say("related-first-marker", { line: opening.line })) } : {};
      context.report("merge-conflict", { marker: marker.text }, position, { actual: marker.text, ...related });
      if (marker.kind === ">") opening = void 0;
    }
  }
});

// src/rules/missing-date.ts
var rule12 = defineRule({
  id: "missing-date",
  severity: "error",
  description: "A row with a title but an empty dates cell."
});

// src/rules/missing-year.ts
var rule13 = defineRule({
  id: "missing-year",
  severity: "error",
  description: "No year anywhere for dates written without one."
});

// src/rules/no-schedule-table.ts
var rule14 = defineRule({
  id: "no-schedule-table",
  severity: "warning",
  description: "A document with no markdown table that has a column of dates."
});

// src/rules/out-of-order.ts
var rule15 = defineRule({
  id: "out-of-order",
  severity: "warning",
  description: "A row dated before the row above it: the table is read in date order.",
  check(context) {
    let previous;
    for (const session of context.programme.sessions) {
      const dates = session.dates.value;
      if (!dates) continue;
      if (previous) checkPair(context, previous, session);
      previous = session;
    }
  }
});
var MISPLACED_MONTHS = 3;
function checkPair(context, previous, session) {
  const before = previous.dates.value;
  const now = session.dates.value;
  const start = now.days[0];
  const previousStart = before.days[0];
  const related = { related: relatedAt(previous.position, relatedRow(context, previous)) };
  const first = now.mentions[0];
  const previousLast = before.mentions.at(-1);
  if (compareDates(start, previousStart) < 0) {
    context.report(
      "out-of-order",
      {
        where: rowWhere(context, session),
        text: session.dates.text,
        date: longDate(context, start),
        previous: rowWhere(context, previous),
        previousText: previous.dates.text,
        previousDate: longDate(context, previousStart)
      },
      session.dates.position,
      related
    );
    return;
  }
  const rolled = first.year === void 0 && now.yearSource === "rollover" && first.resolvedYear === previousLast.resolvedYear + 1;
  const monthsBack = previousLast.month - first.month;
  if (rolled && monthsBack > 0 && monthsBack <= MISPLACED_MONTHS) {
    context.report(
      "out-of-order-rollover",
      {
        where: rowWhere(context, session),
        text: session.dates.text,
        date: context.say("month-year", { year: first.resolvedYear, month: first.month }),
        previous: rowWhere(context, previous),
        previousText: previous.dates.text,
        sameYear: context.say("month-year", { year: previousLast.resolvedYear, month: first.month }),
        year: first.resolvedYear
      },
      session.dates.position,
      related
    );
  }
}

// src/rules/rows-sharing-a-day.ts
function* rowsSharingADay(sessions) {
  const byDay = /* @__PURE__ */ new Map();
  for (let later = 0; later < sessions.length; later++) {
    const earlier = /* @__PURE__ */ new Set();
    for (const day of sessions[later].dates.value?.days ?? []) {
      const key = toIsoDate(day);
      const bucket = byDay.get(key);
      if (bucket) for (const index of bucket) earlier.add(index);
      if (bucket) bucket.push(later);
      else byDay.set(key, [later]);
    }
    for (const index of [...earlier].sort((a, b) => a - b)) yield [sessions[index], sessions[later]];
  }
}

// src/rules/overlap.ts
var rule16 = defineRule({
  id: "overlap",
  severity: "warning",
  description: "Two sessions for the same people at the same time.",
  check(context) {
    const sessions = context.programme.sessions.filter(
      (s) => s.status === "confirmed" && s.dates.value && !s.dates.value.alternatives && audienceOf(s).size > 0
    );
    for (const [first, second] of rowsSharingADay(sessions)) {
      const clash = findClash(first, second);
      if (clash) report(context, first, second, clash);
    }
  }
});
function intersects(a, b) {
  return a.start < b.end && b.start < a.end;
}
function within(inner, outer) {
  return outer.start <= inner.start && inner.end <= outer.end;
}
function isStrictSuperset(big, small) {
  return big.size > small.size && [...small].every((g) => big.has(g));
}
function findClash(a, b) {
  if (sameSession(a, b)) return void 0;
  const groupsA = audienceOf(a);
  const groupsB = audienceOf(b);
  const shared = [...groupsA].filter((g) => groupsB.has(g));
  if (shared.length === 0) return void 0;
  for (const day of a.dates.value.days) {
    if (!b.dates.value.days.some((other) => compareDates(day, other) === 0)) continue;
    for (const group of shared) {
      const spanA = spanFor(a, group);
      const spanB = spanFor(b, group);
      if (!intersects(spanA, spanB)) continue;
      if (within(spanB, spanA) && isStrictSuperset(groupsA, groupsB)) continue;
      if (within(spanA, spanB) && isStrictSuperset(groupsB, groupsA)) continue;
      return { day, group };
    }
  }
  return void 0;
}
function hoursText(context, session) {
  return session.hours?.value?.length ? session.hours.text : context.say("all-day", {});
}
function report(context, first, second, clash) {
  context.report(
    "overlap",
    {
      where: rowWhere(context, second),
      other: rowWhere(context, first),
      group: groupName(clash.group),
      date: longDate(context, clash.day),
      hours: hoursText(context, second),
      otherHours: hoursText(context, first)
    },
    (second.hours ?? second.dates).position,
    { related: relatedAt(first.position, relatedRow(context, first)) }
  );
}

// src/rules/range-too-long.ts
var rule17 = defineRule({
  id: "range-too-long",
  severity: "error",
  description: "A range of dates longer than a year, such as 4 septembre 2019 au 3 f\xE9vrier 2091: a year is mistyped."
});

// src/rules/reversed-range.ts
var rule18 = defineRule({
  id: "reversed-range",
  severity: "error",
  description: "A range of dates whose last day comes before its first, such as 15 au 11 f\xE9vrier."
});

// src/dates/french-months.ts
var MONTHS = /* @__PURE__ */ new Map([
  ["janvier", 1],
  ["janv", 1],
  ["jan", 1],
  ["fevrier", 2],
  ["fevr", 2],
  ["fev", 2],
  ["mars", 3],
  ["avril", 4],
  ["avr", 4],
  ["mai", 5],
  ["juin", 6],
  ["juillet", 7],
  ["juil", 7],
  ["aout", 8],
  ["septembre", 9],
  ["sept", 9],
  ["sep", 9],
  ["octobre", 10],
  ["oct", 10],
  ["novembre", 11],
  ["nov", 11],
  ["decembre", 12],
  ["dec", 12]
]);
var WEEKDAYS = /* @__PURE__ */ new Map([
  ["lundi", 1],
  ["lun", 1],
  ["mardi", 2],
  ["mar", 2],
  ["mercredi", 3],
  ["mer", 3],
  ["jeudi", 4],
  ["jeu", 4],
  ["vendredi", 5],
  ["ven", 5],
  ["samedi", 6],
  ["sam", 6],
  ["dimanche", 7],
  ["dim", 7]
]);
function monthFromWord(word) {
  return MONTHS.get(word);
}
function weekdayFromWord(word) {
  return WEEKDAYS.get(word);
}

// src/dates/tokenize.ts
var LETTER = new RegExp("\\p{L}", "u");
function isDigit(ch) {
  return ch >= "0" && ch <= "9";
}
function tokenize(text) {
  const { folded, map } = foldWithMap(text);
  const tokens = [];
  const push = (kind, start, end) => {
    tokens.push({ kind, text: folded.slice(start, end), start, end, from: map[start] ?? 0, to: map[end] ?? text.length });
  };
  let i = 0;
  while (i < folded.length) {
    const ch = folded[i] ?? "";
    if (ch === " ") {
      i++;
    } else if (isDigit(ch)) {
      let j = i + 1;
      while (j < folded.length && isDigit(folded[j] ?? "")) j++;
      push("num", i, j);
      i = j;
    } else if (LETTER.test(ch)) {
      let j = i + 1;
      while (j < folded.length && LETTER.test(folded[j] ?? "")) j++;
      push("word", i, j);
      i = j;
    } else {
      const cp = folded.codePointAt(i) ?? 0;
      const len = cp > 65535 ? 2 : 1;
      push("punct", i, i + len);
      i += len;
    }
  }
  return tokens;
}

// src/dates/french-dates.ts
var EMPTY_CELLS = /* @__PURE__ */ new Set([
  "",
  "-",
  "--",
  "---",
  "?",
  "...",
  "\u2026",
  "tbc",
  "tbd",
  "nc",
  "n/a",
  "na",
  "x",
  "a venir",
  "a definir",
  "a confirmer",
  "a preciser",
  "date a venir",
  "date a definir",
  "date a confirmer"
]);
function adjacent(a, b) {
  return a !== void 0 && b !== void 0 && a.end === b.start;
}
function isPunct(t, chars) {
  return t !== void 0 && t.kind === "punct" && chars.includes(t.text);
}
function isWord(t, ...words) {
  return t !== void 0 && t.kind === "word" && words.includes(t.text);
}
function isMonthWord(t) {
  return t !== void 0 && t.kind === "word" && monthFromWord(t.text) !== void 0;
}
function widenYear(text) {
  const n = Number(text);
  return text.length <= 2 ? 2e3 + n : n;
}
function isYearToken(t) {
  if (t === void 0 || t.kind !== "num" || t.text.length !== 4) return false;
  const n = Number(t.text);
  return n >= 1900 && n <= 2199;
}
function dayNumberAt(toks, i) {
  const t = toks[i];
  if (t === void 0 || t.kind !== "num" || t.text.length > 2) return void 0;
  const after = toks[i + 1];
  if (adjacent(t, after) && after !== void 0) {
    if (after.kind === "word") {
      if (after.text === "er") return { day: Number(t.text), next: i + 2 };
      return void 0;
    }
    if (after.text === ":" || after.text === "h") return void 0;
  }
  return { day: Number(t.text), next: i + 1 };
}
function numericDateAt(toks, i, mode) {
  const d = toks[i];
  const s1 = toks[i + 1];
  const m = toks[i + 2];
  if (d === void 0 || d.kind !== "num" || d.text.length > 2) return void 0;
  if (!isPunct(s1, "/-.") || !adjacent(d, s1) || s1 === void 0) return void 0;
  if (m === void 0 || m.kind !== "num" || m.text.length > 2 || !adjacent(s1, m)) return void 0;
  const day = Number(d.text);
  const month = Number(m.text);
  if (mode === "heading" && (day < 1 || day > 31 || month < 1 || month > 12)) return void 0;
  const s2 = toks[i + 3];
  const y = toks[i + 4];
  if (s2 !== void 0 && s2.text === s1.text && adjacent(m, s2) && y !== void 0 && y.kind === "num" && (y.text.length === 2 || y.text.length === 4) && adjacent(s2, y) && !adjacent(y, toks[i + 5]) && !isMonthWord(toks[i + 5])) {
    return { part: { day, month, year: widenYear(y.text), first: i, last: i + 4 }, next: i + 5 };
  }
  if (s1.text !== "/") return void 0;
  const after = toks[i + 3];
  if (isMonthWord(after)) return void 0;
  if (adjacent(m, after)) return void 0;
  return { part: { day, month, first: i, last: i + 2 }, next: i + 3 };
}
function partAt(toks, i, mode) {
  let j = i;
  let weekday;
  const w = toks[j];
  if (w !== void 0 && w.kind === "word") {
    weekday = weekdayFromWord(w.text);
    if (weekday === void 0) return void 0;
    j++;
    if (isPunct(toks[j], ".,")) j++;
  }
  const numeric = numericDateAt(toks, j, mode);
  if (numeric !== void 0) {
    if (weekday !== void 0) numeric.part.weekday = weekday;
    numeric.part.first = i;
    return numeric;
  }
  const dayNum = dayNumberAt(toks, j);
  if (dayNum === void 0) return void 0;
  const part = { day: dayNum.day, first: i, last: dayNum.next - 1 };
  if (weekday !== void 0) part.weekday = weekday;
  j = dayNum.next;
  const mt = toks[j];
  const month = mt !== void 0 && mt.kind === "word" ? monthFromWord(mt.text) : void 0;
  if (month === void 0) return { part, next: j };
  part.month = month;
  part.last = j;
  j++;
  if (isPunct(toks[j], ".") && adjacent(mt, toks[j])) {
    part.last = j;
    j++;
  }
  const yt = toks[j];
  if (isYearToken(yt) && yt !== void 0 && !adjacent(yt, toks[j + 1])) {
    part.year = Number(yt.text);
    part.last = j;
    j++;
  } else if (mode === "cell" && yt !== void 0 && yt.kind === "num" && yt.text.length === 2 && (toks[j + 1] === void 0 || toks[j + 1]?.kind === "punct") && !adjacent(yt, toks[j + 1])) {
    part.year = widenYear(yt.text);
    part.last = j;
    j++;
  }
  return { part, next: j };
}
function connectorAt(toks, i) {
  const t = toks[i];
  if (t === void 0) return void 0;
  let res;
  if (t.kind === "punct") {
    if (t.text === "-") res = { kind: "range", next: i + 1 };
    else if (t.text === "&" || t.text === "/" || t.text === "+") res = { kind: "set", next: i + 1 };
    else if (t.text === ",") res = { kind: "list", next: i + 1 };
  } else if (t.kind === "word") {
    if (t.text === "au" || t.text === "a") res = { kind: "range", next: i + 1 };
    else if (t.text === "jusqu" && isPunct(toks[i + 1], "'") && isWord(toks[i + 2], "au")) res = { kind: "range", next: i + 3 };
    else if (t.text === "et") res = { kind: "set", next: i + 1 };
    else if (t.text === "ou") res = { kind: "alternatives", next: i + 1 };
  }
  if (res !== void 0 && isWord(toks[res.next], "le")) res.next++;
  return res;
}
function sequenceAt(toks, i, text, mode) {
  const first = partAt(toks, i, mode);
  if (first === void 0) return { ok: false, consumed: i + 1 };
  const parts = [first.part];
  const kinds = [];
  let j = first.next;
  for (; ; ) {
    const c = connectorAt(toks, j);
    if (c === void 0) break;
    const p = partAt(toks, c.next, mode);
    if (p === void 0) break;
    parts.push(p.part);
    kinds.push(c.kind);
    j = p.next;
  }
  const consumed = j;
  const fail = { ok: false, consumed: Math.max(consumed, i + 1) };
  const kindSet = new Set(kinds.filter((k) => k !== "list"));
  if (kindSet.size > 1) return fail;
  let kind = "single";
  if (parts.length > 1) kind = [...kindSet][0] ?? "set";
  if (kind === "range" && parts.length !== 2) return fail;
  let month;
  let carry;
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k];
    if (p === void 0) continue;
    if (p.month === void 0) p.month = month;
    else month = p.month;
    if (p.month === void 0) return fail;
    if (p.year !== void 0) carry = { year: p.year, month: p.month };
    else if (carry !== void 0) {
      p.year = p.month > carry.month ? carry.year - 1 : carry.year;
      carry = { year: p.year, month: p.month };
    }
  }
  const mentions = parts.map((p) => {
    const from = toks[p.first]?.from ?? 0;
    const to = toks[p.last]?.to ?? from;
    const m = { day: p.day, month: p.month ?? 0, text: text.slice(from, to) };
    if (p.year !== void 0) m.year = p.year;
    if (p.weekday !== void 0) m.weekday = p.weekday;
    return m;
  });
  const lastPart = parts[parts.length - 1];
  return { ok: true, expression: { kind, mentions }, first: i, last: lastPart?.last ?? i };
}
function isLeadingNoise(t) {
  if (t.kind === "punct") return "|:*".includes(t.text);
  return ["date", "dates", "le", "les", "du", "des"].includes(t.text);
}
function trimTrailingNoise(toks, lo) {
  let hi = toks.length - 1;
  while (hi >= lo) {
    const t = toks[hi];
    if (t === void 0) break;
    if (t.kind === "punct" && "|.?!*;,".includes(t.text)) {
      hi--;
    } else if (isWord(t, "tbc", "tbd", "provisoire")) {
      hi--;
    } else if (isWord(t, "confirmer", "definir", "preciser") && isWord(toks[hi - 1], "a")) {
      hi -= 2;
    } else if (isWord(t, "reserve") && isWord(toks[hi - 1], "sous")) {
      hi -= 2;
    } else if (isPunct(t, ")")) {
      let k = hi - 1;
      while (k >= lo && !isPunct(toks[k], "(")) k--;
      if (k < lo) break;
      hi = k - 1;
    } else {
      break;
    }
  }
  return hi;
}
function parseFrenchDate(text) {
  const norm = normaliseText(text).replace(/^[|\s]+|[|\s]+$/g, "");
  if (EMPTY_CELLS.has(norm)) return { ok: false, reason: "empty", text };
  const toks = tokenize(text);
  let lo = 0;
  while (lo < toks.length) {
    const t = toks[lo];
    if (t === void 0 || !isLeadingNoise(t)) break;
    lo++;
  }
  const hi = trimTrailingNoise(toks, lo);
  if (hi < lo) return { ok: false, reason: "empty", text };
  const res = sequenceAt(toks, lo, text, "cell");
  if (!res.ok || res.last < hi) return { ok: false, reason: "unreadable", text };
  return { ok: true, value: res.expression };
}
function extractDateFromHeading(text) {
  const toks = tokenize(text);
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t !== void 0 && (t.kind === "num" || t.kind === "word" && weekdayFromWord(t.text) !== void 0)) {
      const res = sequenceAt(toks, i, text, "heading");
      if (res.ok) {
        const start = toks[res.first]?.from ?? 0;
        const end = toks[res.last]?.to ?? start;
        return { dateText: text.slice(start, end), start, end, expression: res.expression };
      }
      i = res.consumed;
    } else {
      i++;
    }
  }
  return void 0;
}

// src/dates/french-hours.ts
var NO_HOURS = /* @__PURE__ */ new Set([
  "",
  "-",
  "--",
  "?",
  "...",
  "\u2026",
  "tbc",
  "tbd",
  "nc",
  "n/a",
  "a venir",
  "a definir",
  "a confirmer",
  "a preciser",
  "journee",
  "toute la journee",
  "la journee",
  "journee entiere"
]);
var FIELD_NAMES = /* @__PURE__ */ new Set(["horaire", "horaires", "heure", "heures"]);
var isDigit2 = (ch) => ch !== void 0 && ch >= "0" && ch <= "9";
var isLetter = (ch) => ch !== void 0 && new RegExp("\\p{L}", "u").test(ch);
var skipSpaces = (s, i) => {
  while (s[i] === " ") i++;
  return i;
};
function findTimes(s) {
  const times = [];
  let i = 0;
  while (i < s.length) {
    if (!isDigit2(s[i]) || isDigit2(s[i - 1]) || isLetter(s[i - 1])) {
      i++;
      continue;
    }
    let j = i;
    while (isDigit2(s[j])) j++;
    const hour = s.slice(i, j);
    const k = skipSpaces(s, j);
    if (s[k] === "h" && !isLetter(s[k + 1])) {
      let m = skipSpaces(s, k + 1);
      let minute;
      if (isDigit2(s[m])) {
        const ms = m;
        while (isDigit2(s[m])) m++;
        minute = s.slice(ms, m);
      }
      const end = minute === void 0 ? k + 1 : m;
      times.push({ hour, minute, start: i, end });
      i = end;
    } else if (s[j] === ":" && isDigit2(s[j + 1])) {
      let m = j + 1;
      while (isDigit2(s[m])) m++;
      times.push({ hour, minute: s.slice(j + 1, m), start: i, end: m });
      i = m;
    } else {
      i = j;
    }
  }
  return times;
}
function splitSegments(s, times) {
  const segments = [];
  let segStart = 0;
  let t = 0;
  let current = [];
  let afterTime = false;
  const close = (end, next) => {
    segments.push({ start: segStart, end, times: current });
    current = [];
    segStart = next;
  };
  let i = 0;
  while (i < s.length) {
    const tok = times[t];
    if (tok !== void 0 && tok.start === i) {
      current.push(tok);
      afterTime = true;
      i = tok.end;
      t++;
      continue;
    }
    const ch = s[i];
    if (ch === "," || ch === ";") {
      close(i, i + 1);
    } else if (ch === " " && afterTime) {
      const word = s.startsWith(" et ", i) ? 4 : s.startsWith(" puis ", i) ? 6 : 0;
      const next = times[t];
      if (word > 0 && next !== void 0 && skipSpaces(s, i + word) === next.start) {
        close(i, i + word);
        i += word;
        continue;
      }
    }
    if (ch !== " ") afterTime = false;
    i++;
  }
  close(s.length, s.length);
  return segments;
}
function originalSlice(text, map, start, end) {
  return text.slice(map[start] ?? 0, map[end] ?? text.length).trim();
}
function readSegment(s, text, map, seg) {
  const { times } = seg;
  const first = times[0];
  const last = times[times.length - 1];
  if (first === void 0 || last === void 0) {
    const rest = s.slice(seg.start, seg.end).trim();
    return { ok: false, empty: rest === "" || NO_HOURS.has(rest) };
  }
  if (times.length > 2) return { ok: false, empty: false };
  const slot = { start: { hour: 0, minute: 0 } };
  let prefix = s.slice(seg.start, first.start).trim();
  for (const word of ["a partir de", "des", "de"]) {
    if (prefix === word) prefix = "";
    else if (prefix.endsWith(` ${word}`)) prefix = prefix.slice(0, -word.length - 1).trim();
  }
  if (prefix !== "") {
    if (!prefix.endsWith(":")) return { ok: false, empty: false };
    const labelFolded = prefix.slice(0, -1).trim();
    if (labelFolded !== "" && !FIELD_NAMES.has(labelFolded)) {
      const colon = s.lastIndexOf(":", first.start);
      slot.label = originalSlice(text, map, seg.start, colon);
    }
  }
  const second = times[1];
  if (second !== void 0) {
    const between = s.slice(first.end, second.start).trim();
    if (!["-", "--", "a", "jusqu'a", "au", ">", "->"].includes(between)) return { ok: false, empty: false };
  }
  const suffixStart = skipSpaces(s, last.end);
  let suffix = s.slice(suffixStart, seg.end).trim();
  if (suffix.startsWith("(") && suffix.endsWith(")")) suffix = "";
  if (suffix === "tbc" || suffix === "|") suffix = "";
  if (suffix !== "") {
    const m = /^pour (les |le |la |l')?/.exec(suffix);
    if (m === null) return { ok: false, empty: false };
    if (slot.label !== void 0) return { ok: false, empty: false };
    const label = originalSlice(text, map, suffixStart + m[0].length, seg.end);
    if (label === "") return { ok: false, empty: false };
    slot.label = label;
  }
  return { ok: true, slot, tokens: times };
}
function toTime(tok) {
  const hour = Number(tok.hour);
  const minute = tok.minute === void 0 ? 0 : Number(tok.minute);
  if (tok.hour.length > 2 || tok.minute !== void 0 && tok.minute.length > 2) return void 0;
  if (hour > 23 || minute > 59) return void 0;
  return { hour, minute };
}
function parseFrenchHours(text) {
  const norm = normaliseText(text).replace(/^[|\s]+|[|\s]+$/g, "");
  if (NO_HOURS.has(norm)) return { ok: true, slots: [] };
  const { folded, map } = foldWithMap(text);
  const times = findTimes(folded);
  if (times.length === 0) return { ok: true, slots: [] };
  const readings = [];
  for (const seg of splitSegments(folded, times)) {
    const r = readSegment(folded, text, map, seg);
    if (r.ok) readings.push(r);
    else if (!r.empty) {
      return { ok: false, reason: "unreadable", text, detail: originalSlice(text, map, seg.start, seg.end) };
    }
  }
  for (const { tokens } of readings) {
    for (const tok of tokens) {
      if (toTime(tok) === void 0) {
        return { ok: false, reason: "invalid-hour", text, detail: originalSlice(text, map, tok.start, tok.end) };
      }
    }
  }
  const slots = [];
  for (const { slot, tokens } of readings) {
    const [a, b] = tokens;
    const start = a === void 0 ? void 0 : toTime(a);
    const end = b === void 0 ? void 0 : toTime(b);
    if (start === void 0) continue;
    slot.start = start;
    if (end !== void 0 && a !== void 0 && b !== void 0) {
      if (end.hour * 60 + end.minute < start.hour * 60 + start.minute) {
        return { ok: false, reason: "end-before-start", text, detail: originalSlice(text, map, a.start, b.end) };
      }
      slot.end = end;
    }
    slots.push(slot);
  }
  return { ok: true, slots };
}

// src/rules/row-cell-count.ts
var rule19 = defineRule({
  id: "row-cell-count",
  severity: "warning",
  description: "A table row with more cells than the header, or with a cell left out so that values sit under the wrong column.",
  check(context) {
    const table = scheduleTable(context);
    const columns = context.programme.table?.columns;
    if (!table || !columns) return;
    const [header, ...rows] = table.children;
    if (!header) return;
    const width = header.children.length;
    for (const row of rows) {
      const cells = row.children;
      const texts = cells.map((cell) => plainText(cell));
      if (texts.every((text) => text === "") || isConflictMarkerText(texts[0] ?? "")) continue;
      const where = context.say("row-label", { title: titleOf(context, row.position.start.line, texts), line: row.position.start.line });
      if (cells.length > width) {
        const extra = cells.slice(width).filter((cell) => plainText(cell) !== "");
        if (extra.length === 0) continue;
        const position = { start: extra[0].position.start, end: extra.at(-1).position.end };
        const text = extra.map((cell) => plainText(cell)).join(" | ");
        context.report("row-cell-count-extra", { where, cells: cells.length, header: width, extra: text }, position, { actual: text });
      } else if (cells.length < width && looksShifted(texts, columns)) {
        const missing = columns.slice(cells.length);
        const names = missing.map((column) => column.header).join(", ");
        context.report("row-cell-count-missing", { where, cells: cells.length, header: width, columns: names }, row.position);
      }
    }
  }
});
function scheduleTable(context) {
  const offset = context.programme.table?.position.start.offset;
  if (offset === void 0) return void 0;
  const stack = [context.tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "table" && node.position?.start.offset === offset) return node;
    if ("children" in node) stack.push(...node.children);
  }
  return void 0;
}
function looksShifted(texts, columns) {
  return columns.some((column) => {
    const text = texts[column.index];
    if (!text) return false;
    if (column.role === "dates") {
      const parsed = parseFrenchDate(text);
      return !parsed.ok && parsed.reason === "unreadable";
    }
    if (column.role === "hours") return !parseFrenchHours(text).ok;
    return false;
  });
}
function titleOf(context, line, texts) {
  return context.programme.sessions.find((s) => s.position.start.line === line)?.title.text ?? texts[0] ?? "";
}

// src/rules/swapped-columns.ts
var rule20 = defineRule({
  id: "swapped-columns",
  severity: "warning",
  description: "Hours in the place column and a place in the hours column; read the way a person would."
});

// src/rules/undecided-date.ts
var rule21 = defineRule({
  id: "undecided-date",
  severity: "warning",
  description: "A date that gives a choice, such as 7 ou 14 novembre: the calendar shows every option as tentative.",
  check(context) {
    for (const session of context.programme.sessions) {
      if (!session.dates.value?.alternatives || session.status === "cancelled") continue;
      context.report("undecided-date", { text: session.dates.text, where: rowWhere(context, session) }, session.dates.position, {
        actual: session.dates.text
      });
    }
  }
});

// src/rules/unreadable-date.ts
var rule22 = defineRule({
  id: "unreadable-date",
  severity: "error",
  description: "A dates cell that cannot be read as a French date."
});

// src/rules/unreadable-hours.ts
var rule23 = defineRule({
  id: "unreadable-hours",
  severity: "error",
  description: "An hours cell that cannot be read as hours."
});

// src/rules/weekday-mismatch.ts
var rule24 = defineRule({
  id: "weekday-mismatch",
  severity: "error",
  description: "A weekday that is not the weekday of its date, such as mardi 14 mars 2019 (a Thursday).",
  check(context) {
    for (const session of context.programme.sessions) checkDates(context, session.dates, rowWhere(context, session));
    for (const section of context.programme.sections) {
      checkDates(context, section.dates, context.say("section-label", { heading: section.heading.text }));
    }
  }
});
function checkDates(context, dates, where) {
  for (const mention of dates.value?.mentions ?? []) {
    if (mention.weekday === void 0) continue;
    const date = { year: mention.resolvedYear, month: mention.month, day: mention.day };
    const actual = isoWeekday(date);
    if (actual === mention.weekday) continue;
    context.report(
      "weekday-mismatch",
      {
        text: mention.text,
        where,
        date: longDate(context, date),
        actual: context.say("weekday-name", { weekday: actual }),
        written: context.say("weekday-name", { weekday: mention.weekday })
      },
      context.source.find(dates.position, mention.text),
      { actual: mention.text }
    );
  }
}

// src/rules/other-checks.ts
var declare = (id, severity, description) => defineRule({ id, severity, description });
var otherChecks = [
  declare("binary-file", "error", "A file that is not text: it is not read."),
  declare("invalid-utf8", "warning", "A file that is not valid UTF-8 from some point on."),
  declare("too-deeply-nested", "error", "A document nested too deeply to be read."),
  declare("link-target-missing", "error", "A link to a file of the repository that does not exist."),
  declare("link-anchor-missing", "error", "A link to a heading that does not exist."),
  declare("link-own-url-missing", "error", "A full link to this repository whose file is not in the last commit."),
  declare("link-outside-repository", "error", "A link that leads outside the repository."),
  declare("archive-not-linked", "warning", "A past programme in the archives that the programme does not link to."),
  declare("calendar-link-no-repository", "warning", "The calendar link cannot be written: the repository is not known."),
  declare("managed-block-missing", "info", "A block the tool keeps up to date is not in the programme yet."),
  declare("managed-block-stale", "warning", "A block the tool keeps up to date is out of date."),
  declare("managed-block-unpaired", "warning", "A managed block whose start or end marker is missing.")
];

// src/rules/index.ts
var rules = [
  // Found by the reader while it reads the document.
  rule14,
  rule8,
  rule22,
  rule12,
  rule,
  rule9,
  rule18,
  rule17,
  rule13,
  rule23,
  rule10,
  rule7,
  rule20,
  // Checked on what was read.
  rule11,
  rule19,
  rule24,
  rule15,
  rule6,
  rule16,
  rule21,
  rule5,
  rule2,
  rule3,
  rule4
];
function findRule(id) {
  return rules.find((rule25) => rule25.id === id) ?? otherChecks.find((rule25) => rule25.id === id);
}

// src/config/rule-settings.ts
function validateRuleSetting(where, id, value, language) {
  if (!findRule(id)) throw new UsageError(say(language, "config-unknown-rule", { where, key: id }));
  if (value !== "off" && !isSeverity(value)) {
    throw new UsageError(say(language, "config-bad-severity", { where, key: id, value: JSON.stringify(value) ?? String(value) }));
  }
  return value;
}
function applyRuleSettings(diagnostics, settings) {
  if (!settings) return diagnostics;
  const out = [];
  for (const diagnostic of diagnostics) {
    const setting = Object.hasOwn(settings, diagnostic.rule) ? settings[diagnostic.rule] : void 0;
    if (setting === "off") continue;
    out.push(setting ? { ...diagnostic, severity: setting } : diagnostic);
  }
  return out;
}

// src/config/config-file.ts
var CONFIG_FILE_NAME = ".programme-sync.json";
function findConfigFile(programmePath, cwd) {
  let folder = dirname(resolve(cwd, programmePath));
  const visited = [];
  for (; ; ) {
    visited.push(folder);
    if (existsSync(join(folder, ".git"))) {
      return visited.map((f) => join(f, CONFIG_FILE_NAME)).find((candidate) => existsSync(candidate));
    }
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const here = join(cwd, CONFIG_FILE_NAME);
  return existsSync(here) ? here : void 0;
}
async function loadConfigFile(path, displayPath, language) {
  let data;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new UsageError(say(language, "config-invalid-json", { file: displayPath, detail: error.message }));
  }
  const config = validateConfig(data, displayPath, language);
  if (config.outDir !== void 0) config.outDir = resolve(dirname(path), config.outDir);
  return config;
}
function validateConfig(data, file, language) {
  if (!isPlainObject(data)) throw new UsageError(say(language, "config-invalid-json", { file, detail: "not an object" }));
  const config = {};
  const bad = (key, value) => new UsageError(say(language, "config-bad-value", { file, key, value: JSON.stringify(value) ?? String(value) }));
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case "rules": {
        if (!isPlainObject(value)) throw bad("rules", value);
        const rules2 = {};
        for (const [id, setting] of Object.entries(value)) rules2[id] = validateRuleSetting(`${file}: rules`, id, setting, language);
        config.rules = rules2;
        break;
      }
      case "timezone":
        if (typeof value !== "string" || !isValidTimeZone(value)) throw bad("timezone", value);
        config.timezone = value;
        break;
      case "year":
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1e3 || value > 9999) throw bad("year", value);
        config.year = value;
        break;
      case "language":
        if (!isLanguage(value)) throw bad("language", value);
        config.language = value;
        break;
      case "outDir":
        if (typeof value !== "string" || value.trim() === "" || isAbsolute(value)) throw bad("outDir", value);
        config.outDir = value;
        break;
      case "$schema":
        break;
      default:
        throw new UsageError(say(language, "config-unknown-key", { file, key }));
    }
  }
  return config;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/config-for-file.ts
async function configForFile(programmePath, cwd, language, cache) {
  const configPath = findConfigFile(programmePath, cwd);
  if (!configPath) return {};
  const cached = cache.get(configPath);
  if (cached) return cached;
  const config = await loadConfigFile(configPath, toDisplayPath(configPath), language);
  cache.set(configPath, config);
  return config;
}

// src/config/engine-settings.ts
var DEFAULT_LANGUAGE = "en";
var DEFAULT_TIMEZONE = "Europe/Paris";
function engineOptionsFor(config, overrides) {
  const year = overrides.year ?? config.year;
  const rules2 = { ...config.rules, ...overrides.rules };
  return {
    language: overrides.language ?? config.language ?? DEFAULT_LANGUAGE,
    timezone: overrides.timezone ?? config.timezone ?? DEFAULT_TIMEZONE,
    ...year === void 0 ? {} : { year },
    ...Object.keys(rules2).length > 0 ? { rules: rules2 } : {},
    ...config.outDir === void 0 ? {} : { calendarDir: config.outDir }
  };
}

// src/diagnostics/diagnostic.ts
function placeOf(position) {
  if (!position) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column
  };
}
function compareDiagnostics(a, b) {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

// src/diagnostics/collector.ts
var DiagnosticCollector = class {
  constructor(language) {
    this.language = language;
  }
  language;
  diagnostics = [];
  /** Writes a catalogue message in this file's language (for labels inside other messages). */
  say(id, params) {
    return say(this.language, id, params);
  }
  /** Records one diagnostic at an mdast position. */
  add(rule25, severity, id, params, position, extra = {}) {
    const diagnostic = {
      rule: rule25,
      severity,
      message: this.say(id, params),
      ...placeOf(position),
      ...extra
    };
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
};

// src/links/check-report-links.ts
import { stat } from "node:fs/promises";
import { dirname as dirname2, join as join3, resolve as resolve2 } from "node:path";

// src/rules/ignore-comments.ts
var DIRECTIVE = /<!--\s*programme-sync\s+ignore\b([\s\S]*?)-->/g;
var BLOCK_PARENTS = /* @__PURE__ */ new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);
function rulesNamed(words) {
  const ids = words.split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 ? "all" : ids;
}
function directivesIn(value) {
  return [...value.matchAll(DIRECTIVE)].map((match) => rulesNamed(match[1] ?? ""));
}
function findIgnoreDirectives(tree) {
  const found = [];
  const parents = [tree];
  while (parents.length > 0) {
    const parent = parents.pop();
    if (!("children" in parent)) continue;
    const children = parent.children;
    children.forEach((node, index) => {
      if (node.type === "html" && node.position) {
        const named = directivesIn(node.value);
        if (named.length > 0) {
          const block = BLOCK_PARENTS.has(parent.type);
          const span = block ? nextBlock(children, index)?.position : node.position;
          if (span) for (const rules2 of named) found.push({ rules: rules2, fromLine: span.start.line, toLine: span.end.line });
        }
      }
      if ("children" in node) parents.push(node);
    });
  }
  return found.sort((a, b) => a.fromLine - b.fromLine);
}
function nextBlock(siblings, index) {
  for (let i = index + 1; i < siblings.length; i++) {
    const node = siblings[i];
    if (node.type === "html" && directivesIn(node.value).length > 0) continue;
    return node;
  }
  return void 0;
}
function applyIgnoreDirectives(diagnostics, directives) {
  if (directives.length === 0) return diagnostics;
  return diagnostics.filter(
    (d) => !directives.some(
      (directive) => d.line >= directive.fromLine && d.line <= directive.toLine && (directive.rules === "all" || directive.rules.includes(d.rule))
    )
  );
}

// src/rules/settle-diagnostics.ts
function settleDiagnostics(diagnostics, read, rules2) {
  const documented = diagnostics.map((d) => d.url ? d : { ...d, ...urlOf(d.rule) });
  return applyRuleSettings(applyIgnoreDirectives(documented, findIgnoreDirectives(read.tree)), rules2).sort(compareDiagnostics);
}
function urlOf(rule25) {
  const known = findRule(rule25);
  return known ? { url: known.url } : {};
}

// src/links/check-links.ts
import { join as join2 } from "node:path";

// src/links/closest-path.ts
function closestPath(wanted, candidates) {
  const all = [...candidates];
  const name = wanted.slice(wanted.lastIndexOf("/") + 1);
  const moved = all.filter((candidate) => candidate.slice(candidate.lastIndexOf("/") + 1) === name);
  return closestString(wanted, moved.length > 0 ? moved : all, moved.length > 0 ? Number.POSITIVE_INFINITY : void 0);
}
function closestString(wanted, candidates, limit = Math.max(3, Math.floor(wanted.length / 2))) {
  let best;
  let bestDistance = limit + 1;
  for (const candidate of [...candidates].sort()) {
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(wanted, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b, ceiling = Number.POSITIVE_INFINITY) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum >= ceiling) return rowMinimum;
    previous = current;
  }
  return previous[b.length];
}

// src/links/own-repository-url.ts
function parseRepositoryFileUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  const host = parsed.hostname.toLowerCase();
  let parts;
  try {
    parts = parsed.pathname.split("/").filter((part) => part !== "").map(decodeURIComponent);
  } catch {
    return void 0;
  }
  const [owner, name, ...rest] = parts;
  if (owner === void 0 || name === void 0) return void 0;
  const repository = { owner, name: name.replace(/\.git$/, "") };
  if (host === "raw.githubusercontent.com") return rest.length >= 2 ? { repository, segments: rest } : void 0;
  if (host !== "github.com" && host !== "www.github.com") return void 0;
  const [view, ...segments] = rest;
  if (view !== "blob" && view !== "tree" && view !== "raw" || segments.length < 2) return void 0;
  return { repository, segments };
}
function pathInRepository(segments, exists) {
  for (let branchLength = 1; branchLength < segments.length; branchLength++) {
    const path = segments.slice(branchLength).join("/");
    if (exists(path)) return path;
  }
  return void 0;
}

// src/links/check-links.ts
async function checkLinks(report2, repo, collector) {
  const programmePath = await repositoryPathOf(repo, report2.path);
  if (programmePath === void 0) return;
  const { tree, source } = report2.read;
  const managed = findManagedBlocks(tree, source.text);
  const generated = (link) => managed.blocks.some((block) => (link.position.start.offset ?? -1) >= block.contentStart && (link.position.start.offset ?? -1) < block.contentEnd);
  const calendarDir = report2.engine?.calendarDir;
  const calendarFolder = calendarDir === void 0 ? void 0 : await repositoryFolderOf(repo, calendarDir);
  const context = {
    repo,
    collector,
    programmePath,
    folder: folderOf(programmePath),
    tree,
    ownAnchors: headingSlugs(tree),
    reached: /* @__PURE__ */ new Map(),
    ...calendarFolder === void 0 ? {} : { calendarFolder }
  };
  for (const link of collectLinks(tree)) await checkLink(context, link, !generated(link));
  if (isArchivedProgramme(programmePath, repo.archivesGlob)) return;
  reportUnlinkedArchives(context, managed);
  reportManagedBlocks(context, managed, source.text);
}
async function checkLink(check, link, report2) {
  const { repo } = check;
  const destination = classifyDestination(link.url);
  const sink = report2 ? check.collector : new DiagnosticCollector(check.collector.language);
  const add = (...args) => sink.add(...args);
  if (destination.kind === "same-document") {
    checkAnchor(link, check.ownAnchors, destination.fragment, check.programmePath, add);
    return;
  }
  if (destination.kind === "absolute") {
    const url = parseRepositoryFileUrl(destination.url);
    if (!url || !repo.identity || !sameRepository(url.repository, repo.identity)) return;
    const { files: head, folders: headFolders } = await repo.files.head();
    const path = pathInRepository(url.segments, (candidate) => head.has(candidate) || headFolders.has(candidate));
    if (path !== void 0) {
      if (!check.reached.has(path)) check.reached.set(path, link.position);
      return;
    }
    const suggestion = closestPath(url.segments.slice(1).join("/"), head);
    add("link-own-url-missing", "error", "link-own-url-missing", {
      url: link.url,
      repository: `${repo.identity.owner}/${repo.identity.name}`,
      ...suggestion === void 0 ? {} : { suggestion }
    }, link.position, { actual: link.url, ...suggestion === void 0 ? {} : { expected: suggestion } });
    return;
  }
  if (destination.kind !== "relative") return;
  const wanted = destination.fromRoot ? destination.path : `${check.folder === "" ? "" : check.folder + "/"}${destination.path}`;
  const landing = await landOf(repo.files, join2(repo.files.root, wanted));
  switch (landing.kind) {
    case "outside":
      add("link-outside-repository", "error", "link-outside-repository", { target: link.url }, link.position, { actual: link.url });
      return;
    case "through-symlink":
      add("link-outside-repository", "error", "link-through-outside-symlink", { target: link.url, link: landing.link }, link.position, { actual: link.url });
      return;
    case "missing": {
      const closest = closestPath(landing.path, repo.files.working);
      const suggestion = closest === void 0 ? void 0 : destination.fromRoot ? "/" + closest : linkFromFolder(check.folder, closest);
      add("link-target-missing", "error", "link-target-missing", {
        target: link.url,
        path: landing.path,
        ...suggestion === void 0 ? {} : { suggestion }
      }, link.position, { actual: link.url, ...suggestion === void 0 ? {} : { expected: suggestion } });
      return;
    }
    case "folder":
      return;
    case "file": {
      if (!check.reached.has(landing.path)) check.reached.set(landing.path, link.position);
      if (destination.fragment === void 0 || link.kind === "image" || !/\.(md|markdown)$/i.test(landing.path)) return;
      const anchors = landing.path === check.programmePath ? check.ownAnchors : await anchorsOf(repo, landing.path);
      if (anchors) checkAnchor(link, anchors, destination.fragment, landing.path, add);
    }
  }
}
function checkAnchor(link, anchors, fragment, file, add) {
  if (hasAnchor(anchors, fragment)) return;
  const suggestion = closestString(fragment.toLowerCase(), anchors);
  add("link-anchor-missing", "error", "link-anchor-missing", {
    target: link.url,
    anchor: fragment,
    file,
    ...suggestion === void 0 ? {} : { suggestion }
  }, link.position, { actual: `#${fragment}`, ...suggestion === void 0 ? {} : { expected: `#${suggestion}` } });
}
function reportUnlinkedArchives(check, managed) {
  const { repo, collector, programmePath } = check;
  const archives = findArchivedProgrammes(programmePath, repo.files.working, repo.archivesGlob);
  const archivesBlock = managed.blocks.find((block) => block.kind === "archives");
  const firstArchiveLink = archives.map((archive) => check.reached.get(archive.path)).find((place) => place !== void 0);
  for (const archive of archives) {
    if (check.reached.has(archive.path)) continue;
    const link = linkFromFolder(check.folder, archive.path);
    collector.add("archive-not-linked", "warning", "archive-not-linked", { path: archive.path, link }, archivesBlock?.position ?? firstArchiveLink ?? titlePosition(check.tree), {
      expected: link
    });
  }
  if (archives.length > 0 && !archivesBlock && !managed.problems.some((problem) => problem.kind === "archives")) {
    suggestMarkers(collector, "archives", firstArchiveLink ?? titlePosition(check.tree));
  }
}
function reportManagedBlocks(check, managed, text) {
  const { repo, collector, programmePath } = check;
  const renderings = languages.map((language) => renderBlockContents(programmePath, repo, language, check.calendarFolder));
  const wantedHere = renderBlockContents(programmePath, repo, collector.language, check.calendarFolder);
  for (const block of managed.blocks) {
    const current = text.slice(block.contentStart, block.contentEnd);
    if (renderings.every((contents) => contents[block.kind] === void 0)) {
      collector.add("calendar-link-no-repository", "warning", "calendar-link-no-repository", {}, block.position);
      continue;
    }
    if (renderings.some((contents) => blockText(contents[block.kind] ?? [], block.eol) === current)) continue;
    collector.add("managed-block-stale", "warning", "managed-block-stale", { kind: block.kind }, block.position, {
      actual: current.replace(/\r?\n$/, ""),
      expected: (wantedHere[block.kind] ?? []).join("\n")
    });
  }
  for (const problem of managed.problems) {
    const [marker, missing] = problem.problem === "unclosed" ? [openingMarker(problem.kind), closingMarker(problem.kind)] : [closingMarker(problem.kind), openingMarker(problem.kind)];
    collector.add("managed-block-unpaired", "warning", "managed-block-unpaired", { marker, missing }, problem.position);
  }
  const present = /* @__PURE__ */ new Set([...managed.blocks.map((block) => block.kind), ...managed.problems.map((problem) => problem.kind)]);
  if (!present.has("calendar")) suggestMarkers(collector, "calendar", titlePosition(check.tree));
}
function suggestMarkers(collector, kind, position) {
  collector.add("managed-block-missing", "info", "managed-block-missing", { kind, opening: openingMarker(kind), closing: closingMarker(kind) }, position, {
    expected: `${openingMarker(kind)}
${closingMarker(kind)}`
  });
}
function titlePosition(tree) {
  return tree.children.find((node) => node.type === "heading")?.position;
}

// src/links/check-report-links.ts
async function checkReportLinks(reports, settings, language) {
  const cache = /* @__PURE__ */ new Map();
  const checked = [];
  for (const report2 of reports) {
    const collector = new DiagnosticCollector(language);
    const listFiles = await needsFileList(report2, settings);
    await checkLinks(report2, await repositoryFor(report2.path, settings, cache, { listFiles }), collector);
    const links = settleDiagnostics(collector.diagnostics, report2.read, report2.engine?.rules);
    checked.push({ ...report2, diagnostics: [...report2.diagnostics, ...links].sort(compareDiagnostics) });
  }
  return checked;
}
async function needsFileList(report2, settings) {
  if (report2.read.source.text.includes("programme-sync:")) return true;
  if (collectLinks(report2.read.tree).some((link) => classifyDestination(link.url).kind === "relative")) return true;
  const prefix = [];
  for (const segment of settings.archivesGlob.split("/")) {
    if (/[*?[{]/.test(segment)) break;
    prefix.push(segment);
  }
  if (prefix.length === 0) return true;
  return stat(join3(dirname2(resolve2(report2.path)), ...prefix)).then(
    () => true,
    () => false
  );
}

// src/dates/resolve-dates.ts
var longestRangeDays = 366;
function dayCount(from, to) {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 864e5) + 1;
}
function sortedUnique(days) {
  const sorted = [...days].sort(compareDates);
  return sorted.filter((d, i) => {
    const prev = sorted[i - 1];
    return prev === void 0 || compareDates(prev, d) !== 0;
  });
}
function resolveDates(expression, inferred) {
  const mentions = [];
  const days = [];
  for (const [k, mention] of expression.mentions.entries()) {
    const year = inferred.years[k] ?? inferred.years[inferred.years.length - 1];
    if (year === void 0 || !isRealDate(year, mention.month, mention.day)) {
      return { ok: false, invalid: { mention, year: year ?? Number.NaN } };
    }
    mentions.push({ ...mention, resolvedYear: year });
    days.push({ year, month: mention.month, day: mention.day });
  }
  const value = { expression, days: [], yearSource: inferred.source, mentions };
  switch (expression.kind) {
    case "range": {
      const [from, to] = days;
      const [fromMention, toMention] = expression.mentions;
      if (from === void 0 || to === void 0 || fromMention === void 0 || toMention === void 0) {
        value.days = days;
        break;
      }
      if (compareDates(to, from) < 0) return { ok: false, backwards: { from: fromMention, to: toMention } };
      if (dayCount(from, to) > longestRangeDays) return { ok: false, tooLong: { days: dayCount(from, to) } };
      value.days = daysFromTo(from, to);
      break;
    }
    case "alternatives":
      value.days = sortedUnique(days);
      value.alternatives = days.map((d) => [d]);
      break;
    case "set":
      value.days = sortedUnique(days);
      break;
    case "single":
      value.days = days;
      break;
  }
  return { ok: true, value };
}

// src/dates/year-inference.ts
function yearsFrom(expression, base) {
  const years = [];
  let year = base;
  let previousMonth;
  for (const m of expression.mentions) {
    if (m.year !== void 0) year = m.year;
    else if (previousMonth !== void 0 && m.month < previousMonth) year++;
    years.push(year);
    previousMonth = m.month;
  }
  return years;
}
function firstMonth(e) {
  return e.mentions[0]?.month ?? 0;
}
function lastMonth(e) {
  return e.mentions[e.mentions.length - 1]?.month ?? 0;
}
function sectionAnchors(rows, dates, fixed) {
  rows.forEach((row, i) => {
    if (row === void 0 || fixed.has(i)) return;
    row.mentions.forEach((m, k) => {
      if (fixed.has(i)) return;
      const match = dates.find((d) => d.day === m.day && d.month === m.month);
      if (match === void 0) return;
      const relative = yearsFrom(row, 0);
      const shift = match.year - (relative[k] ?? 0);
      fixed.set(i, { years: relative.map((y) => y + shift), source: "section" });
    });
  });
}
function inferYears(rows, hints) {
  const out = rows.map(() => void 0);
  const fixed = /* @__PURE__ */ new Map();
  rows.forEach((row, i) => {
    const y = row?.mentions[0]?.year;
    if (row !== void 0 && y !== void 0) fixed.set(i, { years: yearsFrom(row, y), source: "cell" });
  });
  const firstDated = rows.findIndex((r) => r !== void 0 && r.mentions.length > 0);
  const anchorFirst = (year, source) => {
    const row = rows[firstDated];
    if (row !== void 0 && !fixed.has(firstDated)) fixed.set(firstDated, { years: yearsFrom(row, year), source });
  };
  if (hints.columnHeaderYear !== void 0) anchorFirst(hints.columnHeaderYear, "column-header");
  else if (hints.headingYear !== void 0) anchorFirst(hints.headingYear, "heading");
  else {
    const before = fixed.size;
    if (hints.sectionDates !== void 0 && before === 0) sectionAnchors(rows, hints.sectionDates, fixed);
    if (fixed.size === before && hints.optionYear !== void 0) anchorFirst(hints.optionYear, "option");
  }
  const anchors = [...fixed.keys()].sort((a, b) => a - b);
  const first = anchors[0];
  if (first === void 0) return out;
  let running = { year: 0, month: 0, base: 0, source: "cell", from: first };
  for (let i = first; i < rows.length; i++) {
    const row = rows[i];
    if (row === void 0 || row.mentions.length === 0) continue;
    const f = fixed.get(i);
    let years;
    if (f !== void 0) {
      years = f.years;
      out[i] = { years, source: f.source };
      running = { year: 0, month: 0, base: years[0] ?? 0, source: f.source, from: i };
    } else {
      const base2 = firstMonth(row) < running.month ? running.year + 1 : running.year;
      years = yearsFrom(row, base2);
      const counted = running.source === "cell" || base2 !== running.base ? "rollover" : running.source;
      out[i] = { years, source: counted, from: running.from };
    }
    running.year = years[years.length - 1] ?? running.year;
    running.month = lastMonth(row);
  }
  const anchor = fixed.get(first);
  const firstRow = rows[first];
  if (anchor === void 0 || firstRow === void 0) return out;
  let up = { year: anchor.years[0] ?? 0, month: firstMonth(firstRow) };
  const base = anchor.years[0] ?? 0;
  for (let i = first - 1; i >= 0; i--) {
    const row = rows[i];
    if (row === void 0 || row.mentions.length === 0) continue;
    const target = lastMonth(row) > up.month ? up.year - 1 : up.year;
    const relative = yearsFrom(row, 0);
    const shift = target - (relative[relative.length - 1] ?? 0);
    const years = relative.map((y) => y + shift);
    const source = anchor.source === "cell" || years[0] !== base ? "rollover" : anchor.source;
    out[i] = { years, source, from: first };
    up = { year: years[0] ?? target, month: firstMonth(row) };
  }
  return out;
}

// src/dates/years.ts
var isDigit3 = (ch) => ch !== void 0 && ch >= "0" && ch <= "9";
var isAlnum = (ch) => ch !== void 0 && (isDigit3(ch) || new RegExp("\\p{L}", "u").test(ch));
function extractYear(text) {
  let i = 0;
  while (i < text.length) {
    if (!isDigit3(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (isDigit3(text[j])) j++;
    const before = text[i - 1];
    const after = text[j];
    if (j - i === 4 && !isAlnum(before) && before !== ":" && !isAlnum(after)) {
      const year = Number(text.slice(i, j));
      if (year >= 1900 && year <= 2199) return year;
    }
    i = j;
  }
  return void 0;
}

// src/programme/swapped-columns.ts
function hoursAndPlaceSwapped(hours, place) {
  if (!hours || !place || hours.text === "" || place.text === "") return false;
  const inPlace = parseFrenchHours(place.text);
  if (!inPlace.ok || inPlace.slots.length === 0) return false;
  const inHours = parseFrenchHours(hours.text);
  return inHours.ok && inHours.slots.length === 0 && new RegExp("\\p{L}", "u").test(hours.text) && !/^(tbc|tbd|nc)$/i.test(hours.text.trim());
}

// src/programme/read-rows.ts
var cancelledWords = /(^|[^a-z])(annule|annulee|annulation|cancelled|canceled)([^a-z]|$)/;
function readRows(rows, columns) {
  const drafts = [];
  rows.forEach((row, rowIndex) => {
    const cells = row.children.map((cell) => ({ text: plainText(cell), value: plainText(cell), position: contentPosition(cell) }));
    if (cells.every((cell) => cell.text === "")) return;
    if (isConflictMarkerText(cells[0]?.text ?? "")) return;
    const byRole = {};
    for (const column of columns) {
      const cell = cells[column.index];
      if (column.role && cell) byRole[column.role] = cell;
    }
    const title = byRole.title ?? (byRole.theme?.text ? byRole.theme : void 0) ?? byRole.audience ?? emptyFieldAt(row.position);
    drafts.push({
      rowIndex,
      position: row.position,
      cells,
      byRole,
      title: cleanTitle(title),
      status: isCancelled(row) ? "cancelled" : "confirmed"
    });
  });
  return drafts;
}
function isCancelled(row) {
  const struck = row.children.filter((cell) => cell.children.length > 0);
  if (struck.length > 0 && struck.every((cell) => isStruckThrough(cell))) return true;
  const first = row.children[0];
  if (first && isStruckThrough(first)) return true;
  return row.children.some((cell) => cancelledWords.test(normaliseText(plainText(cell))));
}
function cleanTitle(field) {
  const text = field.text.replace(/\[\s*annul[eé]e?\s*\]/gi, "").replace(/\s+/g, " ").trim();
  return { ...field, text, value: text };
}
function contentPosition(cell) {
  const first = cell.children[0]?.position;
  const last = cell.children.at(-1)?.position;
  return first && last ? { start: first.start, end: last.end } : cell.position;
}
function emptyFieldAt(position) {
  return { text: "", value: "", position };
}

// src/programme/read-sections.ts
var fieldRoles = {
  heures: "hours",
  heure: "hours",
  horaires: "hours",
  horaire: "hours",
  lieu: "place",
  lieux: "place",
  salle: "place",
  adresse: "place",
  theme: "theme",
  thematique: "theme"
};
function readSections(root, source, tableLine) {
  const nodes = root.children;
  const drafts = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== "heading") continue;
    const draft = readHeading(node, source);
    if (!draft) continue;
    if (tableLine !== void 0 && node.position.start.line < tableLine) continue;
    let end = i + 1;
    while (end < nodes.length && !(nodes[end].type === "heading" && nodes[end].depth <= node.depth)) end++;
    const body = nodes.slice(i + 1, end);
    const last = body.at(-1) ?? node;
    draft.position = { start: node.position.start, end: last.position.end };
    draft.fields = readFields(body, source);
    drafts.push(draft);
    i = end - 1;
  }
  return drafts;
}
function readHeading(node, source) {
  const text = plainText(node);
  const found = extractDateFromHeading(text);
  if (!found) return void 0;
  const headingField = { text, value: text, position: node.position };
  const dateText = text.slice(found.start, found.end).trim();
  return {
    heading: headingField,
    depth: node.depth,
    dateText: { text: dateText, value: dateText, position: source.find(node.position, dateText) },
    parsed: parseFrenchDate(dateText),
    fields: [],
    position: node.position
  };
}
function readFields(body, source) {
  const fields = [];
  for (const node of body) {
    if (node.type === "heading") break;
    if (node.type === "list") fields.push(...readListFields(node, source));
    if (node.type === "paragraph") {
      const field = readLabelled(node, source);
      if (field) fields.push(field);
    }
  }
  return fields;
}
function readListFields(list, source) {
  const fields = [];
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type !== "paragraph") continue;
    const field = readLabelled(first, source);
    if (field) fields.push(field);
  }
  return fields;
}
function readLabelled(paragraph, source) {
  const text = plainText(paragraph);
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 40) return void 0;
  const name = text.slice(0, colon).trim();
  if (!name || /\d/.test(name)) return void 0;
  const value = text.slice(colon + 1).trim();
  const role = fieldRoles[normaliseText(name)];
  const raw = source.slice(paragraph.position);
  const rawColon = raw.indexOf(":");
  const base = paragraph.position.start.offset ?? 0;
  let start = base + rawColon + 1;
  while (start < base + raw.length && /\s/.test(source.text[start])) start++;
  let end = base + raw.length;
  while (end > start && /\s/.test(source.text[end - 1])) end--;
  const position = rawColon >= 0 ? source.span(start, end) : paragraph.position;
  return { name, ...role ? { role } : {}, field: { text: value, value, position } };
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value.length) {
      while ((indices.at(-1) ?? 0) <= offset) grow();
      let low = 0;
      let high = indices.length - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (indices[middle] > offset) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return {
        line: low + 1,
        column: offset - (low > 0 ? indices[low - 1] : 0) + 1,
        offset
      };
    }
  }
  function toOffset(point) {
    if (point && typeof point.line === "number" && typeof point.column === "number" && !Number.isNaN(point.line) && // Excludes `NaN` too.
    point.column > 0) {
      while (indices.length < point.line && (indices.at(-1) ?? 0) <= value.length) {
        grow();
      }
      const offset = (point.line > 1 ? indices[point.line - 2] : 0) + point.column - 1;
      if (offset < indices[point.line - 1]) return offset;
    }
  }
}

// src/programme/source-text.ts
var SourceText = class {
  constructor(text) {
    this.text = text;
    this.place = location(text);
  }
  text;
  place;
  /** The source text a position covers. */
  slice(position) {
    return this.text.slice(position.start.offset ?? 0, position.end.offset ?? 0);
  }
  /** A position covering source offsets [start, end). */
  span(start, end) {
    const from = this.place.toPoint(start);
    const to = this.place.toPoint(end) ?? this.place.toPoint(this.text.length);
    return {
      start: { line: from?.line ?? 1, column: from?.column ?? 1, offset: start },
      end: { line: to?.line ?? 1, column: to?.column ?? 1, offset: end }
    };
  }
  /**
   * Where a piece of plain text sits inside a node's source, when it appears there
   * verbatim; otherwise the node itself (markup inside the piece makes it unfindable).
   */
  find(node, piece) {
    const source = this.slice(node);
    const at = piece ? source.indexOf(piece) : -1;
    if (at < 0) return node;
    const base = node.start.offset ?? 0;
    return this.span(base + at, base + at + piece.length);
  }
};

// src/programme/read-programme.ts
function readProgramme(text, options, report2) {
  const source = new SourceText(text);
  let tree;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    report2.add("too-deeply-nested", "error", "too-deeply-nested", {}, void 0);
    return emptyRead(text);
  }
  const title = documentTitle(tree);
  const found = findScheduleTable(tree);
  if (!found) {
    const htmlTables = findHtmlScheduleTables(tree);
    for (const html of htmlTables) report2.add("html-table", "info", "html-table", {}, html.position);
    if (htmlTables.length === 0) report2.add("no-schedule-table", "warning", "no-schedule-table", {}, void 0);
  }
  const [, ...bodyRows] = found?.table.children ?? [];
  const rows = found ? readRows(bodyRows, found.columns) : [];
  const tableLine = found?.table.position?.start.line;
  const sectionDrafts = readSections(tree, source, tableLine);
  const parsedRows = rows.map((row) => parseRowDates(row, report2));
  const hints = {
    ...defined("columnHeaderYear", found ? extractYear(found.columns.find((c) => c.role === "dates")?.header ?? "") : void 0),
    ...defined("headingYear", found ? headingYearAbove(tree, found.table.position.start.line) ?? yearOf(title) : yearOf(title)),
    sectionDates: explicitSectionDates(sectionDrafts),
    ...defined("optionYear", options.year)
  };
  const years = inferYears(parsedRows.map((p) => p?.ok ? p.value : void 0), hints);
  let missingYearReported = false;
  const sessions = rows.map((row, index) => {
    const where = rowLabel(row, report2);
    const parsed = parsedRows[index];
    let dates;
    if (parsed?.ok) {
      const inferred = years[index];
      if (!inferred) {
        if (!missingYearReported) {
          report2.add("missing-year", "error", "missing-year", { text: row.byRole.dates.text, where }, row.byRole.dates.position);
          missingYearReported = true;
        }
      } else {
        dates = resolveOrReport(parsed.value, inferred, row.byRole.dates, where, report2);
      }
    }
    if (hoursAndPlaceSwapped(row.byRole.hours, row.byRole.place)) swapHoursAndPlace(row, found.columns, where, report2);
    const hours = row.byRole.hours ? readHours(row.byRole.hours, where, report2, true) : void 0;
    const session = {
      title: row.title,
      rowIndex: row.rowIndex,
      position: row.position,
      status: sessionStatus(row, parsed, dates),
      dates: { text: row.byRole.dates?.text ?? "", value: dates, position: row.byRole.dates?.position ?? row.position },
      cells: row.cells,
      ...hours ? { hours } : {},
      ...row.byRole.place ? { place: row.byRole.place } : {},
      ...row.byRole.audience ? { audience: row.byRole.audience } : {},
      ...row.byRole.theme ? { theme: row.byRole.theme } : {}
    };
    return session;
  });
  const sections = sectionDrafts.map((draft) => readSection(draft, sessions, report2));
  const programme = {
    ...title ? { title } : {},
    ...found ? {
      table: {
        columns: found.columns,
        position: found.table.position,
        headerPosition: found.table.children[0].position
      }
    } : {},
    sessions,
    sections
  };
  return { programme, tree, source };
}
function swapHoursAndPlace(row, columns, where, report2) {
  const hours = row.byRole.hours;
  const place = row.byRole.place;
  const header = (role) => columns.find((column) => column.role === role)?.header ?? role;
  report2.add(
    "swapped-columns",
    "warning",
    "swapped-columns",
    { where, hours: place.text, place: hours.text, hoursHeader: header("hours"), placeHeader: header("place") },
    place.position
  );
  row.byRole.hours = place;
  row.byRole.place = hours;
}
function sessionStatus(row, parsed, dates) {
  if (row.status === "cancelled") return "cancelled";
  if (dates?.alternatives) return "tentative";
  if (parsed && !parsed.ok && parsed.reason === "empty" && row.byRole.dates?.text) return "tentative";
  return "confirmed";
}
function emptyRead(text) {
  return { programme: { sessions: [], sections: [] }, tree: { type: "root", children: [] }, source: new SourceText(text) };
}
function defined(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function documentTitle(tree) {
  const heading = tree.children.find((node) => node.type === "heading" && node.depth === 1) ?? tree.children.find((node) => node.type === "heading");
  return heading ? plainText(heading) : void 0;
}
function yearOf(text) {
  return text ? extractYear(text) : void 0;
}
function headingYearAbove(tree, tableLine) {
  const headings = tree.children.filter(
    (node) => node.type === "heading" && node.position.start.line < tableLine
  );
  for (const heading of headings.reverse()) {
    const year = extractYear(plainText(heading));
    if (year !== void 0) return year;
  }
  return void 0;
}
function explicitSectionDates(drafts) {
  const dates = [];
  for (const draft of drafts) {
    if (!draft.parsed.ok) continue;
    for (const mention of draft.parsed.value.mentions) {
      if (mention.year !== void 0) dates.push({ year: mention.year, month: mention.month, day: mention.day });
    }
  }
  return dates;
}
function rowLabel(row, report2) {
  return report2.say("row-label", { title: row.title.text, line: row.position.start.line });
}
function parseRowDates(row, report2) {
  const cell = row.byRole.dates;
  if (!cell) return void 0;
  const parsed = parseFrenchDate(cell.text);
  if (parsed.ok) return parsed;
  if (parsed.reason === "empty") {
    if (cell.text === "") {
      if (row.title.text) report2.add("missing-date", "error", "missing-date", { title: row.title.text }, cell.position);
    } else {
      report2.add("date-to-be-confirmed", "info", "date-to-be-confirmed", { text: cell.text, where: rowLabel(row, report2) }, cell.position);
    }
  } else {
    report2.add("unreadable-date", "error", "unreadable-date", { text: cell.text, where: rowLabel(row, report2) }, cell.position, {
      actual: cell.text
    });
  }
  return parsed;
}
function resolveOrReport(expression, inferred, cell, where, report2) {
  const resolved = resolveDates(expression, inferred);
  if (resolved.ok) return resolved.value;
  if ("invalid" in resolved) {
    const { mention, year } = resolved.invalid;
    report2.add(
      "invalid-date",
      "error",
      "invalid-date",
      { text: cell.text, date: `${mention.day}/${String(mention.month).padStart(2, "0")}/${year}`, where },
      cell.position,
      { actual: cell.text }
    );
  } else if ("tooLong" in resolved) {
    report2.add("range-too-long", "error", "range-too-long", { text: cell.text, where, days: resolved.tooLong.days }, cell.position, { actual: cell.text });
  } else {
    report2.add("reversed-range", "error", "reversed-range", { text: cell.text, where }, cell.position, { actual: cell.text });
  }
  return void 0;
}
function readHours(cell, where, report2, reportUnreadable) {
  const parsed = parseFrenchHours(cell.text);
  if (parsed.ok) return { ...cell, value: parsed.slots };
  if (parsed.reason === "unreadable") {
    if (reportUnreadable) report2.add("unreadable-hours", "error", "unreadable-hours", { text: cell.text, where }, cell.position, { actual: cell.text });
  } else {
    report2.add(parsed.reason, "error", parsed.reason, { text: cell.text, detail: parsed.detail, where }, cell.position, {
      actual: parsed.detail
    });
  }
  return { ...cell, value: void 0 };
}
function readSection(draft, sessions, report2) {
  const where = report2.say("section-label", { heading: draft.heading.text });
  let dates;
  if (draft.parsed.ok) {
    const years = sectionYears(draft.parsed.value, sessions);
    if (years) dates = resolveOrReport(draft.parsed.value, years, draft.dateText, where, report2);
  }
  const field = (role) => draft.fields.find((f) => f.role === role)?.field;
  const hoursField = field("hours");
  const place = field("place");
  const theme = field("theme");
  return {
    heading: draft.heading,
    depth: draft.depth,
    dates: { ...draft.dateText, value: dates },
    // Section hours are prose as often as times (`arriver jeudi entre 10h et 10h30...`):
    // an unreadable one is left unread rather than reported.
    ...hoursField ? { hours: readHours(hoursField, where, report2, false) } : {},
    ...place ? { place } : {},
    ...theme ? { theme } : {},
    fields: draft.fields,
    position: draft.position
  };
}
function sectionYears(expression, sessions) {
  if (expression.mentions.every((m) => m.year !== void 0)) {
    return { years: expression.mentions.map((m) => m.year), source: "cell" };
  }
  const first = expression.mentions[0];
  for (const session of sessions) {
    const match = session.dates.value?.mentions.find((m) => m.day === first.day && m.month === first.month);
    if (match) return withYear(expression, match.resolvedYear, "section");
  }
  const start = sessions.find((s) => s.dates.value)?.dates.value?.days[0];
  if (!start) return void 0;
  return withYear(expression, first.month < start.month ? start.year + 1 : start.year, "rollover");
}
function withYear(expression, year, source) {
  let running = year;
  let previousMonth = expression.mentions[0].month;
  const years = expression.mentions.map((mention) => {
    if (mention.year !== void 0) return running = mention.year;
    if (mention.month < previousMonth) running++;
    previousMonth = mention.month;
    return running;
  });
  return { years, source };
}

// src/rules/run-rules.ts
function runRules(input, collector) {
  for (const rule25 of rules) rule25.check?.(contextFor(rule25, input, collector));
}

// src/pipeline.ts
function checkText(path, text, options) {
  return checkDecoded(path, { text, binary: false }, options);
}
function checkDecoded(path, decoded, options) {
  const report2 = new DiagnosticCollector(options.language);
  let read;
  if (decoded.binary) {
    report2.add("binary-file", "error", "binary-file", {}, void 0);
    read = emptyRead("");
  } else {
    read = readProgramme(decoded.text, options.year === void 0 ? {} : { year: options.year }, report2);
    if (decoded.invalidUtf8Offset !== void 0) {
      const at = decoded.invalidUtf8Offset;
      report2.add("invalid-utf8", "warning", "invalid-utf8", {}, read.source.span(at, Math.min(at + 1, decoded.text.length)));
    }
    runRules(read, report2);
  }
  const diagnostics = settleDiagnostics(report2.diagnostics, read, options.rules);
  return { path, programme: read.programme, diagnostics, read, engine: options };
}

// src/report/counts.ts
function countDiagnostics(files) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === "error") errors++;
      else if (d.severity === "warning") warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos };
}

// src/report/session-json.ts
function formatTime(time) {
  return `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
}
function sessionToJson(session) {
  const dates = session.dates.value;
  return {
    title: session.title.text,
    line: session.position.start.line,
    status: session.status,
    days: dates ? dates.days.map(toIsoDate) : [],
    ...dates?.alternatives ? { alternatives: dates.alternatives.map((days) => days.map(toIsoDate)) } : {},
    times: (session.hours?.value ?? []).map((slot) => ({
      label: slot.label ?? null,
      start: formatTime(slot.start),
      end: slot.end ? formatTime(slot.end) : null
    })),
    place: session.place?.text || null,
    audience: session.audience?.text || null
  };
}

// src/report/json-report.ts
function toJsonReport(files) {
  const { errors, warnings } = countDiagnostics(files);
  return {
    version: 1,
    files: files.map((file) => ({
      path: file.path,
      sessions: file.programme.sessions.map(sessionToJson),
      diagnostics: file.diagnostics
    })),
    errors,
    warnings
  };
}
function formatJsonReport(files) {
  return JSON.stringify(toJsonReport(files), null, 2) + "\n";
}

// src/report/text-report.ts
function formatTextReport(files, language) {
  const lines = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      lines.push(`${file.path}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.rule}`);
    }
  }
  if (lines.length > 0) lines.push("");
  for (const file of files) {
    lines.push(say(language, "summary-file", { path: file.path, sessions: file.programme.sessions.length }));
    for (const session of file.programme.sessions) lines.push("  " + sessionLine(session, language));
  }
  const { errors, warnings } = countDiagnostics(files);
  lines.push("", say(language, "summary-totals", { errors, warnings, files: files.length }));
  return lines.join("\n") + "\n";
}
function sessionLine(session, language) {
  const parts = [`${String(session.position.start.line).padStart(4)}  ${when(session, language)}`];
  const times = (session.hours?.value ?? []).map(
    (slot) => `${slot.label ? slot.label + " " : ""}${formatTime(slot.start)}${slot.end ? "-" + formatTime(slot.end) : ""}`
  );
  if (times.length > 0) parts.push(times.join(", "));
  parts.push(session.title.text || "\u2014");
  if (session.status !== "confirmed") parts.push(say(language, "summary-status", { status: session.status }));
  return parts.join("  ");
}
function when(session, language) {
  const dates = session.dates.value;
  if (!dates) return say(language, "summary-undated", {}).padEnd(10);
  if (dates.alternatives) {
    return dates.alternatives.map((days) => days.map(toIsoDate).join(" ")).join(say(language, "summary-or", {}));
  }
  const first = dates.days[0];
  const last = dates.days.at(-1);
  if (dates.expression.kind === "range" && dates.days.length > 1) {
    return say(language, "summary-range", { from: toIsoDate(first), to: toIsoDate(last) });
  }
  return dates.days.map(toIsoDate).join(" ");
}

// src/config/rule-flags.ts
function parseRuleFlags(flags, language) {
  const settings = {};
  for (const flag of flags) {
    const equals = flag.indexOf("=");
    if (equals <= 0) throw new UsageError(say(language, "flag-rule-syntax", { value: flag }));
    const id = flag.slice(0, equals).trim();
    settings[id] = validateRuleSetting("--rule", id, flag.slice(equals + 1).trim(), language);
  }
  return settings;
}

// src/commands/common-options.ts
var commonOptionSpec = {
  format: { type: "string", default: "text" },
  year: { type: "string" },
  timezone: { type: "string" },
  lang: { type: "string" },
  rule: { type: "string", multiple: true },
  help: { type: "boolean", short: "h", default: false }
};
function readCommonOptions(values) {
  const format = values["format"] ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${String(format)}"`);
  const overrides = {};
  const lang = values["lang"];
  if (lang !== void 0) {
    if (!isLanguage(lang)) throw new UsageError(`--lang must be "en" or "fr", not "${String(lang)}"`);
    overrides.language = lang;
  }
  const language = overrides.language ?? DEFAULT_LANGUAGE;
  const timezone = values["timezone"];
  if (timezone !== void 0) {
    if (typeof timezone !== "string" || !isValidTimeZone(timezone)) {
      throw new UsageError(`--timezone must be an IANA time zone such as "Europe/Paris", not "${String(timezone)}"`);
    }
    overrides.timezone = timezone;
  }
  const year = values["year"];
  if (year !== void 0) {
    if (typeof year !== "string" || !/^\d{4}$/.test(year)) throw new UsageError(`--year must be a four-digit year such as 2019, not "${String(year)}"`);
    overrides.year = Number(year);
  }
  const rules2 = values["rule"];
  if (Array.isArray(rules2) && rules2.length > 0) overrides.rules = parseRuleFlags(rules2, language);
  return { format, language, overrides };
}

// src/commands/check.ts
var checkHelp = `Usage: programme-sync check [FILES...] [options]

Reads each programme and reports what is wrong, without writing anything.
With no FILES, checks every markdown file of the current folder that holds a schedule table.

Options:
  --format text|json   output format (default: text)
  --year YYYY          year of the first session, when the document gives none
  --timezone TZ        IANA time zone of the programme's hours (default: Europe/Paris)
  --lang en|fr         language of the messages (default: en)
  --rule RULE=SEVERITY set a rule to error, warning, info or off (repeatable)
${linkOptionsHelp}  -h, --help           show this help

Settings not given as options are read from .programme-sync.json at the
repository root (see README); options win over the file.

Exit status: 0 no error, 1 the programme has errors, 2 usage or file problem.
`;
async function resolveFiles(positionals, options) {
  if (positionals.length > 0) return positionals.map(toDisplayPath);
  const found = await discoverProgrammes(process.cwd());
  if (found.length === 0) throw new UsageError(say(options.language, "no-programme-found", { folder: toDisplayPath(process.cwd()) }));
  return found;
}
async function checkFiles(paths, options) {
  const reports = [];
  const configs = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const config = await configForFile(path, process.cwd(), options.language, configs);
    reports.push(checkDecoded(path, await readTextFile(path), engineOptionsFor(config, options.overrides)));
  }
  return reports;
}
function runLanguage(reports, options) {
  return options.overrides.language ?? reports[0]?.engine?.language ?? options.language;
}
async function runCheck(argv) {
  const { values, positionals } = parseArgs({ args: argv, options: { ...commonOptionSpec, ...linkOptionSpec }, allowPositionals: true, strict: true });
  if (values.help) return { stdout: checkHelp, stderr: "", exitCode: 0 };
  const options = readCommonOptions(values);
  const links = readLinkOptions(values);
  const read = await checkFiles(await resolveFiles(positionals, options), options);
  const language = runLanguage(read, options);
  const reports = await checkReportLinks(read, links, language);
  const stdout = options.format === "json" ? formatJsonReport(reports) : formatTextReport(reports, language);
  return { stdout, stderr: "", exitCode: countDiagnostics(reports).errors > 0 ? 1 : 0 };
}

export {
  isRealDate,
  addDays,
  compareDates,
  checkReportLinks,
  isValidTimeZone,
  configForFile,
  DEFAULT_TIMEZONE,
  engineOptionsFor,
  checkText,
  checkDecoded,
  countDiagnostics,
  sessionToJson,
  formatJsonReport,
  formatTextReport,
  commonOptionSpec,
  readCommonOptions,
  checkHelp,
  resolveFiles,
  checkFiles,
  runLanguage,
  runCheck
};
