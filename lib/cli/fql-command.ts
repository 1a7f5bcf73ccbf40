/**
 * `trigger-studio fql '<condition>' (--event <file|-> | --events <file.ndjson|->)`
 * Prints true/false per event. Exit 0 on success; 2 on an invalid condition (each error as
 * `line:column: message` on stderr), unreadable input, or bad usage.
 */
import { compileFql } from '../core/fql/compile.ts';
import { parseFql } from '../core/fql/parse.ts';
import { parseCommandArgs, readInput } from './cli-io.ts';

const USAGE = `usage: trigger-studio fql '<condition>' (--event <file|-> | --events <file.ndjson|->)
  --event <file|->     one JSON message (- reads stdin); prints true or false
  --events <file|->    newline-delimited JSON messages; prints one answer per line`;

type Options = { condition: string; mode: 'event' | 'events'; file: string };

function parseArgs(args: string[]): Options | string {
  let condition: string | undefined;
  let mode: Options['mode'] | undefined;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--event' || a === '--events') {
      if (mode) return 'use only one of --event and --events';
      const v = args[++i];
      if (v === undefined) return `${a} needs a file name (or - for stdin)`;
      mode = a === '--event' ? 'event' : 'events';
      file = v;
    } else if (a.startsWith('--')) {
      return `unknown option ${a}`;
    } else if (condition === undefined) {
      condition = a;
    } else {
      return `unexpected argument ${JSON.stringify(a)} (quote the whole condition as one argument)`;
    }
  }
  if (condition === undefined) return 'missing the condition';
  if (!mode || file === undefined) return 'missing --event or --events';
  return { condition, mode, file };
}

export async function fqlCommand(args: string[]): Promise<number> {
  const opts = parseCommandArgs('fql', USAGE, args, parseArgs);
  if (typeof opts === 'number') return opts;
  const { ast, diagnostics } = parseFql(opts.condition);
  for (const d of diagnostics) {
    const at = d.range ? `${d.range.startLine}:${d.range.startColumn}: ` : '';
    const text = d.message.replace(/ at \d+:\d+$/, '');
    process.stderr.write(`${at}${d.severity === 'error' ? '' : `${d.severity}: `}${text}\n`);
  }
  if (!ast) return 2;
  const test = compileFql(ast);

  let raw: string;
  try {
    raw = readInput(opts.file);
  } catch (e) {
    process.stderr.write(`trigger-studio fql: cannot read ${opts.file}: ${(e as Error).message}\n`);
    return 2;
  }
  const messages: unknown[] = [];
  const lines = opts.mode === 'event' ? [raw] : raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (opts.mode === 'events' && lines[i].trim() === '') continue;
    try {
      messages.push(JSON.parse(lines[i]));
    } catch (e) {
      const where = opts.mode === 'events' ? `${opts.file}:${i + 1}` : opts.file;
      process.stderr.write(`${where}: invalid JSON: ${(e as Error).message}\n`);
      return 2;
    }
  }
  process.stdout.write(messages.map((m) => String(test(m))).join('\n') + (messages.length > 0 ? '\n' : ''));
  return 0;
}
