// Tests for the 組室 registry: canonical names, aliases, conflicts and collective assignees.

import {
  COLLECTIVE_ASSIGNEES,
  DEFAULT_DIVISIONS,
  DEFAULT_ORGANIZATION_NAMES,
  createDivisionRegistry,
  isCollectiveAssignee,
  type Division,
} from "../../src/domain/divisions";
import { errorOf, unwrap } from "./support";

const registry = unwrap(createDivisionRegistry(DEFAULT_DIVISIONS));

describe("the default registry holds the 秘書處's divisions", () => {
  test("every default division is valid and unique", () => {
    expect(registry.divisions.map((d) => d.name)).toEqual([
      "總務組",
      "文書組",
      "機要組",
      "國際事務組",
      "市民服務組",
      "媒體事務組",
      "採購組",
      "人事室",
      "會計室",
      "政風室",
      "資訊室",
      "市政大樓公共事務管理中心",
    ]);
  });
});

describe("normalize maps a name or alias to the canonical name", () => {
  test.each([
    ["總務組", "總務組"],
    ["國務組", "國際事務組"],
    ["國際事務組", "國際事務組"],
    ["公管中心", "市政大樓公共事務管理中心"],
    ["公共事務管理中心", "市政大樓公共事務管理中心"],
    ["市政大樓公共事務管理中心", "市政大樓公共事務管理中心"],
    ["媒事組", "媒體事務組"],
    ["媒體組", "媒體事務組"],
    ["政風室", "政風室"],
    [" 總務組 ", "總務組"],
    ["總 務 組", "總務組"],
    ["　公管中心　", "市政大樓公共事務管理中心"],
  ])("%j → %s", (input, expected) => {
    expect(registry.normalize(input)).toBe(expected);
    expect(registry.find(input)?.name).toBe(expected);
  });

  test.each(["", "資訊局", "公園處", "各組室", "總務", "秘書處總務組", "市服組"])("%j → undefined", (input) => {
    expect(registry.normalize(input)).toBeUndefined();
    expect(registry.find(input)).toBeUndefined();
  });
});

describe("normalize strips only the organization's own name in front of a division", () => {
  const withOrg = unwrap(createDivisionRegistry(DEFAULT_DIVISIONS, { organizationNames: DEFAULT_ORGANIZATION_NAMES }));

  test.each([
    ["秘書處總務組", "總務組"],
    ["臺北市政府秘書處文書組", "文書組"],
    ["本處人事室", "人事室"],
    ["秘書處公管中心", "市政大樓公共事務管理中心"],
    ["總務組", "總務組"],
  ])("%j → %s", (input, expected) => {
    expect(withOrg.normalize(input)).toBe(expected);
  });

  test.each(["教育局總務組", "秘書處", "秘書處秘書處總務組", "秘書處資訊局"])("%j → undefined", (input) => {
    expect(withOrg.normalize(input)).toBeUndefined();
  });

  test("the prefix option survives withDivision", () => {
    const next = unwrap(withOrg.withDivision({ name: "研考組", aliases: [] }));
    expect(next.normalize("秘書處研考組")).toBe("研考組");
  });
});

describe("createDivisionRegistry rejects empty and conflicting names", () => {
  test.each<[string, readonly Division[], string]>([
    ["an empty name", [{ name: "總務組", aliases: [] }, { name: "  ", aliases: [] }], "第 2 個組室的名稱是空白：每個組室都需要名稱"],
    ["an empty alias", [{ name: "總務組", aliases: [""] }], "組室「總務組」有空白的別名"],
    [
      "the same name twice",
      [
        { name: "總務組", aliases: [] },
        { name: "總務組", aliases: [] },
      ],
      "名稱「總務組」重複：「總務組」與「總務組」都使用這個名稱或別名",
    ],
    [
      "an alias claimed by two divisions",
      [
        { name: "國際事務組", aliases: ["國務組"] },
        { name: "國家事務組", aliases: ["國務組"] },
      ],
      "名稱「國務組」重複：「國際事務組」與「國家事務組」都使用這個名稱或別名",
    ],
    [
      "an alias equal to another division's name",
      [
        { name: "總務組", aliases: [] },
        { name: "庶務組", aliases: ["總 務 組"] },
      ],
      "名稱「總 務 組」重複：「總務組」與「庶務組」都使用這個名稱或別名",
    ],
  ])("%s", (_name, divisions, message) => {
    expect(errorOf(createDivisionRegistry(divisions))).toBe(message);
  });

  test("a division may repeat its own name as an alias", () => {
    const r = unwrap(createDivisionRegistry([{ name: "總務組", aliases: ["總務組", "總務"] }]));
    expect(r.normalize("總務")).toBe("總務組");
  });

  test("an empty list is a valid, empty registry", () => {
    expect(unwrap(createDivisionRegistry([])).divisions).toEqual([]);
  });
});

describe("a registry is immutable; withDivision returns a new one", () => {
  test("adding a division leaves the original untouched", () => {
    const next = unwrap(registry.withDivision({ name: "研考組", aliases: ["研考"], email: "rd@example.gov.tw" }));
    expect(next.normalize("研考")).toBe("研考組");
    expect(next.find("研考組")?.email).toBe("rd@example.gov.tw");
    expect(next.divisions).toHaveLength(DEFAULT_DIVISIONS.length + 1);
    expect(registry.normalize("研考")).toBeUndefined();
    expect(registry.divisions).toHaveLength(DEFAULT_DIVISIONS.length);
  });

  test("a division with an existing name replaces it in place", () => {
    const next = unwrap(registry.withDivision({ name: "總務組", aliases: ["總務"], email: "ga@example.gov.tw" }));
    expect(next.divisions).toHaveLength(DEFAULT_DIVISIONS.length);
    expect(next.divisions[0]).toEqual({ name: "總務組", aliases: ["總務"], email: "ga@example.gov.tw" });
    expect(next.normalize("總務")).toBe("總務組");
    expect(registry.find("總務組")?.email).toBeUndefined();
  });

  test("a conflicting division is refused", () => {
    expect(errorOf(registry.withDivision({ name: "國家事務組", aliases: ["國務組"] }))).toBe(
      "名稱「國務組」重複：「國際事務組」與「國家事務組」都使用這個名稱或別名",
    );
  });

  test("the registry's divisions cannot be mutated", () => {
    expect(Object.isFrozen(registry.divisions)).toBe(true);
    expect(Object.isFrozen(registry.divisions[0])).toBe(true);
  });

  test("changing the caller's array later does not change the registry", () => {
    const source: Division[] = [{ name: "總務組", aliases: [] }];
    const r = unwrap(createDivisionRegistry(source));
    source.push({ name: "文書組", aliases: [] });
    expect(r.divisions).toHaveLength(1);
  });
});

describe("collective assignees mean every division", () => {
  test("the list", () => {
    expect(COLLECTIVE_ASSIGNEES).toEqual(["各組室", "各科室", "各組", "各單位", "各處室", "各局處"]);
  });

  test.each([
    ["各組室", true],
    ["各組", true],
    ["各科室", true],
    ["各單位", true],
    ["各處室", true],
    ["各局處", true],
    [" 各組室 ", true],
    ["總務組", false],
    ["各組室及公管中心", false],
    ["", false],
  ])("%j → %s", (input, expected) => {
    expect(isCollectiveAssignee(input)).toBe(expected);
  });
});
