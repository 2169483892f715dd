// The pane's one place for results: a polite live region (role=status) for what worked and an assertive
// one (role=alert) for what failed, both always present so screen readers announce changes to them.
// The area sticks to the bottom of the pane, so a result shows where the user is looking even after a
// button at the end of a long review or case detail, and takes focus so a screen reader reads it.
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";

export type Notice = { readonly kind: "success" | "info" | "warning" | "error"; readonly lines: readonly string[] } | null;

export type Notify = (notice: Notice) => void;

const useStyles = makeStyles({
  area: {
    position: "sticky",
    bottom: 0,
    zIndex: 10,
    marginTop: "8px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: { boxShadow: tokens.shadow8 },
});

interface Props {
  readonly notice: Notice;
  /** the close button's label */
  readonly dismissLabel: string;
  readonly onDismiss: () => void;
}

export function NoticeArea({ notice, dismissLabel, onDismiss }: Props): ReactNode {
  const styles = useStyles();
  const bar = useRef<HTMLDivElement>(null);

  // a new result takes focus (without scrolling the page under the user): screen readers read it at once.
  // Not when the action put the caret in a field to type in (a new review item): the live region still
  // announces it, and the keyboard stays where the work is.
  useEffect(() => {
    const active = document.activeElement;
    const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement;
    if (notice && !typing) bar.current?.focus({ preventScroll: true });
  }, [notice]);

  const body = (n: NonNullable<Notice>) => (
    <MessageBar intent={n.kind} layout="multiline" className={styles.bar} ref={bar} tabIndex={-1}>
      <MessageBarBody>
        {n.lines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={dismissLabel} onClick={onDismiss}>×</Button>} />
    </MessageBar>
  );
  return (
    <div className={`notice-area ${styles.area}`}>
      <div role="status" aria-live="polite" aria-atomic="true">
        {notice && notice.kind !== "error" ? body(notice) : null}
      </div>
      <div role="alert" aria-atomic="true">
        {notice && notice.kind === "error" ? body(notice) : null}
      </div>
    </div>
  );
}
