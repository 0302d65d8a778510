// 执法检查人员名录库 and 回避关系 of the sample: 56 law-enforcement officers of 交通运输局 and
// 市场监管局, three experts and one third-party body. The exceptions (aliases, expired certificates,
// leave, avoidance) sit on fixed people so that the sample always shows them.
import { isoToSerial } from '../dates';
import type { CellValue } from '../text';
import { QINGHE_REGION_CODE, type SampleObject } from './objects';
import { SampleRng } from './rng';
import { GIVEN_CHARS, MOBILE_PREFIXES, SURNAMES } from './words';

export interface SampleInspector {
  id: string;
  name: string;
  department: string;
  section: string;
  category: '执法人员' | '专家' | '第三方机构';
  certificateNo: string | null;
  /** ISO date. */
  certificateExpiry: string | null;
  tags: string[];
  dutyStatus: string;
  avoidObjectIds: string[];
  phone: string;
}

interface Unit {
  department: '交通运输局' | '市场监管局';
  section: string;
  count: number;
  tags: readonly string[];
}

const UNITS: readonly Unit[] = [
  { department: '交通运输局', section: '法制安全科', count: 4, tags: ['法制审核', '执法监督', '道路运输'] },
  { department: '交通运输局', section: '地方道路管理站', count: 8, tags: ['公路工程', '路政管理'] },
  { department: '交通运输局', section: '运输管理站', count: 10, tags: ['道路运输', '危险货物运输', '机动车维修', '驾驶员培训'] },
  { department: '交通运输局', section: '综合行政执法大队', count: 14, tags: ['道路运输', '执法办案', '公路工程'] },
  { department: '市场监管局', section: '登记注册科', count: 4, tags: ['登记注册', '公示信息'] },
  { department: '市场监管局', section: '信用监管科', count: 5, tags: ['信用监管', '公示信息'] },
  { department: '市场监管局', section: '综合执法大队', count: 8, tags: ['执法办案', '登记注册'] },
  { department: '市场监管局', section: '城区市场监管所', count: 3, tags: ['登记注册', '公示信息'] },
];

/** Departments written with an alias (SPEC §2 部门名录), to exercise alias normalisation. */
const ALIASES: Readonly<Record<string, string>> = { RY006: '交通局', RY024: '交通局', RY047: '市场监督管理局' };
/** Certificates that end in 2024: expired before every task, or (RY015) in August. */
const SHORT_CERTIFICATES: Readonly<Record<string, string>> = {
  RY009: '2024-01-31',
  RY028: '2024-03-31',
  RY043: '2024-02-29',
  RY015: '2024-08-31',
};
const DUTY: Readonly<Record<string, string>> = { RY013: '休假', RY031: '调离', RY049: '休假', RY055: '调离', RY059: '休假' };

const certificatePrefix = (department: string) => (department === '交通运输局' ? '冀交执' : '冀市监执');

function uniqueName(rng: SampleRng, used: Set<string>): string {
  return rng.unique(used, () => {
    const given = rng.chance(0.75) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
    return rng.pick(SURNAMES) + given;
  });
}

function mobile(rng: SampleRng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.chars('0123456789', 8);
}

function someTags(rng: SampleRng, tags: readonly string[]): string[] {
  const first = rng.int(tags.length);
  const second = rng.int(tags.length);
  return first === second ? [tags[first]] : [tags[first], tags[second]];
}

function officers(rng: SampleRng, names: Set<string>): SampleInspector[] {
  const people: SampleInspector[] = [];
  const certificates: Record<string, number> = {};
  for (const unit of UNITS) {
    for (let i = 0; i < unit.count; i++) {
      const id = `RY${String(people.length + 1).padStart(3, '0')}`;
      const seq = (certificates[unit.department] = (certificates[unit.department] ?? 0) + 1);
      const expiry = `${rng.between(2025, 2027)}-${String(rng.between(1, 12)).padStart(2, '0')}-${rng.pick(['15', '28'])}`;
      people.push({
        id,
        name: uniqueName(rng, names),
        department: ALIASES[id] ?? unit.department,
        section: unit.section,
        category: '执法人员',
        certificateNo: `${certificatePrefix(unit.department)}${QINGHE_REGION_CODE}${String(seq).padStart(4, '0')}`,
        certificateExpiry: SHORT_CERTIFICATES[id] ?? expiry,
        tags: someTags(rng, unit.tags),
        dutyStatus: DUTY[id] ?? '在岗',
        avoidObjectIds: [],
        phone: mobile(rng),
      });
    }
  }
  return people;
}

