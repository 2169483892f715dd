// The pane's ReminderSession: the build's sign-in config, the host it runs in, and the Graph adapter, each
// loaded only when first used so MSAL and the Graph client stay out of the pane's first load.
import type { AppHost } from "../../hosts/appHost";
import { recorderName } from "../../app/recorder";
import { buildConfig } from "./buildConfig";
import { ReminderSession } from "./reminderSession";

function officeRequirements(): ((set: string, version: string) => boolean) | undefined {
  if (typeof Office === "undefined") return undefined;
  return (set, version) => Office.context.requirements.isSetSupported(set, version);
}

export function createReminderSession(host: AppHost): ReminderSession {
  return new ReminderSession({
    store: host.store,
    workbookName: () => host.workbook?.name() ?? null,
    by: recorderName,
    tokenSource: async () => {
      const { createTokenSource } = await import(/* webpackChunkName: "auth" */ "../../../calendar/auth");
      const isSetSupported = officeRequirements();
      return createTokenSource({
        host: { inOffice: host.kind === "excel", ...(isSetSupported ? { isSetSupported } : {}) },
        clientId: buildConfig.clientId,
        tenant: buildConfig.tenant,
        baseUrl: window.location.href,
      });
    },
    meter: async () => new (await import(/* webpackChunkName: "graph" */ "../../../calendar/graph")).RequestMeter(),
    gateway: async (getToken, meter) => {
      const { GraphCalendarGateway } = await import(/* webpackChunkName: "graph" */ "../../../calendar/graph");
      return new GraphCalendarGateway({ getToken, meter, ...(buildConfig.graphUrl ? { baseUrl: buildConfig.graphUrl } : {}) });
    },
  });
}
