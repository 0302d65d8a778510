// Chinese messages of ssj-draw/2's seed material and 公告 source (SPEC §3.8).
import { error, type Problem } from './problem';

const FORM = (form: { count: number; width: number }) => `${form.count} 个 ${form.width} 位数`;

export const materialMessages = {
  foreignCharacter: (what: string, code: string, shown: string, position?: number): Problem =>
    error(
      'draw.material-character',
      `${what}中${position ? `第 ${position} 个字符` : '有一个字符'}是 ${code}` +
        `${/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(shown) ? `（“${shown}”）` : '（不可见字符）'}：` +
        `${what}只能含阿拉伯数字 0–9、空格和分隔符 , ; . : - / ( ) 、 。` +
        '其他字符（字母、其他文字的数字、零宽或改变文字方向的字符）会让看起来相同的号码算出不同的种子，因此不予接受。请重新录入。',
    ),
  witnessTooShort: (digits: number, minimum: number): Problem =>
    error(
      'draw.witness-too-short',
      `见证号码至少需要 ${minimum} 位数字，当前只有 ${digits} 位。请由两名以上见证人现场报数或掷骰，补足位数后重新抽取。`,
    ),
  witnessTooLong: (length: number, maximum: number): Problem =>
    error('draw.witness-too-long', `见证号码太长（${length} 个字符）：它要写入抽取日志的一个单元格，而 Excel 单元格最多容纳 ${maximum} 个字符。`),
  numbersCount: (found: number, form: { count: number; width: number }): Problem =>
    error(
      'draw.numbers-count',
      `开奖号码应为公告所写的 ${FORM(form)}（用空格或分隔符隔开，或连写成 ${form.count * form.width} 位），录入的是 ${found} 个数：请按公布的开奖结果逐个录入。`,
    ),
  numberTooWide: (number: string, form: { count: number; width: number }): Problem =>
    error('draw.number-too-wide', `开奖号码“${number}”超过 ${form.width} 位：公告所写的形式是 ${FORM(form)}。`),
  sourceShape: (text: string): Problem =>
    error(
      'announce.source-shape',
      `开奖来源“${text}”应为“名称|期号|开奖时间|个数×位数”四部分，例如“中国福利彩票快乐8|2024150|2024-06-05 21:30|20×2”。`,
    ),
  sourcePartEmpty: (label: string): Problem => error('announce.source-empty', `开奖来源缺少${label}：应为“名称|期号|开奖时间|个数×位数”。`),
  sourceInvisible: (label: string, code: string, position: number): Problem =>
    error('announce.source-invisible', `开奖来源的${label}第 ${position} 个字符是不可见的控制或格式字符 ${code}：请删除后重新输入。`),
  sourceTime: (text: string): Problem =>
    error('announce.source-time', `开奖时间“${text}”无效：应为北京时间“YYYY-MM-DD HH:MM”，例如 2024-06-05 21:30。`),
  sourceForm: (text: string): Problem =>
    error('announce.source-form', `号码形式“${text}”无效：应为“个数×位数”，例如快乐8开奖 20 个两位数写作 20×2。`),
};
