// Runs the CLI in-process for tests, capturing what it writes to stdout and stderr. The environment is
// empty unless given, so the machine's LANG never decides the language a test sees.
import { runCli } from "../../src/cli/main";
import type { Environment } from "../../src/cli/language";

export async function runWith(env: Environment, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await runCli(argv, { env });
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

export function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runWith({}, ...argv);
}
