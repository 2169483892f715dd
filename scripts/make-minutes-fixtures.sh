#!/usr/bin/env bash
# Generates the binary minutes fixtures (.docx, .odt, Big5) from the text minutes, once; tests read the results.
#
# Needs LibreOffice Writer (Debian: apt-get install libreoffice-writer) and iconv. Tests do not: the
# generated files are committed. Re-run after changing a source text:
#   bash scripts/make-minutes-fixtures.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/test/fixtures/minutes"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer" >&2; exit 1; }
command -v iconv >/dev/null || { echo "iconv not found" >&2; exit 1; }

# A private profile, so this never collides with a LibreOffice the user (or another test) has open.
soffice_run() {
  soffice -env:UserInstallation="file://$work/profile" --headless "$@" >"$work/soffice.log" 2>&1 || {
    cat "$work/soffice.log" >&2
    exit 1
  }
}

# text -> .odt (Writer's text import: one paragraph per line, spaces kept as <text:s>) -> .docx
text_to_documents() {
  local source="$1" name="$2"
  cp "$source" "$work/$name.txt"
  soffice_run --infilter="Text (encoded):UTF8,LF,,," --convert-to odt --outdir "$work" "$work/$name.txt"
  soffice_run --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.odt"
  cp "$work/$name.odt" "$work/$name.docx" "$out/"
  echo "wrote $out/$name.odt and $out/$name.docx"
}

# Big5 as old government systems write it. Plain BIG5 first; CP950 and BIG5-HKSCS cover a few more
# characters (峯, for one, is only in BIG5-HKSCS). What counts is that the WHATWG big5 decoder of Node
# and the browsers reads back the source exactly (it reads HKSCS's 峯 as a private-use character), so
# that is checked too.
text_to_big5() {
  local source="$1" name="$2" charset
  for charset in BIG5 CP950 BIG5-HKSCS; do
    if iconv -f UTF-8 -t "$charset" "$source" >"$work/$name-big5.txt" 2>/dev/null; then
      iconv -f "$charset" -t UTF-8 "$work/$name-big5.txt" | cmp -s - "$source" || { echo "$charset round trip differs for $source" >&2; exit 1; }
      node -e 'const fs = require("fs");
        const text = new TextDecoder("big5", { fatal: true }).decode(fs.readFileSync(process.argv[1]));
        if (text !== fs.readFileSync(process.argv[2], "utf8")) { console.error("Node reads " + process.argv[1] + " differently"); process.exit(1); }' \
        "$work/$name-big5.txt" "$source"
      cp "$work/$name-big5.txt" "$out/"
      echo "wrote $out/$name-big5.txt ($charset)"
      return
    fi
  done
  echo "$source has characters outside Big5, CP950 and BIG5-HKSCS" >&2
  exit 1
}

# The features a reader must get right, written once as flat ODF and saved by Writer as .odt and .docx:
# automatic list numbering (Writer and Word draw "(一)" themselves; it is not text), a manual line
# break, repeated spaces, a tab, escaped characters, a footnote and a comment (left out), a table.
make_features() {
  cat >"$work/reader-features.fodt" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles>
  <text:list-style style:name="L1">
   <text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="一, 二, 三, ..."/>
   <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1"/>
  </text:list-style>
 </office:automatic-styles>
 <office:body>
  <office:text>
   <text:p>會議結論：</text:p>
   <text:list text:style-name="L1">
    <text:list-item>
     <text:p>請總務組於 4 月底前完成宿舍說明會。</text:p>
     <text:list>
      <text:list-item><text:p>說明會場地</text:p></text:list-item>
      <text:list-item><text:p>公證費負擔</text:p></text:list-item>
     </text:list>
    </text:list-item>
    <text:list-item><text:p>請文書組<text:s text:c="3"/>彙整 A&amp;B&lt;附件&gt;<text:tab/>乙案<text:line-break/>並於 7 月 31 日前回報。</text:p></text:list-item>
   </text:list>
   <text:p>本案依決議辦理<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>腳註不列入。</text:p></text:note-body></text:note>。<office:annotation><dc:creator>紀錄</dc:creator><text:p>註解不列入。</text:p></office:annotation></text:p>
   <table:table>
    <table:table-column table:number-columns-repeated="2"/>
    <table:table-row>
     <table:table-cell><text:p>列管案號</text:p></table:table-cell>
     <table:table-cell><text:p>辦理情形</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell><text:p>10902</text:p></table:table-cell>
     <table:table-cell><text:p>解除列管</text:p></table:table-cell>
    </table:table-row>
   </table:table>
   <text:p>散會（10 時 50 分）</text:p>
  </office:text>
 </office:body>
</office:document>
XML
  soffice_run --convert-to odt --outdir "$work" "$work/reader-features.fodt"
  soffice_run --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/reader-features.fodt"
  cp "$work/reader-features.odt" "$work/reader-features.docx" "$out/"
  echo "wrote $out/reader-features.odt and $out/reader-features.docx"
}

