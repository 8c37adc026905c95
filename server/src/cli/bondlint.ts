import { BINARY_PROBE_BYTES } from './files';
import { main } from './main';

// Output piped into `head` closes early; that is the reader's choice, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

function readStdin(keepBytes: number): Promise<{ kept: Buffer; bytes: number }> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let bytes = 0;
    let whole = true;
    process.stdin.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (!whole) return;
      chunks.push(chunk);
      if (bytes <= keepBytes) return;
      whole = false;
      chunks = [Buffer.from(Buffer.concat(chunks).subarray(0, BINARY_PROBE_BYTES))];
    });
    process.stdin.on('end', () => resolve({ kept: Buffer.concat(chunks), bytes }));
    process.stdin.on('error', reject);
  });
}

void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin,
}).then((code) => {
  process.exitCode = code;
});
