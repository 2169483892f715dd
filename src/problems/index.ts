// The shared catalogue of user-facing problems: types, the constructor and the renderer. No I/O, no UI.
export { CATALOGUE } from "./catalogue";
export { locate, problem, type Problem, type ProblemCode, type ProblemLanguage, type ProblemParams, type ProblemWhere } from "./problem";
export { renderMessage, renderProblem, renderWhere } from "./render";
export type { CellPlace, CellReason, CellRowKey, FileReadReason, FileWriteReason, LockHolderWords, NotWorkbookReason } from "./storeCatalogue";
export type { OtherDocument, ReaderReason, XmlFault, XmlReason } from "./readerCatalogue";
export type { CaseIdReason, ClockEvent, DeadlineReason, ItemWords } from "./parserCatalogue";
