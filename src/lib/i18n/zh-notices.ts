import type { enNotices } from './en-notices';

/** Simplified Chinese for a link's notices; must have exactly the keys of en-notices.ts. */
export const zhNotices: Record<keyof typeof enNotices, string> = {
	'notice.unknown-key': '未知设置“{key}”已被忽略。',
	'notice.not-in-model': '“{key}”不适用于所用的模型：其架构没有这一部分，已被忽略。',
	'notice.moved-slot':
		'系统“{key}”按“{used}”读取，以“{key}.”开头的设置随之移过去：对比从“a”起依次占用槽位。',
	'notice.extra-system': '最多可比较 {used} 个系统：“{key}” = “{given}”已被忽略。',
	'notice.orphan-key': '“{key}”所属的系统不在此链接中，已忽略。',
	'notice.baseline-only-key':
		'“{key}”所属的系统只在假设分析的基准中：基准读取了它，当前场景忽略了它。',
	'notice.baseline-only-model-key':
		'“{key}”不适用于当前场景的模型，只适用于假设分析基准的模型：基准读取了它，当前场景忽略了它。',
	'notice.baseline-only-old-key':
		'“{key}”是“{used}”的旧名称，而链接也给出了后者：当前场景读取“{used}”并忽略了它；假设分析的基准去掉了“{used}”，因此读取了它。',
	'notice.old-key': '“{key}”已被忽略：它是“{used}”的旧名称，而链接也给出了后者。',
	'notice.duplicate-key': '“{key}”出现了不止一次；已采用最后一个值（{used}）。',
	'notice.not-a-number': '“{key}” = “{given}”不是数字；已采用 {used}。',
	'notice.ignored': '“{key}” = “{given}”不是数字；已忽略，如同链接未设置该项。',
	'notice.adjusted': '“{key}” = “{given}”超出其范围或与其他设置矛盾；已采用 {used}。',
	'notice.name-cleaned':
		'“{key}” = “{given}”：名称最多保留 {max} 个字符，且不含控制字符、不可见字符或乱码（�）；已采用“{used}”。',
	'notice.followed': '链接未设置“{key}”；其值 {given} 与链接给出的设置矛盾，已采用 {used}。',
	'notices.inBaseline': '假设分析的基准中：',
	'notices.more': '另有 {count} 条',
	'notice.not-whole': '“{key}” = “{given}”不是整数；已改用 {used}。',
	'notice.clamped': '“{key}” = “{given}”超出范围；已改用 {used}。',
	'notice.unknown-preset': '不存在名为“{given}”的系统预设；已改用 {used}。',
	'notice.baseline-emptied':
		'“{key}”为空，基准中将没有任何系统；对比至少需要一个系统，因此采用了该槽位的预设 {used}。',
	'notice.unknown-model': '不存在名为“{given}”的模型预设；已改用 {used}。',
	'notice.unknown-choice': '“{key}” = “{given}”不是有效选项；已采用 {used}。',
	'notice.unknown-version': '此链接的格式版本为 {given}，本应用无法识别；已按版本 {used} 读取。',
	'notice.missing-version': '此链接未注明格式版本；已按版本 {used} 读取。',
	'notice.not-a-model-version': '“m” = “{given}”不是模型版本号；结果来自版本 {used}。',
	'notice.model-changed': '此链接由模型版本 {given} 生成；当前结果来自版本 {used}。'
};
