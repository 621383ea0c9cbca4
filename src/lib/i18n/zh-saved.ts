import type { enSaved } from './en-saved';

/** Simplified Chinese for saved work; must have exactly the keys of en-saved.ts. */
export const zhSaved: Record<keyof typeof enSaved, string> = {
	'saved.title': '本机已保存',
	'saved.intro': '你保存的场景只留在此浏览器中。打开他人分享的链接不会改动这个列表。',
	'saved.name': '名称',
	'saved.save': '保存此场景',
	'saved.open': '打开',
	'saved.openNamed': '打开「{name}」',
	'saved.remove': '删除',
	'saved.removeNamed': '删除「{name}」',
	'saved.rename': '重命名',
	'saved.nameNeeded': '请输入名称，不能只有空格',
	'saved.renameNamed': '重命名「{name}」',
	'saved.newName': '「{name}」的新名称',
	'saved.renameDone': '确定',
	'saved.replaceAsk': '本机已保存名为「{name}」的场景。要替换它吗？',
	'saved.replace': '替换',
	'saved.evictAsk': '列表已有 {max} 个场景。删除最早的「{name}」，为此场景腾出位置吗？',
	'saved.evict': '删除并保存',
	'saved.cancel': '取消',
	'saved.dropped': '有 {count} 条已保存记录无法读取（存储已损坏），未列入列表。',
	'saved.droppedOne': '有 1 条已保存记录无法读取（存储已损坏），未列入列表。',
	'saved.renamed': '有 {count} 个已保存场景与其他场景同名，已加上编号，例如「名称 (2)」。',
	'saved.renamedOne': '有 1 个已保存场景与其他场景同名，已加上编号，例如「名称 (2)」。',
	'saved.writeFailed':
		'此浏览器未能保存「{name}」（存储已满或处于隐私模式）。它只在关闭页面前留在列表中：请下载为 JSON 以便保留，或删除较早的记录。',
	'saved.writeFailedMany':
		'此浏览器未能保存 {count} 个场景：{names}（存储已满或处于隐私模式）。它们只在关闭页面前留在列表中：请下载为 JSON 以便保留，或删除较早的记录。',
	'saved.quotedName': '「{name}」',
	'saved.nameSeparator': '、',
	'saved.moreNames': '及另外 {count} 个',
	'saved.deleted': '已删除「{name}」。',
	'saved.undo': '撤销',
	'saved.undoNamed': '撤销删除「{name}」',
	'saved.restored': '已恢复「{name}」。',
	'saved.dismiss': '关闭',
	'saved.notStored': '未存储',
	'saved.download': '下载为 JSON',
	'saved.downloadNamed': '将「{name}」下载为 JSON'
};
