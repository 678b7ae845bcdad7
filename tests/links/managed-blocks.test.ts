import { describe, expect, it } from 'vitest';
import { refreshManagedBlocks } from '../../src/links/managed-blocks.js';

const lines = { archives: ['- [2018 programme](archives/2018/a_2018.org)'], calendar: ['- [webcal://x/a.ics](webcal://x/a.ics)'] };

describe('refreshManagedBlocks', () => {
  it('rewrites only between the markers, keeping trailing spaces and text around', () => {
    const text = '# Title  \n\nBefore   \n<!-- programme-sync:archives -->\nold line\n<!-- /programme-sync:archives -->\nAfter\t\n';
    const result = refreshManagedBlocks(text, lines);
    expect(result.changed).toBe(true);
    expect(result.text).toBe(
      '# Title  \n\nBefore   \n<!-- programme-sync:archives -->\n- [2018 programme](archives/2018/a_2018.org)\n<!-- /programme-sync:archives -->\nAfter\t\n',
    );
    expect(result.blocks.map((block) => [block.kind, block.changed, block.position.start.line])).toEqual([['archives', true, 4]]);
  });

  it('keeps CRLF line endings, inside the block too', () => {
    const text = '# T\r\n\r\n<!-- programme-sync:calendar -->\r\n<!-- /programme-sync:calendar -->\r\nend\r\n';
    const result = refreshManagedBlocks(text, lines);
    expect(result.text).toBe('# T\r\n\r\n<!-- programme-sync:calendar -->\r\n- [webcal://x/a.ics](webcal://x/a.ics)\r\n<!-- /programme-sync:calendar -->\r\nend\r\n');
  });

  it('takes a lone CR after a marker for a line end, as markdown does, and keeps it', () => {
    // Old Mac line ends: the generated lines must not be glued to the opening marker.
    const text = '# T\r\r<!-- programme-sync:calendar -->\rold\r<!-- /programme-sync:calendar -->\rend\r';
    const result = refreshManagedBlocks(text, lines);
    expect(JSON.stringify(result.text)).toBe(
      JSON.stringify('# T\r\r<!-- programme-sync:calendar -->\r- [webcal://x/a.ics](webcal://x/a.ics)\r<!-- /programme-sync:calendar -->\rend\r'),
    );
    expect(refreshManagedBlocks(result.text, lines)).toMatchObject({ changed: false, text: result.text });
  });

  it('leaves an unclosed marker and the lines after it alone, and refreshes the block after it, with a lone CR (idempotent)', () => {
    const text = '<!-- programme-sync:archives -->\r\n\r\n<!-- programme-sync:archives -->\rold\r\n<!-- /programme-sync:archives -->\r\nkeep me\r\n';
    const result = refreshManagedBlocks(text, lines);
    expect(JSON.stringify(result.text)).toBe(
      JSON.stringify(text.replace('-->\rold\r\n', '-->\r- [2018 programme](archives/2018/a_2018.org)\r')),
    );
    expect(result.problems.map((p) => [p.kind, p.problem, p.position.start.line, p.position.start.column])).toEqual([['archives', 'unclosed', 1, 1]]);
    expect(refreshManagedBlocks(result.text, lines)).toMatchObject({ changed: false, text: result.text });
  });

  it('keeps a missing final newline missing', () => {
    const text = '# T\n<!-- programme-sync:archives -->\n<!-- /programme-sync:archives -->';
    expect(refreshManagedBlocks(text, lines).text).toBe('# T\n<!-- programme-sync:archives -->\n- [2018 programme](archives/2018/a_2018.org)\n<!-- /programme-sync:archives -->');
  });

  it('changes nothing the second time', () => {
    const text = 'x\n\n<!-- programme-sync:archives -->\n<!-- /programme-sync:archives -->\n\n<!-- programme-sync:calendar -->\nstale\n<!-- /programme-sync:calendar -->\n';
    const once = refreshManagedBlocks(text, lines);
    const twice = refreshManagedBlocks(once.text, lines);
    expect(once.changed).toBe(true);
    expect(twice).toMatchObject({ changed: false, text: once.text });
  });

  it('writes nothing without markers, with unpaired markers, or for markers shown in a code block', () => {
    const texts = [
      '# No markers\n\nText.\n',
      '# Unclosed\n\n<!-- programme-sync:archives -->\nkeep me\n',
      '# Crossed\n\n<!-- programme-sync:archives -->\nkeep\n<!-- /programme-sync:calendar -->\n',
      '# Docs\n\n```\n<!-- programme-sync:archives -->\nexample\n<!-- /programme-sync:archives -->\n```\n',
    ];
    for (const text of texts) expect(refreshManagedBlocks(text, lines)).toMatchObject({ changed: false, text });
    expect(refreshManagedBlocks(texts[2]!, lines).problems.map((p) => [p.kind, p.problem])).toEqual([
      ['calendar', 'unopened'],
      ['archives', 'unclosed'],
    ]);
  });

  it("leaves a block holding another block's closing marker as written, with the coordinator's lines in it, and still refreshes the other blocks", () => {
    const text =
      '# T\n\n<!-- programme-sync:archives -->\nold\n<!-- /programme-sync:calendar -->\nmy own line\n<!-- /programme-sync:archives -->\n\n' +
      '<!-- programme-sync:calendar -->\nold\n<!-- /programme-sync:calendar -->\n';
    const result = refreshManagedBlocks(text, { ...lines, calendar: ['- new'] });
    expect(result.text).toBe(text.slice(0, text.lastIndexOf('old\n')) + '- new\n<!-- /programme-sync:calendar -->\n');
    expect(result.text).toContain('old\n<!-- /programme-sync:calendar -->\nmy own line\n<!-- /programme-sync:archives -->');
    expect(result.problems.map((p) => [p.kind, p.problem, p.position.start.line, p.stray?.start.line])).toEqual([
      ['calendar', 'unopened', 5, undefined],
      ['archives', 'holds-marker', 3, 5],
    ]);
    expect(refreshManagedBlocks(result.text, { ...lines, calendar: ['- new'] })).toMatchObject({ changed: false, text: result.text });
  });

  it('leaves a kind with no content given untouched', () => {
    const text = '<!-- programme-sync:calendar -->\nmine\n<!-- /programme-sync:calendar -->\n';
    expect(refreshManagedBlocks(text, { archives: ['x'] })).toMatchObject({ changed: false, text });
  });
});
