// Runs the benchmark jobs in Node, each in its own process (tools/bench/node-job.mjs).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const JOB = fileURLToPath(new URL('./node-job.mjs', import.meta.url));

/** Runs one job; resolves to its result (or `{ error }`). */
export function runNodeJob(spec) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--expose-gc', '--max-old-space-size=4096', JOB, JSON.stringify(spec)],
      { maxBuffer: 64 << 20, timeout: 15 * 60_000 }, (error, stdout, stderr) => {
        const last = stdout.trim().split('\n').at(-1);
        if (error) resolve({ error: (stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? error.message).slice(0, 300) });
        else resolve(JSON.parse(last));
      });
  });
}

export const nodeRuntime = {
  name: 'Node',
  version: () => process.version,
  start: async () => {},
  run: runNodeJob,
  stop: async () => {},
};
