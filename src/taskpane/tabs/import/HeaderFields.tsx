// The meeting header as editable fields: the number and date are required (what the parser could not
// read the secretary types), the date in the Gregorian or the ROC calendar.
import { Field, Input, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/I18n";
import { bothCalendars, readClockTime, readMeetingDate, readMeetingNumber, type HeaderDraft, type HeaderField } from "./review";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(136px, 1fr))",
    gap: "4px 12px",
    margin: "4px 0 8px",
    // a field shrinks to its column (a native input is ~20 characters wide otherwise, too wide at 320 px)
    "& > *": { minWidth: 0 },
    "& .fui-Input": { width: "100%", minWidth: 0 },
    "& input": { minWidth: 0 },
  },
  wide: { gridColumn: "1 / -1" },
});

interface Props {
  readonly header: HeaderDraft;
  readonly onChange: (field: HeaderField, value: string) => void;
}

export function HeaderFields({ header, onChange }: Props): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const number = readMeetingNumber(header.number);
  const date = readMeetingDate(header.date);
  const numberError = header.number.trim() === "" ? t.needNumber : number === null ? t.badNumber(header.number.trim()) : undefined;
  const dateError = header.date.trim() === "" ? t.needDate : date === null ? t.badDate(header.date.trim()) : undefined;
  const dateHint = date !== null ? t.dateReads(bothCalendars(date).iso, bothCalendars(date).roc) : t.dateHint;
  const timeError = (field: "startTime" | "endTime", label: string) =>
    readClockTime(header[field]) === null ? t.badTime(label, header[field].trim()) : undefined;
  const text = (field: HeaderField) => ({ value: header[field], onChange: (_e: unknown, d: { value: string }) => onChange(field, d.value) });

  return (
    <div className={styles.grid}>
      <Field label={t.meetingNumber} required hint={numberError ? undefined : t.numberHint} validationMessage={numberError} validationState={numberError ? "error" : "none"}>
        <Input inputMode="numeric" autoComplete="off" {...text("number")} />
      </Field>
      <Field label={t.meetingDate} required hint={dateError ? undefined : dateHint} validationMessage={dateError} validationState={dateError ? "error" : "none"}>
        <Input autoComplete="off" {...text("date")} />
      </Field>
      <Field label={t.meetingStart} hint={t.timeHint} validationMessage={timeError("startTime", t.meetingStart)}>
        <Input autoComplete="off" {...text("startTime")} />
      </Field>
      <Field label={t.meetingEnd} hint={t.timeHint} validationMessage={timeError("endTime", t.meetingEnd)}>
        <Input autoComplete="off" {...text("endTime")} />
      </Field>
      <Field label={t.meetingLocation}>
        <Input {...text("location")} />
      </Field>
      <Field label={t.meetingChair}>
        <Input {...text("chair")} />
      </Field>
      <Field label={t.meetingRecorder}>
        <Input {...text("recorder")} />
      </Field>
      <Field label={t.meetingOrganization}>
        <Input {...text("organization")} />
      </Field>
      <Field label={t.meetingName} className={styles.wide}>
        <Input {...text("name")} />
      </Field>
    </div>
  );
}
