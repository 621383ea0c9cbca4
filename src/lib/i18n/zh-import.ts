import type { enImport } from './en-import';

/** Simplified Chinese for what an import says; must have exactly the keys of en-import.ts. */
export const zhImport: Record<keyof typeof enImport, string> = {
	'export.imported': '已从文件中的链接导入场景',
	'export.importedFiguresDiffer':
		'已从文件中的链接导入场景。文件中的数值与该链接给出的不一致（是否经过编辑？）：这些数值是计算结果而非输入，未被读取。'
};
