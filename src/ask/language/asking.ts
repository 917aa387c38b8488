/**
 * The language of asking: words that make a sentence a question or fill it out, never what it is
 * about. Hand-written (no general list has them), short, and never for a word a test question
 * used: a topic word belongs in the pages. With the general stopword lists of the `stopword`
 * package (English, Chinese), they are what the general reading (engine/general.ts) skips.
 */
import { eng, zho } from 'stopword';

const ASKING_EN = `what whats how where when why who whom which whose can cant could should would will do does did dont
  doesnt didnt is isnt are arent was i im ive my me mine we our us you your yours please pls tell know want wanna need
  able anyone someone somebody hey hi hello thanks thank help also just actually really ever still yet thing things
  stuff something anything happen happens happened mean means meaning ok okay kind sort there get gets got go goes going
  let lets like possible any every anymore some see lol btw idk u ur so one each then vs versus`;

const ASKING_ZH = `怎么 怎样 怎么样 如何 咋 咋办 怎么办 什么 什么样 啥 哪里 哪儿 哪 哪个 哪些 为什么 为啥 为何 是否 能否 可以 能不能
  可不可以 有没有 是不是 会不会 要不要 我 我们 你 你们 您 一下 请问 麻烦 谢谢 想 想要 需要 要 能 能够 应该 得 吗 呢 吧 啊
  呀 嘛 哦 了 的 一般 大概 到底 究竟 具体 现在 已经 这个 那个 这些 那些 这样 那样 时候 的话 如果 还 就 然后 东西 问题 情况
  事情 意思 一些 一个 有 没有 没 不 会 是 在 做 弄 搞 回事 知道 告诉 帮 帮我 正常 一定 先 再 才 都 也 又 还是 或者 和 跟 与
  一直 老是 总是 每次 自己 别人 有人 谁 多少 多久 几 几天 时间 以后 之后 以前 之前 原因 区别 不同 差别 一般 通常 第一 第一步
  里 上 下 后 前 中 时 点 哪儿 去 来 到 用 说 看 让 把 被 给 对 从 为 这 那 很 太 吧 好 行 想 弄`;

/** Forms of asking spelled over several words: taken out of a question before its words are read. */
const ASKING_PHRASES = [
  'how long',
  'how often',
  'how much',
  'how many',
  'how soon',
  'each time',
  'every time',
  'at the same time',
  'what happens',
  'what happened',
  'what should i do',
  'is there',
  'are there',
  'kind of',
  'sort of',
];

/**
 * Forms that ask for a number or a time: only a passage that gives one answers them. Not "when"
 * before a gerund, nor before a subject after other words ("when testing a link, …", "… get told
 * when the email is changed": when something happens; but "when's the …", "see when my token …"
 * ask a time), not "min" after a number
 * ("10 min": minutes), not 几 before a numeral (几百: several hundred).
 */
