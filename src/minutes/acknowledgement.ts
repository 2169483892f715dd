// Conclusions that only take note (洽悉, 紀錄確定, 同意備查), thank, or ask the meeting itself to act
// (請主席宣佈開會, 請公決), and agenda lines that only name a report: they assign no work and are not tracked.

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

// Pieces that go with an acknowledgement without asking for anything: thanks and praise, joining a
// matter to another (併指示事項辦理), an empty heading (臨時動議：無).
const ACCOMPANYING =
  /^(?:並|另|亦)?(?:感謝|謝謝|肯定|嘉勉|嘉許|恭喜)|^併(?:案|同)?[^,]{0,12}辦理$|^(?:臨時動議|臨時提案|提案討論|討論事項|報告事項|其他事項|其他)[:：]?無$/u;

// The meeting's own procedure (請主席宣佈開會, 請劉秘書宣讀紀錄) and a proposal put to it (…，請議決案。).
const ASKS_THE_MEETING =
  /請[^,，。]{0,6}宣(?:佈|布|讀)|請(?:公決|議決|討論|核示|鑒核|鑒察|審議|核議|裁示|決議|備查)(?:案)?[。.]?$/u;

// 市政會議 agendas list reports by title: 民政局陳報「…執行情形」報告。(詳如書面資料)
const REPORT_TITLE = /^[^,，。「」]{2,14}陳報(?:「[^」]*」(?:報告|案)?)?[。.]?(?:\(詳如[^)]*\))?$/u;

/** True when a point asks the meeting itself to act, or only names a report on its agenda. */
export function asksNoWork(text: string): boolean {
  const half = halfWidthOnce(text).replace(/\s+/gu, "");
  return ASKS_THE_MEETING.test(half) || REPORT_TITLE.test(half);
}

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
    pieces.every(
      (piece) => ACKNOWLEDGEMENTS.has(piece) || ACKNOWLEDGEMENTS.has(piece.replace(LEAD_WORDS, "")) || ACCOMPANYING.test(piece),
    )
  );
}
