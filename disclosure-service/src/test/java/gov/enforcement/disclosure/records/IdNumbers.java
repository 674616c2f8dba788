package gov.enforcement.disclosure.records;

import gov.enforcement.platform.identity.ResidentIdNumber;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.LocalDate;

/** Generators of valid resident ID numbers (GB 11643 check digit, real birth dates) and mobile numbers. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    static Arbitrary<String> residentIds() {
        Arbitrary<Integer> region = Arbitraries.integers().between(110000, 659999);
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 365 * 95)
                .map(days -> LocalDate.of(1930, 1, 1).plusDays(days));
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
        return Combinators.combine(region, birth, sequence).as((r, b, s) -> withCheck(
                String.format("%06d%04d%02d%02d%03d", r, b.getYear(), b.getMonthValue(), b.getDayOfMonth(), s)))
                .filter(ResidentIdNumber::isValid);
    }

    static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    static Arbitrary<String> mobiles() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> "1" + second + rest);
    }

    static Arbitrary<String> chineseNames() {
        return Arbitraries.strings().withChars("张王李赵刘陈杨黄吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文建国芳明华伟敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英")
                .ofMinLength(2).ofMaxLength(4);
    }

    /** Free text as facts are written: Chinese, punctuation, digits, Latin letters, full-width forms. */
    static Arbitrary<String> freeText() {
        return Arbitraries.strings().withChars("当事人于年月日在经营场所拖欠工资元共计，。；：、（）“”0123456789 XxAB-—住址电话账号１２３")
                .ofMaxLength(60);
    }
}
