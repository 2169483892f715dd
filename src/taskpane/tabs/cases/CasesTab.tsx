// 案件: the workbook's cases, filtered by division, status and text and sorted by due date; selecting
// one opens its detail (history and actions). The list logic is in caseList.ts.
import {
  Badge,
  Checkbox,
  Switch,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import { COMPUTED_STATUSES, divisionLookup, type ComputedStatus } from "../../../domain";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import { showDate } from "../../view/dates";
import { ownersLabel } from "../../view/owners";
import { CaseDetail } from "./CaseDetail";
import { caseViews, divisionOptions, filterCases, sortByDue } from "./caseList";
import { loadMyDivision, loadShowClosed, saveMyDivision, saveShowClosed } from "./myDivision";

const useStyles = makeStyles({
  // every field shrinks to its grid column: a native select is as wide as its longest option otherwise,
  // which made 組室 and 狀態 overlap
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(132px, 1fr))",
    gap: "8px",
    marginBottom: "8px",
    "& > *": { minWidth: 0 },
    "& .fui-Select, & .fui-Input": { width: "100%", minWidth: 0 },
    "& select, & input": { minWidth: 0 },
  },
  toggles: { display: "flex", flexWrap: "wrap", gap: "0 12px", gridColumn: "1 / -1" },
  table: { tableLayout: "auto" },
  badge: { whiteSpace: "nowrap", maxWidth: "none" },
  row: { cursor: "pointer", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  id: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  text: { display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" },
  nowrap: { whiteSpace: "nowrap" },
});

export function CasesTab({ context }: { context: TabContext }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const [myDivision, setMyDivision] = useState(loadMyDivision);
  const [division, setDivision] = useState(myDivision);
  const [status, setStatus] = useState<ComputedStatus | "">("");
  const [text, setText] = useState("");
  const [showClosed, setShowClosed] = useState(loadShowClosed);
  const [selected, setSelected] = useState<string | null>(null);
  const data = context.data;

  const lookup = useMemo(() => divisionLookup(data?.divisions ?? []), [data]);
  const all = useMemo(() => (data ? caseViews(data, context.asOf) : []), [data, context.asOf]);
  const shown = useMemo(() => sortByDue(filterCases(all, { division, status, text, showClosed }, lookup)), [all, division, status, text, showClosed, lookup]);
  const divisions = useMemo(() => (data ? divisionOptions(data, lookup) : []), [data, lookup]);
  const current = selected === null ? undefined : all.find((v) => v.row.caseId === selected);

  if (!data) return context.dataError ? <Text role="alert">{context.dataError}</Text> : null;

  // closing the detail returns focus to the case's row, where the user came from
  const close = (caseId: string) => {
    setSelected(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`tr[data-case-id="${caseId}"]`)?.focus());
  };

  const display = data.settings.dateDisplay;
  const badgeColor = (s: ComputedStatus) => (s === "overdue" ? "danger" : s === "due-soon" ? "warning" : s === "closed" ? "subtle" : "informative");

  return (
    <>
      <div className={styles.filters}>
        <Field label={t.division}>
          <Select value={division} onChange={(_e, d) => setDivision(d.value)}>
            <option value="">{t.allDivisions}</option>
            {divisions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.status}>
          <Select value={status} onChange={(_e, d) => setStatus(d.value as ComputedStatus | "")}>
            <option value="">{t.allStatuses}</option>
            {COMPUTED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.computed(s)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.search}>
          <Input type="search" value={text} onChange={(_e, d) => setText(d.value)} />
        </Field>
        <div className={styles.toggles}>
          <Checkbox
            label={t.myDivision}
            checked={division !== "" && division === myDivision}
            disabled={division === "" && myDivision === ""}
            onChange={(_e, d) => {
              const next = d.checked === true ? division : "";
              setMyDivision(next);
              saveMyDivision(next);
            }}
          />
          <Switch label={t.showClosed} checked={showClosed} onChange={(_e, d) => {
              setShowClosed(d.checked);
              saveShowClosed(d.checked);
            }} />
        </div>
      </div>

      {current ? <CaseDetail context={context} view={current} onClose={() => close(current.row.caseId)} /> : null}

      <Text as="p" size={200}>
        {t.caseCount(shown.length, all.length)} · {t.asOf(showDate(context.asOf, display))}
      </Text>
      {shown.length === 0 ? (
        <Text as="p">{t.noCases}</Text>
      ) : (
        <Table className={styles.table} size="small" aria-label={t.casesTable}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.colCaseId}</TableHeaderCell>
              <TableHeaderCell>{t.colText}</TableHeaderCell>
              <TableHeaderCell>{t.colDue}</TableHeaderCell>
              <TableHeaderCell>{t.colStatus}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((view) => {
              const c = view.row;
              return (
                <TableRow
                  key={c.caseId}
                  data-case-id={c.caseId}
                  className={styles.row}
                  tabIndex={0}
                  aria-current={c.caseId === selected ? "true" : undefined}
                  onClick={() => setSelected(c.caseId)}
                  onKeyDown={(event) => {
                    if (event.key === "Enter" || event.key === " ") {
                      event.preventDefault();
                      setSelected(c.caseId);
                    }
                  }}
                >
                  <TableCell className={styles.id}>{c.caseId}</TableCell>
                  <TableCell>
                    <span className={styles.text}>{c.text || c.note}</span>
                    <Text size={200}>{ownersLabel(c)}</Text>
                  </TableCell>
                  <TableCell className={styles.nowrap}>{c.dueDate !== null ? showDate(c.dueDate, display) : c.dueText}</TableCell>
                  <TableCell className={styles.nowrap}>
                    {/* one compact badge: 逾期 12 天 says both the status and how late */}
                    <Badge className={styles.badge} appearance="tint" shape="rounded" color={badgeColor(view.status)}>
                      {view.status === "overdue" && view.daysOverdue > 0 ? t.daysOverdue(view.daysOverdue) : t.computed(view.status)}
                    </Badge>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
}
