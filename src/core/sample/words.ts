// Word lists for plausible names in Qinghe County (清河县, 河北省邢台市). Fiction: any likeness to a
// real business or person is chance.

/** 清河县's towns and the county seat, with the weight of registered businesses in each. */
export const REGIONS: Readonly<Record<string, number>> = {
  城区: 30,
  经济开发区: 10,
  葛仙庄镇: 10,
  连庄镇: 10,
  油坊镇: 10,
  谢炉镇: 10,
  王官庄镇: 10,
  坝营镇: 10,
};
export const TOWNS = ['葛仙庄', '连庄', '油坊', '谢炉', '王官庄', '坝营'] as const;

/** First and second characters of a shop name (字号); pairs make about 2,500 names. */
export const BRAND_FIRST = [
  '顺', '鑫', '恒', '宏', '聚', '金', '盛', '通', '安', '兴', '万', '天', '华', '永', '润', '昌', '隆', '泰', '富',
  '佳', '汇', '博', '凯', '瑞', '诚', '信', '祥', '福', '嘉', '益', '和', '远', '畅', '捷', '骏', '腾', '鹏',
  '宇', '晟', '森', '丰', '众', '亿', '中', '正', '东', '冀', '运', '路', '德', '新', '利', '广', '长',
] as const;
export const BRAND_SECOND = [
  '达', '源', '通', '运', '顺', '发', '泰', '盛', '昌', '兴', '辉', '宇', '航', '程', '驰', '诚', '祥', '安',
  '鑫', '旺', '利', '丰', '远', '隆', '瑞', '邦', '捷', '凯', '翔', '恒', '益', '峰', '胜', '合',
  '晨', '阳', '博', '信', '德', '成', '元', '华', '海', '川', '途', '速', '畅', '锦',
] as const;

/** Common surnames of southern Hebei, more frequent ones listed more than once. */
export const SURNAMES = [
  '王', '王', '李', '李', '张', '张', '刘', '刘', '赵', '杨', '陈', '孙', '马', '高', '郭', '宋', '韩', '冯',
  '邢', '崔', '田', '贾', '曹', '魏', '吕', '许', '周', '吴', '徐', '朱', '胡', '董', '范', '任', '邱', '耿',
] as const;
export const GIVEN_CHARS = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀', '霞',
  '平', '刚', '建', '国', '立', '志', '红', '海', '文', '晓', '春', '亮', '鹏', '飞', '辉', '宁', '欣', '帅',
  '浩', '雪', '佳', '婷', '瑞', '凯', '兵', '斌', '博', '健', '龙', '振', '永', '庆', '学', '新', '利', '忠',
] as const;

/** Mobile prefixes in use in China (the first three digits). */
export const MOBILE_PREFIXES = [
  '130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159',
  '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '198', '199',
] as const;
