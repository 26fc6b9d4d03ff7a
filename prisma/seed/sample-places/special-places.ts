import type { PlaceDraft } from "./draft";
import type { FacilityPick } from "./facility-sets";
import { at, daily, roundTheClock } from "./opening-hours";

const f = (...codes: FacilityPick["code"][]): FacilityPick[] => codes.map((code) => ({ code }));

/**
 * Places the union named in its announcements; their positions are estimates (the sources give no
 * coordinates), chosen inside the right district and near where the place must be.
 */
export function specialPlaces(): PlaceDraft[] {
  return [
    {
      kind: "WORKER_STATION",
      nameZh: "工会驿站·骑手之家（宝河苑社区）",
      nameEn: "Union Station · Riders' Home (Baoheyuan Community)",
      addressZh: "金昌市永昌县城关镇宝河苑社区",
      addressEn: "Baoheyuan Community, Chengguan Town, Yongchang County, Jinchang",
      district: "YONGCHANG",
      subdistrict: "城关镇",
      lat: 38.2435,
      lng: 101.9655,
      ...roundTheClock(),
      facilities: [
        { code: "seats", detail: "桌椅、沙发" },
        ...f("microwave", "charging", "first_aid", "books", "hot_water", "toilet"),
      ],
      phone: "0935-7521368",
      organization: "永昌县总工会",
      descriptionZh: "24小时开放的骑手之家，可歇脚、热饭、充电、看书。",
      descriptionEn: "A riders' home open around the clock: rest, heat a meal, charge your phone, read.",
    },
    {
      kind: "DRIVER_HOME",
      nameZh: "G570 金昌服务区司机之家",
      nameEn: "Drivers' Home, Jinchang Service Area (G570)",
      addressZh: "金昌市金川区双湾镇G570金昌服务区",
      addressEn: "Jinchang Service Area, G570 Expressway, Shuangwan Town, Jinchuan District, Jinchang",
      district: "JINCHUAN",
      subdistrict: "双湾镇",
      lat: 38.56,
      lng: 102.27,
      ...roundTheClock(),
      facilities: [
        { code: "bed", detail: "8张床位" },
        { code: "truck_parking", detail: "60个货车停车位" },
        ...f("shower", "hot_water", "toilet", "microwave", "charging", "laundry", "wifi"),
      ],
      phone: "0935-8396570",
      organization: "金昌市总工会",
      descriptionZh: "为货车司机提供休息、洗浴、洗衣和停车服务。",
      descriptionEn: "Rest, showers, laundry and parking for truck drivers.",
    },
    {
      kind: "DRIVER_HOME",
      nameZh: "永昌水泉子服务区司机之家",
      nameEn: "Drivers' Home, Shuiquanzi Service Area (Yongchang)",
      addressZh: "金昌市永昌县红山窑镇G30连霍高速水泉子服务区",
      addressEn: "Shuiquanzi Service Area, G30 Lianhuo Expressway, Hongshanyao Town, Yongchang County, Jinchang",
      district: "YONGCHANG",
      subdistrict: "红山窑镇",
      lat: 38.285,
      lng: 101.705,
      ...roundTheClock(),
      facilities: [
        { code: "halal_food", detail: "清真餐厅" },
        { code: "bed", detail: "14张床位" },
        { code: "truck_parking", detail: "80个货车停车位" },
        ...f("shower", "hot_water", "massage_chair", "toilet"),
      ],
      phone: "0935-7586230",
      organization: "永昌县总工会",
      descriptionZh: "货车司机之家：清真餐厅、床位、淋浴、按摩椅，货车停车位充足。",
      descriptionEn: "Truck drivers' home: halal restaurant, beds, showers, massage chairs and ample truck parking.",
    },
    {
      kind: "TAXI_STATION",
      nameZh: "金昌市汽车站出租车司机驿站",
      nameEn: "Taxi Drivers' Station, Jinchang Bus Station",
      addressZh: "金昌市金川区北京路金昌市汽车站",
      addressEn: "Jinchang Bus Station, Beijing Road, Jinchuan District, Jinchang",
      district: "JINCHUAN",
      subdistrict: "北京路街道",
      lat: 38.5008,
      lng: 102.1968,
      ...daily(at(6, 30), at(23, 30)),
      facilities: f("hot_water", "microwave", "charging", "toilet", "seats", "drinking_water", "wifi"),
      phone: "0935-8225516",
      organization: "金昌市总工会",
      descriptionZh: "出租车司机候客间隙可在此休息、热饭、如厕。",
      descriptionEn: "Taxi drivers can rest, heat a meal and use the toilet between fares.",
    },
  ];
}
