// The pane's tabs, in order. To add one, write a TabDefinition and list it here.
import { CasesTab } from "../tabs/cases/CasesTab";
import { ImportTab } from "../tabs/import/ImportTab";
import { OverviewTab } from "../tabs/overview/OverviewTab";
import { RemindersTab } from "../tabs/reminders/RemindersTab";
import { ReportTab } from "../tabs/report/ReportTab";
import { wordsFor } from "../tabs/report/reportWords";
import { SettingsTab } from "../tabs/settings/SettingsTab";
import type { TabDefinition } from "./tabContext";

export const tabs: readonly TabDefinition[] = [
  { id: "import", label: (t) => t.tabImport, render: (context) => <ImportTab context={context} /> },
  { id: "cases", label: (t) => t.tabCases, render: (context) => <CasesTab context={context} /> },
  { id: "overview", label: (t) => t.tabOverview, render: (context) => <OverviewTab context={context} /> },
  { id: "report", label: (t) => wordsFor(t.lang).tab, render: (context) => <ReportTab context={context} /> },
  { id: "settings", label: (t) => t.tabSettings, render: (context) => <SettingsTab context={context} /> },
  { id: "reminders", label: (t) => t.tabReminders, render: (context) => <RemindersTab context={context} /> },
];
