import type { Html, Root, Table } from 'mdast';
import type { Column } from './model.js';
import { columnRole } from './column-roles.js';
import { plainText } from './plain-text.js';
import { walkNodes } from './walk-nodes.js';

/** The schedule table of a document: the mdast table and its columns. */
export interface FoundTable {
  table: Table;
  columns: Column[];
}

/**
 * Finds the schedule: the first GFM table, in document order, whose header has a column
 * of dates. Tables without one (a day's agenda: `Heure début | Heure fin | Durée |
 * Description`) are not the schedule.
 */
export function findScheduleTable(root: Root): FoundTable | undefined {
  for (const node of walkNodes(root)) {
    if (node.type !== 'table') continue;
    const columns = readColumns(node);
    if (columns.some((column) => column.role === 'dates')) return { table: node, columns };
  }
  return undefined;
}

function readColumns(table: Table): Column[] {
  const header = table.children[0];
  if (!header) return [];
  const seen = new Set<string>();
  return header.children.map((cell, index) => {
    const text = plainText(cell);
    let role = columnRole(text);
    // The first column of a role wins: a second `Date` column is not a second schedule.
    if (role && seen.has(role)) role = undefined;
    if (role) seen.add(role);
    return { index, header: text, ...(role ? { role } : {}), position: cell.position! };
  });
}

/**
 * Raw HTML tables that look like a schedule (a header cell mentioning a date). They are
 * reported, not read: the first versions of the real documents were an HTML export, and
 * its blank lines split one table into several HTML nodes, so a table is followed from its
 * `<table>` node to its `</table>`.
 */
export function findHtmlScheduleTables(root: Root): Html[] {
  const htmlNodes: Html[] = [];
  for (const node of walkNodes(root)) if (node.type === 'html') htmlNodes.push(node);
  const found: Html[] = [];
  let open: Html | undefined;
  let reported = false;
  for (const node of htmlNodes) {
    if (/<table\b/i.test(node.value)) {
      open = node;
      reported = false;
    }
    if (open && !reported && /<th\b[^>]*>\s*dates?\b/i.test(node.value)) {
      found.push(open);
      reported = true;
    }
    if (/<\/table>/i.test(node.value)) open = undefined;
  }
  return found;
}
