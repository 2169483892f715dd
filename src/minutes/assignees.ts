// Who an item assigns work to: the units after 請 (lead), or the unit the sentence addresses, then 會同/協同 units.

import { halfWidthOnce } from "./halfWidthOnce";
import { COLLECTIVE_ASSIGNEES, ownersFrom, type DivisionRegistry } from "../domain";

/** The assignees of one item. */
export interface Assignees {
  /** canonical division names, lead first; collective words (各組室) and unknown units as written */
  readonly divisions: string[];
  /** the supporting units among `divisions` (after 會同, 協同, 並送 …); the others lead */
  readonly supporting: string[];
  /** units kept by their suffix although the registry does not know them */
  readonly unknown: string[];
  /** people asked to act, by title (林副秘書長): owners when no unit is named */
  readonly people: string[];
  /** someone is asked to act (請…, 交由, 責成, or a unit addressed with 應/須/務必) */
  readonly directed: boolean;
}

/** What {@link findAssignees} needs besides the text. */
export interface AssigneeOptions {
  readonly registry: DivisionRegistry;
  /** how the organization names itself (本處, 秘書處, 臺北市政府秘書處): never a division */
  readonly selfNames: readonly string[];
  /**
   * the text is known to ask for work (a chair's instruction, or an item the secretary added), so a
   * unit it opens with leads even without 應/須 (市民服務組研提話務人力評估)
   */
  readonly instruction?: boolean;
}

type Role = "lead" | "support";

interface Unit {
  readonly name: string;
  readonly end: number;
  readonly known: boolean;
}

// 請 that asks someone to act, not 申請/邀請/提請 or 請假/請示/請購.
// 報請 submits for approval, but 簡報請三科 asks 三科.
const ASK = "(?<![申邀聲提呈簽陳])(?<!(?<![簡彙匯])報)請(?![假求示託益願辭調款購領])";
const TRIGGER = new RegExp(
  `(?<lead>${ASK}|交由|交辦|責成|指派|移請|(?<![因理經藉自])由(?![於此是來衷])|(?<![外提移轉成遞公社])交(?![通流換易付代接界叉集由辦]))|(?<support>會同|協同|並送(?:請)?|送請|(?<![傳運輸遞發寄護贈])送(?!達)|(?<=[,，並另])與)`,
  "gu",
);
// Triggers too common to direct anyone unless a unit or a person follows them (由總務組統籌, 交民政局).
const WEAK_TRIGGERS = new Set(["由", "交"]);
const LIST_SEPARATOR = /^\s*(?:、|以及|及|與|和|暨|,)\s*/u;
// 應/須/務必 addressed to a unit (總務組應於…), not 因應/回應 or 無須.
const MODAL = /(?<![因回相適反供對響呼答])應(?![用變])|(?<![無毋])須|務必|必須|負責/u;
// A unit outside the registry: a short run of Han characters ending in a unit suffix. Agencies of every
// level (署 部 院 府), their branches (分局 大隊 區公所) and bodies (委員會 協會 公會) included.
// A suffix that goes on into a word (處理, 組織, 所以, 部分) is not a unit's end.
const UNIT_SUFFIX =
  "(?:中心|委員會|協會|公會|基金會|辦公室|區公所|公所|公司|分局|大隊|組(?![織成合長員])|室(?![內外])|科(?![技學目別])|課(?![程題])|股(?![份票東])|處(?![理置分罰長境])|局(?![部面勢限])|署(?![名長])|部(?![分份門長署])|院(?![長區])|府(?![會])|館(?![長藏])|所(?![以有需得屬謂在長])|隊(?![長員伍]))";
