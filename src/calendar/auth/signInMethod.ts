// Which sign-in the pane uses where it runs: nested app authentication inside Office when the host
// supports it, the Office dialog otherwise, and a standard MSAL popup in a plain browser.

export type SignInMethod = "naa" | "office-dialog" | "popup";

export interface SignInHost {
  /** true when the pane runs inside an Office host (Office.onReady reported one) */
  readonly inOffice: boolean;
  readonly isSetSupported?: (set: string, version: string) => boolean;
}

/** NestedAppAuth 1.1 is the requirement set Microsoft's docs name for createNestablePublicClientApplication. */
export const NAA_REQUIREMENT = { set: "NestedAppAuth", version: "1.1" } as const;

export function chooseSignIn(host: SignInHost): SignInMethod {
  if (!host.inOffice) return "popup";
  return host.isSetSupported?.(NAA_REQUIREMENT.set, NAA_REQUIREMENT.version) === true ? "naa" : "office-dialog";
}
