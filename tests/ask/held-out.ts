/**
 * Held-out ask questions, written from the pages alone (never the engine). Frozen: never edit.
 */
export interface HeldOutQuestion {
  id: string; // 'h001', 'h002', ...
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

export const HELD_OUT: HeldOutQuestion[] = [
  // ---------------------------------------------------------------- zh, answerable
  { id: 'h001', question: '什么算旧版 API 令牌？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'intro', facts: [['2025 年 4 月', '2025年4月']] },
  { id: 'h002', question: '我去年建的 API token 算不算 legacy 的啊', language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'intro', facts: [['2025 年 4 月', '2025年4月', 'April 2025']] },
  { id: 'h003', question: '旧板令牌是指啥时候之前创建的', language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'intro', facts: [['2025 年 4 月', '2025年4月']] },
  { id: 'h004', question: 'API 参考文档在哪里可以看到？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'hint', facts: [['集成门户', 'integrations.impact.com']] },
  { id: 'h005', question: '想看集成指南，去哪找啊', language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'hint', facts: [['集成门户', 'integrations.impact.com']] },
  { id: 'h006', question: 'API 令牌在哪里设置？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 1', facts: [['设置'], ['用户资料']] },
  { id: 'h007', question: '顶部导航栏找半天没找到令牌管理，到底点哪个', language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 1', facts: [['用户资料'], ['设置']] },
  { id: 'h008', question: '在设置里，API 页面在哪个分类下面？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 2', facts: [['技术']] },
  { id: 'h009', question: 'settings 里面 api 那页藏在哪个菜单下', language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'step 2', facts: [['技术', 'Technical']] },
  { id: 'h010', question: '如何开启旧版令牌？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 3', facts: [['启用旧版令牌']] },
  { id: 'h011', question: '我点了启用旧版令牌，按钮直接不见了，正常吗', language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 3', facts: [['消失'], ['旧版账户令牌']] },
  { id: 'h012', question: '为什么我的 API 页面上没有旧版账户令牌卡片', language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 3', facts: [['启用旧版令牌']] },
  { id: 'h013', question: '启用旧版令排的按钮在页面哪个位置', language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'step 3', facts: [['右上角']] },
  { id: 'h014', question: '旧版令牌的管理选项在哪里？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 4', facts: [['更多']] },
  { id: 'h015', question: '令牌卡片上那个小图标点开是啥', language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 4', facts: [['更多'], ['下拉菜单', '下拉']] },
  { id: 'h016', question: '怎么查看 API 令牌的详细信息？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5', facts: [['令牌卡片']] },
  { id: 'h017', question: 'API 令牌的版本可以升级吗？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API 版本'], ['概览']] },
  { id: 'h018', question: '想把 token 升到新版本，api version 在哪改', language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API 版本', 'API Version']] },
  { id: 'h019', question: '令牌的概览页面能干啥', language: 'zh', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API 版本']] },
  { id: 'h020', question: '在哪里复制账户 SID 和身份验证令牌？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API 凭证']] },
  { id: 'h021', question: 'auth token 在哪复制', language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API 凭证', 'API Credentials']] },
  { id: 'h022', question: 'API 凭正页面里能看到哪些东西', language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['账户 SID'], ['身份验证令牌']] },
  { id: 'h023', question: '只读令牌的值在哪里查看？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API 凭证']] },
  { id: 'h024', question: '我的 account SID 去哪找呀', language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API 凭证', 'API Credentials']] },
  { id: 'h025', question: '重置读/写令牌会发生什么？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['将更改', '新的 API 令牌']] },
  { id: 'h026', question: '刷新了读写 token 之后，原来对接的集成是不是就连不上了', language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['不再通过授权检查', '不再通过', 'no longer'], ['现有集成', '集成中', 'integration']] },
  { id: 'h027', question: '重至读写令牌以后还要干嘛', language: 'zh', style: 'typo', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['现有集成', '集成中']] },
  { id: 'h028', question: '只读令牌怎么重新生成？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['重置（只读）', '重置(只读)', '重置只读令牌']] },
  { id: 'h029', question: '只读的 key 换了之后旧的还能用吗', language: 'zh', style: 'mixed', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['不再通过授权检查', '不再通过', 'no longer']] },
  { id: 'h030', question: '重置只读令牌后，身份验证令牌的值会变吗？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['将更改', '更改']] },
  { id: 'h031', question: '令牌卡片的下拉菜单里有哪些选项？', language: 'zh', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['重置（读/写）', '读/写'], ['重置（只读）', '只读']] },
  { id: 'h032', question: '身份验证令牌应该怎么保存才安全？', language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 1', facts: [['加密']] },
  { id: 'h033', question: '能不能把账户 SID 跟令牌直接发群里给大家用', language: 'zh', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 1', facts: [['授权']] },
  { id: 'h034', question: '怎么把令牌安全地分享给同事', language: 'zh', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 1', facts: [['授权', '加密']] },
  { id: 'h035', question: '令牌需要定期更换吗？', language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 2', facts: [['轮换', '按计划']] },
  { id: 'h036', question: 'token 要不要定期 rotate 一下', language: 'zh', style: 'mixed', expect: 'answer', page: 'security', where: 'security 2', facts: [['轮换', '按计划', 'rotate']] },
  { id: 'h037', question: '只读数据的集成应该用哪种令牌？', language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 3', facts: [['只读令牌']] },
  { id: 'h038', question: '给集成开权限开多大比较合适', language: 'zh', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 3', facts: [['最窄', '最小权限']] },
  { id: 'h039', question: '令牌可能泄漏了咋办', language: 'zh', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 4', facts: [['立刻重置', '立即重置']] },
  { id: 'h040', question: '不再使用的令牌该怎么处理？', language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 4', facts: [['停用', '删除']] },
  { id: 'h041', question: '刚启用完令牌，需要马上做点什么吗', language: 'zh', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 4', facts: [['立即重置']] },
  { id: 'h042', question: '为什么要保持技术联系人信息最新？', language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security 5', facts: [['技术联系人']] },
  { id: 'h043', question: '技朮联系人的信息要不要及时更新', language: 'zh', style: 'typo', expect: 'answer', page: 'security', where: 'security 5', facts: [['技术联系人']] },
  { id: 'h044', question: '保护 API 令牌安全有哪些建议？', language: 'zh', style: 'plain', expect: 'answer', page: 'security', where: 'security (all)', facts: [['加密', '轮换', '最小权限', '最窄', '技术联系人']] },

  // ---------------------------------------------------------------- en, answerable
  { id: 'h045', question: 'What counts as a legacy API token?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'intro', facts: [['April 2025']] },
  { id: 'h046', question: 'is my token from 2023 considered legacy??', language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'intro', facts: [['April 2025']] },
  { id: 'h047', question: 'lagacy tokn definition', language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'intro', facts: [['April 2025']] },
  { id: 'h048', question: 'Where can I find the API reference documentation?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'hint', facts: [['Integrations portal', 'integrations.impact.com']] },
  { id: 'h049', question: 'need integration guides, where r they', language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'hint', facts: [['Integrations portal', 'integrations.impact.com']] },
  { id: 'h050', question: 'How do I get to the API token settings?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 1', facts: [['Settings']] },
  { id: 'h051', question: 'where do i even start to find my api keys?? top menu?', language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 1', facts: [['Settings'], ['profile']] },
  { id: 'h052', question: 'Which section of Settings has the API page?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 2', facts: [['Technical']] },
  { id: 'h053', question: 'api page under seting where', language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'step 2', facts: [['Technical']] },
  { id: 'h054', question: 'How do I turn on legacy tokens?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 3', facts: [['Enable Legacy Tokens']] },
  { id: 'h055', question: 'clicked enable legacy tokens and the button just vanished, bug?', language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 3', facts: [['disappear', 'vanish', 'go away', 'goes away', 'no longer', 'removed', 'hidden'], ['Legacy Account Tokens']] },
  { id: 'h056', question: "where's the Enable Legacy Tokens button", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 3', facts: [['top right', 'top-right', 'upper right', 'upper-right']] },
  { id: 'h057', question: 'legacy account tokens card not showing up', language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 3', facts: [['Enable Legacy Tokens']] },
  { id: 'h058', question: 'How do I manage a legacy token?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 4', facts: [['More']] },
  { id: 'h059', question: "what's that icon on the token card for", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 4', facts: [['More'], ['drop-down', 'dropdown', 'drop down', 'menu']] },
  { id: 'h060', question: "How can I view my API token's details?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5', facts: [['card']] },
  { id: 'h061', question: 'Can I upgrade the API version of my token?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API Version'], ['Overview']] },
  { id: 'h062', question: 'upgrade tokn api verison', language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API Version']] },
  { id: 'h063', question: "what can i do on a token's overview page", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5 / Overview', facts: [['API Version']] },
  { id: 'h064', question: 'Where do I copy my Account SID and Auth Token?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API Credentials']] },
  { id: 'h065', question: "where's the auth token", language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API Credentials']] },
  { id: 'h066', question: 'how to copy read only credentails', language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API Credentials']] },
  { id: 'h067', question: 'Can I see both the read/write and read-only token values?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'step 5 / API Credentials', facts: [['API Credentials']] },
  { id: 'h068', question: 'What happens when I reset the read/write token?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['change', 'new']] },
  { id: 'h069', question: 'if i regenerate my read write key will my integrations break', language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['no longer', 'stop', 'fail', 'not pass', 'invalid'], ['integration']] },
  { id: 'h070', question: 'rset read/write token', language: 'en', style: 'typo', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['Reset (Read/Write)', 'read/write'], ['new', 'change']] },
  { id: 'h071', question: 'after rotating the read/write auth token what else do i need to update', language: 'en', style: 'colloquial', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read/Write)', facts: [['integration']] },
  { id: 'h072', question: 'How do I reset the read-only token?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['Reset (Read-Only)', 'read-only', 'read only'], ['new', 'change', 'More']] },
  { id: 'h073', question: 'reset read only token', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['new', 'change']] },
  { id: 'h074', question: 'Does the old read-only Auth Token still work after a reset?', language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference / Reset (Read-Only)', facts: [['no longer', 'stop', 'fail', 'not pass', 'invalid']] },
  { id: 'h075', question: "What options are in the token card's More menu?", language: 'en', style: 'plain', expect: 'answer', page: 'guide', where: 'menu reference', facts: [['Reset (Read/Write)', 'Read/Write'], ['Reset (Read-Only)', 'Read-Only', 'Read Only']] },
  { id: 'h076', question: 'How should I store my Auth Token securely?', language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 1', facts: [['encrypt']] },
  { id: 'h077', question: 'ok to paste account sid + token in our slack channel?', language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 1', facts: [['authori']] },
  { id: 'h078', question: 'Should I rotate my API tokens regularly?', language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 2', facts: [['rotat', 'schedule', 'regular']] },
  { id: 'h079', question: 'how often shud i refresh api keys', language: 'en', style: 'typo', expect: 'answer', page: 'security', where: 'security 2', facts: [['schedule', 'regular', 'periodic', 'rotat']] },
  { id: 'h080', question: 'Which token should an integration that only reads data use?', language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 3', facts: [['read-only', 'read only']] },
  { id: 'h081', question: 'least privilege for api tokens?', language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 3', facts: [['narrow', 'least', 'minimum', 'minimal']] },
  { id: 'h082', question: 'my token got leaked on github what now', language: 'en', style: 'colloquial', expect: 'answer', page: 'security', where: 'security 4', facts: [['reset'], ['immediately', 'at once', 'right away', 'straight away', 'promptly', 'as soon as']] },
  { id: 'h083', question: 'What should I do with tokens I no longer use?', language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 4', facts: [['disable', 'deactivate', 'delete', 'remove', 'revoke']] },
  { id: 'h084', question: 'Should I reset a token right after enabling it?', language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 4', facts: [['reset'], ['immediately', 'right after', 'right away', 'once', 'as soon as']] },
  { id: 'h085', question: 'Why keep the technical contact up to date?', language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security 5', facts: [['technical contact']] },
  { id: 'h086', question: 'techincal contact info - does it matter?', language: 'en', style: 'typo', expect: 'answer', page: 'security', where: 'security 5', facts: [['technical contact']] },
  { id: 'h087', question: 'Best practices for keeping API tokens safe?', language: 'en', style: 'plain', expect: 'answer', page: 'security', where: 'security (all)', facts: [['encrypt', 'rotat', 'narrow', 'technical contact']] },

  // ---------------------------------------------------------------- refusals, near-miss
  { id: 'h088', question: '合作伙伴 API 每小时最多能调用多少次？', language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h089', question: '现在最新的 API 版本是第几版啊', language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h090', question: 'api 版本升上去了还能降回来吗', language: 'zh', style: 'mixed', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h091', question: '调接口一直返回 401 是咋回事', language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h092', question: '怎么创建一个带权限范围的新访问令牌？', language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h093', question: '旧版令牌有有效期吗？', language: 'zh', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h094', question: '重置令牌以后要等多久才生效', language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h095', question: '接口返回的是 json 还是 xml', language: 'zh', style: 'mixed', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h096', question: "What's the base URL for the partner API?", language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h097', question: 'how many api calls can i make per hour', language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h098', question: 'Does resetting a token change my Account SID?', language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h099', question: 'how do i create a scoped access token', language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h100', question: 'list of partner api endpoints', language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h101', question: 'What does error 429 mean?', language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h102', question: 'How do I override the API version for a single request?', language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h103', question: 'do lagacy tokns expire', language: 'en', style: 'typo', expect: 'refuse', refuseKind: 'near-miss' },
  { id: 'h104', question: 'how do i change my impact.com login password', language: 'en', style: 'colloquial', expect: 'refuse', refuseKind: 'near-miss' },

  // ---------------------------------------------------------------- refusals, off-topic
  { id: 'h105', question: '明天上海天气怎么样', language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'h106', question: '佣金什么时候打到我账户上', language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'h107', question: '红烧肉怎么做才好吃', language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'h108', question: '微信密码忘了怎么重置', language: 'zh', style: 'colloquial', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'h109', question: 'excel 里 vlookup 怎么用', language: 'zh', style: 'mixed', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'h110', question: 'How do I reset my Windows password?', language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'h111', question: 'best pizza dough recipe', language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'h112', question: 'weather in london tomorrow', language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'h113', question: 'How do I create a GitHub personal access token?', language: 'en', style: 'plain', expect: 'refuse', refuseKind: 'off-topic' },
  { id: 'h114', question: 'how to instal python on mac', language: 'en', style: 'typo', expect: 'refuse', refuseKind: 'off-topic' },
];