const UNIT_BY_SUFFIX = new RegExp(`[\\u4e00-\\u9fff]{1,9}?${UNIT_SUFFIX}`, "uy");
// Words that end like a unit but are not one (全部, 內部, 政府 alone).
const NOT_A_UNIT = new Set(["全部", "內部", "外部", "局部", "幹部", "細部", "政府", "學院", "醫院", "法院", "公司"]);
// Vague groups a chair asks all the same (相關單位, 業務單位, 各機關): kept as written, like 各組室.
const GROUP = /(?:各相關|各|相關|有關|業務|執行|權責|主辦|承辦|所屬)(?:機關學校|科處室|科室處|單位|科室|局處|機關|處室|組室|局室|學校)/uy;
// 各科處室, 各區公所: the longest run of unit words after 各.
const COLLECTIVE_RUN = new RegExp(`各(?:[\\u4e00-\\u9fff]{0,4}${UNIT_SUFFIX})+`, "uy");
// Words that start a verb phrase or a vague group, not a unit's name (請注意辦公室…, 請相關局處…).
// Joining words (會同, 並) start the next phrase, so 水利處會同大地處 is two units.
const NOT_A_NAME_START =
  /^(?:注意|加強|協助|辦理|提供|配合|確認|檢討|研議|研擬|研定|規劃|督促|轉知|通知|提醒|儘速|盡速|儘快|持續|定期|針對|相關|所屬|各位|同仁|有關|安排|邀集|召集|協調|本|會同|協同|交由|責成|指派|於|就|依|將|把|在|自|向|對|為|該|貴|並|送|請|由|達|給|讓|使|以|做|作|要|應|需|須|再|多|全|速|先|即|洽|與|儘|盡|速|共)/u;
// 各工程處, 各區公所: every unit of a kind, like 各組室; kept as written.
const COLLECTIVE_BY_SUFFIX = new RegExp(`^各[\\u4e00-\\u9fff]{0,4}?${UNIT_SUFFIX}$`, "u");
// Characters that a unit's name never contains: particles and joiners mean the run crossed a phrase.
// 本 inside a name means a phrase ran into the organization's own name (送達本局, 有關本局).
const NOT_IN_NAME = /[於之的將就以為對依並及與和請由向在把時等後前或如、本其此該各送再洽]/u;
// 林副處長, 王局長: the suffix belongs to a person's title.
const TITLE_AFTER = /^(?:長|副|員)/u;

// A person asked by title, with an optional surname before it: 林副秘書長, 張主秘, 李主任秘書, 吳專委.
const TITLES = [
  "副總聯絡人", "府會聯絡員", "總督導", "副秘書長", "秘書長", "主任秘書", "主秘", "專門委員", "專委", "參事", "技監", "副局長", "局長", "副處長", "處長",
  "副主任", "主任", "副組長", "組長", "科長", "股長", "課長", "大隊長", "副隊長", "隊長", "所長", "館長", "副區長",
  "區長", "執行秘書", "執秘", "秘書", "副總工程司", "總工程司", "工程司", "副總", "聯絡人", "聯絡員", "召集人",
  "副主委", "主委", "執行長", "總經理", "經理", "理事長", "總幹事", "副縣長", "縣長", "副市長", "市長", "副院長",
  "院長", "署長", "次長", "顧問", "技正", "專員", "視察", "校長", "教務主任", "學務主任",
];
// A surname is one character, or one of the few of two; 安排局長 is a verb before a title, not a person.
const PERSON = new RegExp(
  `(?:歐陽|司馬|諸葛|張簡|范姜|[\\u4e00-\\u9fff])?(?:${[...TITLES].sort((a, b) => b.length - a.length).join("|")})`,
  "uy",
);

// How an organization refers to itself: never one of its divisions.
const SELF_WORDS = ["本處", "本局", "本府", "本會", "本署", "本部", "本院", "本所", "本中心", "本組", "本室", "本科"];

/** 本處, 本局…, the organization's full name and its short name (臺北市政府秘書處 → 秘書處). */
export function selfNamesOf(organization: string | null): string[] {
  if (organization === null) return SELF_WORDS;
  const short = organization.replace(/^.*?(?:市政府|縣政府|政府)/u, "");
  return [...new Set([organization, short, ...SELF_WORDS])].filter((n) => n !== "").sort((a, b) => b.length - a.length);
}

/** What one registry and organization give every scan: the names to look for, longest first. */
interface Vocabulary {
  readonly keys: readonly { readonly key: string; readonly name: string }[];
  readonly byKey: ReadonlyMap<string, string>;
  readonly selfKeys: readonly string[];
}

/** One text being scanned: as written, half-width (same length), and the vocabulary. */
interface Scan {
  readonly text: string;
  readonly half: string;
  readonly vocabulary: Vocabulary;
  readonly registry: DivisionRegistry;
}

