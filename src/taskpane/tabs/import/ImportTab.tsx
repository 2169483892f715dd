// 匯入: paste or pick minutes, parse, review and edit what will be written, then write it through the
// importMinutes service. The parser and the file readers (jszip, mammoth) are loaded on first use.
import { Button, Field, ProgressBar, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useRef, useState, type ReactNode } from "react";
import { importMinutes } from "../../../app";
import type { TabContext } from "../../app/tabContext";
import { FilePickButton } from "../../app/FilePickButton";
import { actionContext, errorText } from "../../app/recorder";
import { useI18n } from "../../i18n/I18n";
import { failureText } from "./failureText";
import { registryFor } from "./registry";
import { OfferToRegistry } from "../settings/OfferToRegistry";
import { ReviewPanel, type FocusRequest, type ReviewActions } from "./ReviewPanel";
import {
  addItem,
  caseIdAt,
  mergeWithNext,
  recordFromReview,
  reviewProblems,
  setHeader,
  itemOwners,
  splitItem,
  startReview,
  updateItem,
  type EditOutcome,
  type OwnerReader,
  type ReviewState,
} from "./review";
import { editProblemText, itemName, reviewProblemText } from "./reviewMessages";
import { sourceHash } from "./sourceHash";
import { summaryLines } from "./summary";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: "8px", margin: "8px 0" },
  text: { width: "100%" },
  blocked: { display: "block", color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
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
  const [review, setReview] = useState<ReviewState | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const blockedId = useId();
  const registry = useMemo(() => registryFor(context.data?.divisions), [context.data?.divisions]);
  // the parser's reading of who a text asks, loaded with the parser; added and split items use it
  const owners = useRef<OwnerReader>(() => ({ lead: [], supporting: [], people: [] }));

  const parse = async (minutes: string) => {
    setBusy("parsing");
    try {
      const { parseMinutes, readOwners } = await import(/* webpackChunkName: "minutes" */ "../../../minutes");
      const parsed = parseMinutes(minutes, { registry });
      if (parsed.ok) owners.current = (text) => readOwners(text, registry, parsed.value.meeting.organization);
      if (!parsed.ok) {
        setReview(null);
        notify({ kind: "error", lines: [failureText(t, parsed)] });
        return;
      }
      setReview(startReview(parsed.value, minutes));
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
        notify({ kind: "error", lines: [failureText(t, read)] });
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

  // an add, split or merge: the new state and focus on the item it made, announced; or why not
  const edit = (outcome: EditOutcome, announce: (state: ReviewState, position: number) => string): boolean => {
    if (!review) return false;
    if (!outcome.ok) {
      notify({ kind: "error", lines: [editProblemText(t, outcome.problem, (position) => caseIdAt(review, position - 1))] });
      return false;
    }
    const position = outcome.state.items.findIndex((item) => item.key === outcome.key) + 1;
    setReview(outcome.state);
    setFocus((previous) => ({ key: outcome.key, seq: (previous?.seq ?? 0) + 1 }));
    notify({ kind: "info", lines: [announce(outcome.state, position)] });
    return true;
  };
  const nameAt = (state: ReviewState, position: number): string => itemName(t, caseIdAt(state, position - 1), position);

  const actions: ReviewActions = {
    onHeader: (field, value) => setReview((current) => current && setHeader(current, field, value)),
    onItem: (key, patch) => setReview((current) => current && updateItem(current, key, patch)),
    onSplit: (key, caret) => {
      if (review) edit(splitItem(review, key, caret, owners.current), (state, at) => t.itemSplit(nameAt(state, at - 1), nameAt(state, at)));
    },
    onMerge: (key) => {
      if (review) edit(mergeWithNext(review, key), (state, at) => t.itemsMerged(nameAt(state, at), nameAt(review, at + 1)));
    },
    onAdd: (item) =>
      review !== null &&
      edit(addItem(review, item, owners.current), (state, at) => t.itemAdded(nameAt(state, at), state.items[at - 1]?.line ?? 0)),
    onNothingSelected: () => notify({ kind: "error", lines: [t.noSelection] }),
  };

  const problems = review ? reviewProblems(review) : [];

  const write = async () => {
    if (!review) return;
    const built = recordFromReview(review);
    if (!built.ok) {
      notify({ kind: "error", lines: built.problems.map((problem) => reviewProblemText(t, problem)) });
      return;
    }
    if (!(await context.ensureRecorder())) return; // the first write asks who is writing
    setBusy("writing");
    try {
      // the hash is of what was parsed: the file's bytes, or the text as pasted
      const parsedText = review.rawText;
      const bytes = source && source.text === parsedText ? source.bytes : new TextEncoder().encode(parsedText);
      const applied = await importMinutes(context.host.store, built.record, { ...actionContext(), sourceHash: await sourceHash(bytes) });
      if (!applied.ok) {
        notify({ kind: "error", lines: [t.writeFailed(failureText(t, applied))] });
        return;
      }
      notify({ kind: "success", lines: summaryLines(applied.value.result, t) });
      setReview(null); // written: the review collapses into its summary (the message), its write button gone
      // the service hands back the workbook after the write: no second read of it
      context.accept(applied.value.data);
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
      {review ? (
        <ReviewPanel state={review} focus={focus} headingRef={reviewHeading} {...actions}>
          <OfferToRegistry context={context} owners={review.items.filter((item) => item.include).map(itemOwners)} />
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => void write()}
              disabled={busy !== null}
              disabledFocusable={busy === null && problems.length > 0}
              aria-describedby={problems.length > 0 ? blockedId : undefined}
            >
              {t.write}
            </Button>
          </div>
          {problems.length > 0 ? (
            <Text id={blockedId} className={styles.blocked}>
              {t.cannotWrite(problems.map((problem) => reviewProblemText(t, problem)).join("；"))}
            </Text>
          ) : null}
          {busy === "writing" ? <ProgressBar aria-label={t.writing} /> : null}
        </ReviewPanel>
      ) : null}
    </>
  );
}
