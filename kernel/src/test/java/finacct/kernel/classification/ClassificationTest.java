package finacct.kernel.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationTest {

    @Test
    void everyClassAndEveryPrefixOfAKnownCodeIsKnown() {
        for (String kind : new String[]{"function", "economic"}) {
            Classification data = Classification.of(kind, 2024);
            for (String code : data.codes()) {
                for (int len = 3; len < code.length(); len += 2) {
                    assertThat(data.knows(code.substring(0, len))).as("%s above %s", code.substring(0, len), code).isTrue();
                }
                assertThat(data.officialName(code)).isPresent();
            }
        }
    }

    @Test
    void laterYearsApplyTheirChangesToTheBaseYear() {
        assertThat(Classification.of("function", 2020).knows("20139")).isFalse();
        assertThat(Classification.of("function", 2023).knows("20139")).isFalse();
        assertThat(Classification.of("function", 2024).officialName("20139")).hasValue("社会工作事务");
        assertThat(Classification.of("function", 2020).officialName("21305")).hasValue("扶贫");
        assertThat(Classification.of("function", 2021).officialName("21305")).hasValue("巩固脱贫衔接乡村振兴");
        // an earlier name stays accepted
        assertThat(Classification.of("function", 2021).nameMatches("21305", "扶贫")).isTrue();
    }

    @Test
    void namesAreNormalizedForWidthBracketsAndSpaces() {
        assertThat(Classification.normalize("政府办公厅（室）及相关机构事务")).isEqualTo("政府办公厅(室)及相关机构事务");
        assertThat(Classification.normalize(" 维修\u3000（护）费 ")).isEqualTo("维修(护)费");
        Classification economic = Classification.of("economic", 2020);
        assertThat(economic.nameMatches("30212", "因公出国(境)费用")).isTrue();
        assertThat(economic.nameMatches("30212", "因公出国（境）费")).isTrue();
        assertThat(economic.nameMatches("30212", "办公费")).isFalse();
    }
}
