// The add-in's base URLs: development (localhost:3000) and production (configured), shared by webpack,
// the manifest validator and npm start so they cannot disagree.
const pkg = require("../package.json");

const DEV_URL = `https://localhost:${pkg.config.dev_server_port}/`;

/** The pages webpack builds (output name -> HTML template), which the manifest may point at. */
const PAGES = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
  "support.html": "src/support/support.html",
};

/** Production base URL: ADDIN_PRODUCTION_URL wins over package.json config.production_url. */
function productionUrl() {
  const raw = process.env.ADDIN_PRODUCTION_URL || pkg.config.production_url;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Production URL "${raw}" is not a URL (set ADDIN_PRODUCTION_URL or config.production_url).`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`Production URL "${raw}" must use https: Office loads add-ins only over HTTPS.`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites every development URL in a manifest to the production base URL. */
function toProductionManifest(xml, prodUrl = productionUrl()) {
  return xml.split(DEV_URL).join(prodUrl);
}

module.exports = { DEV_URL, PAGES, productionUrl, toProductionManifest };
