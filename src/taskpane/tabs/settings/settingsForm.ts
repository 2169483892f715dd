// The 設定 tab's form, without React: the divisions registry as editable rows and back (checked by the
// domain's registry rules: no duplicate names or aliases), and the day counts read from text inputs.
import { createDivisionRegistry, joinOwnerNames, sameNameList, splitOwnerNames, toHalfWidth, type Division } from "../../../domain";
import type { SettingsPatch } from "../../../workbook/caseActions";
import type { SettingsRow } from "../../../workbook/model";

export interface DivisionDraft {
  readonly name: string;
  /** as typed: 、 (as the 組室 table writes them), commas or spaces between them; read by splitOwnerNames */
  readonly aliases: string;
  readonly email: string;
}

export type FormProblem =
  | { readonly kind: "empty-name"; readonly row: number }
  | { readonly kind: "bad-email"; readonly name: string; readonly email: string }
  | { readonly kind: "registry"; readonly message: string }
  | { readonly kind: "bad-days"; readonly field: "dueSoonDays" | "reminderLeadDays"; readonly text: string };

export type FormResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: FormProblem };

export function draftsFrom(divisions: readonly Division[]): DivisionDraft[] {
  return divisions.map((d) => ({ name: d.name, aliases: joinOwnerNames(d.aliases), email: d.email ?? "" }));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Rows back to divisions: blank rows dropped, names and aliases trimmed, e-mails checked, registry rules applied. */
export function divisionsFromDrafts(drafts: readonly DivisionDraft[]): FormResult<Division[]> {
  const divisions: Division[] = [];
  for (const [index, draft] of drafts.entries()) {
    const name = draft.name.trim();
    const aliases = splitOwnerNames(draft.aliases);
    const email = draft.email.trim();
    if (name === "" && aliases.length === 0 && email === "") continue;
    if (name === "") return { ok: false, problem: { kind: "empty-name", row: index + 1 } };
    if (email !== "" && !EMAIL.test(email)) return { ok: false, problem: { kind: "bad-email", name, email } };
    divisions.push(email === "" ? { name, aliases } : { name, aliases, email });
  }
  const registry = createDivisionRegistry(divisions);
  return registry.ok ? { ok: true, value: divisions } : { ok: false, problem: { kind: "registry", message: registry.error } };
}

/** A whole number of days, 0 or more, typed in half- or full-width digits. */
export function parseDays(field: "dueSoonDays" | "reminderLeadDays", text: string): FormResult<number> {
  const clean = toHalfWidth(text).trim();
  return /^[0-9]{1,4}$/.test(clean) ? { ok: true, value: Number(clean) } : { ok: false, problem: { kind: "bad-days", field, text } };
}

const sameDivision = (a: Division, b: Division): boolean =>
  a.name === b.name && (a.email ?? "") === (b.email ?? "") && sameNameList(a.aliases, b.aliases);

export function divisionsChanged(before: readonly Division[], after: readonly Division[]): boolean {
  return before.length !== after.length || before.some((d, i) => !sameDivision(d, after[i] as Division));
}

/** Only what differs from the workbook, so saving unchanged settings writes nothing. */
export function isEmptyPatch(patch: SettingsPatch): boolean {
  return Object.keys(patch).length === 0;
}

export function settingsPatch(
  before: Pick<SettingsRow, "dueSoonDays" | "reminderLeadDays" | "dateDisplay">,
  after: Pick<SettingsRow, "dueSoonDays" | "reminderLeadDays" | "dateDisplay">,
  applyDateDisplayToAll: boolean,
): SettingsPatch {
  const patch: { -readonly [K in keyof SettingsPatch]: SettingsPatch[K] } = {};
  if (after.dueSoonDays !== before.dueSoonDays) patch.dueSoonDays = after.dueSoonDays;
  if (after.reminderLeadDays !== before.reminderLeadDays) patch.reminderLeadDays = after.reminderLeadDays;
  if (after.dateDisplay !== before.dateDisplay) patch.dateDisplay = after.dateDisplay;
  if (applyDateDisplayToAll) patch.applyDateDisplayToAll = true;
  return patch;
}
