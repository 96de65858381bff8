package ma.tadamon.web.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ma.tadamon.platform.PageResult;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API, served at {@code /api/docs}: what it is, its licence, the
 * two ways to authenticate, and the RFC 9457 problem responses that {@link ApiProblems} and the
 * security configuration send, added to every operation so that no controller has to repeat them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC_AUTH = "basicAuth";
    static final String SESSION_COOKIE = "sessionCookie";
    static final String BEARER_TOKEN = "bearerToken";

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM_SCHEMA = "ProblemDetail";

    @Bean
    OpenAPI tadamonOpenApi(@Value("${spring.application.version:development}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Tadamon API")
                        .version(version)
                        .description("""
                                The REST API of Tadamon, the open platform of a region's social and solidarity \
                                economy. Version 1 (`/api/v1`) reads the administrative map of Morocco \
                                (regions, provinces and prefectures, communes of the 2015 division), the \
                                organisations the platform knows, and the signed-in account.

                                * **Authentication**: the session cookie of a browser signed in on `/login`, or \
                                a personal API token sent as `Authorization: Bearer` (made on the account page; what points of sale \
                                use: no session, no CSRF token), or HTTP Basic with an account's identifier (e-mail or \
                                mobile number) and password. \
                                Operations marked with no security requirement are public.
                                * **Language**: titles and messages follow `Accept-Language` or the `lang` \
                                parameter (`ar`, the default, `fr` or `en`).
                                * **Paging**: lists that can be long are paged with a zero-based `page` and a \
                                `size` of 1 to 200 (out-of-range values are clamped).
                                * **Errors**: every 4xx answer is an RFC 9457 problem detail \
                                (`application/problem+json`).""")
                        .contact(new Contact().name("Tadamon maintainers"))
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("This Tadamon instance")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC_AUTH,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("An account's identifier (e-mail or mobile number) and"
                                                + " password; repeated failures are throttled."))
                        .addSecuritySchemes(
                                SESSION_COOKIE,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("SESSION")
                                        .description("The session cookie set by signing in on /login. Requests"
                                                + " that change data also need the CSRF token."))
                        .addSecuritySchemes(
                                BEARER_TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token made on the account page (for points of"
                                                + " sale and integrations): no session, no CSRF token; revocable.")))
                // Any scheme is enough; public operations override this with an empty requirement.
                .addSecurityItem(new SecurityRequirement().addList(BEARER_TOKEN))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                .addSecurityItem(new SecurityRequirement().addList(SESSION_COOKIE));
    }

    /**
     * Adds the problem responses an operation can give, judged from its shape: 400 when it reads
     * parameters or a body, 401 when it needs a sign-in, 404 when its path names a resource, 422 when
     * it takes a body. Any 4xx response a controller declared itself gets the problem schema too.
     * An operation without a description is described by its summary.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        addProblems(operation, openApi.getSecurity());
                        // A short operation is described by its summary; linters want a description.
                        if (operation.getDescription() == null
                                || operation.getDescription().isBlank()) {
                            operation.setDescription(operation.getSummary());
                        }
                    }));
        };
    }

    /** Names the schema of {@code PageResult<T>} "TPage" ("TerritoryPage") instead of "PageResultT". */
    @Bean
    ModelConverter pageResultSchemaNames() {
        return (type, context, chain) -> {
            JavaType javaType = Json.mapper().constructType(type.getType());
            if (javaType.getRawClass() == PageResult.class
                    && type.getName() == null
                    && javaType.containedTypeCount() == 1) {
                type.name(TypeNameResolver.std.nameForType(javaType.containedType(0)) + "Page");
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        };
    }

    private static void addProblems(Operation operation, List<SecurityRequirement> rootSecurity) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : rootSecurity;
        if (body || parameters.stream().anyMatch(OpenApiConfiguration::canBeMalformed)) {
            responses.putIfAbsent("400", problem("Malformed request: a parameter or the body could not be read"));
        }
        if (security != null && !security.isEmpty()) {
            responses.putIfAbsent("401", problem("Not signed in, or wrong credentials"));
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            responses.putIfAbsent("404", problem("Nothing has the identifier given in the path"));
        }
        if (body) {
            responses.putIfAbsent(
                    "422", problem("The request was read but is not acceptable; `field` names the field at fault"));
        }
        if (responses.keySet().stream().noneMatch(status -> status.startsWith("4"))) {
            responses.put("400", problem("Malformed request"));
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4") && response.get$ref() == null) {
                response.setContent(problemContent());
            }
        });
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        responses.putAll(sorted);
    }

    /** Whether Spring can reject the parameter before the controller runs: missing, or not a plain string. */
    private static boolean canBeMalformed(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        boolean plainString = schema != null
                && schema.get$ref() == null
                && schema.getEnum() == null
                && schema.getFormat() == null
                && ("string".equals(schema.getType())
                        || (schema.getTypes() != null && schema.getTypes().equals(Set.of("string"))));
        return !plainString || (Boolean.TRUE.equals(parameter.getRequired()) && !"path".equals(parameter.getIn()));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description);
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
    }

    private static Schema<?> problemSchema() {
        Schema<?> schema = new ObjectSchema()
                .description("An RFC 9457 problem detail; title and detail are in the caller's language")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri-reference")
                                .description("Identifies the kind of problem; absent means about:blank"))
                .addProperty(
                        "title",
                        new StringSchema()
                                .description("Short summary of the kind of problem")
                                .example("Not found"))
                .addProperty(
                        "status",
                        new IntegerSchema().description("The HTTP status code").example(404))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description("What went wrong in this occurrence")
                                .example("No territory has the code 99."))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .format("uri-reference")
                                .description("The path of the request")
                                .example("/api/v1/territories/99"))
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("For 422: the request field at fault")
                                .example("email"));
        schema.setRequired(List.of("title", "status"));
        return schema;
    }
}
