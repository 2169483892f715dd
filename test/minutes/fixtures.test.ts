// Every minutes fixture parses to its expected JSON: other departments, label variants, widths and shapes.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { DivisionRegistry } from "../../src/domain";
import { parseMinutes } from "../../src/minutes/parseMinutes";
import { unwrap } from "../domain/support";
import { infocom, publicWorks, secretariat } from "./support";
import { asShown } from "./records";

const DIR = join(__dirname, "../fixtures/minutes");

// Fixtures from other departments use their own division table; the rest are the 秘書處's.
const REGISTRY: Readonly<Record<string, DivisionRegistry>> = {
  "infocom-112": infocom,
  "public-works-45": publicWorks,
};

const names = readdirSync(DIR)
  .filter((file) => file.endsWith(".expected.json"))
  .map((file) => file.replace(/\.expected\.json$/u, ""))
  .sort();

/** The fixture's text: beside its JSON, or (the shared sample) one folder up. */
function source(name: string): string {
  const local = join(DIR, `${name}.txt`);
  return readFileSync(existsSync(local) ? local : join(DIR, "..", `${name}.txt`), "utf8");
}

describe("minutes fixtures parse to their expected records", () => {
  test("there are the sample and at least six more", () => {
    expect(names).toContain("secretariat-110");
    expect(names.length).toBeGreaterThanOrEqual(7);
  });

  test.each(names)("%s", (name) => {
    const record = unwrap(parseMinutes(source(name), { registry: REGISTRY[name] ?? secretariat }));
    const expected: unknown = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8"));
    expect(asShown(record)).toEqual(expected);
  });

  test("the CRLF fixture really has a BOM and CRLF line endings", () => {
    const bytes = readFileSync(join(DIR, "affairs-111-crlf-bom.txt"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes("\r\n")).toBe(true);
  });
});
