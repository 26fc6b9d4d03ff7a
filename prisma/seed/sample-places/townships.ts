export type District = "JINCHUAN" | "YONGCHANG";

export type Township = {
  name: string;
  nameEn: string;
  district: District;
  /** Anchor point (WGS-84) from shared/data/jinchang/jinchang-townships.points.wgs84.geojson. */
  lat: number;
  lng: number;
  /** Relative share of generated places: where people live and work. */
  weight: number;
  /** Scatter around the anchor: standard deviation and cut-off, in metres. */
  sigmaM: number;
  maxM: number;
  /** Urban sub-districts must also stay inside the built-up city box. */
  urban: boolean;
  roads: readonly string[];
  /** [Chinese stem, pinyin]: "龙泉" → 龙泉社区, Longquan Community. */
  communities: readonly (readonly [string, string])[];
};

/** The city of Jinchang: the built-up area of 金川区's six sub-districts. */
export const CITY_BOX = { south: 38.47, north: 38.54, west: 102.12, east: 102.23 };

const urban = { district: "JINCHUAN", sigmaM: 650, maxM: 2000, urban: true } as const;
const county = { district: "YONGCHANG", sigmaM: 400, maxM: 1200, urban: false, roads: ["主街"] } as const;

export const TOWNSHIPS: readonly Township[] = [
  { ...urban, name: "滨河路街道", nameEn: "Binhelu Subdistrict", lat: 38.505, lng: 102.15, weight: 9,
    roads: ["滨河路", "南京路", "兰州路", "天水路"],
    communities: [["龙泉", "Longquan"], ["滨河", "Binhe"], ["西坡", "Xipo"], ["金水", "Jinshui"], ["丽景", "Lijing"], ["天山", "Tianshan"], ["金穗", "Jinsui"], ["春晖", "Chunhui"], ["柳林", "Liulin"]] },
  { ...urban, name: "桂林路街道", nameEn: "Guilinlu Subdistrict", lat: 38.525, lng: 102.205, weight: 11,
    roads: ["桂林路", "河雅路", "新华路", "广州路"],
    communities: [["桂林", "Guilin"], ["河雅", "Heya"], ["金港", "Jingang"], ["紫金", "Zijin"], ["宏泰", "Hongtai"], ["祁连", "Qilian"], ["金龙", "Jinlong"], ["东苑", "Dongyuan"], ["晨光", "Chenguang"]] },
  { ...urban, name: "北京路街道", nameEn: "Beijinglu Subdistrict", lat: 38.5, lng: 102.19, weight: 14,
    roads: ["北京路", "金川路", "天水路", "庆阳路", "武都路"],
    communities: [["北京路", "Beijinglu"], ["天水", "Tianshui"], ["庆阳", "Qingyang"], ["武都", "Wudu"], ["金阳", "Jinyang"], ["南湖", "Nanhu"], ["金鑫", "Jinxin"], ["友谊", "Youyi"], ["新村", "Xincun"]] },
  { ...urban, name: "金川路街道", nameEn: "Jinchuanlu Subdistrict", lat: 38.512, lng: 102.192, weight: 16,
    roads: ["金川路", "新华路", "公园路", "北京路"],
    communities: [["金川", "Jinchuan"], ["公园", "Gongyuan"], ["龙首", "Longshou"], ["和平", "Heping"], ["铜城", "Tongcheng"], ["镍都", "Niedu"], ["文化", "Wenhua"], ["振兴", "Zhenxing"], ["育才", "Yucai"]] },
  { ...urban, name: "新华路街道", nameEn: "Xinhualu Subdistrict", lat: 38.522, lng: 102.17, weight: 13,
    roads: ["新华路", "长春路", "南京路", "环城路"],
    communities: [["昌荣里", "Changrongli"], ["新华路", "Xinhualu"], ["长春", "Changchun"], ["南京", "Nanjing"], ["康乐", "Kangle"], ["阳光", "Yangguang"], ["建设", "Jianshe"], ["团结", "Tuanjie"], ["胜利", "Shengli"]] },
  { ...urban, name: "广州路街道", nameEn: "Guangzhoulu Subdistrict", lat: 38.528, lng: 102.185, weight: 11,
    roads: ["广州路", "环城路", "长春路", "桂林路"],
    communities: [["广州路", "Guangzhoulu"], ["环城", "Huancheng"], ["兰州", "Lanzhou"], ["金秋", "Jinqiu"], ["福民", "Fumin"], ["怡园", "Yiyuan"], ["东湖", "Donghu"], ["金林", "Jinlin"], ["瑞园", "Ruiyuan"]] },
  { name: "宁远堡镇", nameEn: "Ningyuanbao Town", district: "JINCHUAN", lat: 38.52, lng: 102.13, weight: 3, sigmaM: 600, maxM: 1800,
    urban: false, roads: ["主街"], communities: [["宁远", "Ningyuan"], ["龙景", "Longjing"]] },
  { name: "双湾镇", nameEn: "Shuangwan Town", district: "JINCHUAN", lat: 38.62, lng: 102.33, weight: 1, sigmaM: 500, maxM: 1500,
    urban: false, roads: ["主街"], communities: [["双湾", "Shuangwan"]] },
  { name: "城关镇", nameEn: "Chengguan Town", district: "YONGCHANG", lat: 38.247078, lng: 101.970102, weight: 15, sigmaM: 600,
    maxM: 1800, urban: false, roads: ["东大街", "西大街", "南大街", "北大街"],
    communities: [["宝河苑", "Baoheyuan"], ["北海子", "Beihaizi"], ["骊靬", "Liqian"], ["钟鼓楼", "Zhongulou"], ["东关", "Dongguan"],
      ["西关", "Xiguan"], ["南关", "Nanguan"], ["北关", "Beiguan"]] },
  { ...county, name: "河西堡镇", nameEn: "Hexipu Town", lat: 38.42, lng: 101.98, weight: 4, sigmaM: 500, maxM: 1500,
    roads: ["车站路", "主街"], communities: [["车站", "Chezhan"], ["新河", "Xinhe"]] },
  { ...county, name: "朱王堡镇", nameEn: "Zhuwangpu Town", lat: 38.35, lng: 102.15, weight: 0.6, communities: [["朱王堡", "Zhuwangpu"]] },
  { ...county, name: "东寨镇", nameEn: "Dongzhai Town", lat: 38.27, lng: 102.08, weight: 0.6, communities: [["东寨", "Dongzhai"]] },
  { ...county, name: "六坝镇", nameEn: "Liuba Town", lat: 38.31, lng: 102.03, weight: 0.6, communities: [["六坝", "Liuba"]] },
  { ...county, name: "水源镇", nameEn: "Shuiyuan Town", lat: 38.33, lng: 101.92, weight: 0.4, communities: [["水源", "Shuiyuan"]] },
  { ...county, name: "红山窑镇", nameEn: "Hongshanyao Town", lat: 38.24, lng: 101.78, weight: 0.3, communities: [["红山窑", "Hongshanyao"]] },
  { ...county, name: "焦家庄镇", nameEn: "Jiaojiazhuang Town", lat: 38.17, lng: 101.88, weight: 0.2, communities: [["焦家庄", "Jiaojiazhuang"]] },
  { ...county, name: "新城子镇", nameEn: "Xinchengzi Town", lat: 38.15, lng: 101.68, weight: 0.2, communities: [["新城子", "Xinchengzi"]] },
  { ...county, name: "南坝乡", nameEn: "Nanba Township", lat: 38.2, lng: 102.1, weight: 0.1, communities: [["南坝", "Nanba"]] },
];

