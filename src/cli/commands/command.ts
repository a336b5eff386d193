/** What main dispatches to: one subcommand, its usage text, and its run (returning the exit status). */
export interface CliCommand {
  readonly name: string;
  /** One line for the overall usage. */
  readonly synopsis: string;
  readonly usage: string;
  run(args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number>;
}

/** Exit statuses, as for every subcommand: clean, problems found, usage error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
