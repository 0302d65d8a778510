// 检查对象名录库 of the sample: about 770 road-transport businesses of 清河县 with valid
// 统一社会信用代码, and 33 local road works (30 in construction, the scope of 联034).
import { withCheckChar } from '../credit-code';
import type { CellValue } from '../text';
import { SampleRng } from './rng';
import { BRAND_FIRST, BRAND_SECOND, GIVEN_CHARS, REGIONS, SURNAMES, TOWNS } from './words';

/** 行政区划代码 of 清河县 (河北省邢台市). */
export const QINGHE_REGION_CODE = '130534';
export const ROAD_TRANSPORT_TAG = '道路运输经营主体';
export const ROAD_WORKS_TAG = '在建地方道路大中修工程';
export const FINISHED_WORKS_TAG = '已完工地方道路工程';

export interface SampleObject {
  id: string;
  name: string;
  type: string;
  industry: string;
  region: string;
  jurisdiction: string;
  grade: string | null;
  status: string;
  tags: string[];
}

type EntityType = '企业' | '个体工商户' | '农民专业合作社';

interface Category {
  industry: string;
  type: EntityType;
  count: number;
  suffixes: readonly string[];
}

/** Counts per industry and type; every one of them is a 道路运输经营主体 tagged with its industry. */
const CATEGORIES: readonly Category[] = [
  { industry: '道路货物运输', type: '企业', count: 270, suffixes: ['物流有限公司', '运输有限公司', '货运有限公司', '汽车运输有限公司', '物流运输有限公司'] },
  { industry: '道路货物运输', type: '个体工商户', count: 185, suffixes: ['货运部', '运输服务部', '货运信息部', '物流服务部'] },
  { industry: '道路货物运输', type: '农民专业合作社', count: 10, suffixes: ['农机运输专业合作社', '运输专业合作社'] },
  { industry: '道路旅客运输', type: '企业', count: 35, suffixes: ['客运有限公司', '旅游客运有限公司', '公共交通有限公司', '出租汽车有限公司'] },
  { industry: '危险货物运输', type: '企业', count: 45, suffixes: ['危险货物运输有限公司', '化工物流有限公司', '危货运输有限公司', '燃气运输有限公司'] },
  { industry: '机动车维修', type: '企业', count: 80, suffixes: ['汽车维修服务有限公司', '汽车销售服务有限公司', '汽车服务有限公司', '汽车修理有限公司'] },
  { industry: '机动车维修', type: '个体工商户', count: 125, suffixes: ['汽车修理厂', '汽修部', '汽车维修中心', '汽车快修店', '轮胎修理部', '汽车电器维修部'] },
  { industry: '驾驶员培训', type: '企业', count: 20, suffixes: ['机动车驾驶员培训学校有限公司', '驾驶员培训有限公司', '驾驶培训学校有限公司'] },
];

const GRADE_WEIGHTS = { A: 30, B: 45, C: 15, D: 5, none: 5 };
const STATUS_WEIGHTS = { 存续: 85, 在营: 8, 注销: 3, 吊销: 2, 停业: 1.5, 迁出: 0.5 };
const TYPE_DIGIT: Record<EntityType, string> = { 企业: '1', 个体工商户: '2', 农民专业合作社: '3' };
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const DIGITS = '0123456789';

/** GB 11714 check character of an 8-character organisation code body (positions 9–17 of the USCC). */
function organisationCheck(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + parseInt(ch, 36) * weights[i], 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** A valid 统一社会信用代码: 9 (市场监管) + type + 清河县 + organisation code + check character. */
function creditCode(rng: SampleRng, type: EntityType): string {
  const body = rng.chance(0.7) ? `MA0${rng.chars(USCC_CHARS, 5)}` : `${rng.pick(['5', '6', '7'])}${rng.chars(DIGITS, 7)}`;
  return withCheckChar(`9${TYPE_DIGIT[type]}${QINGHE_REGION_CODE}${body}${organisationCheck(body)}`);
}

function brand(rng: SampleRng): string {
  const first = rng.pick(BRAND_FIRST);
  let second = rng.pick(BRAND_SECOND);
  while (second === first) second = rng.pick(BRAND_SECOND);
  return first + second;
}

function personName(rng: SampleRng): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return rng.pick(SURNAMES) + given;
}

