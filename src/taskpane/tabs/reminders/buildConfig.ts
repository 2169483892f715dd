// The sign-in and Graph configuration baked in at build time (webpack DefinePlugin, from the environment
// variables the README lists), so a production build carries its own app registration.

declare const __MINUTES_TRACKER_CONFIG__: { readonly clientId: string; readonly tenant: string; readonly graphUrl: string } | undefined;

export interface ReminderBuildConfig {
  /** MINUTES_TRACKER_CLIENT_ID: the Entra app registration's client id ("" when not configured) */
  readonly clientId: string;
  /** MINUTES_TRACKER_TENANT: tenant id or domain; default organizations */
  readonly tenant: string;
  /** MINUTES_TRACKER_GRAPH_URL: default https://graph.microsoft.com/v1.0 */
  readonly graphUrl: string;
}

export const buildConfig: ReminderBuildConfig =
  typeof __MINUTES_TRACKER_CONFIG__ === "undefined" ? { clientId: "", tenant: "", graphUrl: "" } : __MINUTES_TRACKER_CONFIG__;
