// Saves something the pane made (the standalone workbook, an .ics) as a file the browser downloads.

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ICS_TYPE = "text/calendar;charset=utf-8";

export function downloadFile(name: string, content: Uint8Array | string, type: string): void {
  const url = URL.createObjectURL(new Blob([typeof content === "string" ? content : content.slice()], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // the click has started the download; the URL can go once the browser has taken it
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