# Minutes as a secretary types them in Word or Writer: the （一） and 1. items are an automatic list,
# not typed text. Writer turns the list into Word numbering (taiwaneseCountingThousand "（%1）", decimal
# "%2."), so both documents test that the readers restore the numbers. The labels are followed by
# nothing and by a space, so the text reads back exactly as the source.
numbered_documents() {
  local source="$1" name="$2"
  node - "$source" "$work/$name.fodt" <<'JS'
const fs = require("fs");
const [source, target] = process.argv.slice(2);
const lines = fs.readFileSync(source, "utf8").replace(/\n$/, "").split("\n");
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// Writer keeps runs of spaces and edge spaces as <text:s>; ODF collapses the rest.
const paragraph = (s) => `<text:p>${escape(s).replace(/ {2,}|^ | $/g, (m) => `<text:s text:c="${m.length}"/>`)}</text:p>`;
const top = /^（[一二三四五六七八九十]+）(.*)$/;
const sub = /^\d+\. (.*)$/;
let body = "";
for (let i = 0; i < lines.length; ) {
  if (!top.test(lines[i])) {
    body += paragraph(lines[i++]);
    continue;
  }
  body += '<text:list text:style-name="Minutes">';
  while (i < lines.length && top.test(lines[i])) {
    body += `<text:list-item>${paragraph(lines[i++].match(top)[1])}`;
    if (i < lines.length && sub.test(lines[i])) {
      body += "<text:list>";
      while (i < lines.length && sub.test(lines[i])) body += `<text:list-item>${paragraph(lines[i++].match(sub)[1])}</text:list-item>`;
      body += "</text:list>";
    }
    body += "</text:list-item>";
  }
  body += "</text:list>";
}
const level = (n, prefix, suffix, format, followedBy) =>
  `<text:list-level-style-number text:level="${n}" style:num-prefix="${prefix}" style:num-suffix="${suffix}" style:num-format="${format}">` +
  `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="${followedBy}"/></style:list-level-properties>` +
  "</text:list-level-style-number>";
fs.writeFileSync(
  target,
  `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><text:list-style style:name="Minutes">${level(1, "（", "）", "一, 二, 三, ...", "nothing")}${level(2, "", ".", "1", "space")}</text:list-style></office:automatic-styles>
<office:body><office:text>${body}</office:text></office:body>
</office:document>
`,
);
JS
  soffice_run --convert-to odt --outdir "$work" "$work/$name.fodt"
  soffice_run --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.fodt"
  cp "$work/$name.odt" "$work/$name.docx" "$out/"
  echo "wrote $out/$name.odt and $out/$name.docx (automatic numbering)"
}

text_to_documents "$root/test/fixtures/secretariat-110.txt" secretariat-110
text_to_big5 "$root/test/fixtures/secretariat-110.txt" secretariat-110
make_features
numbered_documents "$out/public-works-45.txt" public-works-45
