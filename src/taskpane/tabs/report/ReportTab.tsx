// 報告: 「本次填報」 (a division's cases still awaiting its entry for the next meeting, each with the 填報
// form) and the 辦理情形 report (choose meeting, scope and format, preview the table, download), plus the
// workbook as .ods where the pane keeps the workbook itself (standalone).
import { Button, Field, Input, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import { REPORT_FORMATS, reportFileName, reportFromData, unreadableMessage, writeReport, writeReportSheet, type ReportFormat } from "../../../app/report";
import { parseMeetingNumber } from "../../../domain";
import { defaultReportMeeting, formatRate } from "../../../report";
import { casesAwaitingEntry } from "../../../workbook/proposals";
import { downloadFile } from "../../app/downloadFile";
import { errorText } from "../../app/recorder";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import { ownersLabel } from "../../view/owners";
import { loadMyDivision, saveMyDivision } from "../cases/myDivision";
import { failureText, paneLanguage } from "../import/failureText";
import { ProposalForm } from "./ProposalForm";
import { wordsFor } from "./reportWords";

const MIME: Record<ReportFormat, string> = {
  odt: "application/vnd.oasis.opendocument.text",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
const ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", marginBottom: "16px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
  flag: { color: "#C00000", fontWeight: "bold" },
});

