// A date field that accepts and shows either calendar: 2022-04-29, 111/04/29 or 111年4月29日 (the
// domain's parseDateInput), with what it reads as beneath, instead of the browser's mm/dd/yyyy picker.
import { Field, Input } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { formatRocDate } from "../../domain";
import { useI18n } from "../i18n/I18n";
import { readTypedDate } from "./dates";

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** shown while the field is empty */
  readonly emptyHint?: string;
  readonly className?: string;
}

export function DateInput({ label, value, onChange, emptyHint, className }: Props): ReactNode {
  const { t } = useI18n();
  const read = readTypedDate(value);
  const error = read.ok ? undefined : t.badDate(value.trim());
  const hint = !read.ok ? undefined : read.value === null ? (emptyHint ?? t.dateHint) : t.dateReads(read.value, formatRocDate(read.value));
  return (
    <Field className={className} label={label} hint={hint} validationMessage={error} validationState={error ? "error" : "none"}>
      <Input autoComplete="off" value={value} onChange={(_e, d) => onChange(d.value)} placeholder="111/04/29" />
    </Field>
  );
}
