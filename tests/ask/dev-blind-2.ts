/**
 * Blind dev questions (set 2), written from the pages alone (never the engine).
 */
export interface BlindQuestion {
  id: string; // 'b001', 'b002', ...
  question: string;
  language: 'zh' | 'en';
  style: 'plain' | 'colloquial' | 'typo' | 'mixed';
  expect: 'answer' | 'refuse';
  /** For refusals. */
  refuseKind?: 'near-miss' | 'off-topic';
  /** For answers: which page answers it. */
  page?: 'guide' | 'security';
  /** For answers: where on that page, e.g. 'step 3', 'step 5 / API Credentials', 'menu reference / Reset (Read-Only)', 'intro', 'hint', 'security 2'. */
  where?: string;
  /**
   * For answers: what the answer text must say. Each inner list is one required fact, given as
   * alternatives (case-insensitive substrings); the answer must contain at least one alternative
   * of EVERY inner list. For zh questions use the zh page's own wording (e.g. ['启用旧版令牌']);
   * for en questions use the English UI labels from facts.md or plain words a faithful English
   * translation would surely use, with several alternatives (e.g. [['Enable Legacy Tokens']],
   * [['no longer', 'stop', 'fail']]). Keep facts short and essential: 1-2 inner lists.
   */
  facts?: string[][];
}

