package finacct.submission.registry;

import finacct.kernel.registry.Department;
import finacct.submission.registry.RegistryFileReader.BadFileException;
import finacct.submission.registry.RegistryFileReader.Entry;
import finacct.submission.registry.RegistryFileReader.Format;
import finacct.submission.registry.RegistryFileReader.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RegistryFileReaderTest {

    private final RegistryFileReader putuo = new RegistryFileReader(new District("310107", "普陀区"));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCsvWithOtherNamesInAnyOfTheirSeparatorsAndQuotedCommas() {
        List<Entry> entries = putuo.read(utf8("""
                \uFEFFcode,name,otherNames,district
                310107-SHGZB,上海市普陀区社会工作部,普陀区社会工作部；区社会工作部|社工部,310107
                310107-CZJ,"上海市普陀区财政局","普陀区财政局;区财政局, 原名",
                
                """), Format.CSV);
        assertThat(entries).extracting(Entry::line).containsExactly(2, 3);
        Department social = entries.get(0).department();
        assertThat(social.otherNames()).containsExactly("普陀区社会工作部", "区社会工作部", "社工部");
        assertThat(social.districtName()).isEqualTo("普陀区");
        Department finance = entries.get(1).department();
        assertThat(finance.name()).isEqualTo("上海市普陀区财政局");
        assertThat(finance.otherNames()).containsExactly("普陀区财政局", "区财政局, 原名");
        assertThat(finance.district()).as("a blank district is the deployment's").isEqualTo("310107");
    }

    @Test
    void readsChineseHeadersInAnotherOrder() {
        List<Entry> entries = putuo.read(utf8("名称,编码\r\n上海市普陀区财政局,310107-CZJ\r\n"), Format.CSV);
        assertThat(entries).singleElement().extracting(e -> e.department().code()).isEqualTo("310107-CZJ");
    }

    @Test
    void everyBadLineIsNamedWithItsLineNumberAndNothingIsReturned() {
        BadFileException bad = catchThrowableOfType(BadFileException.class, () -> putuo.read(utf8("""
                code,name,otherNames,district
                310107-CZJ,上海市普陀区财政局,,310107
                310107-czj x,上海市普陀区教育局,,310107
                310107-JYJ,,,310107
                420112-CZJ,武汉市东西湖区财政局,,420112
                """), Format.CSV));
        assertThat(bad.problems()).extracting(Problem::field)
                .containsExactly("lines[3].code", "lines[4].name", "lines[5].district");
        assertThat(bad.problems().get(0).message()).startsWith("第 3 行：部门编码“310107-czj x”格式不对");
        assertThat(bad.problems().get(1).message()).isEqualTo("第 4 行：缺少部门名称");
        assertThat(bad.problems().get(2).message())
                .isEqualTo("第 5 行：部门“武汉市东西湖区财政局”属于区划 420112，本平台部署于 310107（普陀区），不能登记其他区的部门");
    }

    @Test
    void aCodeTwiceNamesBothLines() {
        BadFileException bad = catchThrowableOfType(BadFileException.class, () -> putuo.read(utf8("""
                code,name
                310107-CZJ,上海市普陀区财政局
                310107-JYJ,上海市普陀区教育局
                310107-CZJ,普陀区财政局（重复）
                """), Format.CSV));
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("lines[4].code");
            assertThat(p.message()).isEqualTo("部门编码“310107-CZJ”重复出现在第 2、4 行");
        });
    }

    @Test
    void aNameOfTwoDepartmentsIsRefusedSinceDocumentsFindTheirDepartmentByName() {
        BadFileException bad = catchThrowableOfType(BadFileException.class, () -> putuo.read(utf8("""
                [{"code": "310107-CZJ", "name": "上海市普陀区财政局", "otherNames": ["区财政局"]},
                 {"code": "310107-SWJ", "name": "上海市普陀区税务局", "otherNames": "区财政局"}]
                """), Format.JSON));
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("items[1].name");
            assertThat(p.message()).contains("第 2 项").contains("区财政局").contains("第 1 项（310107-CZJ）");
        });
    }

    @Test
    void readsAJsonArrayAndNamesItsBadItems() {
        assertThat(putuo.read(utf8("""
                [{"code": "310107-SHGZB", "name": "上海市普陀区社会工作部", "otherNames": ["普陀区社会工作部"],
                  "district": "310107", "districtName": "普陀区"}]"""), Format.JSON))
                .singleElement().extracting(Entry::department)
                .isEqualTo(new Department("310107-SHGZB", "上海市普陀区社会工作部", List.of("普陀区社会工作部"),
                        "310107", "普陀区"));
        BadFileException bad = catchThrowableOfType(BadFileException.class, () -> putuo.read(utf8("""
                [{"code": "310107-CZJ", "name": "上海市普陀区财政局"}, "310107-JYJ", {"name": "无编码"}]"""),
                Format.JSON));
        assertThat(bad.problems()).extracting(Problem::field).containsExactly("items[1]", "items[2].code");
        assertThat(bad.problems().get(1).message()).isEqualTo("第 3 项：缺少部门编码");
    }

    @Test
    void notJsonNotUtf8AndUnknownColumnsAreSaidSo() {
        assertThatThrownBy(() -> putuo.read(utf8("[{\"code\": "), Format.JSON))
                .isInstanceOf(BadFileException.class).hasMessageStartingWith("部门名录不是有效的 JSON（第 1 行");
        assertThatThrownBy(() -> putuo.read("code,name\n310107-CZJ,上海市普陀区财政局\n".getBytes(Charset.forName("GB18030")),
                Format.CSV)).hasMessageContaining("UTF-8");
        BadFileException bad = catchThrowableOfType(BadFileException.class,
                () -> putuo.read(utf8("code,title\n310107-CZJ,x\n"), Format.CSV));
        assertThat(bad.problems()).extracting(Problem::message).containsExactly(
                "第 1 行（表头）第 2 列“title”不是名录的列；列应为 code,name,otherNames,district,districtName"
                        + "（或 编码,名称,其他名称,区划代码,区划名称）",
                "第 1 行（表头）缺少列“name”；表头应为 code,name,otherNames,district");
        assertThatThrownBy(() -> putuo.read(utf8("code,name\n\"310107-CZJ,x\n"), Format.CSV))
                .hasMessage("第 2 行的双引号没有配对（引号内的内容一直到文件末尾）");
    }

    @Test
    void theFormatComesFromTheTypeTheNameOrTheFirstCharacter() {
        assertThat(RegistryFileReader.formatOf("application/json", null, utf8("x"))).isEqualTo(Format.JSON);
        assertThat(RegistryFileReader.formatOf("text/plain", "depts.csv", utf8("["))).isEqualTo(Format.CSV);
        assertThat(RegistryFileReader.formatOf("application/octet-stream", null, utf8("\n  [ {} ]"))).isEqualTo(Format.JSON);
        assertThat(RegistryFileReader.formatOf(null, null, utf8("code,name"))).isEqualTo(Format.CSV);
    }

    @Test
    void theShippedSeedReadsAsItsDistrictsRegistry() throws Exception {
        byte[] seed;
        try (var in = getClass().getClassLoader().getResourceAsStream("finacct/registry/departments.json")) {
            seed = in.readAllBytes();
        }
        List<Entry> entries = new RegistryFileReader(null).read(seed, Format.JSON);
        assertThat(entries).hasSizeGreaterThan(1)
                .allSatisfy(e -> assertThat(e.department().district()).isEqualTo("420112"));
        assertThatThrownBy(() -> putuo.read(seed, Format.JSON)).isInstanceOf(BadFileException.class)
                .hasMessageContaining("不能登记其他区的部门");
    }
}
