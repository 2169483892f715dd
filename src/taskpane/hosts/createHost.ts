// Builds the AppHost for the detected host, loading each host's code only when it is the one in use.
import type { HostKind } from "../host";
import type { AppHost } from "./appHost";

export async function createAppHost(kind: HostKind): Promise<AppHost | null> {
  if (kind.kind === "excel") {
    const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "./excelHost");
    return createExcelHost();
  }
  if (kind.kind === "excel-too-old") return null;
  const { createStandaloneHost } = await import(/* webpackChunkName: "standalone-host" */ "./standaloneHost");
  return createStandaloneHost();
}
