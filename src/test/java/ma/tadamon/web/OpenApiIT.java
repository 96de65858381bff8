package ma.tadamon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API document at /api/docs says what linters and client generators need. */
@IntegrationTest
class OpenApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    JsonNode document() throws Exception {
        return json.readTree(mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void describesTheApiWithLicenceServerAndSecuritySchemes() throws Exception {
        JsonNode doc = document();
        assertThat(doc.at("/info/title").asText()).isEqualTo("Tadamon API");
        assertThat(doc.at("/info/license/identifier").asText()).isEqualTo("Apache-2.0");
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText())
                .isEqualTo("basic");
        assertThat(doc.at("/components/schemas/ProblemDetail").isObject()).isTrue();
        assertThat(doc.at("/components/securitySchemes/deviceToken/in").asText())
                .isEqualTo("header");
        List<String> tags = new ArrayList<>();
        doc.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        assertThat(tags).as("tag names are unique").doesNotHaveDuplicates();
    }

    @Test
    void everyOperationHasAUniqueIdADescriptionAndProblemResponses() throws Exception {
        JsonNode paths = document().get("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode op = operation.getValue();
                String where = operation.getKey() + " " + path.getKey();
                if (!ids.add(op.path("operationId").asText())) {
                    problems.add(where + ": duplicate or missing operationId");
                }
                if (op.path("summary").asText().isBlank()) {
                    problems.add(where + ": no summary");
                }
                boolean has4xx = false;
                for (var response : op.get("responses").properties()) {
                    has4xx |= response.getKey().startsWith("4");
                }
                if (!has4xx) {
                    problems.add(where + ": no 4xx response");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(ids).contains("searchTerritories", "getTerritory", "searchParties", "getCurrentAccount");
    }

    @Test
    void unauthorisedApiCallsAnswerAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign-in required")));
    }
}
