// atomicWrite: through symbolic links to their target (the link stays a link), and refused when the file
// changed since the caller read it, leaving the file and the directory as they were.
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ABSENT, CHANGED_SINCE_READ, atomicWrite, errorCode, nodeFileSystem, resolveTarget, versionOf, type FileSystem } from "../../../src/workbook/xlsx/atomicWrite";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atomic-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

describe("a path that is a symbolic link", () => {
  test.each<[string, (target: string) => string]>([
    ["absolute link", (target) => target],
    ["relative link", () => "data/book.xlsx"],
  ])("%s: the target is replaced and the link stays a link", async (_, linkText) => {
    mkdirSync(join(dir, "data"));
    const target = join(dir, "data", "book.xlsx");
    const link = join(dir, "link.xlsx");
    writeFileSync(target, "old");
    symlinkSync(linkText(target), link);
    await atomicWrite(link, bytes("new"));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(linkText(target));
    expect(readFileSync(target, "utf8")).toBe("new");
    // the temporary file went beside the target, and is gone
    expect(readdirSync(join(dir, "data"))).toEqual(["book.xlsx"]);
    expect(readdirSync(dir).sort()).toEqual(["data", "link.xlsx"]);
  });

  test("a chain of links is followed to the end", async () => {
    const target = join(dir, "book.xlsx");
    writeFileSync(target, "old");
    symlinkSync(target, join(dir, "one.xlsx"));
    symlinkSync(join(dir, "one.xlsx"), join(dir, "two.xlsx"));
    await atomicWrite(join(dir, "two.xlsx"), bytes("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(lstatSync(join(dir, "one.xlsx")).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, "two.xlsx")).isSymbolicLink()).toBe(true);
  });

  test("a dangling link creates its target", async () => {
    const target = join(dir, "new.xlsx");
    symlinkSync(target, join(dir, "link.xlsx"));
    await atomicWrite(join(dir, "link.xlsx"), bytes("first"));
    expect(readFileSync(target, "utf8")).toBe("first");
    expect(lstatSync(join(dir, "link.xlsx")).isSymbolicLink()).toBe(true);
  });

  test("a loop of links is an error, not a hang", async () => {
    symlinkSync(join(dir, "b"), join(dir, "a"));
    symlinkSync(join(dir, "a"), join(dir, "b"));
    await expect(resolveTarget(join(dir, "a"))).rejects.toMatchObject({ code: "ELOOP" });
  });
});

describe("a write that expects what was read", () => {
  test("goes ahead when the file is as read", async () => {
    const path = join(dir, "book.xlsx");
    writeFileSync(path, "read");
    await atomicWrite(path, bytes("written"), nodeFileSystem, versionOf(bytes("read")));
    expect(readFileSync(path, "utf8")).toBe("written");
  });

  test.each<[string, string | null, string]>([
    ["another program saved the file", "read", "saved by someone else"],
    ["the file was absent when read and someone created it", null, "created by someone else"],
  ])("is refused when %s, leaving that program's bytes", async (_, readText, foreign) => {
    const path = join(dir, "book.xlsx");
    if (readText !== null) writeFileSync(path, readText);
    const expected = readText === null ? ABSENT : versionOf(bytes(readText));
    // the other program writes while our temporary file is being written
    const racing: FileSystem = {
      ...nodeFileSystem,
      async writeFileSynced(temp, data, mode) {
        writeFileSync(path, foreign);
        await nodeFileSystem.writeFileSynced(temp, data, mode);
      },
    };
    const error: unknown = await atomicWrite(path, bytes("ours"), racing, expected).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(errorCode(error)).toBe(CHANGED_SINCE_READ);
    expect(readFileSync(path, "utf8")).toBe(foreign);
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  });
});
