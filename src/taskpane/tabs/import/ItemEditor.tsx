// One new item in the review: include box with its case id, where it came from (source line, section),
// its text, owner, lead/supporting divisions, people and due date, and the split and merge buttons.
import { Button, Checkbox, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";
import { useI18n } from "../../i18n/I18n";
import { joinOwnerNames, splitOwnerNames } from "../../../domain";
import { itemOwners, type ItemPatch, type ReviewItem } from "./review";

const useStyles = makeStyles({
  item: { listStyle: "none", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "8px 0" },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "8px" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  text: { width: "100%", margin: "4px 0" },
  owner: { display: "block", margin: "2px 0 4px", overflowWrap: "anywhere" },
  fields: { display: "grid", gridTemplateColumns: "max-content 1fr", gap: "4px 8px", alignItems: "center" },
  original: { gridColumn: "2", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", marginTop: "6px" },
});

interface Props {
  readonly item: ReviewItem;
  /** the case id, or "第 3 項" while there is no meeting number */
  readonly name: string;
  readonly last: boolean;
  /** id of the text that explains split and merge */
  readonly hintId: string;
  readonly onChange: (patch: ItemPatch) => void;
  /** the caret in the item's text, null when unknown */
  readonly onSplit: (caret: number | null) => void;
  readonly onMerge: () => void;
}

/** The element id of an item's text box, to move focus there after an edit. */
export const itemTextId = (key: string): string => `review-item-text-${key}`;

export function ItemEditor({ item, name, last, hintId, onChange, onSplit, onMerge }: Props): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const textBox = useRef<HTMLTextAreaElement>(null);
  const { lead } = itemOwners(item);
  const people = splitOwnerNames(item.people);
  const owner = lead.length > 0 ? t.owner(joinOwnerNames(lead)) : people.length > 0 ? t.ownerPeople(joinOwnerNames(people)) : t.ownerNone;
  const origin = item.origin === "typed" ? t.itemTyped : item.origin === "selected" ? t.itemSelected : null;
  const dueOriginalId = `due-original-${item.key}`;

  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Checkbox
          checked={item.include}
          onChange={(_e, d) => onChange({ include: d.checked === true })}
          label={<strong>{name}</strong>}
          aria-label={t.include(name)}
        />
        <Text className={styles.meta}>
          {[t.itemLine(item.line), origin, item.include ? null : t.excluded].filter(Boolean).join(" · ")}
        </Text>
      </div>
      {item.section ? <Text className={styles.meta}>{t.itemSection(item.section)}</Text> : null}
      <Textarea
        id={itemTextId(item.key)}
        ref={textBox}
        className={styles.text}
        value={item.text}
        aria-label={t.itemText(name)}
        resize="vertical"
        rows={3}
        onChange={(_e, d) => onChange({ text: d.value })}
      />
      <Text className={styles.owner}>{owner}</Text>
      <div className={styles.fields}>
        <span aria-hidden="true">{t.leadLabel}</span>
        <Input size="small" value={item.lead} aria-label={t.lead(name)} onChange={(_e, d) => onChange({ lead: d.value })} />
        <span aria-hidden="true">{t.supportingLabel}</span>
        <Input size="small" value={item.supporting} aria-label={t.supporting(name)} onChange={(_e, d) => onChange({ supporting: d.value })} />
        <span aria-hidden="true">{t.peopleLabel}</span>
        <Input size="small" value={item.people} aria-label={t.people(name)} onChange={(_e, d) => onChange({ people: d.value })} />
        <span aria-hidden="true">{t.dueLabel}</span>
        <Input
          size="small"
          type="date"
          value={item.due}
          aria-label={t.due(name)}
          aria-describedby={dueOriginalId}
          onChange={(_e, d) => onChange({ due: d.value })}
        />
        <span className={styles.original} id={dueOriginalId}>
          {item.dueText ? t.dueOriginal(item.dueText) : t.dueNoOriginal}
        </span>
      </div>
      <div className={styles.actions}>
        <Button size="small" aria-label={t.split(name)} aria-describedby={hintId} onClick={() => onSplit(textBox.current?.selectionStart ?? null)}>
          {t.splitLabel}
        </Button>
        {last ? null : (
          <Button size="small" aria-label={t.merge(name)} aria-describedby={hintId} onClick={onMerge}>
            {t.mergeLabel}
          </Button>
        )}
      </div>
    </li>
  );
}
