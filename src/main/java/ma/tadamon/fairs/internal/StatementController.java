package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.pdf.PdfDocuments;
import ma.tadamon.registry.Actors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * End-of-edition statements: the organisers list every exhibitor's with its totals and open each;
 * an exhibitor's managers open their own only, from their organisation's pages. Each is a page and
 * a PDF in the reader's language. The store corner's cooperatives are pointed to the settlement
 * statements the corner owes them for the edition's days.
 */
@Controller
class StatementController {

    static final String UUID_PATTERN = "[0-9a-fA-F-]{36}";

    private final Editions editions;
    private final FairsAccess access;
    private final ExhibitorStatements statements;
    private final Actors actors;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    StatementController(
            Editions editions,
            FairsAccess access,
            ExhibitorStatements statements,
            Actors actors,
            PdfDocuments pdf,
            MessageSource messages) {
        this.editions = editions;
        this.access = access;
        this.statements = statements;
        this.actors = actors;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/organise/fairs/{id}/statements")
    String list(@PathVariable UUID id, Model model) {
        Edition edition = organised(id);
        List<ExhibitorStatements.Summary> list = statements.list(edition);
        model.addAttribute("edition", edition);
        model.addAttribute("summaries", list);
        model.addAttribute(
                "total", list.stream().map(s -> s.sales().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("corner", statements.corner(edition));
        return "fairs/report-statements";
    }

    @GetMapping("/organise/fairs/{id}/statements/{actorId:" + UUID_PATTERN + "}")
    String organiserStatement(@PathVariable UUID id, @PathVariable UUID actorId, Model model, Locale locale) {
        Edition edition = organised(id);
        model.addAllAttributes(statementModel(statements.of(edition, actorId), locale));
        model.addAttribute("organiser", true);
        return "fairs/report-statement";
    }

    @GetMapping("/organise/fairs/{id}/statements/{actorId:" + UUID_PATTERN + "}.pdf")
    ResponseEntity<byte[]> organiserPdf(@PathVariable UUID id, @PathVariable UUID actorId, Locale locale) {
        Edition edition = organised(id);
        return pdf(statements.of(edition, actorId), locale);
    }

    /** The exhibitor's own statement, for its managers. */
    @GetMapping("/manage/{actorId}/fairs/{editionId}/statement")
    String managerStatement(@PathVariable UUID actorId, @PathVariable UUID editionId, Model model, Locale locale) {
        access.requireActFor(actorId);
        Edition edition = editions.get(editionId);
        model.addAllAttributes(statementModel(statements.of(edition, actorId), locale));
        model.addAttribute("organiser", false);
        model.addAttribute("actor", actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound")));
        model.addAttribute("section", "fairs");
        return "fairs/report-statement";
    }

    @GetMapping("/manage/{actorId}/fairs/{editionId}/statement.pdf")
    ResponseEntity<byte[]> managerPdf(@PathVariable UUID actorId, @PathVariable UUID editionId, Locale locale) {
        access.requireActFor(actorId);
        Edition edition = editions.get(editionId);
        return pdf(statements.of(edition, actorId), locale);
    }

    private ResponseEntity<byte[]> pdf(ExhibitorStatements.Statement statement, Locale locale) {
        Map<String, Object> model = new HashMap<>(statementModel(statement, locale));
        model.put("rtl", "ar".equals(locale.getLanguage()));
        byte[] body = pdf.render("fairs/report-statement-pdf", model, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("statement-" + statement.edition().slug() + "-"
                                        + statement.exhibitor().actorId() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    private Map<String, Object> statementModel(ExhibitorStatements.Statement statement, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("edition", statement.edition());
        model.put("statement", statement);
        model.put("exhibitor", statement.exhibitor());
        model.put("sales", statement.sales());
        model.put(
                "period",
                LiveCharts.fullDay(statement.edition().startsOn(), locale) + " – "
                        + LiveCharts.fullDay(statement.edition().endsOn(), locale));
        model.put("paymentNames", paymentNames(locale));
        return model;
    }

    private Map<String, String> paymentNames(Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (ma.tadamon.sales.Payment p : ma.tadamon.sales.Payment.values()) {
            names.put(p.name(), messages.getMessage("fairs.live.payment." + p.name(), null, locale));
        }
        return names;
    }

    private Edition organised(UUID id) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        return edition;
    }
}
