import type { enSaved } from './en-saved';

/** Simplified Chinese for saved work; must have exactly the keys of en-saved.ts. */
export const zhSaved: Record<keyof typeof enSaved, string> = {
	'saved.replaceAsk': '本机已保存名为「{name}」的场景。要替换它吗？',
	'saved.replace': '替换',
	'saved.evictAsk': '列表已有 {max} 个场景。删除最早的「{name}」，为此场景腾出位置吗？',
	'saved.evict': '删除并保存',
	'saved.cancel': '取消',
	'saved.dropped': '有 {count} 条已保存记录无法读取（存储已损坏），未列入列表。',
	'saved.renamed': '有 {count} 个已保存场景与其他场景同名，已加上编号，例如「名称 (2)」。',
	'saved.writeFailed':
		'此浏览器未能保存「{name}」（存储已满或处于隐私模式）。它只在关闭页面前留在列表中：请下载为 JSON 以便保留，或删除较早的记录。',
	'saved.dismiss': '关闭',
	'saved.notStored': '未存储',
	'saved.download': '下载为 JSON',
	'saved.downloadNamed': '将「{name}」下载为 JSON',

	'history.label': '撤销与重做',
	'history.undo': '撤销',
	'history.redo': '重做',
	'history.undoTitle': '撤销对场景的上一次修改（Ctrl+Z）',
	'history.redoTitle': '重做（Shift+Ctrl+Z）',

	'export.importTooLarge':
		'该文件大小为 {size} kB；Rackscale 导出的文件远小于此（上限 {limit} kB）。未做任何更改。',
	'export.importNotJson': '该文件不是 JSON。未做任何更改。'
};
