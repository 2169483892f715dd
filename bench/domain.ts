// Benchmarks of the domain core on sheet-sized inputs: ROC dates, case ids, divisions and status.
import {
  DEFAULT_DIVISIONS,
  computeStatus,
  createDivisionRegistry,
  parseCaseId,
  parseIsoDate,
  parseRocDate,
  sortCaseIds,
  type CaseId,
  type IsoDate,
  type TrackingStatus,
} from "../src/domain";
import { medianMs, ms, perSecond, type Figure } from "./measure";

const N = 100_000;

function rocDateTexts(): string[] {
  const forms = [
    (y: number, m: number, d: number) => `民國 ${y} 年 ${m} 月 ${d} 日`,
    (y: number, m: number, d: number) => `${y}/${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}`,
    (y: number, m: number, d: number) => `${y}.${m}.${d}`,
    (y: number, m: number, d: number) => `${y}年${m}月${d}日`.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  ];
  return Array.from({ length: N }, (_, i) => (forms[i % forms.length] as (y: number, m: number, d: number) => string)(100 + (i % 15), 1 + (i % 12), 1 + (i % 28)));
}

export async function benchDomain(): Promise<Figure[]> {
  const texts = rocDateTexts();
  const parseMs = await medianMs(() => texts.forEach((t) => parseRocDate(t)));

  const ids: CaseId[] = Array.from({ length: N }, (_, i) => {
    const parsed = parseCaseId(`${90 + (i % 30)}${String(1 + (i % 99)).padStart(2, "0")}`);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  });
  const sortMs = await medianMs(() => sortCaseIds(ids));

  const registry = createDivisionRegistry(DEFAULT_DIVISIONS);
  if (!registry.ok) throw new Error(registry.error);
  const names = ["總務組", "國務組", "公管中心", "文書組", "人事室", "ＩＴ室"];
  const normalizeMs = await medianMs(() => {
    for (let i = 0; i < N; i++) registry.value.normalize(names[i % names.length] as string);
  });

  const asOf = parseIsoDate("2022-03-17");
  if (!asOf.ok) throw new Error(asOf.error);
  const trackings: TrackingStatus[] = ["open", "continued", "closed", "self-tracked"];
  const cases = Array.from({ length: N }, (_, i) => ({
    tracking: trackings[i % 4] as TrackingStatus,
    dueDate: i % 10 === 0 ? null : (`2022-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}` as IsoDate),
  }));
  const statusMs = await medianMs(() => cases.forEach((c) => computeStatus(c, asOf.value)));

  return [
    { name: `parseRocDate, ${N.toLocaleString("en-US")} mixed forms`, value: `${ms(parseMs)} (${perSecond(N, parseMs)})` },
    { name: `sortCaseIds, ${N.toLocaleString("en-US")} ids`, value: ms(sortMs) },
    { name: `division normalize, ${N.toLocaleString("en-US")} lookups`, value: `${ms(normalizeMs)} (${perSecond(N, normalizeMs)})` },
    { name: `computeStatus, ${N.toLocaleString("en-US")} cases`, value: `${ms(statusMs)} (${perSecond(N, statusMs)})` },
  ];
}
