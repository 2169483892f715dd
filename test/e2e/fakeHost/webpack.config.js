// Bundles the fake office.js (fake Office + Excel over the store tests' fake Excel) for the e2e tests.
// Not the add-in's build: output goes to test-artifacts/e2e/ unless --output-path says otherwise.
const path = require("path");

const root = path.resolve(__dirname, "../../..");

module.exports = {
  mode: "development",
  // eval-free output: the pane's page may one day set a CSP, and the fake must not be what breaks it
  devtool: false,
  target: "web",
  entry: { "fake-office": path.resolve(__dirname, "main.ts") },
  output: { path: path.join(root, "test-artifacts/e2e/fakeHost"), filename: "[name].js", clean: true },
  resolve: {
    extensions: [".ts", ".js"],
    // office-addin-mock imports office-addin-manifest only for its OfficeApp names; Jest uses the same stub
    alias: { "office-addin-manifest$": path.join(root, "test/support/officeAddinManifest.ts") },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        // types are checked by `tsc --noEmit -p .`; here only transpile, so the bundle builds in seconds
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json"), compilerOptions: { noEmit: false } } },
      },
    ],
  },
  performance: { hints: false },
};
