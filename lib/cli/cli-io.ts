import { readFileSync } from 'node:fs';

/** A file's text, or standard input for "-". */
export function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

/**
 * The common start of a command: --help prints usage and exits 0; bad arguments print the reason
 * and usage on stderr and exit 2. Returns the parsed options, or the exit code to stop with.
 */
export function parseCommandArgs<T>(name: string, usage: string, args: string[], parse: (args: string[]) => T | string): T | number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const opts = parse(args);
  if (typeof opts === 'string') {
    process.stderr.write(`trigger-studio ${name}: ${opts}\n${usage}\n`);
    return 2;
  }
  return opts;
}
