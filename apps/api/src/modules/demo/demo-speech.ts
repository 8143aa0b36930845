/**
 * The demo speech: written for Luoshi (a fictional county), so the product has something to show
 * on first start. Each directive below is also seeded as a published item with assignments. Its
 * date and the deadlines it states are those of the seeded items, counted from the day the demo
 * is loaded, so that what the speech says and what the tasks show agree whenever it is started.
 */
export const DEMO_SPEECH_TITLE = '在全县乡村振兴重点工作推进会上的讲话';

/** How many days before the demo is loaded the speech was given. */
export const DEMO_SPEECH_AGE_DAYS = 20;

/** The deadlines the speech states, one per directive, in the order of its text. */
export interface DemoSpeechDeadlines {
  industry: string;
  technicalService: string;
  talent: string;
  training: string;
  wages: string;
  care: string;
}

const ymd = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number];

/** "2026年3月16日" */
function longDate(date: string): string {
  const [y, m, d] = ymd(date);
  return `${y}年${m}月${d}日`;
}

/** "6月30日前", with the year when it is not the speech's: "2027年1月10日前". */
function deadline(date: string, speechDate: string): string {
  const [y, m, d] = ymd(date);
  return `${y === ymd(speechDate)[0] ? '' : `${y}年`}${m}月${d}日前`;
}

export function demoSpeechText(speechDate: string, due: DemoSpeechDeadlines): string {
  const by = (date: string) => deadline(date, speechDate);
  return `在全县乡村振兴重点工作推进会上的讲话
（${longDate(speechDate)}）
青川县委书记  周立新

同志们：
今天我们召开全县乡村振兴重点工作推进会，主要任务是部署今年的重点任务。刚才，县农业农村局、县总工会、团县委、县妇联作了发言，讲得都很好，我都同意。下面，我再讲三点意见。

一、抓好产业发展这个根本
（一）壮大特色产业。县农业农村局要牵头制定茶叶和中药材产业提升方案，县财政局配合落实扶持资金，${by(due.industry)}报县委常委会审议。
（二）加强技术服务。县农技推广中心要组织农技人员进村入户，每月报送一次服务情况，${by(due.technicalService)}实现行政村全覆盖。

二、抓好人才队伍这个关键
（一）县委组织部要牵头实施乡村人才回引计划，${by(due.talent)}完成第一批回引人选的摸底工作。
（二）团县委要办好青年返乡创业培训班，每季度通报一次培训情况，${by(due.training)}完成首期培训。

三、抓好群众权益这个底线
县总工会要维护好进城务工农民的合法权益，${by(due.wages)}完成欠薪问题专项排查。县妇联要关心留守妇女儿童，${by(due.care)}建立关爱服务台账。

同志们，任务已经明确，关键在于落实。希望大家拿出实干的劲头，确保各项工作落地见效。
`;
}
