// Standalone only: the workbook kept in this browser, with new / open / download. Downloads go through a
// Blob and an object URL, so nothing leaves the machine.
import { Button, Text, makeStyles } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { StandaloneWorkbook } from "../hosts/appHost";
import { useI18n } from "../i18n/I18n";
import type { Notify } from "./notice";
import { failureText } from "../tabs/import/failureText";
import { errorText } from "./recorder";
import { XLSX_TYPE, downloadFile } from "./downloadFile";
import { FilePickButton } from "./FilePickButton";


const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "6px", padding: "8px 12px", borderBottom: "1px solid #e0e0e0" },
  name: { flexBasis: "100%" },
});

interface Props {
  readonly workbook: StandaloneWorkbook;
  readonly notify: Notify;
  /** after the kept workbook changed */
  readonly changed: () => Promise<void>;
}

export function WorkbookBar({ workbook, notify, changed }: Props): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const name = workbook.name();
  // replacing a kept workbook asks first, inline (a native confirm() is blocked in some Office hosts)
  const [confirming, setConfirming] = useState(false);

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      notify({ kind: "error", lines: [errorText(t, error)] });
    }
  };

  const create = () =>
    run(async () => {
      setConfirming(false);
      const created = await workbook.create(name ?? "列管.xlsx");
      if (!created.ok) return notify({ kind: "error", lines: [failureText(t, created)] });
      await changed();
      notify({ kind: "success", lines: [t.workbookCreated(created.value)] });
    });

  const open = (file: File) =>
    run(async () => {
      if (!/\.(xlsx|ods)$/i.test(file.name)) return notify({ kind: "error", lines: [t.workbookNotXlsx(file.name)] });
      const opened = await workbook.open(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!opened.ok) return notify({ kind: "error", lines: [failureText(t, opened)] });
      await changed();
      notify({ kind: "success", lines: [t.workbookOpened(opened.value)] });
    });

  const save = () =>
    run(async () => {
      const kept = await workbook.bytes();
      if (!kept.ok) return notify({ kind: "error", lines: [failureText(t, kept)] });
      if (kept.value === null) return notify({ kind: "info", lines: [t.workbookNothingToDownload] });
      downloadFile(kept.value.name, kept.value.bytes, XLSX_TYPE);
    });

  return (
    <section className={styles.bar} role="region" aria-label={t.workbookRegion}>
      <Text className={styles.name}>{name === null ? t.workbookNone : t.workbookCurrent(name)}</Text>
      <Button size="small" onClick={() => (name === null ? void create() : setConfirming(true))}>
        {t.workbookNew}
      </Button>
      <FilePickButton size="small" inputLabel={t.workbookOpenFile} accept=".xlsx,.ods" onPick={(file) => void open(file)}>
        {t.workbookOpen}
      </FilePickButton>
      <Button size="small" onClick={() => void save()}>
        {t.workbookDownload}
      </Button>
      {confirming ? (
        <div className={styles.name} role="group" aria-label={t.workbookNew}>
          <Text as="p">{t.workbookConfirmNew}</Text>
          <Button size="small" appearance="primary" onClick={() => void create()}>
            {t.workbookConfirmReplace}
          </Button>{" "}
          <Button size="small" onClick={() => setConfirming(false)}>
            {t.cancel}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
