// The pane's shell: header, the standalone workbook bar, the tab list and the one result area. It reads
// the workbook through the host's store and hands every tab the data, the as-of date and a refresh.
import { Spinner, Tab, TabList, Text, makeStyles } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { WorkbookData } from "../../workbook/model";
import type { AppHost } from "../hosts/appHost";
import { useI18n } from "../i18n/I18n";
import type { Failure } from "../../domain";
import { renderProblem } from "../../problems";
import { failureText, paneLanguage } from "../tabs/import/failureText";
import { asOfDate, asOfWarning } from "../view/asOf";
import { NoticeArea, type Notice } from "./notice";
import { hasRecorder, rememberRecorder, suggestedRecorder } from "./recorder";
import { RecorderDialog } from "./RecorderDialog";
import type { TabContext } from "./tabContext";
import { tabs } from "./tabs";
import { WorkbookBar } from "./WorkbookBar";

const useStyles = makeStyles({
  // the tabs wrap onto a second line rather than scroll out of sight (English at 320 px needs two lines)
  tabs: { flexWrap: "wrap", rowGap: "0", padding: "0 4px", borderBottom: "1px solid #e0e0e0" },
  panel: { padding: "8px 12px 24px", maxWidth: "720px" },
});

export function App({ host }: { host: AppHost }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const [selected, setSelected] = useState<string>(tabs[0]?.id ?? "import");
  const [data, setData] = useState<WorkbookData | null>(null);
  // the read failure as data, worded when shown so a language switch rewords it
  const [dataError, setDataError] = useState<Pick<Failure, "error" | "problem"> | null>(null);
  const [loading, setLoading] = useState(true);
  const [notice, setNotice] = useState<Notice>(null);
  const [askingRecorder, setAskingRecorder] = useState(false);
  const recorderAnswer = useRef<((ok: boolean) => void) | null>(null);

  // the first write asks who is writing; later writes go straight through
  const ensureRecorder = useCallback(
    () =>
      hasRecorder()
        ? Promise.resolve(true)
        : new Promise<boolean>((resolve) => {
            recorderAnswer.current = resolve;
            setAskingRecorder(true);
          }),
    [],
  );
  const recorderDone = (name: string | null) => {
    if (name !== null) rememberRecorder(name);
    setAskingRecorder(false);
    recorderAnswer.current?.(name !== null);
    recorderAnswer.current = null;
  };

  useEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t.lang]);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      const read = await host.store.read();
      if (read.ok) {
        setData(read.value);
        setDataError(null);
      } else {
        setData(null);
        setDataError(read);
      }
    } catch (error) {
      setData(null);
      setDataError({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setLoading(false);
    }
  }, [host]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const context: TabContext = useMemo(
    () => ({
      host,
      data,
      dataError: dataError === null ? null : t.dataLoadFailed(failureText(t, dataError)),
      asOf: asOfDate(data?.settings ?? { asOf: null, timeZone: "Asia/Taipei" }, new Date()),
      refresh,
      // the workbook a service handed back after a write: shown without reading it again
      accept: (after: WorkbookData) => {
        setData(after);
        setDataError(null);
      },
      notify: setNotice,
      ensureRecorder,
    }),
    [host, data, dataError, refresh, t, ensureRecorder],
  );

  // a 時區 the pane cannot use: every status is then computed in Asia/Taipei, and the user is told so
  const zoneWarning = data ? asOfWarning(data.settings, new Date()) : null;
  const active = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  return (
    <>
      {host.workbook ? <WorkbookBar workbook={host.workbook} notify={setNotice} changed={refresh} /> : null}
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_event, tab) => {
          setSelected(String(tab.value));
          setNotice(null);
        }}
        aria-label={t.tabsLabel}
        size="small"
      >
        {tabs.map((tab) => (
          <Tab key={tab.id} value={tab.id} id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`}>
            {tab.label(t)}
          </Tab>
        ))}
      </TabList>
      <main className={styles.panel}>
        {loading && data === null && dataError === null ? <Spinner size="tiny" label={t.loading} /> : null}
        {zoneWarning ? (
          <Text as="p" role="status" data-testid="as-of-warning">
            {renderProblem(zoneWarning, paneLanguage(t))}
          </Text>
        ) : null}
        {active ? (
          <div role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`} key={active.id}>
            {active.render(context)}
          </div>
        ) : null}
        <NoticeArea notice={notice} dismissLabel={t.dismiss} onDismiss={() => setNotice(null)} />
      </main>
      {askingRecorder ? <RecorderDialog open suggested={suggestedRecorder()} onDone={recorderDone} /> : null}
    </>
  );
}