/** The expert pool (SPEC §3.5 专家): three experts and a testing company, filed under 交通运输局. */
function experts(rng: SampleRng, names: Set<string>, firstNumber: number): SampleInspector[] {
  const pool: Array<[SampleInspector['category'], string | null, string[]]> = [
    ['专家', null, ['危险货物运输', '安全生产']],
    ['专家', null, ['公路工程', '工程质量']],
    ['专家', null, ['机动车维修', '汽车检测']],
    ['第三方机构', '邢台路安工程质量检测有限公司', ['公路工程', '工程检测']],
  ];
  return pool.map(([category, name, tags], i) => {
    const id = `RY${String(firstNumber + i).padStart(3, '0')}`;
    return {
      id,
      name: name ?? uniqueName(rng, names),
      department: '交通运输局',
      section: category === '专家' ? '专家库' : '第三方机构',
      category,
      certificateNo: null,
      certificateExpiry: null,
      tags,
      dutyStatus: DUTY[id] ?? '在岗',
      avoidObjectIds: [],
      phone: category === '专家' ? mobile(rng) : `0319-81${rng.chars('0123456789', 5)}`,
    };
  });
}

/** The `k`-th active object of an industry (deterministic picks for avoidance). */
function activeOf(objects: readonly SampleObject[], industry: string, k: number): string {
  const active = objects.filter((o) => o.industry === industry && (o.status === '存续' || o.status === '在营'));
  return active[k].id;
}

/** Inspectors with their 回避对象编号 column filled for three of them. */
export function sampleInspectors(objects: readonly SampleObject[]): SampleInspector[] {
  const rng = new SampleRng('inspectors');
  const names = new Set<string>();
  const people = officers(rng, names);
  people.push(...experts(rng, names, people.length + 1)); // spread-ok: the sample's few experts
  const byId = new Map(people.map((p) => [p.id, p]));
  byId.get('RY016')!.avoidObjectIds.push(activeOf(objects, '道路货物运输', 3));
  byId.get('RY050')!.avoidObjectIds.push(activeOf(objects, '道路货物运输', 40), activeOf(objects, '机动车维修', 7));
  byId.get('RY010')!.avoidObjectIds.push(activeOf(objects, '公路工程', 4));
  return people;
}

/** 回避关系 rows (人员编号 · 对象编号 · 回避原因); the first repeats a 回避对象编号 entry on purpose. */
export function sampleAvoidance(objects: readonly SampleObject[]): CellValue[][] {
  return [
    ['RY016', activeOf(objects, '道路货物运输', 3), '亲属关系（配偶经营）'],
    ['RY021', activeOf(objects, '道路货物运输', 120), '曾在该企业任职'],
    ['RY025', activeOf(objects, '危险货物运输', 5), '亲属关系（兄弟经营）'],
    ['RY038', activeOf(objects, '机动车维修', 60), '近亲属持股'],
    ['RY044', activeOf(objects, '道路旅客运输', 2), '存在经济往来'],
    ['RY011', activeOf(objects, '公路工程', 12), '近亲属在施工单位任职'],
  ];
}

/** A registry row in INSPECTOR_COLUMNS order (dates as Excel serial numbers). */
export function inspectorRow(p: SampleInspector): CellValue[] {
  return [
    p.id,
    p.name,
    p.department,
    p.section,
    p.category,
    p.certificateNo,
    p.certificateExpiry === null ? null : isoToSerial(p.certificateExpiry),
    p.tags.join('、'),
    p.dutyStatus,
    p.avoidObjectIds.length ? p.avoidObjectIds.join('、') : null,
    p.phone,
  ];
}