export const DEV_BLIND_2: BlindQuestion[] = [
  // ---------- guide / intro ----------
  { id: 'b001', question: "What counts as a legacy API token?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'intro', facts: [['April 2025']] },
  { id: 'b002', question: "so is our token 'legacy' or not?? we set it up sometime in 2024", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'intro', facts: [['April 2025']] },
  { id: 'b003', question: "什么样的 API 令牌算是旧版令牌？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'intro', facts: [['2025 年 4 月', '2025年4月']] },
  { id: 'b004', question: "旧版令牌到底是啥意思啊", language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'intro', facts: [['2025 年 4 月', '2025年4月'], ['之前', '以前']] },
  { id: 'b005', question: "legacy token 的分界时间是什么时候", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'intro', facts: [['2025 年 4 月', '2025年4月', 'April 2025']] },
  { id: 'b006', question: "token was created in may 2025 - does that one count as legacy?", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'intro', facts: [['April 2025']] },

  // ---------- guide / note (Integrations portal) ----------
  { id: 'b007', question: "Where can I find the API reference documentation?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'hint', facts: [['Integrations portal', 'integrations.impact.com']] },
  { id: 'b008', question: "API 参考文档在哪里可以看到？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'hint', facts: [['集成门户', 'integrations.impact.com']] },
  { id: 'b009', question: "is there anywhere with actual integration guides? this help page is kinda thin", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'hint', facts: [['Integrations portal', 'integrations.impact.com']] },
  { id: 'b010', question: "有没有 integration guide 之类的开发文档", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'hint', facts: [['集成门户', 'Integrations portal', 'integrations.impact.com']] },
  { id: 'b011', question: "集成们户的网址是多少", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'hint', facts: [['integrations.impact.com']] },

  // ---------- guide / step 1 ----------
  { id: 'b012', question: "How do I get to the Settings page?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 1', facts: [['User profile', 'profile'], ['Settings']] },
  { id: 'b013', question: "设置页面从哪里进入？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 1', facts: [['用户资料'], ['设置']] },
  { id: 'b014', question: "where the heck is settings, I'm just staring at the dashboard", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 1', facts: [['User profile', 'profile']] },
  { id: 'b015', question: "顶部导航兰里怎么找到设置", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'step 1', facts: [['用户资料']] },
  { id: 'b016', question: "cant find setings anywhere in the top nav", language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'step 1', facts: [['User profile', 'profile']] },
  { id: 'b017', question: "Settings 在哪打开？top navigation bar 里没看到", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'step 1', facts: [['用户资料', 'User profile']] },

  // ---------- guide / step 2 ----------
  { id: 'b018', question: "Which section of Settings contains the API page?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 2', facts: [['Technical']] },
  { id: 'b019', question: "API 页面在设置的哪个分类下面？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 2', facts: [['技术']] },
  { id: 'b020', question: "ok I'm in settings now... where's API tho", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 2', facts: [['Technical']] },
  { id: 'b021', question: "进了设置之后咋找到 API 那页", language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 2', facts: [['技术']] },
  { id: 'b022', question: "API 是在技数下面吗", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'step 2', facts: [['技术']] },
  { id: 'b023', question: "API page is under which section in 设置?", language: 'en', style: 'mixed', expect: 'answer', page: 'guide', where: 'step 2', facts: [['Technical', '技术']] },

  // ---------- guide / step 3 ----------
  { id: 'b024', question: "How do I turn on legacy tokens?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 3', facts: [['Enable Legacy Tokens']] },
  { id: 'b025', question: "如何开启旧版 API 令牌？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 3', facts: [['启用旧版令牌']] },
  { id: 'b026', question: "the enable legacy tokens button vanished right after I clicked it, did I break something??", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 3', facts: [['disappear'], ['Legacy Account Tokens']] },
  { id: 'b027', question: "我点了启用旧版令牌，按钮直接没了，这正常吗", language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 3', facts: [['消失'], ['旧版账户令牌']] },
  { id: 'b028', question: "Where on the API page is the Enable Legacy Tokens button?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 3', facts: [['top-right', 'top right']] },
  { id: 'b029', question: "启用那个按钮在页面哪个位置啊", language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 3', facts: [['右上角']] },
  { id: 'b030', question: "there's no legacy token card on my API page at all, what am I supposed to click", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 3', facts: [['Enable Legacy Tokens']] },
  { id: 'b031', question: "启用旧版领牌之后会出现什么", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'step 3', facts: [['旧版账户令牌']] },
  { id: 'b032', question: "Enable Legacy Tokens 点完之后按钮去哪了", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'step 3', facts: [['消失', 'disappear']] },
  { id: 'b033', question: "enabel legacy tokns button where", language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'step 3', facts: [['Enable Legacy Tokens'], ['top-right', 'top right']] },

  // ---------- guide / step 4 + menu items ----------
  { id: 'b034', question: "How do I manage a legacy token from its card?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 4', facts: [['More'], ['drop-down', 'dropdown', 'menu']] },
  { id: 'b035', question: "在令牌卡片上怎么打开管理选项？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 4', facts: [['更多'], ['下拉菜单']] },
  { id: 'b036', question: "卡片上那个「更多」按钮干啥用的", language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 4', facts: [['下拉菜单', '管理']] },
  { id: 'b037', question: "跟多图标在哪", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'step 4', facts: [['令牌卡片']] },
  { id: 'b038', question: "More 菜单里都有哪些 option", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['读/写', 'Read/Write'], ['只读', 'Read-Only']] },
  { id: 'b039', question: "What options are in the More drop-down on the token card?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['Read/Write'], ['Read-Only']] },

  // ---------- guide / step 5 ----------
  { id: 'b040', question: "How can I see the details of my legacy token?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5', facts: [['token card', 'card']] },
  { id: 'b041', question: "想看令牌的详细信息咋看", language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5', facts: [['令牌卡片']] },
  { id: 'b042', question: "what happens if I click the token card itself?", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5', facts: [['Overview'], ['API Credentials']] },

  // ---------- guide / step 5 / Overview ----------
  { id: 'b043', question: "How can I change my token to a newer API version?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API Version'], ['Overview']] },
  { id: 'b044', question: "令牌的 API 版本可以在哪里升级？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API 版本', 'API版本'], ['概览']] },
  { id: 'b045', question: "need to bump our token to a newer api version, where do i do that", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API Version']] },
  { id: 'b046', question: "where do I change the version number on the token lol", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['Overview'], ['API Version']] },
  { id: 'b047', question: "API 板本在哪里升级", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['概览']] },
  { id: 'b048', question: "upgrade api verison on legacy tokn", language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API Version'], ['Overview']] },
  { id: 'b049', question: "Overview 页面能干啥", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API 版本', 'API版本', 'API Version']] },
  { id: 'b050', question: "Is upgrading the API version always possible?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['may', 'might']] },

  // ---------- guide / step 5 / API Credentials ----------
  { id: 'b051', question: "Where do I find the Account SID and Auth Token for my legacy token?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API Credentials']] },
  { id: 'b052', question: "账户 SID 和身份验证令牌在哪个页面？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API 凭证', 'API凭证']] },
  { id: 'b053', question: "need to paste the auth token into our script, where do I grab it from", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API Credentials'], ['copy']] },
  { id: 'b054', question: "我要复制令牌值，去哪复制？", language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API 凭证', 'API凭证']] },
  { id: 'b055', question: "账户SDI在哪看", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API 凭证', 'API凭证']] },
  { id: 'b056', question: "where is acount sid", language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API Credentials']] },
  { id: 'b057', question: "Auth Token 在哪个页面可以 copy", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API 凭证', 'API凭证', 'API Credentials']] },
  { id: 'b058', question: "dev is asking me for the read-only creds, where do i get those", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API Credentials']] },
  { id: 'b059', question: "身份验证令牌的值可以复制吗？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['复制'], ['API 凭证', 'API凭证']] },

  // ---------- guide / menu reference / Reset (Read/Write) ----------
  { id: 'b060', question: "How do I reset the read/write token?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['More'], ['Reset (Read/Write)']] },
  { id: 'b061', question: "怎样重置读/写令牌？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['重置（读/写）', '重置(读/写)']] },
  { id: 'b062', question: "重至读写令牌", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['重置（读/写）', '重置(读/写)']] },
  { id: 'b063', question: "reset rw tokn", language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['Reset (Read/Write)']] },
  { id: 'b064', question: "Reset (Read/Write) 是干嘛用的", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['新的 API 令牌', '新的API令牌', 'new API token'], ['更改', 'change']] },
  { id: 'b065', question: "What exactly does Reset (Read/Write) do?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['new'], ['Auth Token']] },
  { id: 'b066', question: "what happens when i hit reset on the read/write one", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['new'], ['no longer', 'stop', 'not pass', 'fail']] },

  // ---------- guide / menu reference / Reset (Read-Only) ----------
  { id: 'b067', question: "reset ro token", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['Reset (Read-Only)']] },
  { id: 'b068', question: "只读令牌怎么重置？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['重置（只读）', '重置(只读)']] },
  { id: 'b069', question: "只读的那个令牌咋重置", language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['更多'], ['重置（只读）', '重置(只读)']] },
  { id: 'b070', question: "重置指读令牌", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['重置（只读）', '重置(只读)']] },
  { id: 'b071', question: "how to rest read only token", language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['Reset (Read-Only)']] },
  { id: 'b072', question: "read-only token 重置以后会怎样", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['身份验证令牌', 'Auth Token'], ['不再', 'no longer']] },
  { id: 'b073', question: "Does the Auth Token value change when I reset the read-only token?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['change']] },

  // ---------- guide / menu reference (consequence of a reset) ----------
  { id: 'b074', question: "reset our token this morning and now our integration is failing auth, what gives", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['Auth Token'], ['integration']] },
  { id: 'b075', question: "重置完令牌后我们集成的调用全挂了", language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['新的身份验证令牌', '身份验证令牌值'], ['集成']] },
  { id: 'b076', question: "After a reset, do I have to update my existing integrations?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['integration'], ['new Auth Token', 'Auth Token']] },
  { id: 'b077', question: "重置后旧的身份验证令牌还能用吗？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['不再通过', '不再']] },
  { id: 'b078', question: "does the old token keep working after a reset or is it dead", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['no longer', 'stop', 'not pass', 'fail']] },
  { id: 'b079', question: "重置后要把新令牌加到现有即成里吗", language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['集成']] },
  { id: 'b080', question: "after reset 是不是要更新 integrations 里的 Auth Token", language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['集成', 'integration'], ['新', 'new']] },
  { id: 'b081', question: "What's the difference between Reset (Read/Write) and Reset (Read-Only)?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['read/write'], ['read-only']] },
  { id: 'b082', question: "重置（读/写）和重置（只读）有什么区别？", language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['读/写'], ['只读']] },
  { id: 'b083', question: "old auth tokn still valid after resett?", language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['no longer', 'not pass', 'stop', 'fail']] },

  // ---------- security 1: share and store securely ----------
  { id: 'b084', question: "How should we store our API credentials?", language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 1', facts: [['authorized', 'authorised'], ['encrypt']] },
  { id: 'b085', question: "API 凭证应该怎么存放？", language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 1', facts: [['授权'], ['加密']] },
  { id: 'b086', question: "is it fine to just paste the auth token in our team slack channel?", language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 1', facts: [['authorized', 'authorised']] },
  { id: 'b087', question: "令牌能直接丢群里给大家用吗", language: 'zh', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 1', facts: [['授权']] },
  { id: 'b088', question: "账户SID和令牌需要家密吗", language: 'zh', style: 'typo', expect: 'answer', page: 'security', where: 'security 1', facts: [['加密']] },
  { id: 'b089', question: "Do the credentials need to be encrypted in transit as well?", language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 1', facts: [['transit'], ['encrypt']] },

  // ---------- security 2: rotate regularly ----------
  { id: 'b090', question: "Should we be rotating our auth tokens periodically?", language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 2', facts: [['schedule', 'regular'], ['update', 'integration']] },
  { id: 'b091', question: "需要定期更换身份验证令牌吗？", language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 2', facts: [['按计划', '定期']] },
  { id: 'b092', question: "is token rotation actually a thing we need to do or is that overkill", language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 2', facts: [['schedule', 'regular']] },
  { id: 'b093', question: "轮换完令牌还得干点啥", language: 'zh', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 2', facts: [['更新'], ['集成']] },
  { id: 'b094', question: "令牌要定期论换吗", language: 'zh', style: 'typo', expect: 'answer', page: 'security', where: 'security 2', facts: [['按计划', '定期']] },
  { id: 'b095', question: "rotaing tokens best practise?", language: 'en', style: 'typo', expect: 'answer', page: 'security', where: 'security 2', facts: [['schedule', 'regular']] },

  // ---------- security 3: least privilege ----------
  { id: 'b096', question: "Which token should an integration that only pulls reports use?", language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 3', facts: [['Read-Only', 'read only']] },
  { id: 'b097', question: "只需要读数据的集成该用哪种令牌？", language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 3', facts: [['只读令牌']] },
  { id: 'b098', question: "our BI dashboard only reads data, should I just hand it the read/write token to be safe?", language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 3', facts: [['Read-Only', 'read only']] },
  { id: 'b099', question: "给第三方工具拉数据，用读写令牌行不行", language: 'zh', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 3', facts: [['只读令牌']] },
  { id: 'b100', question: "least privilege 在令牌这块是啥意思", language: 'zh', style: 'mixed', expect: 'answer', page: 'security', where: 'security 3', facts: [['最窄', '最小权限', 'narrowest']] },
  { id: 'b101', question: "least privledge for api tokens??", language: 'en', style: 'typo', expect: 'answer', page: 'security', where: 'security 3', facts: [['narrowest', 'Read-Only', 'read only']] },

  // ---------- security 4: reset or deactivate promptly ----------
  { id: 'b102', question: "What should I do if a token might have been exposed?", language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 4', facts: [['reset'], ['at once', 'immediately', 'right away']] },
  { id: 'b103', question: "令牌可能被泄露了应该怎么办？", language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 4', facts: [['立刻重置', '立刻', '立即']] },
  { id: 'b104', question: "our dev left the company last week and he had the auth token on his laptop, kinda worried, what should we do?", language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 4', facts: [['reset']] },
  { id: 'b105', question: "刚启用完旧版令牌，还要做点啥吗", language: 'zh', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 4', facts: [['重置']] },
  { id: 'b106', question: "I just enabled legacy tokens, is there anything I should do right away for security?", language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 4', facts: [['reset']] },
  { id: 'b107', question: "不用的令牌要删出吗", language: 'zh', style: 'typo', expect: 'answer', page: 'security', where: 'security 4', facts: [['停用', '删除']] },
  { id: 'b108', question: "we have an old token nobody uses anymore, can we just leave it there?", language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 4', facts: [['disable', 'delete']] },
  { id: 'b109', question: "token 不小心 push 到 GitHub 上了咋整", language: 'zh', style: 'mixed', expect: 'answer', page: 'security', where: 'security 4', facts: [['重置', 'reset'], ['立刻', '立即', 'at once', 'immediately']] },

  // ---------- security 5: technical contact ----------
  { id: 'b110', question: "Why does the technical contact need to be kept up to date?", language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 5', facts: [['security']] },
  { id: 'b111', question: "为什么要保持技术联系人信息最新？", language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 5', facts: [['安全问题']] },
  { id: 'b112', question: "does it even matter who's listed as our technical contact", language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 5', facts: [['up to date', 'current']] },
  { id: 'b113', question: "技术联细人信息要更新吗", language: 'zh', style: 'typo', expect: 'answer', page: 'security', where: 'security 5', facts: [['最新']] },
  { id: 'b114', question: "technical contact 信息过期了会有啥影响", language: 'zh', style: 'mixed', expect: 'answer', page: 'security', where: 'security 5', facts: [['安全问题', 'security issue'], ['联系到', 'reached']] },

  // ---------- security / hint ----------
  { id: 'b115', question: "is this security page the official impact.com one or what", language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'hint', facts: [['summary'], ['authoritative', 'Help Center']] },

  // ---------- refuse: near-miss (same product, not on the pages) ----------
  { id: 'b116', question: "What are the API rate limits for partners?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b117', question: "旧版令牌会不会过期啊", language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b118', question: "What's the latest partner API version number?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b119', question: "API 版本升级以后还能降回旧版本吗？", language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b120', question: "keep getting 429s from the partner api, what does that mean", language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b121', question: "whats the base url for the mediapartners api", language: 'en', style: 'typo', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b122', question: "API 默认返回 XML，怎么改成 JSON？", language: 'zh', style: 'mixed', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b123', question: "Before upgrading the token's API version, can I test a single request against the new version with a header or parameter?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b124', question: "如何创建一个新的（非旧版）API 访问令牌？", language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b125', question: "how long after a reset does the new token actually start working?", language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b126', question: "账户 SID 一般多长，长啥样", language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b127', question: "Will a read-only token get a 401 or a 403 if I try a POST request?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b128', question: "是不是只有管理员才能点启用旧版令牌", language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b129', question: "clicked Enable Legacy Tokens by accident, how do I get the button back and hide the Legacy Account Tokens card again?", language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b130', question: "ReportExport 一天能调几次？", language: 'zh', style: 'mixed', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b131', question: "How many legacy tokens can one partner account have?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b132', question: "能不能让 token 只访问 Campaigns 这个 endpoint", language: 'zh', style: 'mixed', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b133', question: "can u give me a python example that calls the partner api with my sid and token", language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b134', question: "Does a legacy partner token also work with the brand (advertiser) API?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b135', question: "API 版本 15 和 16 有什么区别？", language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b136', question: "clikexport limt per day?", language: 'en', style: 'typo', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b137', question: "重置错了，还能恢复原来的旧令牌吗", language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b138', question: "Will upgrading the API version break our existing API calls?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b139', question: "What's the email address of impact.com's security team for reporting a leaked key?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b140', question: "合作伙伴 API 支持 webhook 回调吗？", language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b141', question: "能给 API 令牌设置 IP 白名单吗？", language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b142', question: "Does the partner API support OAuth instead of basic auth?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b143', question: "手机 app 上能重置令牌不", language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b144', question: "any way to see when our token was last used? like an access log or something", language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'b145', question: "怎么修改 impact.com 账户的登录密码？", language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },

  // ---------- refuse: off-topic ----------
  { id: 'b146', question: "今天北京天气怎么样？", language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b147', question: "How do I reset my Gmail password?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b148', question: "红烧肉咋做才好吃", language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b149', question: "excel vlookup keeps returning #N/A with dates, help", language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b150', question: "帮我写一首关于秋天的诗", language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b151', question: "What's the capital of Australia?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b152', question: "高铁票咋退啊", language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b153', question: "how do i cancle my netflix subscripton", language: 'en', style: 'typo', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b154', question: "JWT 和 session cookie 哪个更安全？", language: 'zh', style: 'mixed', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b155', question: "whats a good laptop for coding under 1000 bucks", language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b156', question: "比特币现在多少钱？", language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b157', question: "how to center a div in css pls", language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b158', question: "iPhone 怎么截长途", language: 'zh', style: 'typo', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b159', question: "Translate 'thank you for your payment' into Spanish.", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'b160', question: "docker compose up 报错 port is already allocated 怎么办", language: 'zh', style: 'mixed', expect: 'refuse', refuseKind: 'off-topic' },
];
