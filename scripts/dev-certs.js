// HTTPS options for the dev server from office-addin-dev-certs, usable where the CA cannot be installed.
// On Windows and macOS getHttpsServerOptions() installs and trusts the Office dev CA. On Linux it shells
// out to `sudo update-ca-certificates`, which fails on machines without sudo; there we still serve with
// the same office-addin-dev-certs certificates and say how to trust the CA by hand.
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");

const certDir = require("path").join(require("os").homedir(), ".office-addin-dev-certs");
const paths = {
  ca: `${certDir}/ca.crt`,
  cert: `${certDir}/localhost.crt`,
  key: `${certDir}/localhost.key`,
};

async function getHttpsOptions() {
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    if (!devCerts.verifyCertificates(paths.cert, paths.key)) {
      await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
    }
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(
      `[dev-certs] Could not install the Office development CA in the system store (${reason}).\n` +
        `[dev-certs] Serving HTTPS with ${paths.cert}; to trust it, import ${paths.ca} into your browser\n` +
        `[dev-certs] or run "npx office-addin-dev-certs install" as an administrator.`,
    );
    return {
      ca: fs.readFileSync(paths.ca),
      key: fs.readFileSync(paths.key),
      cert: fs.readFileSync(paths.cert),
    };
  }
}

module.exports = { getHttpsOptions, paths };
