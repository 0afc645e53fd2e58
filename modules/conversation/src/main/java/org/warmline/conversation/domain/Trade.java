package org.warmline.conversation.domain;

import java.util.List;

/**
 * The standard list of trades the jobs service matches on, each with the words workers use for it
 * (Simplified Chinese after conversion, and lower-case English). The first trade whose word appears
 * earliest in a message wins; longer words are tried before shorter ones at the same position.
 */
public enum Trade {
    /** 电工. */
    ELECTRICIAN("电工", "水电工", "电气", "接电", "electrician"),
    /** 焊工 / 电焊 / 气焊. */
    WELDER("电焊", "焊工", "气焊", "氩弧焊", "焊接", "welder", "welding"),
    /** 瓦工 / 泥瓦工 / 砌墙. */
    BRICKLAYER("泥瓦工", "瓦工", "泥工", "砌墙", "砌砖", "贴砖", "瓷砖", "bricklayer", "mason"),
    /** 木工. */
    CARPENTER("木工", "木匠", "支模", "carpenter"),
    /** 钢筋工. */
    REBAR_WORKER("钢筋工", "钢筋", "扎钢筋", "rebar"),
    /** 叉车司机. */
    FORKLIFT_DRIVER("叉车", "铲车", "forklift"),
    /** 司机 (truck, van, car). */
    DRIVER("货车司机", "司机", "开车", "开货车", "跑运输", "driver", "truck"),
    /** 保洁 / 清洁 / 家政. */
    CLEANER("保洁", "清洁工", "清洁", "家政", "保姆", "月嫂", "cleaner", "cleaning", "housekeeping"),
    /** 厨师 / 帮厨 / 做饭. */
    COOK("厨师", "帮厨", "做饭", "炒菜", "厨房", "cook", "chef"),
    /** 快递 / 外卖 / 骑手. */
    COURIER("快递", "外卖", "骑手", "送货", "配送", "courier", "delivery"),
    /** 保安. */
    SECURITY_GUARD("保安", "门卫", "security"),
    /** 油漆工 / 刷墙. */
    PAINTER("油漆工", "油漆", "刷墙", "腻子", "painter", "painting"),
    /** 装修 / 装潢. */
    RENOVATION("装修", "装潢", "renovation", "decorating", "decoration"),
    /** 普工 / 流水线 / 工厂. */
    GENERAL_LABOUR("普工", "流水线", "杂工", "小工", "搬运", "力工", "进厂", "工厂", "general labour",
            "labourer", "laborer", "factory");

    private final List<String> words;

    Trade(String... words) {
        this.words = List.of(words);
    }

    /**
     * The trade named in a text, read as the dialog reads a worker's message ({@link IntakeReader}):
     * 焊工 / 电焊 → WELDER, 普工 → GENERAL_LABOUR, "welder" → WELDER.
     *
     * @param text a text, may be null
     * @return the trade named earliest in it, or null
     */
    public static Trade readIn(String text) {
        return text == null || text.isBlank() ? null : IntakeReader.trade(text);
    }

    /** @return the words that name this trade, Simplified Chinese and lower-case English */
    public List<String> words() {
        return words;
    }
}
