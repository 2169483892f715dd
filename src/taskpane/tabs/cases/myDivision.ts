// "My division" and 「顯示已結案」, remembered in this browser so a chief opens the 案件 tab as they left it.
export const MY_DIVISION_KEY = "minutes-tracker.myDivision";

export function loadMyDivision(): string {
  try {
    return localStorage.getItem(MY_DIVISION_KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveMyDivision(division: string): void {
  try {
    if (division === "") localStorage.removeItem(MY_DIVISION_KEY);
    else localStorage.setItem(MY_DIVISION_KEY, division);
  } catch {
    // storage disabled: remembered for this visit only
  }
}

// 「顯示已結案」, remembered like my division: a secretary reviewing releases keeps them shown.
export const SHOW_CLOSED_KEY = "minutes-tracker.showClosed";

export function loadShowClosed(): boolean {
  try {
    return localStorage.getItem(SHOW_CLOSED_KEY) === "1";
  } catch {
    return false;
  }
}

export function saveShowClosed(show: boolean): void {
  try {
    if (show) localStorage.setItem(SHOW_CLOSED_KEY, "1");
    else localStorage.removeItem(SHOW_CLOSED_KEY);
  } catch {
    // storage disabled: remembered for this visit only
  }
}
