// The operator's name is remembered per browser profile and shared by 抽取 and 作废.
export const OPERATOR_KEY = 'ssj.operator';
