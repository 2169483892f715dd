// Commander in the user's language: its help (titles, usage, the help option and command, defaults) from
// the CLI's words, and its parse errors as problems from the shared catalogue, so nothing it prints is in
// English among Chinese (or the reverse). Commander's own error line is silenced; main prints ours.
import { Help, type Command, type CommanderError, type Option } from "commander";
import { problem, type Problem } from "../problems";
import type { CliWords } from "./words";

/** The first '…'-quoted part of commander's message: the option, argument or command it is about. */
function quoted(message: string, index = 0): string {
  return [...message.matchAll(/'([^']*)'/gu)][index]?.[1] ?? "";
}

/** Commander's error as a problem; exit code 0 (help, version) is not an error and gives null. */
export function commanderProblem(error: CommanderError): Problem | null {
  if (error.exitCode === 0) return null;
  const message = error.message.replace(/^error:\s*/u, "").split("\n")[0] ?? "";
  const flag = (flags: string) => flags.split(/[ ,|]+/u).find((f) => f.startsWith("--")) ?? flags;
  switch (error.code) {
    case "commander.unknownOption":
      return problem("cli.unknownOption", { option: quoted(message) });
    case "commander.unknownCommand":
      return problem("cli.unknownCommand", { command: quoted(message) });
    case "commander.missingArgument":
      return problem("cli.missingArgument", { argument: `<${quoted(message)}>` });
    case "commander.optionMissingArgument":
      return problem("cli.missingOptionValue", { option: flag(quoted(message)) });
    case "commander.missingMandatoryOptionValue":
      return problem("cli.missingMandatoryOption", { option: flag(quoted(message)) });
    case "commander.excessArguments": {
      const [, expected, got] = /Expected (\d+) arguments? but got (\d+)/u.exec(message) ?? [];
      return problem("cli.excessArguments", { expected: Number(expected ?? 0), got: Number(got ?? 0) });
    }
    case "commander.conflictingOption":
      return problem("cli.optionsConflictWith", { option: flag(quoted(message, 0)), other: flag(quoted(message, 1)) });
    case "commander.help":
    case "commander.helpDisplayed":
      // no command given: commander has printed the help (on stderr); the exit code says it was not a run
      return problem("cli.noCommand", {});
    default:
      return problem("cli.usage", { detail: message });
  }
}

/** Help texts in the user's language; applied to the program and copied to every command. */
export function localizeCommander(program: Command, w: CliWords): void {
  const standard = new Help();
  const open = w.language === "zh-TW" ? "（" : " (";
  const close = w.language === "zh-TW" ? "）" : ")";
  const separator = w.language === "zh-TW" ? "，" : ", ";
  const usage = (text: string) => text.replace("[options]", w.usageOptions).replace("[command]", w.usageCommand);
  program
    .helpOption("-h, --help", w.helpOption)
    .helpCommand("help [command]", w.helpCommand)
    .configureHelp({
      styleTitle: (title: string) => w.helpTitles[title] ?? title,
      commandUsage: (cmd: Command) => usage(standard.commandUsage(cmd)),
      subcommandTerm: (cmd: Command) => usage(standard.subcommandTerm(cmd)),
      optionDescription: (option: Option) => {
        const extra: string[] = [];
        if (option.argChoices) extra.push(w.choices(option.argChoices.join(separator)));
        if (option.defaultValue !== undefined && (option.required || option.optional)) {
          extra.push(w.defaultValue(option.defaultValueDescription ?? String(option.defaultValue)));
        }
        return extra.length === 0 ? option.description : `${option.description}${open}${extra.join(separator)}${close}`;
      },
    })
    .configureOutput({ outputError: () => undefined });
}