const vocabularies = new WeakMap<AssigneeOptions, Vocabulary>();

function matchKey(text: string): string {
  return halfWidthOnce(text).replace(/\s+/gu, "");
}

function vocabularyOf(options: AssigneeOptions): Vocabulary {
  const cached = vocabularies.get(options);
  if (cached !== undefined) return cached;
  const keys = options.registry.divisions
    .flatMap((d) => [d.name, ...d.aliases].map((alias) => ({ key: matchKey(alias), name: d.name })))
    .filter((k) => k.key !== "")
    .sort((a, b) => b.key.length - a.key.length);
  const selfKeys = options.selfNames
    .map(matchKey)
    .filter((k) => k !== "")
    .sort((a, b) => b.length - a.length);
  const vocabulary = { keys, byKey: new Map(keys.map((k) => [k.key, k.name])), selfKeys };
  vocabularies.set(options, vocabulary);
  return vocabulary;
}

const UNIT_END = new RegExp(`${UNIT_SUFFIX}$`, "u");

const COLLECTIVES = [...COLLECTIVE_ASSIGNEES].sort((a, b) => b.length - a.length);

function skipSpaces(half: string, pos: number): number {
  let p = pos;
  while (p < half.length && /\s/u.test(half.charAt(p))) p++;
  return p;
}

function unitBySuffix(scan: Scan, pos: number): Unit | undefined {
  const { half, vocabulary } = scan;
  // 張主秘再邀集相關科室: the run holds a person's title, so a person is asked, not a unit
  const person = personAt(scan, pos);
  UNIT_BY_SUFFIX.lastIndex = pos;
  const match = UNIT_BY_SUFFIX.exec(half);
  if (match === null) return undefined;
  const name = match[0];
  const end = pos + name.length;
  if (person !== undefined && person.end < end) return undefined;
  if (NOT_A_NAME_START.test(name) || NOT_IN_NAME.test(name) || TITLE_AFTER.test(half.slice(end))) return undefined;
  if (NOT_A_UNIT.has(name)) return undefined;
  if (vocabulary.selfKeys.includes(name)) return undefined;
  const known = vocabulary.byKey.get(name) ?? scan.registry.normalize(name);
  if (known !== undefined) return { name: known, end, known: true };
  if (COLLECTIVE_BY_SUFFIX.test(name)) return { name: scan.text.slice(pos, end), end, known: true };
  // 工務局新建工程處: an agency followed directly by one of its own units is one name.
  if (/[局處]$/u.test(name)) {
    const inner = unitBySuffix(scan, end);
    if (inner !== undefined && !inner.known)
      return { name: scan.text.slice(pos, inner.end), end: inner.end, known: false };
  }
  return { name: scan.text.slice(pos, end), end, known: false };
}

function unitAt(scan: Scan, pos: number): Unit | undefined {
  const { text, half } = scan;
  const p = skipSpaces(half, pos);
  for (const pattern of [GROUP, COLLECTIVE_RUN]) {
    pattern.lastIndex = p;
    const run = pattern.exec(half);
    if (run !== null && !NOT_IN_NAME.test(run[0].slice(1))) {
      return { name: text.slice(p, p + run[0].length), end: p + run[0].length, known: true };
    }
  }
  for (const collective of COLLECTIVES) {
    if (half.startsWith(collective, p)) {
      return { name: text.slice(p, p + collective.length), end: p + collective.length, known: true };
    }
  }
  for (const { key, name } of scan.vocabulary.keys) {
    if (half.startsWith(key, p)) return { name, end: p + key.length, known: true };
  }
  return unitBySuffix(scan, p);
}

/** A unit, skipping the organization's own name in front of it (本處人事室 → 人事室). */
function readUnit(scan: Scan, pos: number): Unit | undefined {
  const p = skipSpaces(scan.half, pos);
  const self = scan.vocabulary.selfKeys.find((key) => scan.half.startsWith(key, p));
  return unitAt(scan, self === undefined ? p : p + self.length);
}

