// 設定: the divisions registry (name, aliases, e-mail), due-soon days, reminder lead time, 西元/民國 date
// display (optionally re-applied to every date), and who is written as 記錄者. Saved through the store.
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Division } from "../../../domain";
import { planDivisions, planSettings } from "../../../workbook/caseActions";
import type { SettingsRow, WorkbookData } from "../../../workbook/model";
import { actionContext, errorText, recorderName, rememberRecorder } from "../../app/recorder";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import type { Messages } from "../../i18n/zhTW";
import { divisionsChanged, divisionsFromDrafts, draftsFrom, isEmptyPatch, parseDays, settingsPatch, type DivisionDraft, type FormProblem } from "./settingsForm";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" },
  division: {
    display: "grid",
    gridTemplateColumns: "1fr",
    gap: "4px",
    padding: "8px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", gap: "12px", alignItems: "flex-end", margin: "8px 0" },
});

function problemText(problem: FormProblem, t: Messages): string {
  switch (problem.kind) {
    case "empty-name":
      return t.emptyDivisionName(problem.row);
    case "bad-email":
      return t.badEmail(problem.name, problem.email);
    case "registry":
      return problem.message;
    case "bad-days":
      return t.badDays(problem.field === "dueSoonDays" ? t.dueSoonDays : t.reminderLeadDays, problem.text);
  }
}

export function SettingsTab({ context }: { context: TabContext }): ReactNode {
  if (!context.data) return context.dataError ? <Text role="alert">{context.dataError}</Text> : null;
  // the form starts from the workbook as read; after a save it already shows what was saved
  return <SettingsForm context={context} data={context.data} />;
}

function SettingsForm({ context, data }: { context: TabContext; data: WorkbookData }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const [drafts, setDrafts] = useState<DivisionDraft[]>(() => draftsFrom(data.divisions));
  const [dueSoon, setDueSoon] = useState(String(data.settings.dueSoonDays));
  const [lead, setLead] = useState(String(data.settings.reminderLeadDays));
  const [display, setDisplay] = useState<SettingsRow["dateDisplay"]>(data.settings.dateDisplay);
  const [applyAll, setApplyAll] = useState(false);
  const [recorder, setRecorder] = useState(recorderName);
  const [busy, setBusy] = useState(false);

  const editDraft = (index: number, patch: Partial<DivisionDraft>) => setDrafts((list) => list.map((d, i) => (i === index ? { ...d, ...patch } : d)));

  const save = async () => {
    const fail = (lines: string[]) => context.notify({ kind: "error", lines });
    const divisions = divisionsFromDrafts(drafts);
    if (!divisions.ok) return fail([problemText(divisions.problem, t)]);
    const days = parseDays("dueSoonDays", dueSoon);
    if (!days.ok) return fail([problemText(days.problem, t)]);
    const leadDays = parseDays("reminderLeadDays", lead);
    if (!leadDays.ok) return fail([problemText(leadDays.problem, t)]);
    rememberRecorder(recorder);

    const patch = settingsPatch(data.settings, { dueSoonDays: days.value, reminderLeadDays: leadDays.value, dateDisplay: display }, applyAll);
    const registryChanged = divisionsChanged(data.divisions, divisions.value);
    setBusy(true);
    try {
      const ctx = actionContext();
      let wrote = false;
      if (!isEmptyPatch(patch)) {
        const saved = await context.host.store.update(planSettings(patch, ctx));
        if (!saved.ok) return fail([saved.error]);
        wrote = true;
      }
      if (registryChanged) {
        const saved = await context.host.store.update(planDivisions(divisions.value as readonly Division[], ctx));
        if (!saved.ok) return fail([saved.error]);
        wrote = true;
      }
      if (wrote) await context.refresh();
      setApplyAll(false);
      context.notify({ kind: "success", lines: [wrote ? t.settingsSaved : t.settingsUnchanged] });
    } catch (error) {
      fail([errorText(t, error)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2 className={styles.heading}>{t.divisionsHeading}</h2>
      <Text size={200}>{t.aliasesHint}</Text>
      {drafts.map((d, index) => (
        <div key={index} className={styles.division} role="group" aria-label={d.name || t.divisionName}>
          <Input aria-label={t.divisionName} value={d.name} onChange={(_e, v) => editDraft(index, { name: v.value })} />
          <Input aria-label={t.divisionAliases} placeholder={t.divisionAliases} value={d.aliases} onChange={(_e, v) => editDraft(index, { aliases: v.value })} />
          <Input
            aria-label={t.divisionEmail}
            placeholder={t.divisionEmail}
            type="email"
            value={d.email}
            onChange={(_e, v) => editDraft(index, { email: v.value })}
          />
        </div>
      ))}
      <div className={styles.row}>
        <Button onClick={() => setDrafts((list) => [...list, { name: "", aliases: "", email: "" }])}>{t.addDivision}</Button>
      </div>

      <h2 className={styles.heading}>{t.tabSettings}</h2>
      <div className={styles.row}>
        <Field label={t.dueSoonDays}>
          <Input type="number" min={0} max={365} value={dueSoon} onChange={(_e, v) => setDueSoon(v.value)} style={{ width: 120 }} />
        </Field>
        <Field label={t.reminderLeadDays}>
          <Input type="number" min={0} max={365} value={lead} onChange={(_e, v) => setLead(v.value)} style={{ width: 120 }} />
        </Field>
      </div>
      <Field label={t.dateDisplay}>
        <RadioGroup value={display} layout="horizontal" onChange={(_e, v) => setDisplay(v.value === "民國" ? "民國" : "西元")}>
          <Radio value="西元" label={t.gregorian} />
          <Radio value="民國" label={t.roc} />
        </RadioGroup>
      </Field>
      <Checkbox label={t.applyToAll} checked={applyAll} onChange={(_e, v) => setApplyAll(v.checked === true)} />
      <Field label={t.recorder}>
        <Input value={recorder} onChange={(_e, v) => setRecorder(v.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void save()} disabled={busy}>
          {t.saveSettings}
        </Button>
      </div>
    </>
  );
}
