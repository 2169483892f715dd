// In the import review: units the items name that the 組室 registry does not know (新工處). Their cases
// count under their own name (the membership rule); if one is a division of ours, one click adds it to
// the registry, so 總覽, the filter and 組室總覽 list it as a division from now on.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { divisionLookup, joinOwnerNames, unregisteredUnits, type CaseOwners } from "../../../domain";
import { saveDivisions } from "../../../app";
import { actionContext, errorText } from "../../app/recorder";
import { failureText } from "../import/failureText";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";

interface Props {
  readonly context: TabContext;
  /** the owners of the review's included items, read from their typed fields (review.itemOwners) */
  readonly owners: readonly CaseOwners[];
}

export function OfferToRegistry({ context, owners }: Props): ReactNode {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const divisions = context.data?.divisions ?? [];
  const units = unregisteredUnits(owners, divisionLookup(divisions));
  if (!context.data || units.length === 0) return null;

  const add = async (unit: string) => {
    if (!(await context.ensureRecorder())) return;
    setBusy(true);
    try {
      const saved = await saveDivisions(context.host.store, [...divisions, { name: unit, aliases: [] }], actionContext());
      if (!saved.ok) return context.notify({ kind: "error", lines: [failureText(t, saved)] });
      await context.refresh();
      context.notify({ kind: "success", lines: [t.unitRegistered(unit)] });
    } catch (error) {
      context.notify({ kind: "error", lines: [errorText(t, error)] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.unregisteredTitle(joinOwnerNames(units))}</MessageBarTitle>
        {t.unregisteredHint}
      </MessageBarBody>
      <MessageBarActions>
        {units.map((unit) => (
          <Button key={unit} size="small" disabled={busy} onClick={() => void add(unit)}>
            {t.registerUnit(unit)}
          </Button>
        ))}
      </MessageBarActions>
    </MessageBar>
  );
}
