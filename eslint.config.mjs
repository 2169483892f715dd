// Lint rules: typescript-eslint (type-aware), the Office add-in rules, and the layer boundaries of
// DESIGN.md (the core imports no host, adapter, UI or I/O; adapters never import the UI).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const coreBans = {
  patterns: [
    { group: ["**/workbook/**", "**/graph/**", "**/auth/**", "**/taskpane/**", "**/commands/**", "**/cli/**"], message: "The core must not depend on adapters or hosts (DESIGN.md: arrows point inward)." },
    { group: ["react", "react-dom", "@fluentui/*", "office-addin-*", "@microsoft/*", "@azure/*", "exceljs"], message: "The core stays free of UI, Office, Graph and file libraries." },
    { group: ["fs", "node:*", "path", "os", "child_process", "http", "https"], message: "The core does no I/O." },
  ],
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/explicit-module-boundary-types": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": [
        "error",
        { selector: "ThrowStatement > Literal", message: "Throw an Error subclass, not a string." },
      ],
    },
  },
  {
    // The core: the domain, the minutes parser, and the pure top level of src/calendar (plan, reconcile,
    // .ics); Graph and sign-in adapters live in src/calendar/graph and src/calendar/auth.
    files: ["src/domain/**/*.ts", "src/minutes/**/*.ts", "src/calendar/*.ts"],
    rules: {
      "no-restricted-imports": ["error", coreBans],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "The core knows nothing of Office." },
        { name: "Excel", message: "The core knows nothing of Excel." },
        { name: "window", message: "The core runs without a DOM." },
        { name: "document", message: "The core runs without a DOM." },
        { name: "fetch", message: "The core does no I/O." },
        { name: "process", message: "The core reads no environment." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "The core takes the as-of date from its caller; no new Date()." },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "The core takes the as-of date from its caller; no Date.now()." },
        { selector: "ThrowStatement > Literal", message: "Throw an Error subclass, not a string." },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/workbook/**/*.ts", "src/calendar/**/*.ts", "src/cli/**/*.ts"],
    // the pure top level of src/calendar keeps the stricter core rules above
    ignores: ["src/calendar/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/taskpane/**", "react", "@fluentui/*"], message: "Adapters never import the UI." }] }],
    },
  },
  {
    // The reminder sync depends on the calendar core's gateway interface, never on an adapter: the Graph
    // and sign-in adapters are wired in by the pane, the CLI and the bench.
    files: ["src/calendar/sync/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["**/calendar/graph/**", "**/calendar/graph", "../graph/**", "../graph", "../auth/**", "../auth", "**/calendar/auth/**"], message: "The sync uses the calendar core's CalendarGateway, not the Graph or sign-in adapters." },
        { group: ["**/taskpane/**", "react", "@fluentui/*", "@microsoft/*", "@azure/*"], message: "The sync knows no UI, Graph SDK or MSAL." },
      ] }],
    },
  },
  {
    // Plain JavaScript (build config, probes) is linted without type information.
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
);
