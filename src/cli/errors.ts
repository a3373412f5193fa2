/** An error the CLI reports without a stack trace, with its own exit code (2 = wrong input). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
