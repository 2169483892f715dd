// The evaluation corpus on disk: every labelled real minutes document, parsed the way a new user would
// (an empty division registry: the units are found by their names alone).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createDivisionRegistry } from "../src/domain";
import { parseMinutes } from "../src/minutes";
import { scoreDocument, type DocumentScore, type Labels } from "./score";

export const CORPUS_DIR = join(__dirname, "../test/fixtures/minutes/real");

export interface CorpusDocument {
  readonly slug: string;
  readonly text: string;
  readonly labels: Labels;
}

export function loadCorpus(dir: string = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".labels.json"))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.labels\.json$/u, "");
      const labels = JSON.parse(readFileSync(join(dir, file), "utf8")) as Labels;
      return { slug, text: readFileSync(join(dir, `${slug}.txt`), "utf8"), labels };
    });
}

const EMPTY_REGISTRY = createDivisionRegistry([]);

export function scoreCorpusDocument(doc: CorpusDocument): DocumentScore {
  if (!EMPTY_REGISTRY.ok) throw new Error(EMPTY_REGISTRY.error);
  const parsed = parseMinutes(doc.text, { registry: EMPTY_REGISTRY.value });
  return scoreDocument(doc.labels, parsed.ok ? parsed.value : { rejected: parsed.error });
}
