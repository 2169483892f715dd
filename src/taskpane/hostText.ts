// One line under the pane's title saying where it runs, in the pane's language.
import type { HostKind } from "./host";
import type { Messages } from "./i18n/zhTW";

export function describeHostKind(kind: HostKind, t: Pick<Messages, "hostExcel" | "hostStandalone" | "hostTooOld">): string {
  if (kind.kind === "excel") return t.hostExcel;
  if (kind.kind === "excel-too-old") return t.hostTooOld(kind.required);
  return t.hostStandalone;
}
