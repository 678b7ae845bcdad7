import { randomUUID } from 'node:crypto';

/**
 * Wraps text that quotes the programme (titles, places, cells) so the runner interprets no
 * workflow command in it: a title such as `::error::...` or `::add-mask::...` on a line
 * of its own would otherwise be obeyed. @actions/core escapes the messages and properties
 * of the commands it writes, but `core.info` prints lines as they are, and it has no helper
 * for the runner's `::stop-commands::<token>` ... `::<token>::` block, hence this one. The
 * token is random per block, so the text cannot end the block early.
 */
export function untrustedLogBlock(text: string, token: string = randomUUID()): string {
  if (text.includes(token)) return untrustedLogBlock(text, randomUUID());
  const body = text.endsWith('\n') ? text : text + '\n';
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}

/** Prints text that quotes the programme to the step's log, commands disabled while it prints. */
export function logUntrusted(text: string, write: (chunk: string) => void = (chunk) => void process.stdout.write(chunk)): void {
  write(untrustedLogBlock(text));
}
