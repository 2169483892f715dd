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
    // The core: the domain, the minutes parser, the report model (src/report), and the pure top level of src/calendar (plan, reconcile,
    // .ics); Graph and sign-in adapters live in src/calendar/graph and src/calendar/auth.
    files: ["src/domain/**/*.ts", "src/minutes/**/*.ts", "src/calendar/*.ts", "src/problems/**/*.ts", "src/report/**/*.ts"],
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
    // The stores know nothing of reminders: the calendar reads the workbook, never the reverse.
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["**/taskpane/**", "react", "@fluentui/*"], message: "Adapters never import the UI." },
        { group: ["**/calendar/**", "**/calendar"], message: "The workbook does not depend on the calendar (the calendar reads the workbook)." },
      ] }],
    },
  },
  {
    // The application services: called by the pane, the CLI and the ribbon command; they call the core and
    // the store contract, and know no UI, no Office global and no host.
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["**/taskpane/**", "**/cli/**", "**/commands/**", "react", "react-dom", "@fluentui/*"], message: "Services are called by the hosts, never the reverse." },
        { group: ["**/workbook/excel/**", "**/workbook/xlsx/**", "**/calendar/graph/**", "**/calendar/auth/**"], message: "Services use the store and gateway contracts; the host wires the adapter in." },
      ] }],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Services know nothing of Office." },
        { name: "Excel", message: "Services know nothing of Excel: the store does." },
      ],
    },
  },
  {
    // The ribbon command is a host of its own: it reaches the workbook through the services, never through
    // the task pane (its words are its own, src/commands/words.ts, and the problems' catalogue).
    files: ["src/commands/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["**/taskpane/**", "**/taskpane"], message: "Commands do not import the task pane; use src/app." },
      ] }],
    },
  },
  {
    // The UI reaches a store only through its public index (workbook/excel, workbook/xlsx); the Excel
    // store's API floor (requirements) is public too, so the host check needs no store code.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { regex: "(^|/)workbook/(excel/(?!requirements$)|xlsx/)", message: "The UI uses a store's public index, not its internals." },
      ] }],
    },
  },
  {
    // Actions go through the application services: the pane, the CLI and the ribbon command never run a
    // store plan themselves (types may still be named); no file is exempt.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts", "src/commands/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [
        { group: ["**/workbook/caseActions", "**/workbook/applyMeeting", "**/workbook/mergeChanges"], allowTypeImports: true, message: "Act through src/app (importMinutes, recordProgress, ruleCase, moveDeadline …), not a store plan." },
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
