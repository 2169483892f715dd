// Test helpers for the minutes parser: the registries the fixtures use and quick builders.

import {
  DEFAULT_DIVISIONS,
  DEFAULT_ORGANIZATION_NAMES,
  createDivisionRegistry,
  type DivisionRegistry,
} from "../../src/domain";
import { parseMinutes } from "../../src/minutes/parseMinutes";
import { ParagraphBuilder, type Paragraph } from "../../src/minutes/paragraph";
import type { MeetingRecord } from "../../src/minutes/types";
import { unwrap } from "../domain/support";

/** 臺北市政府秘書處, as DESIGN.md lists its divisions. */
export const secretariat: DivisionRegistry = unwrap(
  createDivisionRegistry(DEFAULT_DIVISIONS, { organizationNames: DEFAULT_ORGANIZATION_NAMES }),
);

/** 臺北市政府資訊局, a department of 科; 數據應用科 is new and not in the table yet. */
export const infocom: DivisionRegistry = unwrap(
  createDivisionRegistry(
    [
      { name: "綜合規劃科", aliases: ["綜規科"] },
      { name: "應用服務科", aliases: [] },
      { name: "基礎設施科", aliases: [] },
      { name: "資訊安全科", aliases: ["資安科"] },
      { name: "秘書室", aliases: [] },
      { name: "人事室", aliases: [] },
      { name: "會計室", aliases: [] },
      { name: "政風室", aliases: [] },
    ],
    { organizationNames: ["臺北市政府資訊局", "資訊局", "本局"] },
  ),
);

/** 臺北市政府工務局, whose divisions are engineering offices (處) known by short names. */
export const publicWorks: DivisionRegistry = unwrap(
  createDivisionRegistry(
    [
      { name: "新建工程處", aliases: ["新工處"] },
      { name: "水利工程處", aliases: ["水利處"] },
      { name: "大地工程處", aliases: ["大地處"] },
      { name: "公園路燈工程管理處", aliases: ["公園處"] },
      { name: "衛生下水道工程處", aliases: ["衛工處"] },
      { name: "秘書室", aliases: [] },
      { name: "人事室", aliases: [] },
      { name: "會計室", aliases: [] },
      { name: "政風室", aliases: [] },
    ],
    { organizationNames: ["臺北市政府工務局", "工務局", "本局"] },
  ),
);

/** A paragraph of one or more lines, each appended as a new line of the minutes. */
export function paragraph(text: string, line = 1): Paragraph {
  const [first = "", ...rest] = text.split("\n");
  const builder = new ParagraphBuilder(line, first);
  rest.forEach((part, i) => builder.append(line + i + 1, part, "paragraph"));
  return builder.build();
}

/** Parses minutes the test expects to be usable, with the secretariat's registry unless told. */
export function parsed(text: string, registry: DivisionRegistry = secretariat): MeetingRecord {
  return unwrap(parseMinutes(text, { registry }));
}

/** A header that makes a snippet usable minutes: meeting 110 on 2022-03-17. */
export const HEADER = "臺北市政府秘書處第 110 次處務會議紀錄\n時間：民國 111 年 3 月 17 日 10 時 0 分\n";
