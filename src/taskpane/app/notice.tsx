// The pane's one place for results: a polite live region (role=status) for what worked and an assertive
// one (role=alert) for what failed, both always present so screen readers announce changes to them.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";

export type Notice = { readonly kind: "success" | "info" | "warning" | "error"; readonly lines: readonly string[] } | null;

export type Notify = (notice: Notice) => void;

export function NoticeArea({ notice }: { notice: Notice }): ReactNode {
  const body = (n: NonNullable<Notice>) => (
    <MessageBar intent={n.kind} layout="multiline">
      <MessageBarBody>
        {n.lines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
  return (
    <div className="notice-area">
      <div role="status" aria-live="polite" aria-atomic="true">
        {notice && notice.kind !== "error" ? body(notice) : null}
      </div>
      <div role="alert" aria-atomic="true">
        {notice && notice.kind === "error" ? body(notice) : null}
      </div>
    </div>
  );
}
