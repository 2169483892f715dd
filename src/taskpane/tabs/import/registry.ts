// The divisions registry the parser matches names with: the workbook's 組室 table when it is valid,
// else the built-in defaults (so a damaged table never blocks reading minutes).
import { DEFAULT_DIVISIONS, createDivisionRegistry, type Division, type DivisionRegistry } from "../../../domain";

export function registryFor(divisions: readonly Division[] | undefined): DivisionRegistry {
  // as the CLI's import does, so the pane and `cli import` read the same minutes the same way
  const own = createDivisionRegistry(divisions && divisions.length > 0 ? divisions : DEFAULT_DIVISIONS);
  if (own.ok) return own.value;
  const fallback = createDivisionRegistry(DEFAULT_DIVISIONS);
  if (!fallback.ok) throw new Error(`internal: default divisions are invalid: ${fallback.error}`);
  return fallback.value;
}
