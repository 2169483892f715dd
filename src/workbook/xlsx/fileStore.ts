// The file store: a tracking workbook kept as .xlsx bytes, read and updated by key. It knows nothing of
// where the bytes live (a path in Node, a File in the task pane): a WorkbookBytes port loads and saves them.
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import { applyChanges } from "../mergeChanges";
import { isEmptyChange, type Planned, type WorkbookData, type WorkbookStore } from "../model";
import { planWrites } from "../writePlan";
import { createWorkbook } from "./createWorkbook";
import { openWorkbook } from "./openWorkbook";
import { fileSnapshots, writeChanges } from "./writeChanges";

/** Where the workbook's bytes live. Expected failures (a locked file) are results, not throws. */
export interface WorkbookBytes {
  /** the bytes, or null when there is no workbook yet */
  load(): Promise<Result<Uint8Array | null>>;
  /** replaces the workbook with `bytes`, all at once or not at all */
  save(bytes: Uint8Array): Promise<Result<true>>;
  /** runs one whole update (load, plan, save) as the only writer, where other writers can exist (files on disk) */
  exclusive?<T>(work: () => Promise<Result<T>>): Promise<Result<T>>;
}

/** Bytes held in memory: the task pane's file, tests, previews. */
export class BytesInMemory implements WorkbookBytes {
  saves = 0;

  constructor(public bytes: Uint8Array | null = null) {}

  load(): Promise<Result<Uint8Array | null>> {
    return Promise.resolve(ok(this.bytes));
  }

  save(bytes: Uint8Array): Promise<Result<true>> {
    this.bytes = bytes;
    this.saves++;
    return Promise.resolve(ok(true));
  }
}

export class FileStore implements WorkbookStore {
  /**
   * @param bytes where the workbook lives
   * @param name how messages call the workbook (its file name)
   */
  constructor(
    private readonly bytes: WorkbookBytes,
    private readonly name = "活頁簿",
  ) {}

  async read(): Promise<Result<WorkbookData>> {
    const loaded = await this.bytes.load();
    if (!loaded.ok) return loaded;
    if (loaded.value === null) return fail(problem("file.workbookNotFound", { name: this.name }));
    const opened = await openWorkbook(loaded.value, this.name);
    return opened.ok ? ok(opened.value.read.data) : opened;
  }

  /**
   * Reads, lets `plan` decide, writes the changes by key and saves: all or nothing. A workbook that does
   * not exist yet is created from the schema (and saved even when the plan changes nothing). With nothing
   * to change in an existing workbook, nothing is saved, so its bytes stay exactly as they were.
   */
  async update<T>(plan: (data: WorkbookData) => Result<Planned<T>>): Promise<Result<T>> {
    return this.bytes.exclusive ? this.bytes.exclusive(() => this.updateOnce(plan)) : this.updateOnce(plan);
  }

  private async updateOnce<T>(plan: (data: WorkbookData) => Result<Planned<T>>): Promise<Result<T>> {
    const loaded = await this.bytes.load();
    if (!loaded.ok) return loaded;
    const created = loaded.value === null;
    const opened = await openWorkbook(loaded.value ?? (await createWorkbook()), this.name);
    if (!opened.ok) return opened;
    const { file, layouts, read } = opened.value;
    const planned = plan(read.data);
    if (!planned.ok) return planned;
    const { changes, result } = planned.value;
    if (isEmptyChange(changes) && !created) return ok(result);
    // bad division or settings input is refused before anything is written
    const after = applyChanges(read.data, changes);
    if (!after.ok) return after;
    const writes = planWrites(fileSnapshots(file, layouts, read), changes, read.data, after.value);
    if (!writes.ok) return writes;
    const written = writeChanges(file, layouts, writes.value);
    if (!written.ok) return written;
    const saved = await this.bytes.save(await file.save());
    return saved.ok ? ok(result) : saved;
  }
}
