package ma.tadamon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A public page without a map weighs at most 150 KB compressed on a first visit: the page and every
 * stylesheet, script and icon file it loads, fetched through the real server with gzip.
 */
@IntegrationTest
class PageBudgetIT {

    static final int BUDGET = 150 * 1024;
    static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"#?]+\\.(?:css|js|svg))");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    long compressedSize(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", "gzip")
                        .header("Accept-Language", "ar")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body().length;
    }

    long firstVisitWeight(String page) throws Exception {
        String html = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Set<String> assets = new LinkedHashSet<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        long total = compressedSize(page);
        for (String asset : assets) {
            total += compressedSize(asset);
        }
        return total;
    }

    @Test
    void homePageStaysWithinTheBudget() throws Exception {
        assertThat(firstVisitWeight("/")).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void loginPageStaysWithinTheBudget() throws Exception {
        assertThat(firstVisitWeight("/login")).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void htmlIsServedCompressed() throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
