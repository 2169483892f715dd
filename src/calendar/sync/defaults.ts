// Defaults shared by the sync and the .ics export, kept apart so the export does not pull in the Graph SDK.
import { REMINDER_CATEGORY } from "../types";

/** The calendar a workbook syncs to (and the .ics calendar name) when 設定 names none. */
export const DEFAULT_CALENDAR_NAME = REMINDER_CATEGORY;
