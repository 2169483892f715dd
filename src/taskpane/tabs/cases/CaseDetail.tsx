// One case: its facts, its history, and the actions (progress note, new deadline, rulings by hand), each
// written through the store with a history row by the lead's case planners. Focus moves here on open.
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { moveDeadline, recordProgress, ruleCase, type Applied, type RulingDecision } from "../../../app";
import { failureMessage, isClosedTracking, type Result } from "../../../domain";
import type { CaseRow } from "../../../workbook/model";
import { HISTORY_EVENTS } from "../../../workbook/schema";
import { actionContext, errorText } from "../../app/recorder";

type ActionContext = ReturnType<typeof actionContext>;
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import { CaseProposal } from "../report/CaseProposal";
import { DateInput } from "../../view/DateInput";
import { readTypedDate, showDate, showDatesIn, showTimestampDay } from "../../view/dates";
import { ownersLabel } from "../../view/owners";
import { historyOf, type CaseView } from "./caseList";

const useStyles = makeStyles({
  panel: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: "8px 12px", margin: "8px 0 12px" },
  head: { display: "flex", alignItems: "center", gap: "8px" },
  title: { flexGrow: 1, fontSize: tokens.fontSizeBase400, margin: 0 },
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", gap: "2px 8px", margin: "8px 0" },
  dd: { margin: 0, overflowWrap: "anywhere" },
  history: { margin: "4px 0 8px", paddingLeft: "18px" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "flex-end", margin: "8px 0" },
  sub: { fontSize: tokens.fontSizeBase300, margin: "12px 0 4px" },
});

interface Props {
  readonly context: TabContext;
  readonly view: CaseView;
  readonly onClose: () => void;
}

