// The file store's public API at the byte level: no Node APIs, so the task pane can use it as is.
// Node's path-based store is in ./node.
export { BytesInMemory, FileStore, type WorkbookBytes } from "./fileStore";
export { createWorkbook } from "./createWorkbook";
export { isRequiredColumn } from "../tableColumns";
