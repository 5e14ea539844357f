package finacct.kernel.web;

/** The Chinese title of a problem+json answer by its status: the same words from the gateway and every service. */
public final class ProblemTitles {

    private ProblemTitles() {
    }

    public static String of(int status) {
        return switch (status) {
            case 400 -> "请求内容有误";
            case 401 -> "未登录";
            case 403 -> "禁止访问";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 409 -> "与当前状态冲突";
            case 413 -> "内容过大";
            case 415 -> "不支持的请求体类型";
            case 422 -> "无法处理的内容";
            case 429 -> "请求过于频繁";
            case 502, 503, 504 -> "服务暂不可用";
            default -> status >= 500 ? "服务内部错误" : "请求无法处理";
        };
    }
}
