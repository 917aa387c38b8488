/**
 * The concepts of the `?ask=` lookups: the things, actions and traits the pages talk about, each
 * with its words in both languages, so that 重置, reset, resetting and a mixed "reset 之后" are
 * one concept. Whether a question is answered is decided on these (src/ask/engine/), so this list
 * is reviewed by hand: its words come from the pages, from the app's labels (which the glossary
 * adds from ./sandbox.ts) and from the everyday words people use for the same things (API key,
 * 三个点, 对接, …); never from test questions.
 *
 * English words are matched by their stem (reset, resets, resetting are one), except in an
 * `exact` concept; Chinese words by the longest match. A phrase (several words) wins over its
 * parts and implies them: 旧版令牌 is legacy + token.
 */

export interface Concept {
  /** Language-neutral key. */
  key: string;
  /**
   * thing: what a question is about (token, version, integration); act: what it asks to do
   * (reset, enable, create), which the passage that answers must say too; trait: the rest.
   */
  kind: 'thing' | 'act' | 'trait';
  en: string[];
  zh: string[];
  /** Other concepts a passage may say instead (old ↔ legacy or previous; change ↔ upgrade or reset). */
  coveredBy?: string[];
  /** Concepts this one also means, as parts (auth token → token). */
  implies?: string[];
  /** Match the English words as written, not by stem (created ≠ create). */
  exact?: boolean;
}

