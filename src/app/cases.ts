// What a person does to one case (a 辦理情形, a ruling, a new 期限) and to the settings and registry, as
// services the pane and the CLI call: the store plans of workbook/caseActions run through one update,
// returning the changed row (or settings) and the workbook after the write.
import type { Division, IsoDate, Result } from "../domain";
import {
  planDivisions,
  planMoveDue,
  planProgress,
  planRuling,
  planSettings,
  type ActionContext,
  type RulingDecision,
  type SettingsPatch,
} from "../workbook/caseActions";
import type { CaseRow, SettingsRow, WorkbookStore } from "../workbook/model";
import { updateAndKeep, type Applied } from "./applied";

export type { ActionContext, RulingDecision, SettingsPatch };

/** 辦理情形: the case's latest progress becomes `text`; the history keeps every note. */
export function recordProgress(store: WorkbookStore, caseId: string, text: string, ctx: ActionContext): Promise<Result<Applied<CaseRow>>> {
  return updateAndKeep(store, planProgress(caseId, text, ctx));
}

/**
 * A ruling recorded by hand: 解除列管 (closed), 賡續列管 (continued), 自行列管, or 恢復列管 (reopened), with
 * the meeting that made it when known; an older meeting never overrides a later one's ruling.
 */
export function ruleCase(
  store: WorkbookStore,
  caseId: string,
  decision: RulingDecision,
  meeting: number | null,
  ctx: ActionContext,
): Promise<Result<Applied<CaseRow>>> {
  return updateAndKeep(store, planRuling(caseId, decision, meeting, ctx));
}

/** A new 期限 (null: none) with its wording; the history row says from what to what. */
export function moveDeadline(
  store: WorkbookStore,
  caseId: string,
  due: IsoDate | null,
  dueText: string,
  ctx: ActionContext,
): Promise<Result<Applied<CaseRow>>> {
  return updateAndKeep(store, planMoveDue(caseId, due, dueText, ctx));
}

/** 設定's 儲存設定: only the fields that differ are written. */
export function saveSettings(store: WorkbookStore, patch: SettingsPatch, ctx: ActionContext): Promise<Result<Applied<SettingsRow>>> {
  return updateAndKeep(store, planSettings(patch, ctx));
}

/** The registry as edited: each division upserted by name, none removed. */
export function saveDivisions(store: WorkbookStore, divisions: readonly Division[], ctx: ActionContext): Promise<Result<Applied<readonly Division[]>>> {
  return updateAndKeep(store, planDivisions(divisions, ctx));
}
