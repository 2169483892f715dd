// Sign-in configuration: the Entra app registration's client id and tenant (set at build time, see the
// README), the one Graph scope the add-in asks for, and the authority they make.
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";

/** Least privilege: the reminders need the user's calendars and nothing else. */
export const GRAPH_SCOPES: readonly string[] = ["Calendars.ReadWrite"];

export interface AuthConfig {
  /** the application (client) id of the Entra app registration */
  readonly clientId: string;
  /** a tenant id or domain, or "organizations" for any work or school account */
  readonly tenant: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
// A tenant is a GUID, a verified domain, or one of Entra's aliases.
const TENANT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|organizations|common|consumers|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/iu;

/**
 * Checks the configured values. The client id has no default: without an app registration there is no
 * sign-in, and the message says where to set it.
 */
export function authConfig(clientId: string | undefined, tenant: string | undefined): Result<AuthConfig> {
  const id = (clientId ?? "").trim();
  if (id === "") {
    return fail(problem("signIn.clientIdMissing", {}));
  }
  if (!GUID.test(id)) return fail(problem("signIn.clientIdInvalid", { id }));
  const t = (tenant ?? "").trim() || "organizations";
  if (!TENANT.test(t)) return fail(problem("signIn.tenantInvalid", { tenant: t }));
  return ok({ clientId: id, tenant: t });
}

export function authority(config: AuthConfig): string {
  return `https://login.microsoftonline.com/${config.tenant}`;
}
