/**
 * The language data of the `?ask=` lookups, zh and en side by side: spellings folded before
 * matching, the words that carry no meaning for retrieval (function and question words, fillers
 * of everyday speech), and the question forms that decide what kind of answer is built. The
 * concepts themselves (reset ↔ 重置, …) are in ./concepts.ts. Reviewed by hand; never derived
 * from test questions. Only NORMALIZATIONS, the path's arrow and the label brackets are code the
 * site's worker carries; the rest travels in the index (FORMS below, and the word lists).
 */

import type { PerLanguage } from '../types.ts';

/** Spellings folded before matching: 读/写 and 读写 are one word; 改变/变更 mean 更改. */
export const NORMALIZATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/读\s*\/\s*写/g, '读写'],
  [/改变|变更/g, '更改'],
  [/身分/g, '身份'],
  // A phrasal verb around its object reads as the verb: "set it up", "turn legacy tokens on", "get the button back".
  [/\b(set)\s+((?:[\w'-]+\s+){1,3}?)(up)\b/g, '$1 $3 $2'],
  [/\b(turn|switch)\s+((?:[\w'-]+\s+){1,3}?)(on|off)\b/g, '$1 $3 $2'],
  [/\b(get|bring|roll|put)\s+((?:[\w'-]+\s+){1,3}?)(back)\b/g, '$1 $3 $2'],
  // "干点啥" is doing something, not clicking (点).
  [/[干做弄搞]点(啥|什么)/g, '做什么'],
  [/\bfor (example|instance)\b|比如说?|例如/g, ' '],
  // Who asked for it is not what is asked: "my boss wants me to upgrade", "our developer needs the SID".
  [
    /\b(our|my|the)\s+(developer|dev|engineer|boss|manager|colleague|coworker|contractor|team|client)\s+(needs|wants( me to)?|asked( me)?( to| for)?|is asking( me)?( for)?|asks( me)?( for)?)\b/g,
    ' ',
  ],
  [/(老板|领导|上司|经理|同事|开发|开发者|程序员|客户)(让我|叫我|要我|找我要|问我要)/g, ' '],
  // When something happened is no subject ("last week" is not the last use of a token).
  [/\b(last|this|next) (week|month|night|time|weekend|monday|tuesday|wednesday|thursday|friday)\b/g, 'recently'],
  // "The difference between" asks to compare (different alone is another word: a different token).
  [/\bdifferences?\b/g, 'compare'],
];

/** 读写 in a question also marks 读/写 in an excerpt. */
export const HIGHLIGHT_VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [[/读写/g, '读\\s*\\/?\\s*写']];

/** A list written as words separated by spaces. */
export const wordList = (words: string): string[] => words.split(/\s+/).filter(Boolean);

/**
 * Words that carry no meaning for retrieval: particles and pronouns, question words, fillers of
 * everyday speech, generic verbs. Plain text here: the build puts them in the index
 * (src/ask/glossary.ts), so the site's worker does not carry them.
 */
const STOPWORDS_ZH = `的 了 是 在 我 我们 您 你 你们 它 它们 他 她 咱 咱们 我的 你的 您的 我们的 吗 呢 吧 啊 呀 哈 嘛 哦 呗 喔 嗯 啦 么
    和 与 或 或者 及 以及 等 把 被 让 对 从 到 就 也 都 还 还是 又 再 要 会 能 能够 可以 可能 应该 应当 必须 需要 想 想要 打算 准备
    如何 怎么 怎样 怎么样 怎麼 咋 咋样 咋弄 咋整 啥 什么 什么样 是什么 为什么 为啥 为何 干嘛 干啥 哪里 哪儿 哪 哪个 哪些 哪种 哪一种
    是否 能否 可否 有没有 是不是 会不会 能不能 有 没 没有 不 这 那 这个 那个 这些 那些 一个 个 之 一下 一些 些 次 一次
    后 前 中 上 下 里 里面 上面 下面 时 时候 情况 情况下 之前 以前 之后 以后 然后 现在 已经 刚 刚刚 完 才 很 太 比较 到底 究竟 具体 直接
    请 请问 问 麻烦 谢谢 大佬 老师 帮忙 帮我 告诉 知道 以 将 并 该 如果 那么 这样 那样 所以 因为 但是 而且 其他 所有 任何
    使用 用 去 来 做 弄 搞 办 怎么办 按 操作 进行 步骤 方法 办法 流程 意思 意味着 含义 指 叫做 叫 发生 东西 地方
    问题 正常 回事 重要 在线等 急 急急急 求助 求解 求教 请教 请教一下 麻烦问下 问下 问一下 知道吗 有人知道吗 大家 大家好 感谢 多谢 谢了 谢啦 拜托 哈哈 嘿嘿 呵呵 嘞 捏 哇 咧 喂 哎 唉 嗨 行不行 好不好 对不对 可不可以 玩意 玩意儿 东东 注意 说明 定义 含义 解释 最佳实践 做法 实践 场景 场合 情形 谁 多久 多长时间 干嘛 在哪 在哪儿 在哪里 去哪 去哪儿 干嘛的 干什么 干啥的 是干嘛 做什么 什么的 建议 说 说了 讲 作用 用途 用处 关系 选项 适合 合适 样 种 些 位 条 份 件 着 过 所 其 此 每 各 即 那边 这边 那里 这里 页面 界面 页 处理 应对 找 找到 查到 位置 入口 进入 仍 仍然 依然 得 地
    打开 多少 几 时间 这块 这一块 这方面 方面 一块 影响 后果 不小心 意外 误 担心 害怕 着急 合作伙伴 伙伴 必要 有必要 没必要 还得 包含 包括
    区别 不同 差别 差异 对比 一件事 第一件事 开始 今天 昨天 明天 上周 这周 本周 上个月 这个月 最近 刚才 早上 上午 下午 晚上`;

const STOPWORDS_EN = `a an the is are was were be been being am do does did doing done i me my mine myself we us our you your it its
    they them their he she his her this that these those to of in on at for with from by as and or if then so than too very
    how what whats why when which who whom whose where wheres can could should would will shall may might must cant
    there here about into after during while until since once again still yet already ever never always now also else
    other another some any every each own same such only just really actually exactly please pls plz thanks thank hey hi
    hello ok okay up out off over under via per get gets got getting go goes going went come use used uses using need
    needs needed want wants wanted try trying tried happen happens happened supposed have has had having one way ways
    thing things stuff much many tell explain help open seen saw look looking find
    found locate keep step steps right someone anyone give gives deal practice practices tip tips recommendation whole entire anywhere somewhere everywhere anything something im ive dont doesnt isnt able allowed possible not no yes let
    know like mean means meaning even uh um definition define defined exist exists sure before prior lol lmao btw idk thx tia cheers day days nowadays currently live lives point normal expected fine folks guys everyone yo yeah yep nope huh eh quick matter important gimme wanna gotta gonna lemme u ur impact com page pages screen tab option choice kind type sort suitable appropriate idea two both best better good proper properly correct correctly
    itself themselves ourselves yourself yourselves himself herself sometime sometimes ask asks asked asking kinda sorta
    worried worry worries concerned afraid scared nervous overkill necessary required mandatory worth partner partners
    listed leave left practise practises accident accidentally accidently mistake mistakenly contain contains include
    includes hand effect effects consequence consequences today yesterday tomorrow week weeks morning afternoon evening
    tonight month months ago recently earlier later between compare comparison versus vs nobody everything nothing return returns returned returning style`;

/** The stopwords of each language the site has (a locale added to the site is a type error here). */
export const STOPWORDS: PerLanguage<string> = { zh: STOPWORDS_ZH, en: STOPWORDS_EN };

/**
 * Function characters the segmenter may glue to a word (会变, 领牌后会, 是干嘛的): they are cut off
 * its ends. Position words (下线, 上传) only off its end, since they may begin a word.
 */
export const PARTICLES = '的 了 吗 呢 吧 啊 呀 么 会 是 在 就 也 都 还 要 能 可 把 被 给 让';
export const POSITIONS = '上 下 中 里 前 后';

/** Where a question's clauses break: punctuation, a full stop before a space (not impact.com), a dash. */
const CLAUSE_BREAK = /[,;!?，。；！？、]+|\.(?=\s|$)|\s[-–—]\s|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/** A greeting before the question ("hi team,", "大家好，"): not part of it; a few words at most ("hey whats the …?" asks). */
const GREETING =
  /^\s*((hi|hey|hello|dear|morning|good (morning|afternoon|evening))\b(\s+[^\s,.!?，。！？]+){0,3}\s*[,.!?，。！？]+|(大家好|各位好|各位|你好|您好|哈喽|嗨)[，,。！!\s]*)/i;

/**
 * Where a side clause begins: a purpose ("so I can paste it into …", "in order to"), a reason
 * ("because we …", "since I …"), an aside ("if that matters", "been clicking around for 10 min").
 * It tells why or around; the clause before it asks.
 */
const SIDE_CLAUSE =
  /\b(so (that )?(i|we|you|they|he|she|it|my \w+|our \w+|the \w+) (can|could|will|would|may|might|wont|won't|dont|don't|do not)|in order to|so as to|(because|cause|cuz|coz|since) (i|we|they|he|she|it|my|our)|if (that|it) (matters|helps)|just in case|(i'?ve |we'?ve |i have |we have )?been \w+ing)\b/i;

/**
 * Where a relative clause may begin, in English: a subject pronoun right after a word, no "that"
 * between ("the links I've made so far", "a tool we use"): group 1 the word before, group 2 the
 * word after the pronoun (and its auxiliary). The reader checks both are words of substance (not
 * "when I reset", "can I see").
 */
const RELATIVE_CLAUSE =
  /\b([a-z]+(?:['’][a-z]+)?)\s+(?=(?:i|we|you|they)(?:['’]ve|['’]d|\s+have|\s+had)?(?:\s+(?:already|just|ever|never))?\s+([a-z]+(?:['’][a-z]+)?))/i;

/**
 * A clause that tells, in English: it begins with who or what it is about ("my coworker is trying
 * …", "I closed it last month"), asks with no question word and does not end in "?".
 */
const TELLING =
  /^(?![^?]*\?\s*$)(?!.*\b(what|whats|why|where|how|which|who|when|whether)\b)\s*(ok |okay |so |and |but |also |plus |btw |well )*(i|im|i'm|ive|i've|we|we're|weve|we've|my|our|it|its|it's|they|their|he|she|his|her|someone|somebody|the|this|that|these|those)\b/i;

/** "Where …": answered by the place (a step and the path to it, or a passage that names the place). */
const PLACE =
  /\b(where|whereabouts|locate|find|navigate|get to|go to|open|access (the|my|your|our)|(get|grab|obtain) (my|the|our|your)|(which|what) (section|category|heading|group))\b|在哪|哪里|哪儿|去哪|从哪|位置|入口|找到|找不到|进入|怎么进|打开|点开|哪个(分类|类别|栏目|分组|板块)/i;

/** "How do I …": answered only by the steps that do it. */
const PROCEDURE =
  /\bhow\b(?! (long|often|many|much|come|soon)\b)|\bsteps?\b|如何|(?<!会)怎么(?!办|会|回事)|(?<!会)怎样|怎麼|咋(?!办|回事)|步骤|方法/i;

/** "How should I …", "what should I do": advice (a practice, a reason), not only a path of steps. */
const ADVICE =
  /\b(should|best|recommend(ed)?|advice|what now|what (do|should|can) (i|we) (need to |have to )?do|what do(?=\W*$)|what to do|handle|deal with|respond|suitable|appropriate|best practices?|tips?|recommendations?|good idea)\b|应该|应当|最好|建议|怎么办|咋办|该怎么|要怎么做|怎么处理|如何处理|怎么应对|如何应对|适合|合适|行不行|可不可以|\bis it (ok|okay|fine|safe|a good idea|wise) to\b|要做什么|该做什么|需要做什么|(?<!能)(干|做)(啥|什么)[?？!！。\s]*$|注意|咋整|怎么整|咋弄|怎么搞|咋搞|怎么弄|最佳实践|做法/i;

/** "Why …": the reason first. */
const REASON =
  /\b(why|how come|does it (\w+ )?matter|what'?s the point)\b|为什么|为啥|为何|干嘛要|怎么会|怎么回事|咋回事|重要吗|有啥影响/i;

/** "What happens if …", "does it still work": the consequence first. */
const CONSEQUENCE =
  /\b(happens?|happened|effect|consequences?|result|affect|afterwards|still|after (i|you|we)|once (i|you|we))\b|发生|会怎样|会怎么样|后果|影响|结果|还能|还有效|还可以|正常吗|(之后|以后|后)(会|将)?(出现|发生|变)|(之后|以后|后)(会|将)/i;

/**
 * "Which is better", "the difference between", "does A also do B", a choice ("which is quicker,
 * A or B", 哪个…更…, A 还是 B: not 还是 before a negation, "still" there, 还是没收到, nor before
 * 之后, the order of two steps, 之前加还是之后加) or a comparative ("… than B"): only a sentence that
 * names everything compared or related answers it.
 */
const COMPARISON =
  /\b(difference|differences|differ|compare|compared|comparison|versus|vs|better|safer|more secure|also|as well|both|than)\b|\bwhich\b[^?？]*\bor\b|区别|不同|不一样|一样吗|差别|差异|哪(?:个|种|一个|一种)[^，。？?]{0,8}(?:更|比较)|对比|同时|也会|.还是(?!不|没|[之以]?后)/i;

/** Said before an action, these ask about not doing it ("what if I never reset"): no passage says that. */
const NEGATION_BEFORE =
  /(\b(never|not|dont|don't|didn't|doesn't|without|forget to|forgot to|skip)\s+(\w+\s+)?|不|没|没有|从不|从没|未|忘了|忘记)$/i;

/** Said before an action, these say it is done already ("just reset", "刚启用", "已经重置"). */
const DONE_BEFORE = /(\b(just|already|have|has|had|i've|we've|i'd|we'd)\s+|刚刚?|已经|已)$/i;

/** Said after an action, these say it is done ("重置完", "启用了", "重置过", "reset it already"). */
const DONE_AFTER = /^(完|了|过|好了|之后了|\s+(it|them|the token)?\s*already\b)/i;

/** "Which X …", "哪些 X": X is what is asked for; a word the pages do not know there means they do not say. */
const WHICH = /\b(which|what)\b|哪些|哪个|哪种|哪一种|什么/gi;

/** "How many / how much": only a sentence with a number answers it. */
const QUANTITY = /\bhow (many|much)\b|\b(multiple|several|more than one)\b|(?<!是)多少|几个|几种|多个|最多|上限/i;

/** Asks for several things ("what are the …", "list …", "有哪些"): a list's members answer it, not one of them. */
const SEVERAL = /\bwhat are (the|some)\b|\blist\b|哪些/i;

/**
 * "How many kinds / types / ways", 几种, 哪几种, 多少类: the count is of a list's members, which a
 * page gives by listing them, not by a number.
 */
const KINDS = /\bhow many (?:different )?(?:kinds|types|sorts|ways|varieties)\b|几[种类]|多少[种类]/i;

/** A count in a passage (not a year or a month: "April 2025", "2025 年 4 月" count nothing). */
const COUNT = /(?<![\d.])(?!(19|20)\d\d(?!\d))\d+(?![\d.]|\s*[年月日号])/;

/** "What is …": the sentence that says what a thing is considered first. */
const DEFINITION =
  /\bwhat (is|are)\b|\bwhat's\b|\bmeaning of\b|\bmeans?\b|\bdefin|什么是|是什么|是啥|是个啥|指什么|是指|指的是|什么叫|啥是|定义/i;

/**
 * "How can I tell whether …", "怎么看是不是 …": asks for what makes a thing so, which only a
 * sentence that says what counts as it answers (tokens created before April 2025 are legacy).
 */
const CRITERION =
  /\bhow (can|do|would|could) (i|we|you) (tell|know)\b|\bhow to (tell|know)\b|(怎么|如何|咋)(看|判断|知道|确定|区分).{0,12}(是不是|是否|算不算)/i;

/**
 * A yes/no question ("只读令牌能写数据吗？", "Can I undo a reset?") states a whole proposition:
 * only a passage that says every known part of it answers it.
 */
const YES_NO =
  /^\s*(can|could|does|do|did|is|are|was|were|will|would|should|may|must|has|have)\b|[吗么嘛][\s?？。!！]*$|是不是|能不能|会不会|有没有|是否|可不可以|要不要|需不需要|该不该|行不行|好不好|(不|没|没有)[\s?？。]*$/i;

/** The thing a "how many" counts: the word right after it ("how many reset options"). Chinese counts with a measure word (几个): none. */
const COUNTED_THING = /\bhow many\s+([\p{L}\p{N}-]+)/iu;

/** What follows a click that asks which thing to click ("我该点哪个", "click which"): the click is no action asked about. */
const CLICK_WHICH = /^\s*(哪|which\b)/i;

/** "Where did it go", "去哪了": it is gone. */
const GONE = /\bwhere('d| did) .+ go\b|去哪了|哪去了|怎么没了|咋没了/i;

/** "Who is my X": asks for a person by name, which the pages never give (not "who is allowed to …"). */
const IDENTITY =
  /\bwho('s| is| are)\b(?! (allowed|able|supposed|responsible|authorized|authorised|permitted))|谁是|是谁/i;

/** "Who …": only a sentence about people (authorized people, the right person) answers it. */
const WHO = /\bwho(m|se)?\b|谁/i;

/** "When …" (not "what happens when I …"): the sentence that says when (at once, on a schedule, before April 2025). */
const WHEN =
  /(^|[,;]\s*)when\b|\bwhen (will|would|should|do|does|did|is|are|was|were|can|must)\b|什么时候|何时|啥时候|啥时/i;

/** "How long / how often": only a sentence with a number or a schedule answers it. */
const DURATION = /\bhow (long|often|soon)\b|多久|多长时间|多少天|多快|多频繁/i;

/** Any sign that a text asks something; without one, a text that names an action asks how to do it ("创建 API 令牌"). */
const QUESTION_CUE =
  /[?？]|\b(what|whats|why|where|how|which|who|when|can|could|does|do|is|are|will|would|should|may|did)\b|什么|为什么|哪|怎|如何|吗|呢|是否|能否|可否|有没有|是不是|会不会|能不能|啥|咋|么|嘛|多久|多长|多少|几|何时|要不要|需不需要|该不该|行不行|好不好|对不对|可以不|(不|没|没有)[\s?？]*$/i;

/** "What does it do", "what is it for": the passage from its point on (what it is, then what it does). */
const FUNCTION =
  /\bwhat (\w+ )?(does|do) .+ do\b|\bwhat (\w+ )?is .+ for\b|\bwhat'?s .+ for\b|有什么用|有什么作用|是干嘛的|干嘛用|干啥用|干什么用|做什么用|起什么作用|能干啥|能干嘛|能做什么/i;

/** A sentence about the page itself ("This article will help you …"): it says nothing about the product. */
const ABOUT_THE_PAGE = /\bthis (article|page|guide)\b|本文|本页|本指南/i;

/** A consequence, in a passage: the sentences that say what will happen. */
const CONSEQUENCE_MARK = /\b(will|no longer|to view)\b|将|会|不再|以查看/i;

/** Advice, in a passage: the sentences that say what to do. */
const ADVICE_MARK = /\b(be sure|make sure|should|must)\b|务必|确保|应该|请/i;

/** A place, in a practice's sentence ("only where authorized people can reach them"). */
const PLACE_MARK = /\bwhere\b|地方|之处/i;

/** A time, in a passage: "once you select this button", "重置后", "before April 2025". */
const WHEN_MARK = /\b(once|after|as soon as|before|when)\b|之后|以后|一旦|之前|后[，,]/i;

/** A reason, in a passage. */
const REASON_MARK = /\b(because|so that|as)\b|因为|以便|为了/i;

/** A step offered as an alternative to the one before it ("You can also …"): its path skips that one. */
const ALTERNATIVE_STEP = /\balso\b|也可以|也可/i;

/** Brackets around an app label in the pages' text (**\[用户资料] → 设置**, **【更多】**): not part of the label. */
export const LABEL_BRACKETS = /[[\]【】\\]/g;

/** Between the labels of a path in the pages' text and in answers. */
export const PATH_ARROW = '→';

/**
 * The question forms and passage marks above, by name: what the engine reads them as. The index
 * carries them (src/ask/glossary.ts) and the engine compiles them when it loads it, so they stay
 * out of the site's worker's code, like the stopwords and concepts.
 */
export const FORMS = {
  CLAUSE_BREAK,
  GREETING,
  SIDE_CLAUSE,
  RELATIVE_CLAUSE,
  TELLING,
  PLACE,
  PROCEDURE,
  ADVICE,
  REASON,
  CONSEQUENCE,
  COMPARISON,
  NEGATION_BEFORE,
  DONE_BEFORE,
  DONE_AFTER,
  WHICH,
  QUANTITY,
  SEVERAL,
  KINDS,
  COUNT,
  DEFINITION,
  CRITERION,
  YES_NO,
  GONE,
  CLICK_WHICH,
  COUNTED_THING,
  IDENTITY,
  WHO,
  WHEN,
  DURATION,
  QUESTION_CUE,
  FUNCTION,
  ABOUT_THE_PAGE,
  CONSEQUENCE_MARK,
  ADVICE_MARK,
  PLACE_MARK,
  WHEN_MARK,
  REASON_MARK,
  ALTERNATIVE_STEP,
};
export type FormName = keyof typeof FORMS;
