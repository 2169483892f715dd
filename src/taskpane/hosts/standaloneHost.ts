// The pane in a plain browser: the .xlsx file store over bytes kept in IndexedDB. The file store (exceljs,
// jszip) is loaded with import() on the first read of a kept workbook or the first write, so the tabs
// appear without waiting for it, and an empty browser never loads it until something is written.
import { ok, type Result } from "../../domain";
import { emptyWorkbook, type Planned, type WorkbookData, type WorkbookStore } from "../../workbook/model";
import type { AppHost, StandaloneWorkbook } from "./appHost";
import { KeptBytes, indexedDbKeyValue, type KeyValue } from "./idbBytes";

export const DEFAULT_WORKBOOK_NAME = "列管.xlsx";

/**
 * The file store, except that a browser with no workbook yet reads as an empty one: the pane shows the
 * default divisions and settings, and the first update creates the file (FileStore does that).
 */
const fileStoreModule = () => import(/* webpackChunkName: "file-store" */ "../../workbook/xlsx");

class StandaloneStore implements WorkbookStore {
  constructor(private readonly bytes: KeptBytes) {}

  private async files(): Promise<WorkbookStore> {
    const { FileStore } = await fileStoreModule();
    return new FileStore(this.bytes, this.bytes.name);
  }

  async read(): Promise<Result<WorkbookData>> {
    const loaded = await this.bytes.load();
    if (!loaded.ok) return loaded;
    return loaded.value === null ? ok(emptyWorkbook()) : (await this.files()).read();
  }

  async update<T>(plan: (data: WorkbookData) => Result<Planned<T>>): Promise<Result<T>> {
    return (await this.files()).update(plan);
  }
}

export async function createStandaloneHost(kv: KeyValue = indexedDbKeyValue): Promise<AppHost> {
  const bytes = new KeptBytes(kv, DEFAULT_WORKBOOK_NAME);
  const kept = await bytes.kept();
  let current: string | null = kept.ok && kept.value ? kept.value.name : null;
  if (current) bytes.name = current;

  const replace = async (name: string, data: Uint8Array): Promise<Result<string>> => {
    // check it is a tracking workbook before anything kept is replaced
    const { BytesInMemory, FileStore } = await fileStoreModule();
    const checked = await new FileStore(new BytesInMemory(data), name).read();
    if (!checked.ok) return checked;
    const previous = bytes.name;
    bytes.name = name;
    const saved = await bytes.save(data);
    if (!saved.ok) {
      bytes.name = previous;
      return saved;
    }
    current = name;
    return ok(name);
  };

  const workbook: StandaloneWorkbook = {
    name: () => current,
    create: async (name) => replace(name, await (await fileStoreModule()).createWorkbook()),
    open: async (name, data) => {
      // an .ods this add-in wrote (or LibreOffice saved from it) is kept as the .xlsx the file store works on
      const { odsAsXlsx } = await import(/* webpackChunkName: "ods" */ "../../export/odsAsXlsx");
      const kept = await odsAsXlsx(name, data);
      return kept.ok ? replace(kept.value.name, kept.value.bytes) : kept;
    },
    bytes: async () => {
      const now = await bytes.kept();
      return now.ok ? ok(now.value ? { name: now.value.name, bytes: now.value.bytes } : null) : now;
    },
  };
  const store = new StandaloneStore(bytes);
  // the first update creates the workbook; from then on it has a name to show
  const tracked: WorkbookStore = {
    read: () => store.read(),
    update: async (plan) => {
      const result = await store.update(plan);
      if (result.ok && current === null) current = bytes.name;
      return result;
    },
  };
  return { kind: "standalone", store: tracked, workbook };
}