export function CaseDetail({ context, view, onClose }: Props): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const c = view.row;
  const heading = useRef<HTMLHeadingElement>(null);
  const [progress, setProgress] = useState("");
  const display = context.data?.settings.dateDisplay ?? "西元";
  const timeZone = context.data?.settings.timeZone ?? "Asia/Taipei";
  const shownDue = c.dueDate === null ? "" : showDate(c.dueDate, display);
  const [due, setDue] = useState<string>(shownDue);
  const [dueText, setDueText] = useState("");
  const [meeting, setMeeting] = useState("");
  const [busy, setBusy] = useState(false);
  const history = historyOf(context.data?.history ?? [], c.caseId);

  // a newly opened case takes focus, so keyboard and screen-reader users land on what they chose
  useEffect(() => {
    heading.current?.focus();
    setDue(shownDue);
    setProgress("");
    setDueText("");
    // only when another case is opened; a refresh of the same case keeps what the user is typing
  }, [c.caseId]);

  // Each action goes through its src/app service, which hands back the workbook after the write: no re-read.
  const run = async (what: string, act: (action: ActionContext) => Promise<Result<Applied<CaseRow>>>, after?: () => void) => {
    if (!(await context.ensureRecorder())) return; // the first write asks who is writing
    setBusy(true);
    try {
      const result = await act(actionContext());
      if (!result.ok) {
        context.notify({ kind: "error", lines: [failureMessage(result, t.lang === "en" ? "en" : "zh-TW")] });
        return;
      }
      after?.();
      context.accept(result.value.data);
      context.notify({ kind: "success", lines: [t.saved(c.caseId, what)] });
    } catch (error) {
      context.notify({ kind: "error", lines: [errorText(t, error)] });
    } finally {
      setBusy(false);
    }
  };

  const ruling = (decision: RulingDecision, label: string) => {
    const text = meeting.trim();
    const number = text === "" ? null : Number(text);
    if (number !== null && !(Number.isSafeInteger(number) && number > 0)) {
      context.notify({ kind: "error", lines: [t.badMeeting] });
      return;
    }
    void run(label, (action) => ruleCase(context.host.store, c.caseId, decision, number, action), () => setMeeting(""));
  };

  const moveDue = () => {
    const read = readTypedDate(due);
    if (!read.ok) {
      context.notify({ kind: "error", lines: [t.badDueDate(c.caseId, due.trim())] });
      return;
    }
    const date = read.value;
    void run(t.moveDue, (action) => moveDeadline(context.host.store, c.caseId, date, dueText.trim() || (date ?? ""), action), () => setDueText(""));
  };

  const addProgress = () => {
    if (progress.trim() === "") {
      context.notify({ kind: "error", lines: [t.emptyProgress] });
      return;
    }
    void run(t.addProgress, (action) => recordProgress(context.host.store, c.caseId, progress, action), () => setProgress(""));
  };

  const closed = isClosedTracking(c.tracking);
  return (
    <section className={styles.panel} role="region" aria-label={t.caseRegion(c.caseId)}>
      <div className={styles.head}>
        <h2 className={styles.title} ref={heading} tabIndex={-1}>
          {t.caseHeading(c.caseId)}
        </h2>
        <Button size="small" onClick={onClose}>
          {t.closeDetail}
        </Button>
      </div>
      <Text as="p" style={{ overflowWrap: "anywhere" }}>
        {c.text || c.note}
      </Text>
      <dl className={styles.facts}>
        <dt>{t.colDivisions}</dt>
        <dd className={styles.dd}>{ownersLabel(c) || t.unknown}</dd>
        <dt>{t.colDue}</dt>
        <dd className={styles.dd}>{[shownDue, c.dueText && t.dueOriginal(c.dueText)].filter(Boolean).join(" ") || "—"}</dd>
        <dt>{t.colStatus}</dt>
        <dd className={styles.dd}>
          {t.computed(view.status)}
          {view.daysOverdue > 0 ? `（${t.daysOverdue(view.daysOverdue)}）` : ""}
        </dd>
        <dt>{t.tracking}</dt>
        <dd className={styles.dd}>
          {t.trackingLabel(c.tracking)}
          {c.closedBy !== null ? ` · ${c.closedBy}` : ""}
        </dd>
        <dt>{t.latestProgress}</dt>
        <dd className={styles.dd}>{c.progress || "—"}</dd>
      </dl>

      <h3 className={styles.sub}>{t.history}</h3>
      {history.length === 0 ? (
        <Text as="p">{t.noHistory}</Text>
      ) : (
        <ol className={styles.history} aria-label={t.history}>
          {history.map((h, i) => (
            <li key={i}>
              <Text size={200}>
                {[h.date !== null ? showDate(h.date, display) : showTimestampDay(h.at, timeZone, display), HISTORY_EVENTS[h.event], h.meeting !== null ? `#${h.meeting}` : "", h.by].filter(Boolean).join(" · ")}
              </Text>
              <br />
              <span style={{ overflowWrap: "anywhere" }}>{showDatesIn(h.detail, display)}</span>
            </li>
          ))}
        </ol>
      )}

      <Field label={t.progress}>
        <Textarea value={progress} onChange={(_e, d) => setProgress(d.value)} rows={2} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button onClick={addProgress} disabled={busy}>
          {t.addProgress}
        </Button>
      </div>

      <div className={styles.actions}>
        <DateInput label={t.newDue} value={due} onChange={setDue} emptyHint={t.clearDue} />
        <Field label={t.newDueText}>
          <Input value={dueText} onChange={(_e, d) => setDueText(d.value)} />
        </Field>
        <Button onClick={moveDue} disabled={busy}>
          {t.moveDue}
        </Button>
      </div>

      <div className={styles.actions}>
        <Field label={t.rulingMeeting}>
          <Input type="number" min={1} value={meeting} onChange={(_e, d) => setMeeting(d.value)} style={{ width: 120 }} />
        </Field>
      </div>
      <div className={styles.actions}>
        {closed ? (
          <Button onClick={() => ruling("reopened", t.reopen)} disabled={busy}>
            {t.reopen}
          </Button>
        ) : (
          <>
            <Button onClick={() => ruling("closed", t.close)} disabled={busy}>
              {t.close}
            </Button>
            <Button onClick={() => ruling("continued", t.continue)} disabled={busy}>
              {t.continue}
            </Button>
            <Button onClick={() => ruling("self-tracked", t.selfTrack)} disabled={busy}>
              {t.selfTrack}
            </Button>
          </>
        )}
      </div>
      <CaseProposal context={context} row={c} />
    </section>
  );
}
