package finacct.validation.core;

/**
 * Last year's accounts of the same department, as the cross-year checks compare with them: its replayed
 * submission and, in Chinese, where it came from ("平台保存的 2019 年度申报（状态 SUBMITTED，第 12 号事件）",
 * "文件 2019.txt"), which every cross-year finding repeats.
 */
public record PreviousYear(ReplayedSubmission submission, String source) {
}
