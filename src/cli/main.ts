// Entry point of `npm run cli -- <command>`: wires the commands and maps failures to exit codes
// (0 done, 2 bad input with a one-line reason on stderr, 1 a bug).
import { Command, CommanderError } from "commander";
import { CliInputError, EXIT_BAD_INPUT } from "./cliError";
import { domainCommands } from "./domainCommands";
import { parseCommand } from "./parseCommand";
import { reminderCommands } from "./reminderCommands";
import { workbookCommands } from "./workbookCommands";

export function buildProgram(): Command {
  const program = new Command("minutes-tracker")
    .description("會議列管 Minutes Tracker: the domain rules and the tracking workbook from a terminal")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.trim().split("\n")[0] + "\n") });
  for (const command of [...domainCommands(), parseCommand(), ...workbookCommands(), ...reminderCommands()]) program.addCommand(command.exitOverride());
  return program;
}

export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    if (error instanceof CliInputError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    process.stderr.write(`內部錯誤 (a bug, please report): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