/** A person by title right at `pos` (林副秘書長), not a unit's head named with it (工務局長 is a unit's). */
function personAt(scan: Scan, pos: number): Unit | undefined {
  const p = skipSpaces(scan.half, pos);
  PERSON.lastIndex = p;
  const match = PERSON.exec(scan.half);
  if (match === null) return undefined;
  const name = match[0];
  if (NOT_A_NAME_START.test(name) || NOT_IN_NAME.test(name)) return undefined;
  return { name: scan.text.slice(p, p + name.length), end: p + name.length, known: false };
}

function readPeople(scan: Scan, pos: number): Unit[] {
  const people: Unit[] = [];
  let p = pos;
  for (;;) {
    const at = skipSpaces(scan.half, p);
    const self = scan.vocabulary.selfKeys.find((key) => scan.half.startsWith(key, at)) ?? OWN_PREFIX.exec(scan.half.slice(at))?.[0];
    const person = personAt(scan, self === undefined ? at : at + self.length);
    if (person === undefined) return people;
    people.push(person);
    const separator = LIST_SEPARATOR.exec(scan.half.slice(person.end, person.end + 4));
    if (separator === null) return people;
    p = person.end + separator[0].length;
  }
}

// 本局李主任秘書: a person of the organization itself.
const OWN_PREFIX = /^本(?:中心|處|局|府|會|署|部|院|所|組|室|科)/u;

// 〔財政局〕 or （民政局、財政局） ending an item names who carries it out.
const TRAILING_OWNER = /[(〔[【]([^()〔〕[\]【】]{2,40})[)〕\]】][\s。.;；]*$/u;

/** The units (or people) in a bracket that ends the text, when the bracket holds nothing else. */
function trailingOwners(scan: Scan): { units: Unit[]; people: Unit[] } {
  const match = TRAILING_OWNER.exec(scan.half);
  const none = { units: [], people: [] };
  if (match === null) return none;
  const start = match.index + match[0].indexOf(match[1] ?? "");
  const end = start + (match[1] ?? "").length;
  const units = readList(scan, start);
  if (units.length > 0 && skipSpaces(scan.half, units[units.length - 1]?.end ?? 0) === end) return { units, people: [] };
  const people = readPeople(scan, start);
  if (people.length > 0 && skipSpaces(scan.half, people[people.length - 1]?.end ?? 0) === end) return { units: [], people };
  return none;
}

function readList(scan: Scan, pos: number): Unit[] {
  const units: Unit[] = [];
  let p = pos;
  for (;;) {
    const unit = readUnit(scan, p);
    if (unit === undefined) return units;
    units.push(unit);
    const separator = LIST_SEPARATOR.exec(scan.half.slice(unit.end, unit.end + 4));
    if (separator === null) return units;
    p = unit.end + separator[0].length;
  }
}

// When no unit or titled person is named, the party a sentence still addresses: after 請/通知/由, or as
// the subject of 應/須/務必 opening a clause (各位理事, 永大電梯, 同仁, 各單位仍應). It ends where a verb or
// an adverb of the request begins.
const PARTY_END =
  "(?=協助|執行|辦理|參考|廣為|廣泛|參閱|詳查|督促|轉知|研議|研擬|提出|檢討|儘速|盡速|儘快|務必|於|再|持續|踴躍|配合|評估|注意|留意|加強|規劃|確認|處理|說明|提供|完成|積極|多加|主動|針對|就|依|先|即|共同|一起|支援|協調|整理|彙整|準備|撰寫|查|追蹤|落實|善加|妥|負責|安排|檢視|重新|更正|報告|書面|發給|宣導|推廣|修正|列入|邀集|出席|參加|在|做|作|將|把|給|向|對|自|多|勿|不要|務|仍|亦|均|皆|都|也|應|須|必須|要|與|及|會同)";
