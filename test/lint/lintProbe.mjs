// Runs the project's ESLint config outside Jest (its flat config is ESM, which Jest's VM cannot import).
// stdin: {"rulesFor": [file...], "cases": [{file, code, rules: "office"|"layer"}]}; stdout: the answers as JSON.
import { ESLint } from "eslint";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const input = JSON.parse(await new Promise((resolve) => {
  let text = "";
  process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => resolve(text));
}));
const project = new ESLint({ cwd: root });
const rulesFor = async (file) => (await project.calculateConfigForFile(file)).rules ?? {};
const picks = {
  office: (rule) => rule.startsWith("office-addins/"),
  layer: (rule) => ["no-restricted-imports", "@typescript-eslint/no-restricted-imports", "no-restricted-globals", "no-restricted-syntax"].includes(rule),
};

const rules = {};
for (const file of input.rulesFor) rules[file] = await rulesFor(file);

const results = [];
for (const { file, code, rules: pick } of input.cases) {
  // The file's real rules, minus the type-aware ones that need the file to exist in the TS project.
  const chosen = Object.fromEntries(Object.entries(await rulesFor(file)).filter(([rule]) => picks[pick](rule)));
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ["**/*.{ts,tsx}"], languageOptions: { parser: tseslint.parser }, plugins: { "office-addins": officeAddins, "@typescript-eslint": tseslint.plugin }, rules: chosen }],
  });
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  results.push(result.messages.map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify({ rules, results }));