export const CONCEPTS: readonly Concept[] = [
  // Things.
  { key: 'token', kind: 'thing', en: ['token', 'key'], zh: ['令牌', '密钥', '秘钥'] },
  { key: 'legacy', kind: 'trait', en: ['legacy'], zh: ['旧版', '老版'] },
  {
    key: 'previous',
    kind: 'trait',
    en: ['previous', 'former', 'original'],
    zh: ['先前', '之前的', '原来的', '原来', '原先', '原本', '原有的', '以前的'],
  },
  // "Old" is legacy (old tokens) or previous (the old value after a reset): either passage covers it.
  {
    key: 'old',
    kind: 'trait',
    en: ['old', 'older'],
    zh: ['旧', '旧的', '老的', '老', '旧版本'],
    coveredBy: ['legacy', 'previous'],
  },
  { key: 'april-2025', kind: 'trait', en: ['april 2025', 'april'], zh: ['2025 年 4 月', '4 月'] },
  {
    key: 'created',
    kind: 'trait',
    en: ['created', 'made', 'issued'],
    zh: ['创建的', '建的', '创建于', '生成的'],
    exact: true,
  },
  { key: 'api', kind: 'thing', en: ['api'], zh: ['接口'] },
  { key: 'access', kind: 'trait', en: ['access'], zh: ['访问'] },
  { key: 'auth', kind: 'trait', en: ['auth', 'authentication'], zh: ['身份验证', '验证', '认证'] },
  // What people call an API key is the Auth Token, the secret an integration sends.
  {
    key: 'auth-token',
    kind: 'thing',
    en: ['authentication token', 'auth key', 'api key', 'secret key'],
    zh: ['验证令牌', '认证令牌', 'API 密钥'],
    implies: ['auth', 'token'],
  },
  {
    key: 'account-sid',
    kind: 'thing',
    en: ['sid', 'account id'],
    zh: ['帐户 SID', '账号 SID', '帐号 SID'],
    implies: ['account'],
  },
  { key: 'account', kind: 'thing', en: ['account'], zh: ['账户', '帐户', '账号', '帐号'] },
  { key: 'credentials', kind: 'thing', en: ['credential', 'creds', 'login details'], zh: ['凭证', '凭据'] },
  { key: 'read-write', kind: 'thing', en: ['read write', 'write', 'write access'], zh: ['读写', '可写', '写入', '写'] },
  { key: 'read-only', kind: 'thing', en: ['read only', 'readonly'], zh: ['只读'] },
  {
    key: 'read-data',
    kind: 'trait',
    en: [
      'read data',
      'reads data',
      'only reads data',
      'only read',
      'just read',
      'pull data',
      'fetch data',
      'get data',
      'reporting',
    ],
    zh: ['只读取数据', '读取数据', '读数据', '拉数据', '拉取数据', '取数据', '获取数据', '查数据'],
    implies: ['data'],
  },
  { key: 'data', kind: 'thing', en: ['data'], zh: ['数据'] },
  { key: 'version', kind: 'thing', en: ['version'], zh: ['版本'] },
  {
    key: 'integration',
    kind: 'thing',
    en: ['integration', 'app', 'application', 'script', 'connector', 'dashboard'],
    zh: ['集成', '对接', '应用程序', '脚本'],
  },
  { key: 'portal', kind: 'thing', en: ['portal'], zh: ['门户', '门户网站'] },
  {
    key: 'integrations-portal',
    kind: 'thing',
    en: ['integrations portal', 'integration portal'],
    zh: ['集成门户'],
    implies: ['integration', 'portal'],
  },
  {
    key: 'docs',
    kind: 'thing',
    en: ['documentation', 'docs', 'doc', 'reference', 'reference documentation'],
    zh: ['文档', '参考文档', '说明文档'],
  },
  { key: 'guide', kind: 'thing', en: ['guide', 'tutorial'], zh: ['指南', '教程'] },
  {
    key: 'navigation-bar',
    kind: 'thing',
    en: ['top navigation bar', 'navigation bar', 'nav bar', 'navbar', 'top bar', 'header'],
    zh: ['顶部导航栏', '导航栏', '顶栏'],
  },
  { key: 'top-right', kind: 'trait', en: ['top right', 'top right corner', 'upper right'], zh: ['右上角', '右上方'] },
  // People call any control a button: the More icon too.
  { key: 'button', kind: 'thing', en: ['button', 'btn'], zh: ['按钮', '按键'], coveredBy: ['icon'] },
  { key: 'card', kind: 'thing', en: ['card', 'tile'], zh: ['卡片'] },
  { key: 'token-card', kind: 'thing', en: ['token card'], zh: ['令牌卡片'], implies: ['token', 'card'] },
  { key: 'icon', kind: 'thing', en: ['icon'], zh: ['图标'] },
  {
    key: 'dots',
    kind: 'thing',
    en: ['three dots', 'dots', 'ellipsis', 'kebab'],
    zh: ['三个点', '三点', '省略号'],
    coveredBy: ['more'],
  },
  {
    key: 'menu',
    kind: 'thing',
    en: ['menu', 'drop down', 'dropdown', 'drop down menu'],
    zh: ['下拉菜单', '菜单', '下拉列表', '下拉框', '下拉', '菜单项'],
  },
  { key: 'menu-reference', kind: 'thing', en: ['menu reference'], zh: ['菜单参考'], implies: ['menu'] },
  {
    key: 'information',
    kind: 'trait',
    en: ['information', 'info', 'details', 'detail'],
    zh: ['信息', '详情', '详细信息'],
  },
  { key: 'value', kind: 'trait', en: ['value'], zh: ['值'] },
  { key: 'new', kind: 'trait', en: ['new', 'fresh'], zh: ['新', '新的'] },
  {
    key: 'people',
    kind: 'thing',
    en: [
      'people',
      'person',
      'colleague',
      'coworker',
      'teammate',
      'team',
      'staff',
      'agency',
      'contractor',
      'vendor',
      'third party',
      'freelancer',
    ],
    zh: ['人员', '人', '同事', '团队', '别人', '他人', '外包', '第三方', '开发者', '程序员', '供应商'],
  },
  {
    key: 'technical-contact',
    kind: 'thing',
    en: ['technical contact', 'tech contact', 'contact person'],
    zh: ['技术联系人', '联系人'],
    implies: ['contact'],
  },
  {
    key: 'security-issue',
    kind: 'trait',
    en: ['security issue', 'security incident', 'breach'],
    zh: ['安全问题', '安全事件'],
    implies: ['security'],
  },
  {
    key: 'scope',
    kind: 'trait',
    en: ['scope', 'narrowest', 'least privilege', 'privilege', 'permission'],
    zh: ['范围', '最窄', '最小权限', '权限'],
  },

  // Actions: the passage that answers must say the same action.
  {
    key: 'reset',
    kind: 'act',
    en: ['reset', 'regenerate', 'refresh', 'renew', 'get a new', 'generate a new'],
    zh: ['重置', '重设', '重新生成', '刷新', '重新获取', '换新'],
  },
  { key: 'rotate', kind: 'act', en: ['rotate', 'rotation', 'cycle'], zh: ['轮换', '轮转'], coveredBy: ['reset'] },
  {
    key: 'enable',
    kind: 'act',
    en: ['enable', 'turn on', 'activate', 'switch on'],
    zh: ['启用', '开启', '开通', '激活', '开'],
  },
  { key: 'create', kind: 'act', en: ['create', 'make', 'set up'], zh: ['创建', '新建', '建立'] },
  // "Make sure" is no making: it is taken as a whole first.
  { key: 'ensure', kind: 'trait', en: ['make sure', 'ensure'], zh: ['确保'] },
  { key: 'delete', kind: 'act', en: ['delete', 'remove', 'get rid of'], zh: ['删除', '删掉', '移除'] },
  {
    key: 'disable',
    kind: 'act',
    en: ['disable', 'deactivate', 'turn off', 'switch off', 'revoke'],
    zh: ['停用', '禁用', '关闭', '关掉', '撤销', '吊销', '作废'],
  },
  { key: 'upgrade', kind: 'act', en: ['upgrade', 'bump', 'newer'], zh: ['升级'] },
  { key: 'downgrade', kind: 'act', en: ['downgrade'], zh: ['降级', '降回'] },
  {
    key: 'undo',
    kind: 'act',
    en: [
      'undo',
      'restore',
      'recover',
      'reverse',
      'revert',
      'roll back',
      'rollback',
      'get back',
      're-enable',
      'reenable',
      'reactivate',
      'turn back on',
    ],
    zh: ['恢复', '撤回', '还原', '找回', '复原', '回退', '回到', '重新启用'],
  },
  // Changing a token is resetting it; changing its version is upgrading it.
  {
    key: 'change',
    kind: 'act',
    en: ['change', 'modify', 'edit', 'alter'],
    zh: ['更改', '修改', '改', '变', '换', '调整', '切换'],
    coveredBy: ['upgrade', 'reset'],
  },
  { key: 'copy', kind: 'act', en: ['copy', 'grab'], zh: ['复制', '拷贝'] },
  { key: 'share', kind: 'act', en: ['share', 'send', 'email', 'hand over'], zh: ['共享', '分享', '发给'] },
  { key: 'store', kind: 'act', en: ['store', 'save', 'storage'], zh: ['存放', '存储', '保存', '储存', '存'] },
  { key: 'encrypt', kind: 'act', en: ['encrypt', 'encryption'], zh: ['加密'] },
  { key: 'grant', kind: 'act', en: ['grant'], zh: ['授予', '赋予', '给予'] },
  // Updating an integration after a reset is adding the new value to it.
  { key: 'update', kind: 'act', en: ['update'], zh: ['更新', '填写', '填'], coveredBy: ['add', 'latest'] },
  { key: 'add', kind: 'act', en: ['add', 'put', 'paste', 'replace'], zh: ['添加', '加到', '填入', '替换', '换成'] },
  { key: 'contact', kind: 'act', en: ['contact', 'reach'], zh: ['联系', '联络'] },
  { key: 'manage', kind: 'act', en: ['manage', 'management'], zh: ['管理'] },
  // Steps say "select"; a question that asks to pick or click something hinges on it too.
  {
    key: 'select',
    kind: 'act',
    en: ['select', 'choose', 'pick', 'click', 'tap', 'press'],
    zh: ['选择', '选', '点击', '点', '点开'],
  },
  {
    key: 'view',
    kind: 'act',
    en: ['view', 'see', 'look at', 'show', 'display'],
    zh: ['查看', '看', '看到', '看见', '显示'],
  },

  // Traits.
  {
    key: 'latest',
    kind: 'trait',
    en: ['latest', 'newest', 'most recent', 'current', 'up to date', 'outdated', 'out of date', 'stale'],
    zh: ['最新', '过时'],
  },
  {
    key: 'security',
    kind: 'trait',
    en: ['secure', 'security', 'safe', 'safely', 'securely', 'protect', 'protection'],
    zh: ['安全', '保护', '安全地'],
  },
  {
    key: 'authorization',
    kind: 'trait',
    en: ['authorization', 'authorisation', 'authorized', 'authorised', 'authorization check'],
    zh: ['授权', '授权检查', '获得授权'],
  },
  { key: 'pass', kind: 'trait', en: ['pass'], zh: ['通过'] },
  // Whether a token still works: the pages say whether it passes authorization checks.
  {
    key: 'works',
    kind: 'trait',
    en: [
      'work',
      'valid',
      'invalid',
      'usable',
      'accepted',
      'rejected',
      'fail',
      'broken',
      'break',
      'error',
      'unauthorized',
      '401',
      'dead',
      'toast',
    ],
    zh: [
      '能用',
      '可用',
      '有效',
      '无效',
      '失效',
      '生效',
      '不能用',
      '用不了',
      '还能用',
      '连不上',
      '报错',
      '出错',
      '失败',
      '好使',
      '管用',
    ],
    coveredBy: ['pass', 'authorization'],
  },
  {
    key: 'leak',
    kind: 'trait',
    en: ['leak', 'expose', 'compromise', 'stolen', 'steal', 'hacked', 'lost', 'public', 'publicly'],
    zh: ['泄露', '泄漏', '暴露', '外泄', '被盗', '被偷', '盗用', '丢失', '丢', '泄', '公开', '拿走', '被拿走'],
  },
  {
    key: 'immediately',
    kind: 'trait',
    en: ['immediately', 'at once', 'right away', 'right after', 'promptly', 'asap', 'quickly'],
    zh: ['立即', '立刻', '马上', '及时', '尽快'],
  },
  {
    key: 'schedule',
    kind: 'trait',
    en: ['regularly', 'schedule', 'periodically', 'routinely', 'regular', 'often', 'frequently'],
    zh: ['定期', '按计划', '周期', '经常', '频率'],
  },
  {
    key: 'disappear',
    kind: 'trait',
    en: [
      'disappear',
      'gone',
      'vanish',
      'missing',
      'hidden',
      "can't see",
      'cannot see',
      "don't see",
      'no longer see',
      "isn't there",
      'not there',
      'not showing',
      "doesn't show",
    ],
    zh: ['消失', '不见', '没了', '没有了', '不显示', '看不到', '看不见'],
  },
  { key: 'appear', kind: 'trait', en: ['appear', 'show up', 'pop up'], zh: ['出现'] },
  {
    key: 'consider',
    kind: 'trait',
    en: ['considered', 'consider', 'count as', 'counts as', 'count', 'regarded', 'qualify', 'deemed', 'classed'],
    zh: ['视为', '被视为', '算', '算是', '属于', '认定', '当作'],
  },
  {
    key: 'unused',
    kind: 'trait',
    en: [
      'no longer use',
      'unused',
      'not used',
      'not using',
      'stop using',
      'no longer need',
      "don't use",
      'do not use',
      'not in use',
    ],
    zh: ['不再使用', '不再用', '不用的', '不使用', '没用的', '闲置'],
    implies: ['no-longer'],
  },
  { key: 'no-longer', kind: 'trait', en: ['no longer', 'not anymore', 'anymore'], zh: ['不再'] },
  // A date a question gives asks about the one date the pages name, April 2025 (the cut-off for legacy tokens).
  {
    key: 'date',
    kind: 'trait',
    en: [
      'january',
      'february',
      'march',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
      '2023',
      '2024',
      '2025',
      '2026',
      'last year',
      'this year',
    ],
    zh: [
      '2023 年',
      '2024 年',
      '2025 年',
      '2026 年',
      '去年',
      '今年',
      '1 月',
      '2 月',
      '3 月',
      '5 月',
      '6 月',
      '7 月',
      '8 月',
      '9 月',
      '10 月',
      '11 月',
      '12 月',
    ],
    coveredBy: ['april-2025'],
  },
  // Words of the subject the pages never use: a question that hinges on one asks what they do not say.
  {
    key: 'expire',
    kind: 'trait',
    en: ['expire', 'expiry', 'expiration', 'lifetime'],
    zh: ['过期', '到期', '有效期', '能用多久', '用多久', '有效多久'],
  },
  // A passage that links somewhere has this key too (src/ask/engine/engine-index.ts).
  { key: 'link', kind: 'thing', en: ['link', 'url', 'website', 'web address'], zh: ['链接', '网址', '网站', '地址'] },
  {
    key: 'automatic',
    kind: 'trait',
    en: ['automatically', 'automatic', 'auto', 'forced', 'forcibly'],
    zh: ['自动', '强制', '被迫'],
  },
  {
    key: 'history',
    kind: 'trait',
    en: ['last', 'history', 'log', 'usage', 'last used'],
    zh: ['日志', '记录', '历史', '上次', '最近一次'],
  },
];
