// 設定: due-soon days, reminder lead time, 西元/民國 date display (套用到所有日期 re-formats every date at
// once), who is written as 記錄者; then the divisions registry (name, aliases, e-mail), each field
// labelled. Saved through the settings and registry services (src/app).
import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { saveDivisions as saveRegistry, saveSettings as saveSettingsRow, type ActionContext, type Applied } from "../../../app";
import { failureMessage, type Result } from "../../../domain";
import type { SettingsRow, WorkbookData } from "../../../workbook/model";
import { actionContext, errorText, recorderName, rememberRecorder } from "../../app/recorder";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import type { Messages } from "../../i18n/zhTW";
import { divisionsChanged, divisionsFromDrafts, draftsFrom, isEmptyPatch, parseDays, settingsPatch, type DivisionDraft, type FormProblem } from "./settingsForm";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" },
  // one block per division: a legend with its name, then three labelled fields (an alias is not a second division)
  division: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))",
    gap: "4px 12px",
    margin: "8px 0",
    padding: "4px 8px 8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    "& > *": { minWidth: 0 },
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: "0 4px" },
  field: { minWidth: 0, "& .fui-Input": { width: "100%", minWidth: 0 }, "& input": { minWidth: 0 } },
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
  const [recorder, setRecorder] = useState(recorderName);
  const [busy, setBusy] = useState(false);

  const editDraft = (index: number, patch: Partial<DivisionDraft>) => setDrafts((list) => list.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const fail = (lines: string[]) => context.notify({ kind: "error", lines });

  /**
   * Runs the writes in order through their src/app services; says whether anything was written, or why
   * not. The workbook the last one hands back is shown without reading it again.
   */
  const write = async (plans: readonly ((action: ActionContext) => Promise<Result<Applied<unknown>>>)[]) => {
    if (plans.length > 0 && !(await context.ensureRecorder())) return;
    setBusy(true);
    try {
      let after: WorkbookData | null = null;
      for (const plan of plans) {
        const saved = await plan(actionContext());
        if (!saved.ok) return fail([failureMessage(saved, t.lang === "en" ? "en" : "zh-TW")]);
        after = saved.value.data;
      }
      if (after !== null) context.accept(after);
      context.notify({ kind: "success", lines: [plans.length > 0 ? t.settingsSaved : t.settingsUnchanged] });
    } catch (error) {
      fail([errorText(t, error)]);
    } finally {
      setBusy(false);
    }
  };

  /** 儲存設定: the numbers, the date display and the 記錄者 name. */
  const saveSettings = async () => {
    const days = parseDays("dueSoonDays", dueSoon);
    if (!days.ok) return fail([problemText(days.problem, t)]);
    const leadDays = parseDays("reminderLeadDays", lead);
    if (!leadDays.ok) return fail([problemText(leadDays.problem, t)]);
    rememberRecorder(recorder);
    const patch = settingsPatch(data.settings, { dueSoonDays: days.value, reminderLeadDays: leadDays.value, dateDisplay: display }, false);
    await write(isEmptyPatch(patch) ? [] : [(action) => saveSettingsRow(context.host.store, patch, action)]);
  };

  /** 套用到所有日期: an action, done at once: the chosen display saved and every existing date re-formatted. */
  const applyToAllDates = async () => {
    const patch = settingsPatch(data.settings, { ...data.settings, dateDisplay: display }, true);
    await write([(action) => saveSettingsRow(context.host.store, patch, action)]);
  };

  /** 儲存組室: the registry. */
  const saveDivisions = async () => {
    const divisions = divisionsFromDrafts(drafts);
    if (!divisions.ok) return fail([problemText(divisions.problem, t)]);
    const registry = divisions.value;
    await write(divisionsChanged(data.divisions, registry) ? [(action) => saveRegistry(context.host.store, registry, action)] : []);
  };

  return (
    <>
      <h2 className={styles.heading}>{t.tabSettings}</h2>
      <div className={styles.row}>
        <Field label={t.dueSoonDays}>
          <Input type="number" min={0} max={365} value={dueSoon} onChange={(_e, v) => setDueSoon(v.value)} style={{ width: 120 }} />
        </Field>
        <Field label={t.reminderLeadDays}>
          <Input type="number" min={0} max={365} value={lead} onChange={(_e, v) => setLead(v.value)} style={{ width: 120 }} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t.dateDisplay}>
          <RadioGroup value={display} layout="horizontal" onChange={(_e, v) => setDisplay(v.value === "民國" ? "民國" : "西元")}>
            <Radio value="西元" label={t.gregorian} />
            <Radio value="民國" label={t.roc} />
          </RadioGroup>
        </Field>
        <Button onClick={() => void applyToAllDates()} disabled={busy}>
          {t.applyToAll}
        </Button>
      </div>
      <Field label={t.recorder} className={styles.field}>
        <Input value={recorder} onChange={(_e, v) => setRecorder(v.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void saveSettings()} disabled={busy}>
          {t.saveSettings}
        </Button>
      </div>

      <h2 className={styles.heading}>{t.divisionsHeading}</h2>
      <Text size={200}>{t.aliasesHint}</Text>
      {drafts.map((d, index) => (
        <fieldset key={index} className={styles.division}>
          <legend className={styles.legend}>{d.name.trim() || t.newDivision(index + 1)}</legend>
          <Field label={t.divisionName} className={styles.field}>
            <Input value={d.name} onChange={(_e, v) => editDraft(index, { name: v.value })} />
          </Field>
          <Field label={t.divisionAliases} className={styles.field}>
            <Input value={d.aliases} onChange={(_e, v) => editDraft(index, { aliases: v.value })} />
          </Field>
          <Field label={t.divisionEmail} className={styles.field}>
            <Input type="email" value={d.email} onChange={(_e, v) => editDraft(index, { email: v.value })} />
          </Field>
        </fieldset>
      ))}
      <div className={styles.row}>
        <Button onClick={() => setDrafts((list) => [...list, { name: "", aliases: "", email: "" }])}>{t.addDivision}</Button>
        <Button appearance="primary" onClick={() => void saveDivisions()} disabled={busy}>
          {t.saveDivisions}
        </Button>
      </div>
    </>
  );
}
