/** Exit codes that mean something (also listed in the README). */
export const EXIT = {
  ok: 0,
  /** Some inputs or records could not be read; everything else was processed. */
  partial: 1,
  /** Bad command line (unknown option, missing argument). */
  usage: 2,
  /** Nothing found (unknown article id, no input files). */
  notFound: 3,
  /** The database cannot be opened or is from a newer version. */
  store: 4,
  /** A bug: please report it. */
  internal: 70,
} as const;

export class CliError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}
