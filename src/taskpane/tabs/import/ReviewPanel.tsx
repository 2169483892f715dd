// The review before writing: the meeting's header as editable fields, the rulings on earlier cases,
// each new item (include box, source line, section, text, divisions, people, due date, split and
// merge), the minutes to add a missed passage from, an item typed by hand, and the warnings (in the
// pane's language). It only renders and dispatches; the state and its rules are review.ts.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, type ReactNode, type RefObject } from "react";
import { useI18n } from "../../i18n/I18n";
import { SourcePassage, TypedItem } from "./AddItems";
import { HeaderFields } from "./HeaderFields";
import { ItemEditor, itemTextId } from "./ItemEditor";
import { warningText } from "./failureText";
import { caseIds, type HeaderField, type ItemPatch, type NewItem, type ReviewState } from "./review";
import { itemName } from "./reviewMessages";

const useStyles = makeStyles({
  region: { marginTop: "12px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
  heading: { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" },
  list: { margin: 0, paddingLeft: "18px" },
  hint: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: "2px 0 4px" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Where focus goes after an edit: the item's text box (seq makes a repeated key a new request). */
export interface FocusRequest {
  readonly key: string;
  readonly seq: number;
}

export interface ReviewActions {
  readonly onHeader: (field: HeaderField, value: string) => void;
  readonly onItem: (key: string, patch: ItemPatch) => void;
  readonly onSplit: (key: string, caret: number | null) => void;
  readonly onMerge: (key: string) => void;
  /** true when the item was added */
  readonly onAdd: (item: NewItem) => boolean;
  readonly onNothingSelected: () => void;
}

interface Props extends ReviewActions {
  readonly state: ReviewState;
  readonly focus: FocusRequest | null;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly children: ReactNode;
}

export function ReviewPanel({ state, focus, headingRef, children, ...actions }: Props): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const hintId = useId();
  const { record, items } = state;
  const ids = caseIds(state);

  useEffect(() => {
    if (focus) document.getElementById(itemTextId(focus.key))?.focus();
  }, [focus]);

  return (
    <section className={styles.region} role="region" aria-label={t.reviewRegion}>
      <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
        {t.reviewHeader}
      </h2>
      <HeaderFields header={state.header} onChange={actions.onHeader} />

      <h3 className={styles.heading}>{t.rulingsHeading(record.decisions.length)}</h3>
      {record.decisions.length === 0 ? (
        <Text as="p">{t.noRulings}</Text>
      ) : (
        <ul className={styles.list}>
          {record.decisions.map((r) => (
            <li key={`${r.caseId}-${r.line}`}>
              {r.caseId} {t.trackingLabel(r.decision)}
            </li>
          ))}
        </ul>
      )}

      <h3 className={styles.heading}>{t.itemsHeading(items.filter((i) => i.include).length)}</h3>
      {items.length === 0 ? <Text as="p">{t.noItems}</Text> : null}
      <Text id={hintId} className={styles.hint}>
        {t.editHint}
      </Text>
      <ul className={styles.list} style={{ paddingLeft: 0 }}>
        {items.map((item, index) => {
          const name = itemName(t, ids[index] ?? "", index + 1);
          return (
            <ItemEditor
              key={item.key}
              item={item}
              name={name}
              last={index === items.length - 1}
              hintId={hintId}
              onChange={(patch) => actions.onItem(item.key, patch)}
              onSplit={(caret) => actions.onSplit(item.key, caret)}
              onMerge={() => actions.onMerge(item.key)}
            />
          );
        })}
      </ul>

      <SourcePassage source={state.source} onAdd={actions.onAdd} onNothingSelected={actions.onNothingSelected} />
      <TypedItem source={state.source} onAdd={actions.onAdd} />

      {record.warnings.length > 0 ? (
        <>
          <h3 className={styles.heading}>{t.warningsHeading(record.warnings.length)}</h3>
          <ul className={styles.list}>
            {record.warnings.map((w, i) => (
              <li key={i} className={styles.warning}>
                {t.warningLine(w.line, warningText(t, w))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </section>
  );
}
