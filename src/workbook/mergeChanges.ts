// Applies WorkbookChanges to WorkbookData in memory, by key, exactly as the stores do in a sheet: the
// reference the store tests compare against, and the in-memory store for tests and previews. The checks
// of division upserts and settings patches live here too, so both stores refuse the same bad input.
import type { Division, Result } from "../domain";
import { fail, ok, OWNER_SEPARATORS, parseIsoDate } from "../domain";
import { problem } from "../problems";
import { settingsFromCells, settingsToCells } from "./cells";
import { isEmptyChange, type CaseRow, type MeetingRow, type Planned, type SettingsRow, type WorkbookChanges, type WorkbookData, type WorkbookStore } from "./model";
import { columnSpec, DEFAULT_SETTINGS } from "./schema";

function upsert<T>(rows: readonly T[], updates: readonly T[], key: (row: T) => string | number): T[] {
  const out = [...rows];
  const index = new Map(out.map((row, i) => [key(row), i]));
  for (const row of updates) {
    const at = index.get(key(row));
    if (at === undefined) {
      index.set(key(row), out.length);
      out.push(row);
    } else {
      out[at] = row;
    }
  }
  return out;
}

/**
 * Characters that separate units in a cell (主辦組室, 協辦組室, 別名; spaces too): a name or an alias holding
 * one would come back split, and a case naming that unit would count for two others.
 */
const SEPARATOR = new RegExp(`[${OWNER_SEPARATORS.join("")}]`, "u");

/** A value as a message shows it: text as it is, anything else as JSON. */
const shown = (value: unknown): string => (typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)));

const isTextList = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((a) => typeof a === "string");

/**
 * Division upserts as the registry will read them back (names, aliases and e-mail trimmed, empty aliases
 * dropped), or a message naming the first bad entry. A later entry with the same name wins.
 */
export function normalizeDivisions(updates: readonly Division[]): Result<Division[]> {
  const out: Division[] = [];
  for (const [i, division] of updates.entries()) {
    const name = typeof division.name === "string" ? division.name.trim() : "";
    if (name === "") return fail(problem("store.divisionNoName", { position: i + 1 }));
    if (SEPARATOR.test(name)) return fail(problem("store.nameSeparator", { name }));
    const given: unknown = division.aliases;
    if (!isTextList(given)) return fail(problem("store.aliasesNotList", { name }));
    const aliases = given.map((a) => a.trim()).filter((a) => a !== "");
    const split = aliases.find((a) => SEPARATOR.test(a));
    if (split !== undefined) return fail(problem("store.aliasSeparator", { name, alias: split }));
    const email = typeof division.email === "string" ? division.email.trim() : "";
    out.push(email === "" ? { name, aliases } : { name, aliases, email });
  }
  return ok(out);
}

/** The registry after the upserts: an existing name is replaced where it is, a new one goes last. */
export function mergeDivisions(current: readonly Division[], updates: readonly Division[]): Result<Division[]> {
  const normalized = normalizeDivisions(updates);
  return normalized.ok ? ok(upsert(current, normalized.value, (d) => d.name)) : normalized;
}

const SETTINGS_KEYS = new Set(Object.keys(DEFAULT_SETTINGS));
const header = (key: string): string => columnSpec("settings", key).header;

/**
 * The settings after a patch, exactly as a store reads them back once written (blank text falls back to
 * its default, =TODAY() reads as null), or a message naming the first value 設定 cannot hold.
 */
export function patchSettings(current: SettingsRow, patch: Partial<SettingsRow>): Result<SettingsRow> {
  for (const [key, value] of Object.entries(patch) as [string, unknown][]) {
    if (value === undefined) continue;
    if (!SETTINGS_KEYS.has(key)) return fail(problem("store.settingUnknown", { key }));
    switch (key) {
      case "dueSoonDays":
      case "reminderLeadDays":
        if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
          return fail(problem("store.settingNotCount", { header: header(key), value: shown(value) }));
        }
        break;
      case "dateDisplay":
        if (value !== "西元" && value !== "民國") return fail(problem("store.settingDateDisplay", { header: header(key), value: shown(value) }));
        break;
      case "asOf":
        if (value !== null && (typeof value !== "string" || !parseIsoDate(value).ok)) {
          return fail(problem("store.settingAsOf", { header: header(key), value: shown(value) }));
        }
        break;
      default:
        if (typeof value !== "string") return fail(problem("store.settingNotText", { header: header(key), value: shown(value) }));
    }
  }
  const merged: SettingsRow = { ...current, ...definedOnly(patch) };
  return settingsFromCells(settingsToCells(merged));
}

/** A patch without its undefined entries (`{ asOf: undefined }` means "leave it", not "clear it"). */
export function definedOnly(patch: Partial<SettingsRow>): Partial<SettingsRow> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

/** The data after the changes, or the message of the first division or setting the stores would refuse. */
export function applyChanges(data: WorkbookData, changes: WorkbookChanges): Result<WorkbookData> {
  const divisions = changes.divisions ? mergeDivisions(data.divisions, changes.divisions) : ok([...data.divisions]);
  if (!divisions.ok) return divisions;
  const settings = changes.settings ? patchSettings(data.settings, changes.settings) : ok(data.settings);
  if (!settings.ok) return settings;
  return ok({
    meetings: upsert<MeetingRow>(data.meetings, changes.meetings, (m) => m.number),
    cases: upsert<CaseRow>(data.cases, changes.cases, (c) => c.caseId),
    history: [...data.history, ...changes.history],
    divisions: divisions.value,
    settings: settings.value,
  });
}

/** applyChanges for changes known to be valid (tests' references); throws on the ones a store refuses. */
export function mergeChanges(data: WorkbookData, changes: WorkbookChanges): WorkbookData {
  const merged = applyChanges(data, changes);
  if (!merged.ok) throw new Error(merged.error);
  return merged.value;
}

/** A store that keeps the workbook in memory; `writes` counts the updates that changed something. */
export class MemoryStore implements WorkbookStore {
  writes = 0;

  constructor(public data: WorkbookData) {}

  read(): Promise<Result<WorkbookData>> {
    return Promise.resolve(ok(this.data));
  }

  update<T>(plan: (data: WorkbookData) => Result<Planned<T>>): Promise<Result<T>> {
    const planned = plan(this.data);
    if (!planned.ok) return Promise.resolve(planned);
    const { changes } = planned.value;
    if (!isEmptyChange(changes)) {
      // reformatDates changes number formats only, which WorkbookData does not hold: still a write.
      const merged = applyChanges(this.data, changes);
      if (!merged.ok) return Promise.resolve(merged);
      this.data = merged.value;
      this.writes++;
    }
    return Promise.resolve(ok(planned.value.result));
  }
}
