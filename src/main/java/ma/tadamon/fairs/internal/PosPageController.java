package ma.tadamon.fairs.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stall app's shell: one page that a service worker keeps, so the app opens without a
 * network. Everything a device knows (its token, catalogue, queue of sales) lives in the
 * browser's storage; the page itself holds no data and needs no sign-in.
 */
@Controller
class PosPageController {

    private final byte[] serviceWorker;

    PosPageController() throws java.io.IOException {
        try (var in = new org.springframework.core.io.ClassPathResource("pos/sw.js").getInputStream()) {
            this.serviceWorker = in.readAllBytes();
        }
    }

    /** The service worker: never cached by HTTP, so a new version of the app reaches devices at once. */
    @GetMapping(value = "/pos/sw.js", produces = "text/javascript")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<byte[]> serviceWorker() {
        return org.springframework.http.ResponseEntity.ok()
                .cacheControl(org.springframework.http.CacheControl.noCache())
                .body(serviceWorker);
    }

    @GetMapping("/pos")
    String root() {
        return "redirect:/pos/app";
    }

    @GetMapping("/pos/app")
    String app(@RequestParam(name = "pair", required = false) @Nullable String pair, Model model) {
        model.addAttribute("pairCode", pair != null && pair.matches("[A-Za-z0-9-]{4,20}") ? pair : "");
        return "fairs/pos-app";
    }
}
