import { UsageError } from './io';

export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  /** Takes a value (`--name VALUE` or `--name=VALUE`). */
  readonly value?: boolean;
  /** May be given more than once; every value is kept. */
  readonly repeat?: boolean;
}

export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

/** `--name value`, `--name=value`, `-n value`, `--` ends the options, and `-` alone is a positional (stdin). */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [`--${s.name}`, s]));
  for (const s of specs) if (s.short) byName.set(`-${s.short}`, s);
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = byName.get(flag);
    if (!spec) throw new UsageError(`unknown option: ${flag}`);
    if (!spec.value) {
      if (eq > 0) throw new UsageError(`option --${spec.name} takes no value`);
      flags.add(spec.name);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`option --${spec.name} needs a value`);
    const list = values.get(spec.name) ?? [];
    if (list.length > 0 && !spec.repeat) throw new UsageError(`option --${spec.name} given more than once`);
    list.push(value);
    values.set(spec.name, list);
  }
  return { flags, values, positionals };
}

export function single(args: ParsedArgs, name: string): string | undefined {
  return args.values.get(name)?.[0];
}

/** The value of an option that must be one of `allowed`. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = single(args, name);
  if (v === undefined) return fallback;
  const lower = v.toLowerCase();
  const found = allowed.find((a) => a === lower);
  if (!found) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  return found;
}
