/** A small, strict argument parser for the project's scripts: unknown flags are errors, not silently ignored. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
}

/** `known` options take a value (`--name value` or `--name=value`); `switches` take none and read as "true". */
export function parseArgs(argv: string[], known: readonly string[], switches: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (switches.includes(name) && inline === undefined) {
      flags.set(name, 'true');
      continue;
    }
    if (!known.includes(name)) throw new UsageError(`Unknown option --${name}.`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`Option --${name} needs a value.`);
    flags.set(name, value);
  }
  return { positional, flags };
}

/** Runs a script's main: usage errors exit 2 with a message, other failures exit 1. */
export function runCli(main: () => Promise<void>, usage: string): void {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${usage}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
