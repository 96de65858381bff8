package ma.tadamon.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.platform.jobs.Jobs;
import org.awaitility.Awaitility;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The steps of an import through the pages: upload, mapping and options, the job's report. */
final class ImportSteps {

    private final MockMvc mvc;
    private final Jobs jobs;

    ImportSteps(MockMvc mvc, Jobs jobs) {
        this.mvc = mvc;
        this.jobs = jobs;
    }

    /** Uploads a file and returns the URL of its mapping page. */
    String upload(Cookie who, String path, MockMultipartFile file, Map<String, String> params) throws Exception {
        var request = multipart(path).file(file).cookie(who).with(csrf());
        params.forEach(request::param);
        String location = mvc.perform(request)
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/registry/import/files/");
        return location;
    }

    /** Posts the mapping and options, waits for the job to finish, returns the report's URL. */
    String run(Cookie who, String mappingPage, List<String> columns, Map<String, String> options) throws Exception {
        var request = post(mappingPage).cookie(who).with(csrf()).param("column", columns.toArray(String[]::new));
        options.forEach(request::param);
        String location = mvc.perform(request)
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/registry/import/jobs/");
        UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !jobs.find(job).orElseThrow().running());
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo("SUCCEEDED");
        return location;
    }

    String page(Cookie who, String url, String language) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).cookie(who).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** The report's four figures: created, already registered, rejected, to review. */
    static List<Integer> figures(String page) {
        return java.util.regex.Pattern.compile("<li><strong>([0-9\\s\\u00a0\\u202f,.]+)</strong>")
                .matcher(page)
                .results()
                .map(m -> Integer.parseInt(m.group(1).replaceAll("[^0-9]", "")))
                .toList();
    }

    static MockMultipartFile csvFile(String content) {
        return new MockMultipartFile("file", "liste.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
