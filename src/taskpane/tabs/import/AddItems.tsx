// Adding what the parser missed: the minutes as parsed, read-only and collapsible, where a selected
// passage becomes an item at the line it starts on; or an item typed, at a source line or at the end.
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useI18n } from "../../i18n/I18n";
import type { NewItem } from "./review";
import { lineAt, lineCount, selectedPassage } from "./reviewText";

const useStyles = makeStyles({
  details: { margin: "8px 0", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: "4px 8px" },
  summary: { cursor: "pointer", padding: "4px 0", fontWeight: tokens.fontWeightSemibold },
  source: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center", margin: "6px 0" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" },
  text: { width: "100%" },
});

interface Props {
  /** the minutes as parsed, one \n per source line */
  readonly source: string;
  /** true when the item was added (the form is then cleared) */
  readonly onAdd: (item: NewItem) => boolean;
  /** an explanation when there is nothing to add */
  readonly onNothingSelected: () => void;
}

export function SourcePassage({ source, onAdd, onNothingSelected }: Props): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const box = useRef<HTMLTextAreaElement>(null);
  const [selectionLine, setSelectionLine] = useState<number | null>(null);
  const hintId = useId();

  // where the selection starts, shown beside the button; React's onSelect misses a selection made by
  // script or kept across a blur, so the text box's own events are followed
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const note = () => setSelectionLine(el.selectionStart === el.selectionEnd ? null : lineAt(source, el.selectionStart));
    const events = ["select", "selectionchange", "keyup", "mouseup"] as const;
    for (const event of events) el.addEventListener(event, note);
    return () => {
      for (const event of events) el.removeEventListener(event, note);
    };
  }, [source]);

  const addSelected = () => {
    const el = box.current;
    const passage = el ? selectedPassage(source, el.selectionStart, el.selectionEnd) : null;
    if (!passage) {
      onNothingSelected();
      return;
    }
    onAdd({ text: passage.text, line: passage.line, origin: "selected" });
  };

  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{t.sourceSummary(lineCount(source))}</summary>
      <Text as="p" id={hintId} className={styles.muted}>
        {t.sourceHint}
      </Text>
      <Textarea
        ref={box}
        className={styles.source}
        value={source}
        readOnly
        rows={12}
        resize="vertical"
        aria-label={t.sourceText}
        aria-describedby={hintId}
      />
      <div className={styles.row}>
        <Button onClick={addSelected}>{t.addSelected}</Button>
        <Text className={styles.muted}>{selectionLine === null ? t.selectionNone : t.selectionAt(selectionLine)}</Text>
      </div>
    </details>
  );
}

export function TypedItem({ source, onAdd }: Omit<Props, "onNothingSelected">): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const [text, setText] = useState("");
  const [line, setLine] = useState("");

  const add = () => {
    if (onAdd({ text, line, origin: "typed" })) {
      setText("");
      setLine("");
    }
  };

  return (
    <>
      <h3 className={styles.heading}>{t.addHeading}</h3>
      <Field label={t.newItemText}>
        <Textarea className={styles.text} value={text} rows={2} resize="vertical" onChange={(_e, d) => setText(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={t.newItemLine} hint={t.newItemLineHint(lineCount(source))}>
          <Input inputMode="numeric" value={line} onChange={(_e, d) => setLine(d.value)} style={{ width: 96 }} />
        </Field>
        <Button onClick={add}>{t.addTyped}</Button>
      </div>
    </>
  );
}
