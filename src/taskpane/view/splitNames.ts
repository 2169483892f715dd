// Division lists as the sheet writes them (總務組、文書組) and as people type them (commas, spaces).
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

export function joinNames(names: readonly string[]): string {
  return names.join("、");
}
