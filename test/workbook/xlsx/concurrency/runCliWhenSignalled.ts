// A child process that runs the CLI once a go-file appears, so a test can start two CLIs at the same
// moment after both have paid their start-up cost. Usage: tsx runCliWhenSignalled.ts READY GO -- ARGV...
import { existsSync, writeFileSync } from "node:fs";
import { runCli } from "../../../../src/cli/main";

async function main(): Promise<number> {
  const [ready, go, separator, ...argv] = process.argv.slice(2);
  if (ready === undefined || go === undefined || separator !== "--") throw new Error("usage: READY GO -- ARGV...");
  writeFileSync(ready, String(process.pid));
  while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 10));
  return runCli(argv);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(99);
  },
);
