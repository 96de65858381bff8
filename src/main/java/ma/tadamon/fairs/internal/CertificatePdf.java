package ma.tadamon.fairs.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionParty;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.ProgrammeSession;
import ma.tadamon.fairs.Registration;
import ma.tadamon.platform.QrCode;
import ma.tadamon.platform.pdf.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Certificates of attendance as a PDF, one A4 landscape page per participant, in Arabic and French
 * side by side: the person, the session, the edition, the date and hours, the organisers, and the
 * verification code with the QR code of its public page (a PNG data URI: the PDF renderer takes no SVG).
 */
@Component
class CertificatePdf {

    static final List<String> LABELS = List.of(
            "fairs.certificate.title",
            "fairs.certificate.attests",
            "fairs.certificate.attended",
            "fairs.certificate.during",
            "fairs.certificate.on",
            "fairs.certificate.from",
            "fairs.certificate.to",
            "fairs.certificate.organisers",
            "fairs.certificate.number",
            "fairs.certificate.verify");

    private static final Locale AR = Locale.forLanguageTag("ar-MA");
    private static final Locale FR = Locale.forLanguageTag("fr-MA");

    private final PdfDocuments pdfs;
    private final Editions editions;
    private final MessageSource messages;

    CertificatePdf(PdfDocuments pdfs, Editions editions, MessageSource messages) {
        this.pdfs = pdfs;
        this.editions = editions;
        this.messages = messages;
    }

    /** One page per certified registration of the list (those without a certificate are left out). */
    byte[] render(Edition edition, ProgrammeSession session, List<Registration> registrations, String baseUrl) {
        List<Map<String, Object>> pages = registrations.stream()
                .filter(Registration::certified)
                .map(r -> page(r, baseUrl))
                .toList();
        Map<String, String> ar = new LinkedHashMap<>();
        Map<String, String> fr = new LinkedHashMap<>();
        for (String key : LABELS) {
            ar.put(key, messages.getMessage(key, null, AR));
            fr.put(key, messages.getMessage(key, null, FR));
        }
        List<EditionParty> parties = editions.parties(edition.id());
        List<EditionParty> organisers = parties.stream()
                .filter(p -> p.role().equals("ORGANISER") || p.role().equals("CO_ORGANISER"))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("edition", edition);
        model.put("slot", session);
        model.put("pages", pages);
        model.put("ar", ar);
        model.put("fr", fr);
        model.put("localeAr", AR);
        model.put("localeFr", FR);
        model.put("organisers", organisers.isEmpty() ? parties : organisers);
        model.put(
                "dayAr",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(AR)
                        .format(session.day()));
        model.put(
                "dayFr",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(FR)
                        .format(session.day()));
        model.put("from", session.startsAt().toString());
        model.put("to", session.endsAt().toString());
        return pdfs.render("fairs/programme-certificate-pdf", model, FR);
    }

    private static Map<String, Object> page(Registration r, String baseUrl) {
        String url = baseUrl + "/fairs/certificates/" + r.verificationCode();
        Map<String, Object> page = new HashMap<>();
        page.put("name", r.fullName());
        page.put("number", r.certificateNo());
        page.put("code", r.verificationCode());
        page.put("url", url);
        page.put(
                "qr",
                "data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(QrCode.of(url).png(4)));
        page.put(
                "issued",
                DateTimeFormatter.ISO_LOCAL_DATE.format(
                        r.certificateAt().atZone(ZoneId.of("Africa/Casablanca")).toLocalDate()));
        return page;
    }
}
