import { spawn } from 'node:child_process';

/** How a command ended, with everything it printed. */
export interface CapturedRun {
  code: number;
  seconds: number;
  /** Its standard output and error, in the order they came. */
  output: string;
}

/**
 * Runs a command with its output kept, not shown: the caller prints it whole when the command
 * ends (`scripts/together.ts`) or only when it fails (`scripts/release.ts`), so the output of
 * steps run side by side never interleaves. A command that cannot start ends with code 1 and
 * the reason in its output.
 */
export function runCaptured(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CapturedRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number) =>
      resolve({
        code,
        seconds: (Date.now() - started) / 1000,
        output: Buffer.concat(chunks).toString('utf8'),
      });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}
