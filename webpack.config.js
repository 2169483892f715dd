// Builds the task pane, the commands page and their small pages (notice, save, sign-in), inlines the ES5
// old-webview guard into each before its bundle, and copies assets and the manifest into dist/.
// Production builds rewrite the manifest's https://localhost:3000/ URLs to the configured production URL.
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { getHttpsOptions } = require("./scripts/dev-certs");
const { DEV_URL, PAGES, productionUrl, toProductionManifest } = require("./scripts/addin-urls");
const pkg = require("./package.json");

// The old-webview guard (ES5), inlined as the first script after office.js in every page, before the
// deferred bundles: Trident and EdgeHTML cannot parse the bundles, so only inline ES5 can speak there.
const GUARD_SOURCE = path.resolve(__dirname, "src/guard/oldWebviewGuard.js");

/** The inline guard for one page ("taskpane", "commands", "notice", …), read fresh for the dev server. */
function guardScript(page) {
  return `(${fs.readFileSync(GUARD_SOURCE, "utf8").trim()}\n)(window, document, ${JSON.stringify(page)});`;
}

class OldWebviewGuardPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("OldWebviewGuardPlugin", (compilation) => {
      compilation.fileDependencies.add(GUARD_SOURCE);
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("OldWebviewGuardPlugin", (data) => {
        const page = path.basename(data.outputName, ".html");
        data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject("script", {}, guardScript(page)));
        return data;
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const prodUrl = dev ? DEV_URL : productionUrl();
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
      // the page Office desktop hands a download to, in the user's browser (src/taskpane/app/downloadFile.ts)
      save: "./src/taskpane/app/savePage.ts",
      // sign-in for the reminders: the Office dialog's page, and the SPA redirect URI (MSAL 5 bridge)
      "auth-dialog": "./src/calendar/auth/pages/authDialog.ts",
      "auth-redirect": "./src/calendar/auth/pages/authRedirect.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      // chunks loaded on demand by import(): the Excel store, the file store (exceljs, jszip), the
      // minutes readers (mammoth) and the parser, none of which the pane needs to first render
      chunkFilename: "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ts-loader type-checks the files in the bundle (with browser types only), so a type error
          // fails the build; Node-only code (CLI, scripts) is checked by tsc --noEmit.
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json", onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // Only the on-demand chunks are split: the initial page stays one script (React, Fluent, shell), and
      // what several lazy chunks share (the domain, the workbook schema, jszip) is not fetched twice.
      splitChunks: { chunks: "async", minSize: 20000 },
    },
    plugins: [
      new OldWebviewGuardPlugin(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: PAGES["taskpane.html"], chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: PAGES["commands.html"], chunks: ["commands"] }),
      // the dialog the 更新狀態 command shows its result in (not in the manifest: opened by URL)
      new HtmlWebpackPlugin({ filename: "notice.html", template: "src/commands/notice.html", chunks: ["notice"] }),
      new HtmlWebpackPlugin({ filename: "save.html", template: "src/taskpane/app/save.html", chunks: ["save"] }),
      new HtmlWebpackPlugin({ filename: "auth-dialog.html", template: "src/calendar/auth/pages/auth-dialog.html", chunks: ["auth-dialog"] }),
      new HtmlWebpackPlugin({ filename: "auth-redirect.html", template: "src/calendar/auth/pages/auth-redirect.html", chunks: ["auth-redirect"] }),
      // The app registration and Graph endpoint the 提醒 tab signs in with (README: Configuration).
      new DefinePlugin({
        __MINUTES_TRACKER_CONFIG__: JSON.stringify({
          clientId: process.env.MINUTES_TRACKER_CLIENT_ID || "",
          tenant: process.env.MINUTES_TRACKER_TENANT || "",
          graphUrl: process.env.MINUTES_TRACKER_GRAPH_URL || "",
        }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: PAGES["support.html"], to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : toProductionManifest(content.toString(), prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await getHttpsOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port),
      client: { overlay: { warnings: false } },
    },
  };
};