export const NUMBER_ASKED =
  /\bhow (long|much|many|often|soon|big|large|far|old)\b|\bwhen\b(?!\s+[a-z]+ing\b)(?!\s+(i|we|you|they|he|she|it|the|an?|my|our|your|their|this|that|someone)\b)|(?<![\w'’][\s,]*)\bwhen\s+(i|we|you|they|he|she|it|the|an?|my|our|your|their|this|that|someone)\b|\b(see|know|tell|check|show|shows|say|says|remember|sure|out)\s+when\b|\b(max|(?<!\d\s*)min)(imum)?\b|\blimit\b|多少|多久|多长|多大|多快|多频繁|几(?![十百千万])|什么时候|啥时候|何时|上限|下限|最多|最少|最长|最短|期限/;

/**
 * Forms that ask how many of a thing (English): a number answers them only when it counts a thing
 * the question names ("4–30 characters" for "how many characters"). Chinese counts with a measure
 * word (几个字符), which the general reading does not read after a number: none listed.
 */
export const COUNT_ASKED = /\bhow many\b|\b(max|(?<!\d\s*)min)(imum)?\b|\blimits?\b|\bnumber of\b/;

/**
 * Forms that ask how to do something, or whether one may: the word after them (an adverb or two
 * aside) is what the question asks to be done ("how do I delete …", "can we export …").
 * Not after "why" ("why can't I type in it?" asks a reason); not "where do (can) I": its word is one of
 * finding (find, start, see), the place it asks for.
 */
export const ACTION_ASKED_EN =
  /\b(?:how (?:do|can|could|should|would|will|does) (?:i|we|you|they|one)|how to|(?<!\b(?:why|where) )(?:can|could|may) (?:i|we|you|they)|is it possible to)(?: (?:also|just|still|even|actually|now|then|ever|easily|quickly|somehow))* ([a-z]+)/g;

/** The Chinese forms of asking how to do something: the word right after them is the action (not 可以, 能不能: a time or a manner comes between, 可以每天 …). */
export const ACTION_ASKED_ZH = /怎么样?|怎样|如何|咋/g;

/** Forms that ask which of a kind of thing ("which day", "what fields"): the word right after them names the kind. */
export const KIND_ASKED_EN = /\b(?:what|which)\s+([a-z]+)/g;

/** The Chinese forms of asking which of a kind (哪些字段, 什么字符): the word right after them names the kind. */
export const KIND_ASKED_ZH = /哪些|哪个|哪种|哪一个|什么/g;

/** The Chinese form of asking where a thing is (列表在哪里, 在哪能), not which one (在哪个页面: a kind). */
export const PLACE_ASKED_ZH = /在哪(?![个些种一])/g;

/**
 * Forms that ask for the step after the one they name ("I picked X, what do I click next?"). Not
 * "next to" before a determiner or a pronoun: a place (next to each rule); before a verb it is
 * still "next" ("what do I click next to save it").
 */
export const NEXT_ASKED =
  /\b(next(?! to (?:the|an?|each|every|it|its|my|your|our|their|his|her|this|that|these|those|them)\b)|after that|after this)\b|下一步|接下来|然后呢|然后(要|该|再)?(干嘛|做什么|做啥|点哪)/;

/** Forms that ask for the first step of a procedure. */
export const FIRST_ASKED =
  /\b(first step|first thing|where do i start|start with)\b|第一步|首先要|先要|从哪(里|儿)?开始/;

/** A sentence that points back ("Once you select this button, it will disappear") needs the one before it. */
export const POINTS_BACK = /^(it|they)\b|^[^,.;:]{0,40}\b(this|these|those)\b|^[^，。；：]{0,12}(该|此|这|它)/i;

/** Characters that come off the ends of a Chinese word found in the pages (的提现 → 提现); listed as `~的`. */
const TRIM_ZH = '的 了 吗 呢 吧 啊 呀 嘛 我 你 您 在 是 把 被 给 就 都 也 还 要 会 能 想 去 来 到 里 这 那 哪 么 啥 个';

/** The index's list: single words, and the phrases (with a space) taken out first. */
export const askingWords = (): string[] => [
  ...new Set([
    ...eng,
    ...zho,
    ...`${ASKING_EN} ${ASKING_ZH}`.split(/\s+/).filter(Boolean),
    ...ASKING_PHRASES,
    ...TRIM_ZH.split(' ').map((char) => `~${char}`),
  ]),
];

/**
 * Forms that ask what happens when something is not done or left empty ("if I don't fill in …",
 * "leave it blank", 如果不填, 留空): a passage that says what happens by default or otherwise answers them.
 */
export const IF_NOT_ASKED =
  /\bif (i|we|you|they) (don'?t|do not|didn'?t|never|skip|leave)\b|\b(leave|left) (it |that |this )?(empty|blank)\b|\bwithout (setting|entering|filling|choosing|adding)\b|(如果|要是|假如)[^，。？?]{0,6}(不|没|未)|留空|空着/;

/** Connectives that give a reason (because, so that, 以免): a passage with one answers "why". */
export const GIVES_REASON = /\b(because|since|so that|so you|to avoid|otherwise)\b|因为|由于|以便|以免|以防|否则|为了/;

/**
 * A Chinese word for a person or a role, as the language builds them (管理员, 技术联系人, 授权的人员,
 * 其他人; not 个人, personal, nor 人民币): a passage saying one (or whose twin does) may answer "who".
 */
export const SAYS_PERSON = /(?<!个)人(?!民)|员/;

/** Words that say what happens when nothing is chosen: a passage with one answers "what if I don't". */
export const SAYS_DEFAULT = /\b(by default|default|otherwise|unless)\b|默认|否则|除非/;

/**
 * Forms that ask whether, or who, is sent or told something ("do I get any email …", "does the
 * old address get told", "will I be notified", 会通知到谁, 能收到吗): pages say it from the
 * sender's side ("impact.com sends a notice"), so a passage that sends answers them. Not after
 * how, where … ("how do I get a new token" asks how to obtain one).
 */
export const RECEIPT_ASKED =
  /(?<!\b(how|where|what|which|why) )\b(do|does|did|will|would|should)(n'?t| not)? (i|we|you|they|he|she|it|someone|anyone|(the|my|our|your|their) [\w-]+( [\w-]+)?) (also |still |ever )?(receive|hear|get (an?|any|some|told|notified|informed|emailed|alerted|warned)|be (told|notified|informed|emailed|alerted|warned))\b|\bwho (gets|receives|will (get|receive))\b|\bwho (is|will be|gets) (told|notified|informed|emailed|alerted|warned)\b|通知(到|给)?谁|谁(会|能)?(收到|接到|被通知)|(会|能)(不会|不能)?(收到|接到|收得到)|会(不会)?被?通知/;

/** Words that send (sends, 发送): a passage with one answers "do I get …", told from the sender's side. */
export const SAYS_SENT = /\b(send|sends|sent|emails|notifies)\b|发送|发给|发出/;

/**
 * Where the thing whose number is asked stands: right after "how many" / "how much" (group 1:
 * "how many retries"), right before 几, 多少, 多久, 多长 (重试几次, 密码能设多长, a modal between).
 */
export const COUNTED_AFTER = /\bhow (?:many|much) ([a-z]+)/g;
export const COUNTED_BEFORE = /^(?:会|能|要|可以)?(?:几|多少|多久|多长)/;

/**
 * What the asker says they do not want, to its clause's end ("… but don't want to delete the
 * setup", "without buying anything", "instead of the homepage", 不想删掉配置; not 要不要, which
 * asks whether): the passage that does it is not the one asked for. Read in folded text, where
 * "don't" is "do".
 */
export const NOT_WANTED =
  /(\bwithout|\binstead of|\brather than|\b(do|did|dont|didnt)( not)? want to\b|不想|(?<!要)不要)[^,;!?，。；！？]*/g;

/** Words in brackets, either width: an aside ("a postback (also called an S2S notification)"). */
export const ASIDE = /\([^()]*\)|（[^（）]*）/g;

/** A sentence that sends the reader elsewhere ("See *Macro reference* below.", "To rotate them, see …", 请参阅): the details are there. */
export const POINTS_ELSEWHERE = /(^|[,，:：]\s*)(see|refer to)\b|参阅/i;

/**
 * The time after a thing ("after I verify", "once you verify", 验证完成以后, 完成验证后; not 然后,
 * 最后, 后面, 后台, 后来, 后续, 后果) and the time before it (before, until, 之前, 以前), in a
 * question or a passage.
 */
export const SAYS_AFTER = /\b(after|once)\b|(?<![然最])后(?![面台来续果])/i;
export const SAYS_BEFORE = /\b(before|until)\b|[之以]前|前(?=[，,])/i;

/** A step the reader may skip, as docs mark it ("(Optional) Enter …", "（可选）输入 …"). */
export const OPTIONAL_STEP = /^\s*[(（]\s*(optional|可选)\s*[)）]/i;

/** A sentence that ends in a colon (either width) announces the list after it. */
export const ANNOUNCES_LIST = /[:：]\s*$/;

/**
 * Words of the text that point back to an earlier passage (closed-class grammar: deictic adverbs
 * and determiners, not topic words), read by ../engine/referent.ts. `page`: they point anywhere
 * earlier on the page ("the requirements above", "the previous section", 满足上述要求, 以上步骤,
 * 上面的表格, 前面的设置); group 1 is what follows them, the thing they may name. `section`: the
 * determiners that point back within a section ("these settings", "that brand", 这些凭证, 该地址;
 * not 应该, which is a modal). English "above" is read on its own (its noun comes before it).
 */
export const POINTS_TO_EARLIER = {
  en: {
    above: /\babove\b/g,
    page: /\bthe (?:previous|preceding|aforementioned) ((?:[a-z][\w-]*\s*){1,3})/g,
    section: /\b(?:these|those|that) ([a-z][\w-]*)/g,
  },
  zh: {
    // 以上 after a number means "or more" (10 个字符以上的): deictic only before a word of its own (以上要求).
    page: /(?:上述|以上(?=\p{Script=Han})(?!的)|上面的|前面的)(\p{Script=Han}*)/gu,
    section: /(?:这些|(?<!应)该)(\p{Script=Han}*)/gu,
    // Said without a noun: the passage just before.
    bare: /如上(?:所述|所示)|上文/gu,
  },
} as const;

/**
 * The words before English "above" that say what it points to: "the requirements listed above",
 * and what a preposition puts in it ("every macro in the table above": the macros).
 */
export const NAMED_BEFORE_ABOVE =
  /\b(?:(?:[a-z][\w-]*\s+){1,2}(?:in|of|from|on)\s+)?(?:the|these|those)\s+(?:[a-z][\w-]*\s+){1,3}$/;
/** "above" as a preposition ("at or above your minimum", "above 10"): a determiner or a number follows. */
export const ABOVE_PREPOSITION =
  /^\s*(?:(?:the|a|an|this|that|these|those|each|every|any|your|my|our|its|their)\b|[\d$€£¥])/;

/** Words before which an English word is a noun ("to confirm the change"), not the action asked (closed-class grammar, not topic words). */
export const DETERMINER = /^(?:the|a|an|this|that|these|those|each|every|any|no|your|my|our|its|their)$/;

/**
 * A rate: a number per unit of time ("per second", "every 90 days", "times a day", "each month",
 * "daily", 每分钟, 每 90 天, 每月). A question asking a number at a rate ("how many times per day")
 * is answered only by a passage that gives one: a passage's number of another kind ("expires
 * after 24 hours", "within 10 seconds") is not how many per day or per second.
 */
export const RATE =
  /\b(?:per|each|every)\s+(?:\d+\s+)?(?:second|minute|hour|day|week|month|year)s?\b|\b(?:once|twice|times?)\s+(?:a|an)\s+(?:second|minute|hour|day|week|month|year)\b|\b(?:hourly|daily|weekly|monthly|yearly|annually)\b|每\s*\d*\s*个?(?:秒|分钟|分|小时|天|日|周|星期|月|年)/;

/**
 * Forms that put the thing an action is done to in another person's hands ("on his user", "for
 * another user", "for someone else", "on behalf of"), after a form of asking whether one may or
 * how (`ASKS_WHETHER_OR_HOW`), in its sentence: pages speak to the reader of the reader's own
 * things ("your sign-in email"), so only a passage that speaks of another's (`SAYS_OTHERS`)
 * answers them.
 */
export const OTHERS_ASKED = /\b(?:on|for) (?:his|her|their|another|someone else|somebody else)\b|\bon behalf of\b/;

/** Words that ask whether one may, or how ("can an admin change …"): `OTHERS_ASKED` after them asks of another's thing. */
export const ASKS_WHETHER_OR_HOW = /\b(?:can|could|may|how)\b/;

/** Words that speak of another person's things ("their own", "another user's", "someone else's", "on behalf of"). */
export const SAYS_OTHERS =
  /\b(?:their|his|her)\b|\b(?:another|other|each) [a-z-]+(?:'s|’s|s'|s’)|\bsome(?:one|body) else|\bon behalf of\b|\bfor (?:another|other)\b/;

/** Where a question ends in a run of several (after its question mark), and whether a part or a clause ends as a question ("?" or its full-width form). */
export const AFTER_QUESTION_MARK = /(?<=[?？])/;
export const ENDS_AS_QUESTION = /[?？]\s*$/;

/**
 * What gives a place on a page, as pages name one: a path ("Settings → Technical") or a named part
 * of the screen (a tab, a card, a menu, the navigation bar: "open the Delivery Log tab", 登录详情
 * 卡片). A passage with one answers "where"; one without ("A postback is …") does not.
 */
export const GIVES_PLACE =
  /→|\b(tabs?|cards?|pages?|menus?|navigation bar|sidebar|panel|dashboard)\b|选项卡|标签页|卡片|页面|菜单|导航栏|侧边栏|面板/i;

/**
 * A question that asks where a thing is, in so many words ("where do I find …", 在哪里能看到; not
 * 在哪个页面, which asks a kind, nor "go to" or 会去哪里, which ask where something goes).
 */
export const WHERE_ASKED = /\bwhere\b|在哪(?![个些种一])/i;
