package finacct.service.web;

import org.springframework.http.HttpStatus;

/**
 * The words of the 403 problem a caller gets when a request did not come through the gateway.
 *
 * @param title        the problem's {@code title}
 * @param detail       the problem's {@code detail}, in Chinese
 * @param fieldMessage the message of its one {@code errors} entry, whose field is the gateway header
 */
public record GatewayRefusal(String title, String detail, String fieldMessage) {

    /** What validation-service and publication-service answer; submission-service words its own. */
    public static final GatewayRefusal STANDARD = new GatewayRefusal(HttpStatus.FORBIDDEN.getReasonPhrase(),
            "请求未经网关转发（缺少或错误的 " + GatewaySecretFilter.HEADER + " 头），拒绝访问", "缺少或错误的网关凭据");
}
