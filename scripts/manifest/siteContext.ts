// Maps the manifest's URLs to files on disk: the build output beside a built manifest, or the page
// templates webpack builds from for the source manifest.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { imageSize } from "image-size";
import { DEV_URL, PAGES, productionUrl } from "../addin-urls";
import { REQUIRED_EXCEL_API } from "../../src/taskpane/host";
import { type ManifestContext } from "./checkManifest";

/** Context for checking the manifest at `manifestPath`; the base URL is the dev URL when it uses it. */
export function siteContext(manifestPath: string, xml: string, baseUrl?: string): ManifestContext {
  const siteDir = dirname(manifestPath);
  const base = baseUrl ?? (xml.includes(DEV_URL) ? DEV_URL : productionUrl());
  const fileFor = (relativePath: string): string | undefined => {
    const built = join(siteDir, relativePath);
    if (existsSync(built) && statSync(built).isFile()) return built;
    const template = PAGES[relativePath];
    return template && existsSync(join(siteDir, template)) ? join(siteDir, template) : undefined;
  };
  return {
    baseUrl: base,
    excelApiVersion: REQUIRED_EXCEL_API.version,
    exists: (relativePath) => fileFor(relativePath) !== undefined,
    imageSize: (relativePath) => {
      const file = fileFor(relativePath);
      if (!file) return undefined;
      try {
        const size = imageSize(readFileSync(file));
        return size.type === "png" ? { width: size.width, height: size.height } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

