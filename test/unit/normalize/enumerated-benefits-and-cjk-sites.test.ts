import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import type { SourceKind } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { splitDocumentTitle } from '../../../shared/sources/html/page-title';

const context = { sourceId: 'enumerated', now: new Date('2026-11-26T12:00:00Z') };
const benefitsOf = (content: string, kind: SourceKind) => {
  const raw = parseInput(content, { kind })[0];
  if (!raw) throw new Error('no posting parsed');
  return normalizePosting(raw, context).benefits;
};

describe('benefits written as one line of short perks are one item per perk', () => {
  test.each([
    [
      'zh ideographic commas',
      '运营专员\n\n岗位职责：\n- 活动策划\n- 数据复盘\n\n福利待遇：\n六险一金、年终奖、节日福利、免费班车。\n',
      ['六险一金', '年终奖', '节日福利', '免费班车'],
    ],
    [
      'ja ideographic commas',
      '営業事務\n\n【仕事内容】\n・受発注業務\n・電話対応\n\n【待遇・福利厚生】\n社会保険完備、交通費支給、賞与年2回\n',
      ['社会保険完備', '交通費支給', '賞与年2回'],
    ],
    [
      'en semicolons',
      'Barista\n\nWhat you will do:\n- Serve coffee\n- Keep the bar clean\n\nBenefits:\nFree drinks; staff discount; paid breaks; tips shared weekly\n',
      ['Free drinks', 'staff discount', 'paid breaks', 'tips shared weekly'],
    ],
  ])('%s', (_name, content, perks) => expect(benefitsOf(content, 'text')).toEqual(perks));

  test('a sentence that lists with a comma stays one item', () => {
    const content =
      'Barista\n\nWhat you will do:\n- Serve coffee\n- Keep the bar clean\n\nBenefits:\nWe pay for your travel, your meals on shift and a yearly training course of your choice.\n';
    expect(benefitsOf(content, 'text')).toHaveLength(1);
  });

  test('a line with one long part stays one item', () => {
    const content =
      '運営\n\n岗位职责：\n- 策划\n\n福利待遇：\n五险一金、每年两次由公司全额承担费用的海外团队旅行，以及各种丰富多彩的员工活动和节日礼品以及生日会等等，欢迎加入我们一起成长、年终奖\n';
    expect(benefitsOf(content, 'text')).toHaveLength(1);
  });
});

describe('a CJK careers-site word written straight after the company is no part of its name', () => {
  test.each([
    ['zh', '前端工程师 - 杭州云栖网络科技有限公司招聘', '杭州云栖网络科技有限公司'],
    ['zh social hiring', 'Java开发 - 南京星辰软件有限公司社会招聘', '南京星辰软件有限公司'],
    ['ja', '経理スタッフ - 株式会社みらい物流 採用サイト', '株式会社みらい物流'],
    ['ko', '백엔드 개발자 - 한빛소프트 채용', '한빛소프트'],
    ['id', 'Staf Gudang - Karier PT Maju Bersama', 'PT Maju Bersama'],
  ])('%s: %s', (_name, raw, site) => expect(splitDocumentTitle(raw).site).toBe(site));
});
