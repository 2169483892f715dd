// Asks once for the 記錄者 name, at the first write, so 辦理歷程 rows are signed by a person rather
// than 工作窗格; the name is remembered in this browser (and can be changed in 設定).
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { useI18n } from "../i18n/I18n";

interface Props {
  readonly open: boolean;
  /** a suggestion, e.g. the signed-in account's name */
  readonly suggested: string;
  readonly onDone: (name: string | null) => void;
}

export function RecorderDialog({ open, suggested, onDone }: Props): ReactNode {
  const { t } = useI18n();
  const [name, setName] = useState(suggested);
  const trimmed = name.trim();
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_e, d) => (d.open ? undefined : onDone(null))}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (trimmed !== "") onDone(trimmed);
          }}
        >
          <DialogBody>
            <DialogTitle>{t.recorderAskTitle}</DialogTitle>
            <DialogContent>
              <Field label={t.recorder} hint={t.recorderAskHint} required validationMessage={trimmed === "" ? t.recorderAskEmpty : undefined}>
                <Input value={name} onChange={(_e, d) => setName(d.value)} autoFocus autoComplete="name" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={trimmed === ""}>
                {t.recorderAskSave}
              </Button>
              <Button onClick={() => onDone(null)}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
