// The Office and Excel globals a task pane sees inside Excel on the web, built over the fake Excel of the
// store's tests: only what the pane touches (onReady, requirements, display language, a few no-op
// surfaces), so a pane that reaches for more fails loudly in the e2e run instead of passing by luck.
import type { FakeExcel } from "../../workbook/excel/support/fakeExcel";

/** What a test can set before the page loads (window.__fakeExcelConfig, through addInitScript). */
export interface FakeHostConfig {
  /** API sets the host reports; ExcelApi 1.8 and ExcelApiOnline 1.1 by default */
  readonly apiSets?: Readonly<Record<string, string>>;
  /** Office.context.displayLanguage; zh-TW by default */
  readonly displayLanguage?: string;
  /** delay of each context.sync(), as a round trip to Excel on the web; 0 by default */
  readonly syncDelayMs?: number;
  /** localStorage key of the persisted document */
  readonly storageKey?: string;
  /** delay before Office.onReady answers, as a slow Excel start; 0 by default */
  readonly readyDelayMs?: number;
  /** Office.context.platform and onReady's platform; OfficeOnline by default */
  readonly platform?: string;
  /**
   * What the Office dialog does: by default it cannot open (Office's 12007); `message` opens it and has the
   * page send that text back (messageParent), as the sign-in page does.
   */
  readonly dialog?: { readonly message: string };
}

export const DEFAULT_API_SETS: Readonly<Record<string, string>> = { ExcelApi: "1.8", ExcelApiOnline: "1.1" };
export const DEFAULT_STORAGE_KEY = "fakeExcel.workbook";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeHostGlobals {
  readonly Office: object;
  readonly Excel: object;
  /** URLs the pane passed to Office.context.ui.openBrowserWindow, in order */
  readonly openedWindows: string[];
  /** ribbon command handlers registered with Office.actions.associate, by name */
  readonly commands: Map<string, (event: unknown) => void>;
}

const HOST_TYPE = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" } as const;
const PLATFORM_TYPE = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" } as const;

type DialogOpened =
  | { status: "failed"; error: { code: number; message: string } }
  | { status: "succeeded"; value: { addEventHandler(type: string, handler: (arg: { message: string }) => void): void; close(): void } };

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds window.Office and window.Excel over `fake`. `persist` runs after every sync and at the end of
 * every Excel.run (which may send a last batch itself), so a reload at any point after a write keeps it.
 */
export function fakeHostGlobals(fake: () => FakeExcel, config: FakeHostConfig, persist: () => void): FakeHostGlobals {
  const platform = config.platform ?? PLATFORM_TYPE.OfficeOnline;
  const info = { host: HOST_TYPE.Excel, platform };
  const readyDelay = config.readyDelayMs ?? 0;
  const ready = readyDelay > 0 ? delay(readyDelay).then(() => info) : Promise.resolve(info);
  const openedWindows: string[] = [];
  const commands = new Map<string, (event: unknown) => void>();
  const syncDelay = config.syncDelayMs ?? 0;

  async function run<T>(first: unknown, second?: unknown): Promise<T> {
    // Excel.run(batch) or Excel.run(object | options, batch): the pane only needs the first form, the
    // second is accepted so a pane using it is not misreported as broken.
    const batch = (typeof first === "function" ? first : second) as Batch<T> | undefined;
    if (typeof batch !== "function") throw new TypeError("fake Excel.run: no batch function");
    try {
      return await fake().run(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async <V>(passThroughValue?: V): Promise<V> => {
          if (syncDelay > 0) await delay(syncDelay);
          try {
            await sync();
          } finally {
            persist();
          }
          return passThroughValue as V;
        };
        return batch(context);
      });
    } finally {
      persist();
    }
  }

  const settings = new Map<string, unknown>();
  const office = {
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    onReady(callback?: (value: typeof info) => void): Promise<typeof info> {
      if (callback) void ready.then(callback);
      return ready;
    },
    context: {
      host: HOST_TYPE.Excel,
      platform,
      displayLanguage: config.displayLanguage ?? "zh-TW",
      contentLanguage: config.displayLanguage ?? "zh-TW",
      diagnostics: { host: HOST_TYPE.Excel, platform: PLATFORM_TYPE.OfficeOnline, version: "16.0.0.0-fake" },
      requirements: {
        isSetSupported: (set: string, version?: string): boolean => fake().isSetSupported(set, version ?? "1.1"),
      },
      document: {
        // Office.context.document.settings is per document; in memory is enough for the pane's tests
        settings: {
          get: (name: string): unknown => settings.get(name) ?? null,
          set: (name: string, value: unknown): void => void settings.set(name, value),
          remove: (name: string): void => void settings.delete(name),
          saveAsync: (callback?: (result: { status: string }) => void): void => callback?.({ status: "succeeded" }),
        },
      },
      ui: {
        // no dialogs in the fake host unless the test gives the message the dialog's page sends back
        displayDialogAsync: (_url: string, _options?: unknown, callback?: (result: DialogOpened) => void): void => {
          const reply = config.dialog;
          if (reply === undefined) return callback?.({ status: "failed", error: { code: 12007, message: "fake host: dialogs are not available" } });
          const handlers = new Map<string, (arg: { message: string }) => void>();
          const dialog = { addEventHandler: (type: string, handler: (arg: { message: string }) => void) => void handlers.set(type, handler), close: (): void => undefined };
          callback?.({ status: "succeeded", value: dialog });
          // the page answers after the pane has listened, as a real sign-in page does
          setTimeout(() => handlers.get("dialogMessageReceived")?.({ message: reply.message }), 0);
        },
        messageParent: (): void => undefined,
        openBrowserWindow: (url: string): void => void openedWindows.push(url),
      },
    },
    actions: { associate: (name: string, handler: (event: unknown) => void): void => void commands.set(name, handler) },
    addin: {
      showAsTaskpane: (): Promise<void> => Promise.resolve(),
      hide: (): Promise<void> => Promise.resolve(),
      onVisibilityModeChanged: (): Promise<() => Promise<void>> => Promise.resolve(() => Promise.resolve()),
    },
  };

  const excel = {
    run,
    // the store passes string literals; the enums exist for a pane that names them
    ConditionalFormatType: { custom: "Custom" },
    ClearApplyTo: { contents: "Contents" },
  };
  return { Office: office, Excel: excel, openedWindows, commands };
}
