// The package structure of an .xlsx: relationship parts and how their targets resolve to paths in the zip.
import { decodeXml, getAttr } from "./xml";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** the target resolved to a path inside the zip (no leading slash), or the raw target when external */
  readonly path: string;
  readonly external: boolean;
}

/** The relationships part of `partPath`: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target relative to the part that holds the relationship. */
export function resolveTarget(partPath: string, target: string): string {
  const base = target.startsWith("/") ? [] : partPath.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

export function parseRelationships(partPath: string, xml: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const match of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attrs = match[1] ?? "";
    const target = getAttr(attrs, "Target") ?? "";
    const external = getAttr(attrs, "TargetMode") === "External";
    rels.push({
      id: getAttr(attrs, "Id") ?? "",
      type: getAttr(attrs, "Type") ?? "",
      path: external ? target : resolveTarget(partPath, decodeXml(target)),
      external,
    });
  }
  return rels;
}

/** Relationship types end the same way in the transitional and strict namespaces. */
export const isRelType = (rel: Relationship, name: string): boolean => rel.type.endsWith(`/${name}`);
