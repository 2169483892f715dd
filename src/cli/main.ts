// Entry point of `npm run cli -- <command>`: picks the language (--lang, else LANG), wires the commands and
// maps failures to exit codes (0 done, 2 bad input with a one-line reason on stderr, 1 a bug).
import { Command, CommanderError } from "commander";
import { renderProblem, problem } from "../problems";
import { CliInputError, EXIT_BAD_INPUT } from "./cliError";
import { localizeCommander, commanderProblem } from "./commanderText";
import { domainCommands } from "./domainCommands";
import { chooseLanguage, type Environment } from "./language";
import { parseCommand } from "./parseCommand";
import { reminderCommands } from "./reminderCommands";
import { reportCommands } from "./reportCommands";
import { workbookCommands } from "./workbookCommands";
import { cliWords, type CliWords } from "./words";

export function buildProgram(w: CliWords = cliWords("zh-TW")): Command {
  const program = new Command("minutes-tracker").description(w.program).option("--lang <language>", w.langOption).exitOverride();
  localizeCommander(program, w);
  for (const command of [...domainCommands(undefined, w), parseCommand(w), ...workbookCommands(undefined, w), ...reminderCommands(undefined, undefined, w), ...reportCommands(undefined, w.language)]) {
    program.addCommand(command.copyInheritedSettings(program));
  }
  return program;
}

export interface CliOptions {
  /** the environment the language is read from (LC_ALL, LC_MESSAGES, LANG) */
  readonly env?: Environment;
}

export async function runCli(argv: readonly string[], options: CliOptions = {}): Promise<number> {
  const choice = chooseLanguage(argv, options.env ?? process.env);
  const language = choice.language;
  if (!choice.ok) {
    process.stderr.write(`${renderProblem(choice.problem, language)}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    await buildProgram(cliWords(language)).parseAsync([...choice.argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const found = commanderProblem(error);
      if (found === null) return 0;
      process.stderr.write(`${renderProblem(found, language)}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof CliInputError) {
      process.stderr.write(`${error.render(language)}\n`);
      return EXIT_BAD_INPUT;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`${renderProblem(problem("cli.internal", { detail }), language)}\n`);
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
