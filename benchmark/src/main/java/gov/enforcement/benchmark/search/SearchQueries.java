package gov.enforcement.benchmark.search;

import gov.enforcement.benchmark.cases.CaseData;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A varied, realistic mix of public searches: Chinese words and names, document-number fragments and amounts, with
 * and without agency, category and date filters, mostly first pages. Fixed seed: every run asks the same things.
 */
public final class SearchQueries {

    static final List<String> WORDS = List.of("劳动报酬", "拖欠", "工资", "食品", "过期食品", "保质期", "营业执照", "虚假宣传",
            "消防通道", "大气污染", "房屋用途", "超时加班", "劳动合同", "营运车辆", "安全警示", "罚款", "警告", "食品经营许可");
    static final List<String> NAMES = List.of("恒达建筑", "鑫源食品", "福来超市", "中正物流", "华北制药", "兴隆餐饮", "宏远汽车",
            "瑞丰化工", "美佳商贸", "顺发木业", "张*", "王*", "李*");
    static final List<String> NUMBERS = List.of("石人社监罚", "石市监罚〔2025〕", "〔2026〕", "〔2025〕1", "罚款人民币5000元",
            "1000元", "第二十六条", "第一百二十四条", "2025", "罚〔");

    private SearchQueries() {
    }

    public static List<String> mix(int count) {
        Random r = new Random(7);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder q = new StringBuilder("/api/v1/public/decisions?");
            int kind = r.nextInt(10);
            if (kind < 3) {
                q.append("q=").append(enc(pick(r, WORDS)));
            } else if (kind < 5) {
                q.append("q=").append(enc(pick(r, NAMES)));
            } else if (kind < 6) {
                q.append("q=").append(enc(pick(r, NUMBERS)));
            } else if (kind < 8) {
                q.append("agency=").append(pick(r, PublishedRecords.AGENCIES));
                if (r.nextBoolean()) {
                    q.append("&q=").append(enc(pick(r, WORDS)));
                }
            } else if (kind < 9) {
                q.append("category=").append(r.nextInt(4) == 0 ? "LICENSING" : "PENALTY");
                q.append("&q=").append(enc(pick(r, CaseData.MATTERS).substring(0, 4)));
            } else {
                LocalDate from = today.minusDays(30 + r.nextInt(250));
                q.append("from=").append(from).append("&to=").append(from.plusDays(7 + r.nextInt(30)));
            }
            int page = r.nextInt(10) < 8 ? 1 : 2 + r.nextInt(4);
            q.append("&page=").append(page).append("&size=20");
            out.add(q.toString());
        }
        return out;
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
