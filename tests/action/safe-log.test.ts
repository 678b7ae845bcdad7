import { describe, expect, it } from 'vitest';
import { logUntrusted, untrustedLogBlock } from '../../src/action/safe-log.js';

describe('neutralising programme text in the log', () => {
  it('wraps the text between stop-commands and its token, so a forged command in a title is not obeyed', () => {
    expect(untrustedLogBlock('| ::error::forged title | 30 février |\n::add-mask::secret\n', 'token-1')).toBe(
      '::stop-commands::token-1\n| ::error::forged title | 30 février |\n::add-mask::secret\n::token-1::\n',
    );
  });

  it('ends the text with a line break, so the closing token is on a line of its own', () => {
    expect(untrustedLogBlock('no final line break', 'token-1')).toBe('::stop-commands::token-1\nno final line break\n::token-1::\n');
  });

  it('never uses a token the text holds, so the text cannot end the block early', () => {
    const text = 'title\n::token-1::\n::error::now obeyed?\n';
    const block = untrustedLogBlock(text, 'token-1');
    const token = /^::stop-commands::(.+)\n/.exec(block)?.[1];
    expect(token).toBeDefined();
    expect(token).not.toBe('token-1');
    expect(text.includes(token!)).toBe(false);
    expect(block).toBe(`::stop-commands::${token}\n${text}::${token}::\n`);
  });

  it('gives each block a fresh token, and writes it whole in one chunk', () => {
    const chunks: string[] = [];
    logUntrusted('one\n', (chunk) => chunks.push(chunk));
    logUntrusted('two\n', (chunk) => chunks.push(chunk));
    expect(chunks).toHaveLength(2);
    const tokens = chunks.map((chunk) => /^::stop-commands::(.+)\n/.exec(chunk)?.[1]);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(chunks[0]).toBe(`::stop-commands::${tokens[0]}\none\n::${tokens[0]}::\n`);
  });
});
