// Describes the machine a benchmark ran on: CPU, cores, RAM, OS, load, Node and date.
import { cpus, loadavg, release, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

function osName() {
  try {
    return /PRETTY_NAME="?([^"\n]+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

export function machine() {
  return {
    cpu: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus().length,
    ramGb: totalmem() / 2 ** 30,
    os: `${osName()} (Linux ${release()})`,
    node: process.version,
    load: loadavg()[0],
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}
