/**
 * The actions of the `?ask=` concepts (reset, enable, upgrade, copy, view, share, store, …): part
 * of the reviewed list in ./concepts.ts, kept apart for its length. A question that asks to do
 * one is answered only by a passage that says the same action.
 */
import type { Concept } from './concepts.ts';

export const CONCEPT_ACTS: readonly Concept[] = [
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
  { key: 'upgrade', kind: 'act', en: ['upgrade', 'bump', 'newer'], zh: ['升级', '升上去', '升到', '调高'] },
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
  // Where people put credentials: a place to share or store them, or where they leak.
  {
    key: 'credential-place',
    kind: 'thing',
    en: [
      'channel',
      'slack',
      'chat',
      'group chat',
      'wiki',
      'repo',
      'repository',
      'notion',
      'confluence',
      'laptop',
      'computer',
      'desktop',
      'spreadsheet',
      'notepad',
    ],
    zh: [
      '群',
      '群里',
      '群聊',
      '微信群',
      '聊天',
      '频道',
      '钉钉',
      '飞书',
      '企业微信',
      '代码库',
      '仓库',
      '电脑',
      '笔记本',
      '表格',
    ],
    coveredBy: ['share', 'store', 'leak'],
  },
  { key: 'share', kind: 'act', en: ['share', 'send', 'email', 'hand over'], zh: ['共享', '分享', '发给'] },
  { key: 'store', kind: 'act', en: ['store', 'save', 'storage'], zh: ['存放', '存储', '保存', '储存', '存'] },
  { key: 'encrypt', kind: 'act', en: ['encrypt', 'encryption'], zh: ['加密'] },
  { key: 'grant', kind: 'act', en: ['grant'], zh: ['授予', '赋予', '给予'] },
  // Updating an integration after a reset is adding the new value to it.
  { key: 'update', kind: 'act', en: ['update'], zh: ['更新', '填写', '填'], coveredBy: ['add', 'latest'] },
  { key: 'add', kind: 'act', en: ['add', 'put', 'replace'], zh: ['添加', '加到', '填入', '替换', '换成'] },
  // Pasting a token somewhere is adding it to an integration, or sharing it with whoever reads that place.
  { key: 'paste', kind: 'act', en: ['paste'], zh: ['粘贴', '贴', '贴到', '发到'], coveredBy: ['add', 'share'] },
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
];
