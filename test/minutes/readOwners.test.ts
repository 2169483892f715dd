// The owners of a text the secretary adds or splits in the import review, read as the parser reads items.

import { readOwners } from "../../src/minutes";
import { secretariat } from "./support";

describe("readOwners", () => {
  test.each<[string, string, string[], string[], string[]]>([
    ["one lead", "請總務組於 5 月底前完成", ["總務組"], [], []],
    ["an alias is named canonically; a unit reminded is not an owner", "請公管中心提醒公園處", ["市政大樓公共事務管理中心"], [], []],
    ["會同 supports", "請資訊室會同政風室於 7 月底前提出報告", ["資訊室"], ["政風室"], []],
    ["a list after 會同 supports", "請資訊室會同政風室、人事室及會計室辦理", ["資訊室"], ["政風室", "人事室", "會計室"], []],
    ["a list after 請 leads", "請總務組與國務組辦理", ["總務組", "國際事務組"], [], []],
    ["collective words", "請各組室踴躍提報", ["各組室"], [], []],
    ["the organization's own name is not a unit", "請秘書處總務組辦理", ["總務組"], [], []],
    ["full-width text", "請總務組於５月底前完成", ["總務組"], [], []],
    ["a person by title", "請林副秘書長適時關懷", [], [], ["林副秘書長"]],
    ["an owner in brackets", "春節期間應確實掌握市場狀況。（總務組）", ["總務組"], [], []],
  ])("%s", (_name, text, lead, supporting, people) => {
    expect(readOwners(text, secretariat, "臺北市政府秘書處")).toEqual({ lead, supporting, people });
  });
});
