package finacct.submission.command;

import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a 情况说明 must satisfy: readable sections, and claims whose figures are plain numbers. */
final class NarrativeRules {

    static final int MAX_SECTIONS = 500;
    static final int MAX_CLAIMS = 5000;
    static final int MAX_TEXT = 100_000;
    static final int MAX_SHORT = 500;

    private NarrativeRules() {
    }

    static void check(List<NarrativeSection> sections, List<NarrativeClaim> claims, Violations v) {
        int sectionCount = sections == null ? 0 : sections.size();
        int claimCount = claims == null ? 0 : claims.size();
        if (sectionCount == 0 && claimCount == 0) {
            v.add("sections", "情况说明为空：至少需要一个段落（sections）或一项数字陈述（claims）");
            return;
        }
        if (sectionCount > MAX_SECTIONS) {
            v.add("sections", "段落最多 " + MAX_SECTIONS + " 个，本次有 " + sectionCount + " 个");
        } else if (sections != null) {
            checkSections(sections, v);
        }
        if (claimCount > MAX_CLAIMS) {
            v.add("claims", "数字陈述最多 " + MAX_CLAIMS + " 项，本次有 " + claimCount + " 项");
        } else if (claims != null) {
            checkClaims(claims, v);
        }
    }

    private static void checkSections(List<NarrativeSection> sections, Violations v) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            String at = "sections[" + i + "]";
            NarrativeSection s = sections.get(i);
            if (s == null) {
                v.add(at, "段落为空");
                continue;
            }
            Checks.required(s.text(), at + ".text", "段落正文", v);
            Checks.maxLength(s.text(), MAX_TEXT, at + ".text", v);
            Checks.maxLength(s.title(), MAX_SHORT, at + ".title", v);
            Checks.maxLength(s.id(), MAX_SHORT, at + ".id", v);
            if (!Checks.blank(s.id()) && !ids.add(s.id())) {
                v.add(at + ".id", "段落编号“" + s.id() + "”重复");
            }
        }
    }

    private static void checkClaims(List<NarrativeClaim> claims, Violations v) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            String at = "claims[" + i + "]";
            NarrativeClaim c = claims.get(i);
            if (c == null) {
                v.add(at, "数字陈述为空");
                continue;
            }
            Checks.required(c.kind(), at + ".kind", "陈述类型（kind，如 amount、share、change）", v);
            if (Checks.blank(c.value())) {
                v.add(at + ".value", "缺少陈述的数值");
            } else {
                Checks.optionalNumber(c.value(), at + ".value", c.unit() == null ? "" : c.unit(), v);
            }
            Checks.maxLength(c.text(), MAX_TEXT, at + ".text", v);
            Checks.maxLength(c.subject(), MAX_SHORT, at + ".subject", v);
            Checks.maxLength(c.base(), MAX_SHORT, at + ".base", v);
            Checks.maxLength(c.id(), MAX_SHORT, at + ".id", v);
            if (!Checks.blank(c.id()) && !ids.add(c.id())) {
                v.add(at + ".id", "陈述编号“" + c.id() + "”重复");
            }
        }
    }
}
