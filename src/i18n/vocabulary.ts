/**
 * The language data of the `?ask=` lookups, zh and en side by side: words that carry no meaning
 * for retrieval, the question forms that decide how an answer is built, the verbs an answer must
 * share with its question, and the everyday words of the subject with their zh form (the
 * glossary adds the app's own labels from ./sandbox.ts). Reviewed by hand; never derived from
 * test questions.
 */

/** Spellings folded before matching: 读/写 and 读写 are one word; 改变/变更 mean 更改. */
export const NORMALIZATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/读\s*\/\s*写/g, '读写'],
  [/改变|变更/g, '更改'],
];

/** 读写 in a question also marks 读/写 in an excerpt. */
export const HIGHLIGHT_VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [[/读写/g, '读\\s*\\/?\\s*写']];

/** Words that carry no meaning for retrieval: question words, particles, pronouns. */
export const STOPWORDS = new Set([
  // zh
  '的', '了', '是', '在', '我', '我们', '您', '你', '它', '吗', '呢', '吧', '啊', '和', '与', '或', '及', '把', '被', '让', '给', '对', '从', '到', '就', '也', '都', '还', '又', '要', '会', '能', '可以', '可能', '应该', '需要', '如何', '怎么', '怎样', '怎么样', '什么', '为什么', '哪里', '哪儿', '哪个', '哪些', '是否', '有', '没有', '这', '那', '这个', '那个', '一个', '个', '之', '后', '前', '中', '上', '下', '里', '时', '请', '问', '以', '将', '并', '该', '如果', '使用', '选择', '进行', '一下', '么', '发生', '意思', '意味着', '含义', '指', '叫做', '办', '东西', '情况下', '哪种', '哪一种', '什么样', '怎么办', '应当', '必须', '找到', '找', '查到', '看到', '看见', '看', '位置', '入口', '之后', '以后', '然后', '还', '仍然', '仍', '吗', '会不会', '能不能', '是不是', '时候',
  // en
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', 'this', 'that', 'these', 'those', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'and', 'or', 'if', 'then', 'so', 'how', 'what', 'why', 'when', 'which', 'who', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'there', 'here', 'about', 'into', 'after', 'before', 'up', 'out', 'get', 'use', 'using', 'need', 'want', 'have', 'has', 'happen', 'happens', 'one', 'some', 'any', 'all', 'please', 'tell', 'explain', 'way', 'select', 'choose', 'click', 'go', 'only', 'just', 'i', 'm', 's', 'not', 'where', 'find', 'locate', 'see', 'still', 'keep', 'again', 'now', 'yet', 'also',
]);

export const HOW_TO = /\b(how|where|steps?|find|locate|get to|navigate)\b|如何|怎么|怎样|怎麼|在哪|哪里|哪儿|步骤|找到|查找|位置|入口/i;

/** "How do I …" asks for a procedure: only a path of steps answers it ("where" may also be answered by a pointer). */
export const PROCEDURE = /\bhow (do|can|to|does|should)\b|如何|怎么|怎样|怎麼|步骤/i;

/** "How should I …", "what should I do" ask for advice (a practice, a reason), not for a path of steps. */
export const ADVICE = /\b(should|best|recommended?|why)\b|应该|应当|最好|建议|为什么|为何|怎么办/i;

/** Verbs a question can hinge on: an answer must say the same verb, or it answers another question. */
export const ACTION_VERBS = new Set(['重置', '启用', '创建', '删除', '停用', '禁用', '升级', '降级', '复制', '修改', '更改', '撤销', '生成', '轮换', '加密', '共享', '存放', '泄露']);

/** "What happens if …" asks for the consequence: the defining sentence and what follows it. */
export const CONSEQUENCE = /\b(happens?|effect|consequences?|result|break|affect|afterwards)\b|发生什么|会怎样|会怎么样|后果|影响|结果|之后/i;

/** English words and phrases of the guide's subject that are not UI labels, with their zh form. */
export const GENERAL_TERMS: ReadonlyArray<readonly [en: string[], zh: string]> = [
  [['token', 'tokens'], '令牌'],
  [['legacy', 'old', 'older'], '旧版'],
  [['legacy token', 'legacy tokens'], '旧版令牌'],
  [['api token', 'api tokens'], 'API 令牌'],
  [['access token', 'access tokens'], '访问令牌'],
  [['reset', 'resets', 'resetting', 'regenerate', 'regenerated'], '重置'],
  [['enable', 'enabled', 'enabling', 'turn on', 'activate'], '启用'],
  [['version', 'versions'], '版本'],
  [['upgrade', 'upgrading', 'upgraded'], '升级'],
  [['account', 'accounts'], '账户'],
  [['sid'], 'SID'],
  [['auth', 'authentication'], '身份验证'],
  [['credential', 'credentials'], '凭证'],
  [['authorization', 'authorisation', 'authorized'], '授权'],
  [['check', 'checks'], '检查'],
  [['pass', 'passes', 'passing'], '通过'],
  [['integration', 'integrations'], '集成'],
  [['portal'], '门户'],
  [['integrations portal'], '集成门户'],
  [['api reference', 'reference documentation'], 'API 参考文档'],
  [['guide', 'guides', 'integration guides'], '集成指南'],
  [['menu', 'dropdown', 'drop-down'], '下拉菜单'],
  [['menu reference'], '菜单参考'],
  [['icon'], '图标'],
  [['card'], '卡片'],
  [['navigation', 'navigation bar', 'top navigation'], '顶部导航栏'],
  [['top right', 'upper right', 'top-right'], '右上角'],
  [['read/write', 'read-write', 'read write'], '读写'],
  [['read-only', 'read only', 'readonly'], '只读'],
  [['copy'], '复制'],
  [['data'], '数据'],
  [['page', 'pages', 'screen'], '页面'],
  [['read data', 'reads data', 'only reads data', 'only read data', 'reading data'], '只读取数据'],
  [['view'], '查看'],
  [['value', 'values'], '值'],
  [['new'], '新'],
  [['previous', 'old value'], '先前'],
  [['april', 'april 2025'], '2025 年 4 月'],
  [['created', 'create'], '创建'],
  [['secure', 'security', 'safe', 'protect'], '安全'],
  [['share', 'sharing', 'shared'], '共享'],
  [['store', 'storing', 'stored'], '存放'],
  [['encrypt', 'encrypted', 'encryption'], '加密'],
  [['rotate', 'rotation', 'rotating'], '轮换'],
  [['regularly', 'schedule', 'periodically'], '定期'],
  [['least privilege', 'minimum permissions', 'least permissions'], '最小权限'],
  [['permission', 'permissions', 'scope'], '权限'],
  [['leak', 'leaked', 'compromised', 'exposed'], '泄露'],
  [['immediately', 'right away'], '立即'],
  [['deactivate', 'disable', 'unused'], '停用'],
  [['technical contact', 'technical contacts'], '技术联系人'],
  [['contact', 'contacts'], '联系'],
  [['up to date', 'up-to-date'], '最新'],
  [['information', 'info', 'details'], '信息'],
  [['overview page'], '概览'],
];
