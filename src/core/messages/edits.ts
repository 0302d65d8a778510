// Chinese messages for what clerks commonly do to the sheets by hand (a title row above the header,
// a copied column, rows sorted, a code typed as a number): each says what happened and how to undo it.
import { SHEETS } from '../schema';
import { error, type Problem } from './problem';

export const editMessages = {
  resultRowsReordered: (drawId: string, rows: number, cell: string, contentIntact: boolean): Problem =>
    error(
      'verify.result-order',
      `抽取 ${drawId} 的 ${rows} 行结果${contentIntact ? '都在、内容一致，但' : ''}顺序与抽取时不同（从这一行起）：` +
        '核验要求结果行保持抽取时的顺序。请选中抽查结果的数据，按“抽取编号”、再按“序号”升序排序，即可恢复。',
      SHEETS.results, cell,
    ),
};
