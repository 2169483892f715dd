// The review before writing: the meeting's header, the rulings on earlier cases, each new case with its
// include box, editable divisions and due date (the minutes' wording beside it), and the warnings.
import { Checkbox, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode, RefObject } from "react";
import type { MeetingRecord } from "../../../minutes/types";
import { useI18n } from "../../i18n/I18n";
import { updateItem, type ReviewItem } from "./review";

const useStyles = makeStyles({
  region: { marginTop: "12px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
  heading: { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" },
  dl: { display: "grid", gridTemplateColumns: "max-content 1fr", gap: "2px 8px", margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: "18px" },
  item: { listStyle: "none", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "8px 0" },
  itemText: { display: "block", margin: "4px 0", overflowWrap: "anywhere" },
  fields: { display: "grid", gridTemplateColumns: "max-content 1fr", gap: "4px 8px", alignItems: "center" },
  original: { gridColumn: "2", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface Props {
  readonly record: MeetingRecord;
  readonly items: readonly ReviewItem[];
  readonly onChange: (items: ReviewItem[]) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly children: ReactNode;
}

export function ReviewPanel({ record, items, onChange, headingRef, children }: Props): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const m = record.meeting;
  const time = [m.startTime, m.endTime].filter(Boolean).join("–");
  const header: [string, string | number | null][] = [
    [t.meetingNumber, m.number],
    [t.meetingName, [m.organization, m.name].filter(Boolean).join(" ") || null],
    [t.meetingDate, m.date],
    [t.meetingTime, time || null],
    [t.meetingLocation, m.location],
    [t.meetingChair, m.chair],
    [t.meetingRecorder, m.recorder],
  ];
  const edit = (caseId: string, patch: Partial<Omit<ReviewItem, "caseId">>) => onChange(updateItem(items, caseId, patch));

  return (
    <section className={styles.region} role="region" aria-label={t.reviewRegion}>
      <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
        {t.reviewHeader}
      </h2>
      <dl className={styles.dl}>
        {header.map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt className={styles.dt}>{label}</dt>
            <dd className={styles.dd}>{value === null || value === "" ? t.unknown : value}</dd>
          </div>
        ))}
      </dl>

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

      <h3 className={styles.heading}>{t.itemsHeading(record.items.length)}</h3>
      {record.items.length === 0 ? <Text as="p">{t.noItems}</Text> : null}
      <ul className={styles.list} style={{ paddingLeft: 0 }}>
        {record.items.map((item) => {
          const review = items.find((i) => i.caseId === item.caseId);
          if (!review) return null;
          return (
            <li key={item.caseId} className={styles.item}>
              <Checkbox
                checked={review.include}
                onChange={(_e, d) => edit(item.caseId, { include: d.checked === true })}
                label={<strong>{item.caseId}</strong>}
                aria-label={t.include(item.caseId)}
              />
              <Text className={styles.itemText}>{item.text}</Text>
              <div className={styles.fields}>
                <span aria-hidden="true">{t.leadLabel}</span>
                <Input size="small" value={review.lead} aria-label={t.lead(item.caseId)} onChange={(_e, d) => edit(item.caseId, { lead: d.value })} />
                <span aria-hidden="true">{t.supportingLabel}</span>
                <Input
                  size="small"
                  value={review.supporting}
                  aria-label={t.supporting(item.caseId)}
                  onChange={(_e, d) => edit(item.caseId, { supporting: d.value })}
                />
                <span aria-hidden="true">{t.dueLabel}</span>
                <Input
                  size="small"
                  type="date"
                  value={review.due}
                  aria-label={t.due(item.caseId)}
                  aria-describedby={`due-original-${item.caseId}`}
                  onChange={(_e, d) => edit(item.caseId, { due: d.value })}
                />
                <span className={styles.original} id={`due-original-${item.caseId}`}>
                  {item.dueText ? t.dueOriginal(item.dueText) : t.dueNoOriginal}
                </span>
              </div>
            </li>
          );
        })}
      </ul>

      {record.warnings.length > 0 ? (
        <>
          <h3 className={styles.heading}>{t.warningsHeading(record.warnings.length)}</h3>
          <ul className={styles.list}>
            {record.warnings.map((w, i) => (
              <li key={i} className={styles.warning}>
                {t.warningLine(w.line, w.message)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </section>
  );
}
