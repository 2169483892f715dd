// Which language the CLI speaks: `--lang zh-TW|en` anywhere on the command line, else the locale the shell
// sets (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them) when it is English, else zh-TW.
import { problem, type Problem, type ProblemLanguage } from "../problems";

export type Environment = Readonly<Record<string, string | undefined>>;

const LANGUAGES: readonly ProblemLanguage[] = ["zh-TW", "en"];

/** A --lang value: zh, zh-TW, zh_TW… are zh-TW; en, en-US… are English; anything else is refused. */
function readLanguage(value: string): ProblemLanguage | undefined {
  const v = value.trim().toLowerCase().replace("_", "-");
  if (v === "zh" || v.startsWith("zh-")) return "zh-TW";
  if (v === "en" || v.startsWith("en-")) return "en";
  return undefined;
}

/** The locale's language: only an English locale (en_US.UTF-8, en) switches; C, POSIX and others keep zh-TW. */
function localeLanguage(env: Environment): ProblemLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== "") ?? "";
  return /^en(?:[_.@-]|$)/iu.test(locale.trim()) ? "en" : "zh-TW";
}

export type LanguageChoice =
  | { readonly ok: true; readonly language: ProblemLanguage; readonly argv: readonly string[] }
  | { readonly ok: false; readonly language: ProblemLanguage; readonly problem: Problem };

/**
 * Takes `--lang X` / `--lang=X` out of the arguments (it applies to every command) and picks the language.
 *
 * @example
 * chooseLanguage(["status", "--lang", "en"], {}) //=> { ok: true, language: "en", argv: ["status"] }
 */
export function chooseLanguage(argv: readonly string[], env: Environment): LanguageChoice {
  const rest: string[] = [];
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === "--lang") {
      given = argv[i + 1] ?? "";
      i++;
    } else if (arg.startsWith("--lang=")) {
      given = arg.slice("--lang=".length);
    } else {
      rest.push(arg);
    }
  }
  const fallback = localeLanguage(env);
  if (given === undefined) return { ok: true, language: fallback, argv: rest };
  const language = readLanguage(given);
  if (language === undefined) return { ok: false, language: fallback, problem: problem("cli.invalidOptionValue", { option: "--lang", value: given, allowed: LANGUAGES }) };
  return { ok: true, language, argv: rest };
}
