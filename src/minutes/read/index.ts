// Public API of the minutes readers: a file's bytes (text, .docx, .odt) to the text parseMinutes reads.
export { MAX_MINUTES_BYTES, checkMinutesSize, readMinutes, type MinutesFormat, type MinutesText } from "./readMinutes";
export { decodeText, normalizeLineBreaks, type DecodedText, type TextEncoding } from "./decodeText";
export { decodeBig5 } from "./big5";
export { odtContentToText } from "./odtText";
