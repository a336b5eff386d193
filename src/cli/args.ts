/**
 * The little argument parsing the subcommands need: flags (`--json`), options with a value
 * (`--format jsonl` or `--format=jsonl`), and positional arguments. A mistake is a UsageError,
 * which main turns into exit status 2 with the command's usage.
 */
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export function parseArgs(argv: readonly string[], flags: readonly string[], valued: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (flags.includes(name) && eq < 0) out.flags.add(name);
    else if (valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      if (out.values.has(name)) throw new UsageError(`${name} given twice`);
      out.values.set(name, value);
    } else throw new UsageError(`unknown option ${name}`);
  }
  return out;
}

/** A comma-separated list option (`--types claim,actor`); undefined when not given. */
export function listValue(args: ParsedArgs, name: string): string[] | undefined {
  const v = args.values.get(name);
  return v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** An option that takes one of a few words. */
export function choiceValue<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const v = args.values.get(name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`${name} takes ${choices.join(' or ')}, not "${v}"`);
  return v as T;
}
