import type { FacilityPick } from "./facility-sets";
import { at, daily, roundTheClock, type Schedule } from "./opening-hours";

export type Name = { zh: string; en: string };

/** Banks whose branches open their lobbies to outdoor workers. */
export const BANKS = [
  { zh: "工商银行", en: "ICBC", org: "中国工商银行金昌分行" },
  { zh: "农业银行", en: "ABC", org: "中国农业银行金昌分行" },
  { zh: "建设银行", en: "CCB", org: "中国建设银行金昌分行" },
  { zh: "中国银行", en: "Bank of China", org: "中国银行金昌分行" },
  { zh: "邮储银行", en: "PSBC", org: "中国邮政储蓄银行金昌市分行" },
  { zh: "甘肃银行", en: "Bank of Gansu", org: "甘肃银行金昌分行" },
] as const;

/** Compound names: a stem and a suffix, "紫金" + "花园" + "小区". */
export const COMPOUND_STEMS: readonly (readonly [string, string])[] = [
  ["金川", "Jinchuan"], ["紫金", "Zijin"], ["龙首", "Longshou"], ["祁连", "Qilian"], ["昌荣", "Changrong"], ["金港", "Jingang"],
  ["翠湖", "Cuihu"], ["阳光", "Yangguang"], ["丽景", "Lijing"], ["和平", "Heping"], ["康乐", "Kangle"], ["锦绣", "Jinxiu"],
  ["世纪", "Shiji"], ["润泽", "Runze"], ["恒泰", "Hengtai"], ["天润", "Tianrun"], ["万象", "Wanxiang"], ["盛世", "Shengshi"],
  ["金色", "Jinse"], ["金都", "Jindu"], ["镍都", "Niedu"], ["铜城", "Tongcheng"], ["宏泰", "Hongtai"], ["博雅", "Boya"],
  ["滨河", "Binhe"], ["南湖", "Nanhu"], ["福民", "Fumin"], ["怡和", "Yihe"], ["瑞祥", "Ruixiang"], ["泰和", "Taihe"],
  ["金盛", "Jinsheng"], ["嘉和", "Jiahe"], ["永安", "Yong'an"], ["鑫源", "Xinyuan"], ["东方", "Dongfang"], ["西城", "Xicheng"],
  ["新华", "Xinhua"], ["公园", "Gongyuan"],
];

export const COMPOUND_SUFFIXES: readonly (readonly [string, string])[] = [
  ["", ""], ["花园", "Huayuan"], ["家园", "Jiayuan"], ["名苑", "Mingyuan"], ["雅居", "Yaju"], ["新村", "Xincun"], ["华庭", "Huating"],
  ["丽都", "Lidu"],
];

export type Venue = Name & {
  township: string;
  road: string;
  organization: string;
  schedule: () => Schedule;
  facilities: FacilityPick[];
};

const f = (...codes: FacilityPick["code"][]): FacilityPick[] => codes.map((code) => ({ code }));