export function township(name: string): Township {
  const found = TOWNSHIPS.find((t) => t.name === name);
  if (!found) throw new Error(`Unknown township ${name}`);
  return found;
}

/** Road names in urban Jinchang from the gazetteer list in shared/data/jinchang/places.json. */
export const ROAD_EN: Record<string, string> = {
  北京路: "Beijing Road",
  新华路: "Xinhua Road",
  金川路: "Jinchuan Road",
  广州路: "Guangzhou Road",
  桂林路: "Guilin Road",
  长春路: "Changchun Road",
  南京路: "Nanjing Road",
  河雅路: "Heya Road",
  公园路: "Gongyuan Road",
  环城路: "Huancheng Road",
  天水路: "Tianshui Road",
  庆阳路: "Qingyang Road",
  武都路: "Wudu Road",
  兰州路: "Lanzhou Road",
  滨河路: "Binhe Road",
  东大街: "East Street",
  西大街: "West Street",
  南大街: "South Street",
  北大街: "North Street",
  车站路: "Chezhan Road",
  主街: "Main Street",
};

export const DISTRICT_NAMES: Record<District, { zh: string; en: string }> = {
  JINCHUAN: { zh: "金川区", en: "Jinchuan District" },
  YONGCHANG: { zh: "永昌县", en: "Yongchang County" },
};
