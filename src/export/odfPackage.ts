// An ODF 1.3 package over jszip: the mimetype entry first and stored uncompressed (so a reader can sniff
// the type at a fixed offset), then the manifest, content, styles and meta, as the OpenDocument spec's
// package part requires. Shared by the .odt report and the .ods workbook.
import JSZip from "jszip";
import { escapeXml } from "./xml";

export const ODF_VERSION = "1.3";

export const MIME = {
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
} as const;

/** The namespaces the writers use, declared on each part's root element. */
export const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
].join(" ");

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export interface OdfParts {
  readonly mime: (typeof MIME)[keyof typeof MIME];
  /** office:document-content's children (font-face-decls, automatic-styles, body) */
  readonly content: string;
  /** office:document-styles' children (font-face-decls, styles, automatic-styles, master-styles) */
  readonly styles: string;
  readonly title: string;
  /** ISO timestamp of creation, for meta.xml; the caller passes it so output is reproducible */
  readonly created: string;
}

function manifest(mime: string): string {
  const entry = (path: string, type: string) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
  return (
    `${XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="${ODF_VERSION}">` +
    entry("/", mime) +
    entry("content.xml", "text/xml") +
    entry("styles.xml", "text/xml") +
    entry("meta.xml", "text/xml") +
    `</manifest:manifest>`
  );
}

function meta(title: string, created: string): string {
  return (
    `${XML_DECLARATION}<office:document-meta ${NS} office:version="${ODF_VERSION}"><office:meta>` +
    `<meta:generator>會議列管 Minutes Tracker</meta:generator><dc:title>${escapeXml(title)}</dc:title>` +
    `<meta:creation-date>${escapeXml(created)}</meta:creation-date><dc:language>zh-TW</dc:language>` +
    `</office:meta></office:document-meta>`
  );
}

/** Zips the parts into an ODF package. */
export async function writeOdfPackage(parts: OdfParts): Promise<Uint8Array> {
  const zip = new JSZip();
  // JSZip writes entries in insertion order: mimetype must be the first, and stored.
  zip.file("mimetype", parts.mime, { compression: "STORE" });
  zip.file("META-INF/manifest.xml", manifest(parts.mime), { createFolders: false });
  zip.file("content.xml", `${XML_DECLARATION}<office:document-content ${NS} office:version="${ODF_VERSION}">${parts.content}</office:document-content>`);
  zip.file("styles.xml", `${XML_DECLARATION}<office:document-styles ${NS} office:version="${ODF_VERSION}">${parts.styles}</office:document-styles>`);
  zip.file("meta.xml", meta(parts.title, parts.created));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The font declarations: the CJK font and the fallbacks named for readers without it. */
export function fontFaceDecls(fonts: { readonly cjk: string; readonly windows: string; readonly windowsLatin: string }): string {
  const family = `'${fonts.cjk}', '${fonts.windowsLatin}', '${fonts.windows}', sans-serif`;
  return (
    `<office:font-face-decls>` +
    `<style:font-face style:name="${escapeXml(fonts.cjk)}" svg:font-family="${escapeXml(family)}" style:font-family-generic="swiss" style:font-pitch="variable"/>` +
    `<style:font-face style:name="${escapeXml(fonts.windows)}" svg:font-family="${escapeXml(`'${fonts.windows}', '${fonts.windowsLatin}'`)}" style:font-family-generic="swiss" style:font-pitch="variable"/>` +
    `</office:font-face-decls>`
  );
}
