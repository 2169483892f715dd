// The pane's header: its name, which host it runs in, and the language switch.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: "8px",
    padding: "8px 12px",
    backgroundColor: "#1d5c96",
    color: "#fff",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  host: { display: "block", fontSize: tokens.fontSizeBase200, color: "#e6eef6" },
  // never squeezed by a long host line: 中文 wrapped one character a line at 320 px
  switch: { color: "#fff", minWidth: "auto", flexShrink: 0, whiteSpace: "nowrap" },
});

export function Header({ hostText }: { hostText: string }): ReactNode {
  const { t, toggle } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img src="assets/icon-32.png" alt="" width={24} height={24} />
      <div style={{ flexGrow: 1 }}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <Text className={styles.host}>{hostText}</Text>
      </div>
      <Button appearance="transparent" className={styles.switch} aria-label={`${t.switchLanguage} ${t.switchLanguageText}`} onClick={toggle}>
        {t.switchLanguageText}
      </Button>
    </header>
  );
}
