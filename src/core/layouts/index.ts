// The drawn layouts: 附件1, 附件2 and the title and header of 年度抽查计划.
export * from './draft';
export * from './annex1';
export * from './annex2';
export * from './plan';
export * from './locate';
