import { writeSync } from 'node:fs';

/*
 * The command line's output, written straight to the file descriptor. `process.stdout`
 * on a pipe builds a socket stream first (the net and stream modules), which cost a small
 * `check` about a twentieth of its time when its output is read by another program; a
 * synchronous write needs none of it. Node offers no lighter writer, hence this.
 */

/** Writes all of `text` to standard output (1) or standard error (2), in order with earlier writes. */
export function writeOutput(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The reader went away (`programme-sync check | head -1`): nothing more to say to it.
    if (code === 'EPIPE') return;
    // A non-blocking pipe that is full: the stream waits for room, as it would have at first.
    if (code === 'EAGAIN') (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(written));
    else throw error;
  }
}
