import type { Table, TableCell } from 'mdast';
import { columnRole } from './column-roles.js';
import { plainText } from './plain-text.js';

/**
 * A table whose first row is a caption (`| Progression | **BTS Aéro 1** | |`) and whose
 * second row is its real header, every filled cell in bold (`| **Date** | **Chapitres** |
 * **Sem** |`): markdown has no caption, so a teacher writes the title in the header row and
 * the headers in the row below. A reader reads the columns from that second row; this
 * returns the table from there on (the caption row dropped, every row's position kept), or
 * undefined when the table is not so. Only when the first row names no column at all and
 * the second names the dates: a two-column table of fields (`| **Date** | Jeudi 22 octobre
 * |`) writes its values plain, and a bold row under a real header (`| Heure | Activité |`
 * over `| **Jour 1** | **Lancement** |`) is a banner.
 */
export function headedBelowCaption(table: Table): Table | undefined {
  const [caption, header, ...body] = table.children;
  if (!caption || !header || body.length === 0) return undefined;
  if (caption.children.some((cell) => columnRole(plainText(cell)) !== undefined)) return undefined;
  const filled = header.children.filter((cell) => plainText(cell).trim() !== '');
  if (filled.length < 2 || !filled.every(allBold)) return undefined;
  if (!filled.some((cell) => columnRole(plainText(cell)) === 'dates')) return undefined;
  return { ...table, children: [header, ...body] };
}

// A cell whose only content is one bold run (`**Date**`), blanks aside.
function allBold(cell: TableCell): boolean {
  const content = cell.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && content[0]!.type === 'strong';
}
