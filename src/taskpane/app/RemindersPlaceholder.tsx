// Holds the 提醒 tab's place until the Outlook reminders (issue 6) bring their own tab module.
import { Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18n";

export function RemindersPlaceholder(): ReactNode {
  const { t } = useI18n();
  return <Text as="p">{t.remindersSoon}</Text>;
}
