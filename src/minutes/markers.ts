// Numbered markers that open headings and entries (壹、 一、 （一） 1. （1）), with their outline level.

import { parseChineseNumber } from "../domain";
import { halfWidthOnce } from "./halfWidthOnce";

/**
 * Outline level, shallowest first, as official documents number them: 1 壹、 2 一、 3 （一） 4 1. 5 （1）,
 * and 6 for bullets (• ● ○ ◎ ■ ❖ …), which carry no number and sit below every numbered level.
 */
export type MarkerLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The number a bullet carries: none, so entry order is not checked. */
export const BULLET_VALUE = 0;

/** A numbered marker at the start of a line. */
export interface Marker {
  readonly level: MarkerLevel;
  /** the number it carries: 3 for 參、, （三）, 3. */
  readonly value: number;
  /** the marker as written, e.g. `（二）` */
  readonly label: string;
  /** the text after the marker, as written */
  readonly rest: string;
  /** false when the closing bracket is missing, as in `（一 請總務組…` */
  readonly closed: boolean;
}

const FORMAL: Readonly<Record<string, number>> = {
  壹: 1,
  貳: 2,
  參: 3,
  叁: 3,
  肆: 4,
  伍: 5,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
  拾: 10,
};

function formalNumber(text: string): number | undefined {
  // 拾壹 = 11, 貳拾 = 20: enough for the sections of any meeting.
  const [first, second, third] = [...text].map((ch) => FORMAL[ch]);
  if (text.length === 1) return first;
  if (text.length === 2 && first === 10 && second !== undefined && second < 10) return 10 + second;
  if (text.length === 2 && second === 10 && first !== undefined && first < 10) return first * 10;
  if (text.length === 3 && second === 10 && first !== undefined && third !== undefined) return first * 10 + third;
  return undefined;
}

interface Shape {
  readonly level: MarkerLevel;
  readonly pattern: RegExp;
  readonly closed: boolean;
  readonly read: (digits: string) => number | undefined;
}

const CJK_DIGITS = "[一二三四五六七八九十]{1,3}";

// Bullets as word processors and web pages write them; a text bullet (- * +) needs a space after it,
// since "-5%" is content. Markdown list dashes are taken off earlier and reported as SourceLine.bullet.
const BULLET = /^([•●○◎■□▪▫◆◇❖★☆※➢➤►▶◼◾‧・·](?!\s*$)|[-*+](?=\s))/u;

// Tried in order on half-width text. An unclosed bracket counts only when a space follows the number,
// so （一般事項） is not read as （一.
const SHAPES: readonly Shape[] = [
  { level: 1, pattern: /^([壹貳參叁肆伍陸柒捌玖拾]{1,3})\s*、/u, closed: true, read: formalNumber },
  // 一. stands for 一、 in hastily typed minutes
  { level: 2, pattern: new RegExp(`^(${CJK_DIGITS})\\s*(?:、|\\.(?!\\d))`, "u"), closed: true, read: parseChineseNumber },
  { level: 3, pattern: new RegExp(`^\\(\\s*(${CJK_DIGITS})\\s*\\)`, "u"), closed: true, read: parseChineseNumber },
  { level: 3, pattern: new RegExp(`^\\(\\s*(${CJK_DIGITS})(?=\\s)`, "u"), closed: false, read: parseChineseNumber },
  // 1.5 億元 is a number, but 6、98年元旦 is item 6
  { level: 4, pattern: /^(\d{1,2})\s*(?:\.(?!\d)|、)/u, closed: true, read: Number },
  { level: 5, pattern: /^\(\s*(\d{1,2})\s*\)/u, closed: true, read: Number },
  { level: 5, pattern: /^\(\s*(\d{1,2})(?=\s)/u, closed: false, read: Number },
  // 1) and circled numbers (①…⑳) stand where (1) would.
  { level: 5, pattern: /^(\d{1,2})\)/u, closed: true, read: Number },
  { level: 5, pattern: /^([\u2460-\u2473])/u, closed: true, read: (c) => c.charCodeAt(0) - 0x245f },
  { level: 6, pattern: BULLET, closed: true, read: () => BULLET_VALUE },
];

/**
 * Reads the numbered marker that starts a line, if any.
 *
 * Full-width forms are accepted (`（二）`, `１．`); `1.5 億元` is a number, not a marker. A bullet
 * (`•`, `●`, `○`, `◎`, `- ` …) is a level-6 marker with no number (value 0).
 *
 * @example
 * readMarker("(三) 請公管中心進行市政大樓 1 樓北區為民服務綜合櫃檯工程履約管理時")
 * //=> { level: 3, value: 3, label: "(三)", rest: "請公管中心進行…", closed: true }
 */
export function readMarker(text: string): Marker | null {
  const half = halfWidthOnce(text);
  for (const shape of SHAPES) {
    const match = shape.pattern.exec(half);
    if (match === null) continue;
    const value = shape.read(match[1] ?? "");
    if (value === undefined || (shape.level !== 6 && value < 1)) continue;
    const length = match[0].length;
    return {
      level: shape.level,
      value,
      label: text.slice(0, length).trim(),
      rest: text.slice(length).trim(),
      closed: shape.closed,
    };
  }
  return null;
}

/**
 * The marker of a line that was a Markdown list item with no number of its own (`- 請各組配合`).
 *
 * @example
 * bulletMarker("請各組配合") //=> { level: 6, value: 0, label: "-", rest: "請各組配合", closed: true }
 */
export function bulletMarker(text: string): Marker {
  return { level: 6, value: BULLET_VALUE, label: "-", rest: text, closed: true };
}
