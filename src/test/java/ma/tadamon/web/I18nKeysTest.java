package ma.tadamon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message exists in Arabic, French and English, and every key a template names exists. */
class I18nKeysTest {

    static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = I18nKeysTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsTranslatedInTheThreeLanguages() throws IOException {
        Set<String> ar = load("ar").stringPropertyNames();
        Set<String> fr = load("fr").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        assertThat(fr).as("keys of fr vs ar").containsExactlyInAnyOrderElementsOf(ar);
        assertThat(en).as("keys of en vs ar").containsExactlyInAnyOrderElementsOf(ar);
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String language : new String[] {"ar", "fr", "en"}) {
            Properties messages = load(language);
            assertThat(messages.stringPropertyNames())
                    .as(language)
                    .allSatisfy(key -> assertThat(messages.getProperty(key))
                            .as(language + " " + key)
                            .isNotBlank());
        }
    }

    @Test
    void arabicMessagesAreWrittenInArabic() throws IOException {
        Properties ar = load("ar");
        Set<String> latinOnly = new TreeSet<>();
        for (String key : ar.stringPropertyNames()) {
            String value = ar.getProperty(key);
            if (!key.startsWith("language.") && value.matches("[^\\p{IsArabic}]*[A-Za-z]{4,}[^\\p{IsArabic}]*")) {
                latinOnly.add(key);
            }
        }
        assertThat(latinOnly).isEmpty();
    }

    @Test
    void everyLiteralKeyUsedInATemplateExists() throws IOException {
        Set<String> known = load("en").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoVisibleTextOutsideTheBundles() throws IOException {
        // Text between tags must come from th:text; a literal word between tags is a missed key.
        Pattern visible = Pattern.compile(">\\s*([\\p{L}][^<>{}$#]*)<");
        Set<String> offenders = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (String line : Files.readAllLines(template)) {
                    Matcher matcher = visible.matcher(line);
                    while (matcher.find()) {
                        int tagStart = line.lastIndexOf('<', matcher.start());
                        String tag = line.substring(Math.max(0, tagStart), matcher.start());
                        boolean replaced = tag.contains("th:text")
                                || tag.contains("th:utext")
                                || tag.contains("th:replace")
                                || tag.contains("th:errors");
                        if (!replaced && !line.contains("lang=\"ar\" dir=\"rtl\"")) {
                            offenders.add(template.getFileName() + ": "
                                    + matcher.group(1).trim());
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
