import type { ReadFailure } from '../ingest/types.js';

/** Write one line to stdout, waiting when the pipe is full (bounded memory for big outputs). */
export function writeLine(line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(line + '\n', (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else process.stdout.once('drain', resolve);
  });
}

export function describeFailure(f: ReadFailure): string {
  return `${f.file}${f.record != null ? `:${f.record}` : ''}: ${f.reason}`;
}

// Stop quietly when the reader of our stdout goes away (e.g. `| head`).
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});