/** Friendly merchants: discounts and a place to warm up, not formal stations. */
export const MERCHANTS: readonly Venue[] = [
  { zh: "老马家牛肉面馆（新华路店）", en: "Lao Ma Beef Noodles (Xinhua Road)", township: "新华路街道", road: "新华路",
    organization: "老马家牛肉面馆", schedule: () => daily(at(6, 30), at(15)), facilities: f("discount", "halal_food", "hot_water", "seats") },
  { zh: "金泰便利超市（金川路店）", en: "Jintai Convenience Store (Jinchuan Road)", township: "金川路街道", road: "金川路",
    organization: "金昌市金泰商贸有限公司", schedule: roundTheClock, facilities: f("discount", "charging", "drinking_water", "microwave") },
  { zh: "快骑电动车维修（北京路店）", en: "Kuaiqi E-bike Repair (Beijing Road)", township: "北京路街道", road: "北京路",
    organization: "金川区快骑电动车维修部", schedule: () => daily(at(8, 30), at(20)), facilities: f("discount", "repair_kit", "charging", "battery_swap") },
  { zh: "鑫源换电站（广州路）", en: "Xinyuan Battery Swap (Guangzhou Road)", township: "广州路街道", road: "广州路",
    organization: "金昌鑫源新能源科技有限公司", schedule: roundTheClock, facilities: f("battery_swap", "charging", "discount") },
  { zh: "河西手抓羊肉馆（桂林路店）", en: "Hexi Mutton Restaurant (Guilin Road)", township: "桂林路街道", road: "桂林路",
    organization: "河西手抓羊肉馆", schedule: () => daily(at(10), at(22)), facilities: f("discount", "halal_food", "hot_water", "seats", "toilet") },
  { zh: "家常味快餐（长春路店）", en: "Jiachangwei Fast Food (Changchun Road)", township: "新华路街道", road: "长春路",
    organization: "家常味快餐店", schedule: () => daily(at(10), at(21)), facilities: f("discount", "microwave", "hot_water", "seats") },
  { zh: "滨河夜市烧烤", en: "Binhe Night Market Barbecue", township: "滨河路街道", road: "滨河路",
    organization: "滨河夜市烧烤店", schedule: () => daily(at(17), at(24 + 2)), facilities: f("discount", "drinking_water", "seats", "charging") },
  { zh: "百姓大药房（公园路店）", en: "Baixing Pharmacy (Gongyuan Road)", township: "金川路街道", road: "公园路",
    organization: "金昌百姓大药房连锁有限公司", schedule: () => daily(at(8), at(22)), facilities: f("discount", "first_aid", "drinking_water") },
  { zh: "快乐洗衣房（天水路店）", en: "Kuaile Laundry (Tianshui Road)", township: "北京路街道", road: "天水路",
    organization: "快乐洗衣房", schedule: () => daily(at(9), at(21)), facilities: f("discount", "laundry", "seats", "drinking_water") },
  { zh: "骊靬面馆（北大街店）", en: "Liqian Noodle House (North Street)", township: "城关镇", road: "北大街",
    organization: "永昌县骊靬面馆", schedule: () => daily(at(7), at(20)), facilities: f("discount", "hot_water", "seats", "halal_food") },
  { zh: "永昌便民超市（东大街店）", en: "Yongchang Neighbourhood Supermarket (East Street)", township: "城关镇", road: "东大街",
    organization: "永昌县便民超市", schedule: () => daily(at(8), at(22)), facilities: f("discount", "charging", "drinking_water") },
  { zh: "顺达电动车行（河西堡镇）", en: "Shunda E-bike Shop (Hexipu)", township: "河西堡镇", road: "车站路",
    organization: "永昌县顺达电动车行", schedule: () => daily(at(8), at(19)), facilities: f("repair_kit", "battery_swap", "charging", "discount") },
];

export const HOSPITALS: readonly (Name & { township: string; road: string; is24h: boolean })[] = [
  { zh: "金川路街道社区卫生服务中心", en: "Jinchuanlu Subdistrict Community Health Centre", township: "金川路街道", road: "金川路", is24h: false },
  { zh: "北京路街道社区卫生服务中心", en: "Beijinglu Subdistrict Community Health Centre", township: "北京路街道", road: "北京路", is24h: false },
  { zh: "新华路街道社区卫生服务中心", en: "Xinhualu Subdistrict Community Health Centre", township: "新华路街道", road: "新华路", is24h: false },
  { zh: "宁远堡镇卫生院", en: "Ningyuanbao Town Health Centre", township: "宁远堡镇", road: "主街", is24h: true },
  { zh: "永昌县城关镇社区卫生服务中心", en: "Chengguan Town Community Health Centre, Yongchang", township: "城关镇", road: "南大街", is24h: false },
  { zh: "河西堡镇中心卫生院", en: "Hexipu Town Central Health Centre", township: "河西堡镇", road: "车站路", is24h: true },
];

export const SCHOOL = { zh: "金川区新华路小学", en: "Xinhualu Primary School, Jinchuan District", township: "新华路街道", road: "新华路" };

export const CLOSURES = [
  { reason: "室内装修升级，暂停开放", until: "2026-12-31" },
  { reason: "冬季供暖管道检修", until: "2027-01-15" },
  { reason: "所在社区办公用房搬迁，新址筹备中", until: "2027-03-01" },
] as const;
