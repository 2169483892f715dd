// Stands in for office-addin-manifest under Jest: office-addin-mock needs only its OfficeApp names, and
// the real package pulls in an ES-module-only dependency (strip-bom) that Jest's CommonJS runtime cannot
// require. The manifest tooling itself is tested by running scripts/validate-manifest.ts as a process.
export const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
} as const;
