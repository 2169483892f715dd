// A child process that runs the CLI and writes its wall time and peak memory (resident set) as JSON to
// the file given first, so a test can hold the CLI to a memory and time budget. Usage:
// node --import tsx runCliMeasured.ts REPORT -- ARGV...
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { runCli } from "../../../../src/cli/main";

async function main(): Promise<number> {
  const [report, separator, ...argv] = process.argv.slice(2);
  if (report === undefined || separator !== "--") throw new Error("usage: REPORT -- ARGV...");
  const started = performance.now();
  const code = await runCli(argv);
  writeFileSync(report, JSON.stringify({ code, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(99);
  },
);