/** A choice of one registry division, or none (「請選擇組室」, 「全部組室」). */
function DivisionSelect(props: { value: string; onChange: (name: string) => void; none: string; names: readonly string[] }): ReactNode {
  return (
    <Select value={props.value} onChange={(_, v) => props.onChange(v.value)}>
      <option value="">{props.none}</option>
      {props.names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </Select>
  );
}

export function ReportTab({ context }: { context: TabContext }): ReactNode {
  const { t } = useI18n();
  const w = wordsFor(t.lang);
  const styles = useStyles();
  const { data } = context;
  const [division, setDivision] = useState(loadMyDivision());
  const [meetingText, setMeetingText] = useState("");
  const [scope, setScope] = useState("");
  const [format, setFormat] = useState<ReportFormat>("odt");
  const [openCase, setOpenCase] = useState<string | null>(null);

  const nextMeeting = useMemo(() => (data ? defaultReportMeeting(data.meetings, data.cases) : null), [data]);
  const typedMeeting = meetingText.trim() === "" ? null : parseMeetingNumber(meetingText);
  const meeting = typedMeeting === null ? (nextMeeting?.ok ? nextMeeting.value : null) : typedMeeting.ok ? typedMeeting.value : null;

  const report = useMemo(
    () => (data ? reportFromData(data, { ...(meeting !== null ? { meeting } : {}), ...(scope !== "" ? { division: scope } : {}), asOf: context.asOf }, new Date()) : null),
    [data, meeting, scope, context.asOf],
  );

  if (!data) return context.dataError ? <Text role="alert">{context.dataError}</Text> : null;

  const awaiting = division !== "" && meeting !== null ? casesAwaitingEntry(data, division, meeting) : [];
  const chooseDivision = (name: string) => {
    setDivision(name);
    saveMyDivision(name);
    setOpenCase(null);
  };

  const download = async () => {
    if (!report?.ok) return;
    try {
      const bytes = await writeReport(report.value.model, format, new Date().toISOString());
      downloadFile(reportFileName(report.value.model, format), bytes, MIME[format]);
    } catch (error) {
      context.notify({ kind: "error", lines: [errorText(t, error)] });
    }
  };

  const downloadOds = async () => {
    try {
      const name = (context.host.workbook?.name() ?? "列管.xlsx").replace(/\.(xlsx|ods)$/iu, "") + ".ods";
      // the .ods writer (jszip) is loaded when first asked for, not with the pane
      const { writeWorkbookOds } = await import(/* webpackChunkName: "ods" */ "../../../export/workbookOds");
      downloadFile(name, await writeWorkbookOds(data, new Date().toISOString()), ODS_TYPE);
    } catch (error) {
      context.notify({ kind: "error", lines: [errorText(t, error)] });
    }
  };

  // 「寫入工作表」 is there only where the host can write a sheet (in Excel, not standalone)
  const sheetPort = context.host.writeReportSheet;
  const toSheet = async () => {
    if (!report?.ok || !sheetPort) return;
    try {
      const written = await writeReportSheet(report.value.model, sheetPort);
      context.notify(written.ok ? { kind: "success", lines: [w.sheetWritten(written.value.sheet, written.value.replaced)] } : { kind: "error", lines: [failureText(t, written)] });
    } catch (error) {
      context.notify({ kind: "error", lines: [errorText(t, error)] });
    }
  };

  const unreadable = report?.ok ? unreadableMessage(report.value.unreadable, paneLanguage(t)) : null;

  return (
    <>
      <section className={styles.section} aria-labelledby="entry-heading">
        <Text as="h2" weight="semibold" id="entry-heading">
          {w.entryHeading}
        </Text>
        <div className={styles.row}>
          <Field label={w.division}>
            <DivisionSelect value={division} onChange={chooseDivision} none={w.chooseDivision} names={data.divisions.map((d) => d.name)} />
          </Field>
          <Field label={w.meeting} validationMessage={typedMeeting !== null && !typedMeeting.ok ? w.meetingInvalid(meetingText) : undefined}>
            <Input value={meetingText} placeholder={meeting !== null ? String(meeting) : ""} onChange={(_, v) => setMeetingText(v.value)} />
          </Field>
        </div>
        {division !== "" && meeting !== null ? (
          <>
            <Text>{w.awaiting(awaiting.length)}</Text>
            <ul aria-label={w.entryHeading}>
              {awaiting.map((c) => (
                <li key={c.caseId}>
                  <Button appearance="subtle" aria-expanded={openCase === c.caseId} onClick={() => setOpenCase(openCase === c.caseId ? null : c.caseId)}>
                    {c.caseId}：{c.text.slice(0, 40) || w.noText}
                  </Button>
                  {openCase === c.caseId ? <ProposalForm context={context} caseId={c.caseId} division={division} meeting={meeting} /> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="report-heading">
        <Text as="h2" weight="semibold" id="report-heading">
          {w.reportHeading}
        </Text>
        <div className={styles.row}>
          <Field label={w.reportDivision}>
            <DivisionSelect value={scope} onChange={setScope} none={w.allDivisions} names={data.divisions.map((d) => d.name)} />
          </Field>
          <Field label={w.format}>
            <Select value={format} onChange={(_, v) => setFormat(v.value as ReportFormat)}>
              {REPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  .{f}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" disabled={!report?.ok} onClick={() => void download()}>
            {w.download}
          </Button>
          {sheetPort ? (
            <Button disabled={!report?.ok} onClick={() => void toSheet()}>
              {w.toSheet}
            </Button>
          ) : null}
          {context.host.kind === "standalone" ? <Button onClick={() => void downloadOds()}>{w.downloadOds}</Button> : null}
        </div>
        {report && !report.ok ? <Text role="alert">{failureText(t, report)}</Text> : null}
        {unreadable ? <Text role="alert">{unreadable}</Text> : null}
        {report?.ok ? (
          <>
            <Text weight="semibold">{report.value.model.title}</Text>
            <Text>{w.preview(report.value.model.rows.length, report.value.model.unreportedCount)}</Text>
            <Text>
              {w.statistics(report.value.model.statistics.total.tracked, report.value.model.statistics.total.overdue, report.value.model.statistics.total.dueSoon, formatRate(report.value.model.statistics.total.closureRate))}
            </Text>
            {report.value.model.rows.length === 0 ? (
              <Text>{w.noCases}</Text>
            ) : (
              <Table size="small" aria-label={report.value.model.title}>
                <TableHeader>
                  <TableRow>
                    {w.columns.map((c) => (
                      <TableHeaderCell key={c}>{c}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {report.value.model.rows.map((r) => (
                    <TableRow key={r.caseId}>
                      <TableCell>{r.caseId}</TableCell>
                      <TableCell>{ownersLabel(r)}</TableCell>
                      <TableCell>
                        {r.entries.map((e) => (
                          <div key={e.division}>
                            【{e.division}】{e.progress}
                          </div>
                        ))}
                        {r.unreported ? <span className={styles.flag}>{w.unreported}</span> : null}
                      </TableCell>
                      <TableCell>{r.entries.map((e) => e.proposal).filter(Boolean).join("；")}</TableCell>
                      <TableCell>{r.statusLabel}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        ) : null}
      </section>
    </>
  );
}
