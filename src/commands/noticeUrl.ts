// The URL of the small notice page a ribbon command shows its result in (Excel add-ins have no toast):
// next to the commands page, so it is on the add-in's own domain as the dialog API requires, with the
// message and language in the query string.
export const NOTICE_PAGE = "notice.html";

export function noticeUrl(base: string, lines: readonly string[], lang: string, title: string): string {
  const url = new URL(NOTICE_PAGE, base);
  url.searchParams.set("lang", lang);
  url.searchParams.set("title", title);
  for (const line of lines) url.searchParams.append("m", line);
  return url.href;
}

export interface Notice {
  readonly lang: string;
  readonly title: string;
  readonly lines: string[];
}

export function readNotice(search: string): Notice {
  const params = new URLSearchParams(search);
  return { lang: params.get("lang") ?? "zh-TW", title: params.get("title") ?? "", lines: params.getAll("m") };
}
