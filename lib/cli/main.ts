/**
 * `trigger-studio <command>`: each command lives in its own file and returns an exit code.
 * Commands: fql (issue 3), render (issue 4), check (issue 6).
 */
type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  fql: async () => (await import('./fql-command.ts')).fqlCommand,
  render: async () => (await import('./render-command.ts')).renderCommand,
  check: async () => (await import('./check-command.ts')).checkCommand,
};

const USAGE = `usage:
  trigger-studio fql '<condition>' (--event <file|-> | --events <file.ndjson>)
  trigger-studio render <template-file> --context <file|-> [--dialect latest|legacy]
  trigger-studio check <bundle.json>`;

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // Asked-for help is a success (stdout, 0); a missing or unknown command is a usage error (stderr, 2).
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const load = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return (await load())(rest);
}
