/** GUIDE_EMPHASIS_NOT_UI's zh words (../guide-check.ts). */
const zh: ReadonlySet<string> = new Set(['注意：', '菜单参考']);

export default zh;