const ADDRESSED = new RegExp(`(?:請|通知|(?<![因理經藉自])由|交由)(?<party>[\u4e00-\u9fff]{2,6}?)${PARTY_END}`, "gu");
const SUBJECT = new RegExp(`(?:^|[,;。:])(?<party>[\u4e00-\u9fff]{2,6}?)(?:仍|亦|均|皆|都|也)?(?:應|須|必須|務必)`, "gu");
// Words that open a request or a clause without naming anyone (請於, 請儘速, 目前, 為了).
// A verb right after 請 (請研定處理原則) asks the meeting's readers at large: no party is named.
const NOT_A_PARTY =
  /^(?:大家|於|儘|盡|再|持續|主席|本案|本次|此|這|目前|為|因|若|如|將|該|其|以|相關|今|明|後續|未來|日後|爾後|另|並|且|惟|但|而|仍|研|擬|查|檢|審|核|辦理|提出|提供|提報|協助|協調|執行|配合|評估|注意|留意|加強|規劃|確認|處理|說明|完成|積極|主動|落實|妥|負責|安排|修正|修訂|列入|邀集|轉知|督促|彙整|整理|準備|撰寫|追蹤|宣導|推廣|發函|函|通知|更新|重新|收集|蒐集|召開|訂定|改善|清查|建置|申請|購置|汰換|送|持|多|踴躍|參|繼續|立即|速|即)/u;

const AFTER_SUBJECT = new RegExp(`^\\s*${PARTY_END}`, "u");
const MODAL_AFTER_SUBJECT = /^\s*(?:仍|亦|均|皆|都|也)?(?:應|須|必須|務必|負責)/u;
const CLAUSE_START = /(?:^|[,;。:])\s*/gu;

/**
 * A unit that opens a clause and acts in it (各單位持續就…加強宣導, …,相關單位於12月中旬前確定), or the
 * organization itself doing so (本府於後續…應說明, 請本局與建管處同仁…).
 */
function actingUnit(scan: Scan): { unit: Unit; modal: boolean } | undefined {
  let own: { unit: Unit; modal: boolean } | undefined;
  for (const start of scan.half.matchAll(CLAUSE_START)) {
    const p = start.index + start[0].length;
    const self = scan.vocabulary.selfKeys.find((key) => scan.half.startsWith(key, p));
    const unit = self === undefined ? unitAt(scan, p) : { name: scan.text.slice(p, p + self.length), end: p + self.length, known: false };
    if (unit === undefined) continue;
    const rest = scan.half.slice(unit.end);
    if (!AFTER_SUBJECT.test(rest)) continue;
    const acting = { unit, modal: MODAL_AFTER_SUBJECT.test(rest) };
    if (self === undefined) return acting;
    own ??= acting;
  }
  return own;
}

/** The first party a unit's name, else the first party at all (本校亦應…，國際處皆應… → 國際處). */
function addressedParty(scan: Scan, patterns: readonly RegExp[] = [ADDRESSED, SUBJECT]): Unit | undefined {
  const parties: Unit[] = [];
  for (const pattern of patterns) {
    for (const match of scan.half.matchAll(pattern)) {
      const party = match.groups?.party;
      if (party === undefined || NOT_A_PARTY.test(party)) continue;
      const start = match.index + match[0].indexOf(party);
      const unit = readUnit(scan, start);
      if (unit !== undefined && unit.end === start + party.length) parties.push(unit);
      else parties.push({ name: scan.text.slice(start, start + party.length), end: start + party.length, known: false });
    }
  }
  return parties.find((party) => party.known || UNIT_END.test(party.name)) ?? parties[0];
}

/**
 * Finds the divisions an item assigns work to, lead first.
 *
 * Lead: the units right after `請`, `交由`, `責成`, `指派` or `由`, in order, lists included
 * (`請機要組、市民服務組盤點…` gives both). When no unit follows them, the unit the sentence opens
 * with leads (`總務組因應宿舍…，請注意…` → 總務組). Support: units after `會同`, `協同`, `並送`,
 * `送請`, `送` and `並與`. Only these positions count: 公園處 in `請公管中心提醒公園處…` is reminded,
 * not assigned, and 文書組 in `請各組依文書組提示內容配合辦理` is a source. People (`林副秘書長`) are
 * not divisions; an item asked of people alone has no divisions but is still directed.
 *
 * Names go through the registry (`國務組` → 國際事務組); collective words (`各組室`, and any
 * `各…處/局/科…` such as `各工程處`) stay as written;
 * other units ending in 組, 室, 科, 中心, 處, 局, 隊 or 所 are kept as written and listed in `unknown`.
 *
 * @example
 * findAssignees("請各組室及公管中心踴躍提報參加廉能透明獎，爭取本處榮耀。", options).divisions
 * //=> ["各組室", "市政大樓公共事務管理中心"]
 */
