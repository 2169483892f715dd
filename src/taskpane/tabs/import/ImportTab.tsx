// 匯入: paste or pick minutes, parse, review and edit what will be written, then write it through the
// store. The parser and the file readers (jszip, mammoth) are loaded on first use.
import { Button, Field, ProgressBar, Textarea, makeStyles } from "@fluentui/react-components";
import { useRef, useState, type ReactNode } from "react";
import type { MeetingRecord } from "../../../minutes/types";
import { applyMeeting } from "../../../workbook/applyMeeting";
import type { TabContext } from "../../app/tabContext";
import { FilePickButton } from "../../app/FilePickButton";
import { actionContext, errorText } from "../../app/recorder";
import { useI18n } from "../../i18n/I18n";
import { registryFor } from "./registry";
import { ReviewPanel } from "./ReviewPanel";
import { recordFromReview, reviewItems, type ReviewItem } from "./review";
import { sourceHash } from "./sourceHash";
import { summaryLines } from "./summary";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: "8px", margin: "8px 0" },
  text: { width: "100%" },
});

/** The file a text came from, so the source hash is of the file's bytes, as the CLI computes it. */
interface Source {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly text: string;
}

type Busy = "reading" | "parsing" | "writing" | null;

export function ImportTab({ context }: { context: TabContext }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const { notify } = context;
  const [text, setText] = useState("");
  const [source, setSource] = useState<Source | null>(null);
  const [record, setRecord] = useState<MeetingRecord | null>(null);
  const [items, setItems] = useState<ReviewItem[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);

  const parse = async (minutes: string) => {
    setBusy("parsing");
    try {
      const { parseMinutes } = await import(/* webpackChunkName: "minutes" */ "../../../minutes");
      const parsed = parseMinutes(minutes, { registry: registryFor(context.data?.divisions) });
      if (!parsed.ok) {
        setRecord(null);
        notify({ kind: "error", lines: [parsed.error] });
        return;
      }
      setRecord(parsed.value);
      setItems(reviewItems(parsed.value));
      notify(null);
      // move the reader to what was found
      requestAnimationFrame(() => reviewHeading.current?.focus());
    } catch (error) {
      notify({ kind: "error", lines: [errorText(t, error)] });
    } finally {
      setBusy(null);
    }
  };

  const pick = async (file: File) => {
    setBusy("reading");
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { readMinutes } = await import(/* webpackChunkName: "minutes-read" */ "../../../minutes/read");
      const read = await readMinutes(bytes, file.name);
      if (!read.ok) {
        setBusy(null);
        notify({ kind: "error", lines: [read.error] });
        return;
      }
      setText(read.value.text);
      setSource({ name: file.name, bytes, text: read.value.text });
      notify({ kind: "info", lines: [t.minutesFileLoaded(file.name)] });
      await parse(read.value.text);
    } catch (error) {
      setBusy(null);
      notify({ kind: "error", lines: [errorText(t, error)] });
    }
  };

  const write = async () => {
    if (!record) return;
    const built = recordFromReview(record, items);
    if (!built.ok) {
      const problem = built.problem;
      notify({ kind: "error", lines: [problem.kind === "bad-due" ? t.badDueDate(problem.caseId, problem.text) : t.noMeetingNumber] });
      return;
    }
    setBusy("writing");
    try {
      const bytes = source && source.text === text ? source.bytes : new TextEncoder().encode(text);
      const summary = await applyMeeting(context.host.store, built.record, { ...actionContext(), sourceHash: await sourceHash(bytes) });
      if (!summary.ok) {
        notify({ kind: "error", lines: [t.writeFailed(summary.error)] });
        return;
      }
      notify({ kind: "success", lines: summaryLines(summary.value, t) });
      await context.refresh();
    } catch (error) {
      notify({ kind: "error", lines: [t.writeFailed(errorText(t, error))] });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Field label={t.minutesText} hint={t.minutesTextHint}>
        <Textarea className={styles.text} value={text} onChange={(_e, d) => setText(d.value)} rows={8} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <FilePickButton inputLabel={t.minutesFile} accept=".txt,.docx,.odt" onPick={(file) => void pick(file)} disabled={busy !== null}>
          {t.minutesFileButton}
        </FilePickButton>
        <Button appearance="primary" onClick={() => void parse(text)} disabled={busy !== null || text.trim() === ""}>
          {t.parse}
        </Button>
      </div>
      {busy === "reading" || busy === "parsing" ? <ProgressBar aria-label={t.parsing} /> : null}
      {record ? (
        <ReviewPanel record={record} items={items} onChange={setItems} headingRef={reviewHeading}>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void write()} disabled={busy !== null}>
              {t.write}
            </Button>
          </div>
          {busy === "writing" ? <ProgressBar aria-label={t.writing} /> : null}
        </ReviewPanel>
      ) : null}
    </>
  );
}