/** A business name and the region it suggests (a town in the name places the business there). */
function businessName(rng: SampleRng, category: Category): { name: string; town: string | null } {
  const suffix = rng.pick(category.suffixes);
  if (category.type === '企业') {
    const prefix = rng.weighted({ 清河县: 85, 河北: 8, 邢台: 7 });
    return { name: `${prefix}${brand(rng)}${suffix}`, town: null };
  }
  const roll = rng.int(10);
  if (category.type === '农民专业合作社' || roll < 3) {
    const town = rng.pick(TOWNS);
    return { name: `清河县${town}${brand(rng)}${suffix}`, town: `${town}镇` };
  }
  return { name: `清河县${roll < 5 ? personName(rng) : brand(rng)}${suffix}`, town: null };
}

function marketEntities(rng: SampleRng): SampleObject[] {
  const ids = new Set<string>();
  const names = new Set<string>();
  const objects: SampleObject[] = [];
  for (const category of CATEGORIES) {
    for (let i = 0; i < category.count; i++) {
      let town: string | null = null;
      const name = rng.unique(names, () => {
        const made = businessName(rng, category);
        town = made.town;
        return made.name;
      });
      const grade = rng.weighted(GRADE_WEIGHTS);
      objects.push({
        id: rng.unique(ids, () => creditCode(rng, category.type)),
        name,
        type: category.type,
        industry: category.industry,
        region: town ?? rng.weighted(REGIONS),
        jurisdiction: '运输管理站',
        grade: grade === 'none' ? null : grade,
        status: rng.weighted(STATUS_WEIGHTS),
        tags: [ROAD_TRANSPORT_TAG, category.industry],
      });
    }
  }
  return objects;
}

/** Road works: 30 in construction in 2024 (GC2024-001 …) and 3 finished ones from 2023 (not in scope). */
function roadWorks(rng: SampleRng): SampleObject[] {
  const names = new Set<string>();
  const works: SampleObject[] = [];
  const make = (year: number, seq: number, tag: string) => {
    let from = '';
    const name = rng.unique(names, () => {
      from = rng.pick(TOWNS);
      let to = rng.pick(TOWNS);
      while (to === from) to = rng.pick(TOWNS);
      const road = rng.chance(0.6) ? `县道X${rng.between(301, 329)}` : `乡道Y${String(rng.between(1, 98)).padStart(3, '0')}`;
      return `清河县${year}年${road}${from}至${to}段${rng.chance(0.35) ? '大修' : '中修'}工程`;
    });
    works.push({
      id: `GC${year}-${String(seq).padStart(3, '0')}`,
      name,
      type: '工程项目',
      industry: '公路工程',
      region: `${from}镇`,
      jurisdiction: '地方道路管理站',
      grade: null,
      status: '存续',
      tags: [tag],
    });
  };
  for (let seq = 1; seq <= 30; seq++) make(2024, seq, ROAD_WORKS_TAG);
  for (let seq = 11; seq <= 13; seq++) make(2023, seq, FINISHED_WORKS_TAG);
  return works;
}

/** The sample's objects, market entities first, then the road works. */
export function sampleObjects(): SampleObject[] {
  return [...marketEntities(new SampleRng('objects')), ...roadWorks(new SampleRng('works'))];
}

/** A registry row in OBJECT_COLUMNS order. */
export function objectRow(object: SampleObject): CellValue[] {
  return [
    object.id,
    object.name,
    object.type,
    object.industry,
    object.region,
    object.jurisdiction,
    object.grade,
    object.status,
    object.tags.join('、'),
  ];
}
