// The CLI's failure for bad input: a one-line reason on stderr and exit code 2 (the contract scripts rely on).

export class CliInputError extends Error {
  override readonly name = "CliInputError";
}

export const EXIT_BAD_INPUT = 2;
