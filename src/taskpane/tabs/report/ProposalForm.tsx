// The 填報 form for one case: a division's 辦理情形, its proposal (擬辦) and, with 建議賡續列管, a new
// deadline; saved through the recordProposal service. Used by the 本次填報 list and the 案件 detail.
import { Button, Field, Radio, RadioGroup, Textarea, makeStyles } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { recordProposal } from "../../../app/report";
import { PROPOSAL_KINDS, type ProposalKind } from "../../../report";
import { actionContext, errorText } from "../../app/recorder";
import { failureText } from "../import/failureText";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import { DateInput } from "../../view/DateInput";
import { readTypedDate } from "../../view/dates";
import { wordsFor } from "./reportWords";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: "6px", margin: "6px 0 12px" } });

interface Props {
  readonly context: TabContext;
  readonly caseId: string;
  readonly division: string;
  readonly meeting: number;
}

export function ProposalForm({ context, caseId, division, meeting }: Props): ReactNode {
  const { t } = useI18n();
  const w = wordsFor(t.lang);
  const styles = useStyles();
  const [progress, setProgress] = useState("");
  const [proposal, setProposal] = useState<ProposalKind | "none">("none");
  const [due, setDue] = useState("");
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const typed = proposal === "continue" ? readTypedDate(due) : { ok: true as const, value: null };
    if (!typed.ok) return context.notify({ kind: "error", lines: [failureText(t, typed)] });
    if (!(await context.ensureRecorder())) return;
    setBusy(true);
    try {
      const kind = proposal === "none" ? null : proposal;
      const result = await recordProposal(context.host.store, { caseId, meeting, division, progress, proposal: kind, proposedDue: typed.value }, actionContext());
      if (!result.ok) return context.notify({ kind: "error", lines: [failureText(t, result)] });
      context.accept(result.value.data);
      context.notify({ kind: "success", lines: [result.value.wrote ? w.saved(caseId, meeting) : w.unchanged] });
      setProgress("");
    } catch (error) {
      context.notify({ kind: "error", lines: [errorText(t, error)] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.form} role="group" aria-label={`${w.entryHeading} ${caseId}`}>
      <Field label={`${w.progress}（${caseId}・${division}）`}>
        <Textarea value={progress} onChange={(_, v) => setProgress(v.value)} resize="vertical" />
      </Field>
      <Field label={w.proposal}>
        <RadioGroup value={proposal} onChange={(_, v) => setProposal(v.value as ProposalKind | "none")} layout="horizontal" style={{ flexWrap: "wrap" }}>
          <Radio value="none" label={w.none} />
          {PROPOSAL_KINDS.map((k) => (
            <Radio key={k} value={k} label={w.proposals[k]} />
          ))}
        </RadioGroup>
      </Field>
      {proposal === "continue" ? <DateInput label={w.newDue} value={due} onChange={setDue} /> : null}
      <Button appearance="primary" disabled={busy || progress.trim() === ""} onClick={() => void save()}>
        {w.save}
      </Button>
    </div>
  );
}
