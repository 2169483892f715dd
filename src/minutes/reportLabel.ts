// Lines that open someone's report or a proposal (總務組廖代理組長補充報告：, 案由：): they end a conclusion block.

import { halfWidthOnce } from "./halfWidthOnce";

// A speaker's report: a short run of words ending in 報告, 說明, 補充 or 發言, then a colon.
const SPEAKER = /^[^\s:,;。、]{1,24}?(?:補充報告|報告|補充說明|說明|補充|發言|致詞)\s*:/u;
// A unit reporting in its own name: 新建工程處：…, 綜合規劃科：…
const UNIT_SPEAKER = /^[\u4e00-\u9fff]{1,12}(?:中心|組|室|科|處|局|隊|所)\s*:/u;
// Parts of a proposal in 討論事項 or 臨時動議.
const PROPOSAL = /^(?:案由|說明|辦法|擬辦|提案單位|提案人|報告單位|附件)\s*:/u;
// 第一案 / 提案一 / 案由一 head a proposal in 討論事項.
const PROPOSAL_HEADING =
  /^(?:第[一二三四五六七八九十\d]{1,3}案|提案[一二三四五六七八九十\d]{1,3}|案由[一二三四五六七八九十\d]{1,3})(?=\s*(?::|$))/u;

/**
 * True when the line opens a report or a proposal rather than continuing a conclusion.
 *
 * @example
 * isReportLabel("總務組廖代理組長補充報告：經管西園及信義單房間職務宿舍目前待配借 20 間") //=> true
 * isReportLabel("案由：修正本處職務宿舍借用要點案。") //=> true
 * isReportLabel("請公管中心了解動線規劃後，針對關鍵區域電梯之防疫作為審慎規劃") //=> false
 */
export function isReportLabel(text: string): boolean {
  const half = halfWidthOnce(text);
  return SPEAKER.test(half) || UNIT_SPEAKER.test(half) || PROPOSAL.test(half) || PROPOSAL_HEADING.test(half);
}

/**
 * The heading words of a proposal (`第一案`, `提案一`, `案由一：…` → `案由一`), or null. The decision
 * under it belongs to that proposal, so its section names it.
 *
 * @example
 * readProposalHeading("第一案") //=> "第一案"
 */
export function readProposalHeading(text: string): string | null {
  const match = PROPOSAL_HEADING.exec(halfWidthOnce(text));
  return match === null ? null : text.slice(0, match[0].length);
}