export function findAssignees(text: string, options: AssigneeOptions): Assignees {
  const scan: Scan = { text, half: halfWidthOnce(text), vocabulary: vocabularyOf(options), registry: options.registry };
  const { half } = scan;
  const found: { unit: Unit; role: Role }[] = [];
  const people: Unit[] = [];
  let asked = false;
  for (const trigger of half.matchAll(TRIGGER)) {
    const role: Role = trigger.groups?.lead !== undefined ? "lead" : "support";
    const after = trigger.index + trigger[0].length;
    const units = readList(scan, after);
    const asks = role === "lead" && units.length === 0 ? readPeople(scan, after) : [];
    people.push(...asks);
    // 由 and 交 are too common to direct anyone unless a unit or a person follows (由總務組統籌).
    if (role === "lead" && (!WEAK_TRIGGERS.has(trigger[0]) || units.length > 0 || asks.length > 0)) asked = true;
    for (const unit of units) found.push({ unit, role });
  }
  const trailing = trailingOwners(scan);
  if (trailing.units.length > 0 || trailing.people.length > 0) asked = true;
  const lead: Role = "lead";
  found.unshift(...trailing.units.map((unit) => ({ unit, role: lead })));
  people.unshift(...trailing.people);
  const hasLead = found.some((f) => f.role === "lead");
  // 活動中心活化…，請同仁…: whom 請 asks leads before the unit the sentence opens with
  const acting = !hasLead && people.length === 0 ? actingUnit(scan) : undefined;
  if (acting?.modal === true) asked = true;
  const askedParty = !hasLead && people.length === 0 ? (acting?.unit ?? addressedParty(scan, [ADDRESSED])) : undefined;
  if (askedParty !== undefined) {
    if (askedParty.known || UNIT_END.test(askedParty.name)) found.unshift({ unit: askedParty, role: "lead" });
    else people.unshift(askedParty);
  }
  const addressee = readUnit(scan, 0) ?? (people.length === 0 ? personAt(scan, 0) : undefined);
  if (addressee !== undefined && !hasLead && askedParty === undefined && (asked || options.instruction === true || MODAL.test(half.slice(addressee.end)))) {
    if (addressee.known || UNIT_END.test(addressee.name)) found.unshift({ unit: addressee, role: "lead" });
    else people.unshift(addressee);
    asked = true;
  }
  if (found.length === 0 && people.length === 0) {
    const party = addressedParty(scan);
    if (party !== undefined) {
      if (party.known || UNIT_END.test(party.name)) found.push({ unit: party, role: "lead" });
      else people.push(party);
    }
  }
  const ordered = [...found.filter((f) => f.role === "lead"), ...found.filter((f) => f.role === "support")];
  const divisions: string[] = [];
  const supporting: string[] = [];
  const unknown: string[] = [];
  for (const { unit, role } of ordered) {
    if (divisions.includes(unit.name)) continue;
    divisions.push(unit.name);
    if (role === "support") supporting.push(unit.name);
    if (!unit.known) unknown.push(unit.name);
  }
  const names = [...new Set(people.map((p) => p.name))];
  return { divisions, supporting, unknown, people: names, directed: asked };
}

/** Who an item's text asks to act, as the import review shows it: lead units, supporting units, people. */
export interface ItemOwners {
  readonly lead: string[];
  readonly supporting: string[];
  readonly people: string[];
}

/**
 * The owners of a text the secretary adds or splits in the review, read as the parser reads an item;
 * `organization` is the meeting's (its own name is never one of its units).
 *
 * @example
 * readOwners("請資訊室會同政風室於 7 月底前提出報告", registry) //=> { lead: ["資訊室"], supporting: ["政風室"], people: [] }
 */
export function readOwners(text: string, registry: DivisionRegistry, organization: string | null = null): ItemOwners {
  const found = findAssignees(text, { registry, selfNames: selfNamesOf(organization), instruction: true });
  return { ...ownersFrom(found), people: found.people };
}
