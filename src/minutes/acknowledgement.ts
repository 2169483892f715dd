// Conclusions that only take note (洽悉, 紀錄確定, 同意備查): they assign no work and are not tracked.

import { halfWidthOnce } from "./halfWidthOnce";

const ACKNOWLEDGEMENTS = new Set([
  "洽悉",
  "紀錄確定",
  "紀錄確認",
  "確定",
  "確認",
  "備查",
  "同意備查",
  "准予備查",
  "准予核備",
  "同意核備",
  "照案通過",
  "修正通過",
  "通過",
  "同意",
  "同意辦理",
  "准予辦理",
  "照案辦理",
  "原則同意",
  "依議",
  "如擬",
  "照辦",
  "無",
  "無異議",
]);

// 本案洽悉, 並同意備查: the subject and joining words carry no instruction.
const LEAD_WORDS = /^(?:本案|本次|並|另|均|爰|准予|予以)+/u;
const PIECE_SEPARATOR = /[,;。、!.]+/u;

/**
 * True when a conclusion only acknowledges: every phrase in it is one of 洽悉, 紀錄確定, 確定, 同意備查,
 * 准予備查, 照案通過 and the like.
 *
 * @example
 * isAcknowledgement("紀錄確定。") //=> true
 * isAcknowledgement("洽悉，並同意備查。") //=> true
 * isAcknowledgement("請公管中心進行市政大樓 1 樓北區為民服務綜合櫃檯工程履約管理時…") //=> false
 */
export function isAcknowledgement(text: string): boolean {
  const pieces = halfWidthOnce(text)
    .replace(/\s+/gu, "")
    .split(PIECE_SEPARATOR)
    .filter((piece) => piece !== "");
  return (
    pieces.length > 0 &&
    pieces.every((piece) => ACKNOWLEDGEMENTS.has(piece) || ACKNOWLEDGEMENTS.has(piece.replace(LEAD_WORDS, "")))
  );
}
