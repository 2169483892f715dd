// The 填報 block of the 案件 detail: for a case still tracked, a division (the remembered "my division",
// else the case's lead) enters its 辦理情形 and proposal for the next meeting, through the same form as
// 報告's 本次填報. The detail renders it with one line.
import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import { caseDivisions, divisionLookup, isClosedTracking } from "../../../domain";
import { defaultReportMeeting } from "../../../report";
import type { CaseRow } from "../../../workbook/model";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import { loadMyDivision } from "../cases/myDivision";
import { ProposalForm } from "./ProposalForm";
import { wordsFor } from "./reportWords";

const useStyles = makeStyles({ sub: { fontSize: tokens.fontSizeBase300, margin: "12px 0 4px" } });

export function CaseProposal({ context, row }: { context: TabContext; row: CaseRow }): ReactNode {
  const { t } = useI18n();
  const w = wordsFor(t.lang);
  const styles = useStyles();
  const data = context.data;
  const divisions = useMemo(() => (data ? caseDivisions(row, divisionLookup(data.divisions)) : []), [data, row]);
  const mine = loadMyDivision();
  const [division, setDivision] = useState(divisions.includes(mine) ? mine : (divisions[0] ?? ""));
  const meeting = data ? defaultReportMeeting(data.meetings, data.cases) : null;
  if (!data || isClosedTracking(row.tracking) || divisions.length === 0 || !meeting?.ok) return null;
  // a case made at the latest meeting reports to the one after it
  const target = row.meeting !== null && row.meeting >= meeting.value ? row.meeting + 1 : meeting.value;
  return (
    <>
      <h3 className={styles.sub}>
        {w.entryHeading}（{w.meeting} {target}）
      </h3>
      {divisions.length > 1 ? (
        <Field label={w.division}>
          <Select value={division} onChange={(_, v) => setDivision(v.value)}>
            {divisions.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Text size={200}>{division}</Text>
      )}
      <ProposalForm key={`${row.caseId}/${division}`} context={context} caseId={row.caseId} division={division} meeting={target} />
    </>
  );
}
