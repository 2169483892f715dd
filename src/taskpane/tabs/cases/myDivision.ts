// "My division", remembered in this browser so a chief opens the 案件 tab already filtered.
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
