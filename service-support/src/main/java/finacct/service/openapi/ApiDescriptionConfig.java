package finacct.service.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.Map;

/**
 * Every service's OpenAPI description ({@code /v3/api-docs}, springdoc), read through the gateway
 * ({@code /api-docs/<service>}, UI at {@code /swagger-ui.html}). Its one server is the gateway itself ("/"): the
 * description never names a service's internal address. Both ways of proving who calls are declared: a bearer JWT
 * (departments' systems, scripts) and the OIDC issuer's authorization-code login (people, in the UI).
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class ApiDescriptionConfig {

    static final String BEARER = "bearer-jwt";
    static final String OAUTH2 = "oauth2";

    private static final Map<String, String[]> SERVICES = Map.of(
            "submission-service", new String[]{"部门决算填报 API（部门）",
                    "部门开立、填报、导入、提交和撤回本部门的决算；每次写入都是一条事件，错误以 application/problem+json 返回。"},
            "validation-service", new String[]{"审核 API（财政局）",
                    "按规则集审核申报：审核结果、发现的问题及其单元格与算式；重新审核（一次一个）。"},
            "publication-service", new String[]{"读取与公开 API",
                    "财政局的汇总与读取模型（/api/v1/read-models、/api/v1/overview），以及只读的公开接口（/public/v1，仅已公开的数据）。"});

    /** The public portal's API is read by anyone: its operations ask for no credentials. */
    @Bean
    OpenApiCustomizer publicOperationsNeedNoToken() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/public/")) {
                    item.readOperations().forEach(operation -> operation.setSecurity(List.of()));
                }
            });
        };
    }

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI finacctApiDescription(@Value("${spring.application.name:finacct}") String application,
                                  @Value("${finacct.security.issuer-uri:http://localhost:8084}") String issuer) {
        String[] words = SERVICES.getOrDefault(application, new String[]{application, ""});
        String base = issuer.replaceAll("/+$", "");
        OAuthFlow authorizationCode = new OAuthFlow()
                .authorizationUrl(base + "/oauth2/authorize")
                .tokenUrl(base + "/oauth2/token")
                .scopes(new Scopes().addString("openid", "登录身份"));
        return new OpenAPI()
                .info(new Info().title(words[0]).description(words[1]).version("v1"))
                .addServersItem(new Server().url("/").description("经网关访问"))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("OIDC 签发者颁发的访问令牌（Authorization: Bearer …）"))
                        .addSecuritySchemes(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("经 OIDC 签发者登录（授权码 + PKCE）")
                                .flows(new OAuthFlows().authorizationCode(authorizationCode))))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(OAUTH2, "openid"));
    }
}
