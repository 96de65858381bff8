package ma.tadamon.fairs.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.Exhibitor;
import ma.tadamon.fairs.Exhibitors;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.fairs.StallDevices;
import ma.tadamon.party.Parties;
import ma.tadamon.party.Party;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.QrCode;
import ma.tadamon.platform.web.BaseUrl;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.OfflineSales;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stall devices from the people's side. The organiser sees every stall of the edition with its
 * devices, registers devices (a QR code to scan), runs the store corner and reviews stock
 * discrepancies; an exhibitor's manager does the same for its own stall only.
 */
@Controller
class StallDevicesController {

    private final Editions editions;
    private final Exhibitors exhibitors;
    private final StallDevices devices;
    private final FairsAccess access;
    private final Locations locations;
    private final OfflineSales offline;
    private final Parties parties;
    private final BaseUrl baseUrl;
    private final ma.tadamon.registry.Actors actors;
    private final ma.tadamon.catalog.Products products;

    StallDevicesController(
            Editions editions,
            Exhibitors exhibitors,
            StallDevices devices,
            FairsAccess access,
            Locations locations,
            OfflineSales offline,
            Parties parties,
            BaseUrl baseUrl,
            ma.tadamon.registry.Actors actors,
            ma.tadamon.catalog.Products products) {
        this.actors = actors;
        this.products = products;
        this.editions = editions;
        this.exhibitors = exhibitors;
        this.devices = devices;
        this.access = access;
        this.locations = locations;
        this.offline = offline;
        this.parties = parties;
        this.baseUrl = baseUrl;
    }

    /** A stall (or the store corner) with its devices, for the pages. */
    record Place(
            UUID locationId, LocalizedText name, @Nullable UUID actorId, List<StallDevices.Device> devices) {}

    @GetMapping("/organise/fairs/{id}/devices")
    String organiser(@PathVariable UUID id, Model model) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        Map<UUID, List<StallDevices.Device>> byLocation =
                devices.ofEdition(id).stream().collect(Collectors.groupingBy(StallDevices.Device::locationId));
        List<Place> places = new java.util.ArrayList<>();
        if (edition.cornerLocationId() != null) {
            locations
                    .find(edition.cornerLocationId())
                    .ifPresent(corner -> places.add(new Place(
                            corner.id(), corner.name(), null, byLocation.getOrDefault(corner.id(), List.of()))));
        }
        List<Exhibitor> all = exhibitors.of(id);
        for (Exhibitor exhibitor : all) {
            places.add(new Place(
                    exhibitor.locationId(),
                    exhibitor.name(),
                    exhibitor.actorId(),
                    byLocation.getOrDefault(exhibitor.locationId(), List.of())));
        }
        List<UUID> locationIds = places.stream().map(Place::locationId).toList();
        model.addAttribute("edition", edition);
        model.addAttribute("places", places);
        model.addAttribute(
                "names", places.stream().collect(Collectors.toMap(Place::locationId, Place::name, (a, b) -> a)));
        discrepancies(model, locationIds);
        model.addAttribute(
                "operators", parties.search(null, "STORE_OPERATOR", null, 0, 50).items());
        return "fairs/devices";
    }

    @PostMapping("/organise/fairs/{id}/devices")
    String organiserPairs(
            @PathVariable UUID id,
            @RequestParam UUID locationId,
            @RequestParam(defaultValue = "") String name,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        pairing(edition, locationId, name, request, redirect, locale);
        return "redirect:/organise/fairs/" + id + "/devices#pairing";
    }

    @PostMapping("/organise/fairs/{id}/devices/{device}/revoke")
    String organiserRevokes(@PathVariable UUID id, @PathVariable UUID device, RedirectAttributes redirect) {
        access.requireOrganise(editions.get(id));
        StallDevices.Device found = devices.find(device)
                .filter(d -> d.editionId().equals(id))
                .orElseThrow(() -> new NotFoundException("device.notFound"));
        devices.revoke(found.id());
        redirect.addFlashAttribute("message", "stall.devices.revoked");
        return "redirect:/organise/fairs/" + id + "/devices";
    }

    /** The fair's solidarity store corner: a store run by a store operator, with its commission. */
    @PostMapping("/organise/fairs/{id}/corner")
    String corner(
            @PathVariable UUID id,
            @RequestParam UUID operator,
            @RequestParam(defaultValue = "10") String commission,
            RedirectAttributes redirect) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        if (edition.cornerLocationId() != null) {
            return "redirect:/organise/fairs/" + id + "/devices";
        }
        Party store = parties.find(operator)
                .filter(p -> p.roles().contains("STORE_OPERATOR"))
                .orElseThrow(() -> new NotFoundException("party.notFound"));
        BigDecimal rate;
        try {
            rate = new BigDecimal(commission.strip().replace(',', '.')).movePointLeft(2);
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("cornerError", "validation.commission");
            return "redirect:/organise/fairs/" + id + "/devices";
        }
        LocalizedText name = new LocalizedText(
                join("ركن المتجر التضامني", edition.name().ar()),
                join("Coin boutique solidaire", edition.name().fr()),
                join("Solidarity store corner", edition.name().en()));
        try {
            UUID location = locations.createStore(store.id(), name, null, rate);
            editions.setCorner(id, location);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("cornerError", e.messageKey());
        }
        return "redirect:/organise/fairs/" + id + "/devices";
    }

    @PostMapping("/organise/fairs/{id}/discrepancies/{discrepancy}")
    String resolve(
            @PathVariable UUID id,
            @PathVariable long discrepancy,
            @RequestParam(defaultValue = "") String resolution,
            RedirectAttributes redirect) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        List<UUID> places = new java.util.ArrayList<>(
                exhibitors.of(id).stream().map(Exhibitor::locationId).toList());
        if (edition.cornerLocationId() != null) {
            places.add(edition.cornerLocationId());
        }
        try {
            offline.resolveDiscrepancy(discrepancy, places, resolution);
            redirect.addFlashAttribute("message", "stall.discrepancy.resolved");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("resolveError", discrepancy);
        }
        return "redirect:/organise/fairs/" + id + "/devices#discrepancies";
    }

    /** An exhibitor's stalls: the editions it sells at, with devices to register. */
    @GetMapping("/manage/{actorId}/stalls")
    String exhibitor(@PathVariable UUID actorId, Model model) {
        access.requireActFor(actorId);
        List<Exhibitor> stalls = exhibitors.ofActor(actorId);
        Map<UUID, Edition> byId = stalls.stream()
                .map(s -> editions.get(s.editionId()))
                .collect(Collectors.toMap(Edition::id, Function.identity(), (a, b) -> a));
        model.addAttribute("actor", actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound")));
        model.addAttribute("section", "stalls");
        model.addAttribute("stalls", stalls);
        model.addAttribute("editionsById", byId);
        model.addAttribute(
                "devicesByLocation",
                stalls.stream()
                        .collect(Collectors.toMap(Exhibitor::locationId, s -> devices.atLocation(s.locationId()))));
        discrepancies(model, stalls.stream().map(Exhibitor::locationId).toList());
        return "fairs/stalls";
    }

    @PostMapping("/manage/{actorId}/stalls/{editionId}/devices")
    String exhibitorPairs(
            @PathVariable UUID actorId,
            @PathVariable UUID editionId,
            @RequestParam(defaultValue = "") String name,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.requireActFor(actorId);
        Exhibitor stall =
                exhibitors.find(editionId, actorId).orElseThrow(() -> new NotFoundException("edition.notFound"));
        pairing(editions.get(editionId), stall.locationId(), name, request, redirect, locale);
        return "redirect:/manage/" + actorId + "/stalls#pairing";
    }

    @PostMapping("/manage/{actorId}/stalls/{editionId}/devices/{device}/revoke")
    String exhibitorRevokes(
            @PathVariable UUID actorId,
            @PathVariable UUID editionId,
            @PathVariable UUID device,
            RedirectAttributes redirect) {
        access.requireActFor(actorId);
        Exhibitor stall =
                exhibitors.find(editionId, actorId).orElseThrow(() -> new NotFoundException("edition.notFound"));
        StallDevices.Device found = devices.find(device)
                .filter(d -> d.locationId().equals(stall.locationId()))
                .orElseThrow(() -> new NotFoundException("device.notFound"));
        devices.revoke(found.id());
        redirect.addFlashAttribute("message", "stall.devices.revoked");
        return "redirect:/manage/" + actorId + "/stalls";
    }

    /** Stock discrepancies awaiting review at these places, with the products' labels. */
    private void discrepancies(Model model, List<UUID> locationIds) {
        List<OfflineSales.Discrepancy> open =
                locationIds.isEmpty() ? List.of() : offline.openDiscrepancies(locationIds);
        model.addAttribute("discrepancies", open);
        model.addAttribute(
                "variants",
                products.sellable(open.stream()
                        .map(OfflineSales.Discrepancy::variantId)
                        .distinct()
                        .toList()));
    }

    private void pairing(
            Edition edition,
            UUID locationId,
            String name,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            StallDevices.Pairing pairing = devices.startPairing(edition.id(), locationId, name);
            String url = baseUrl.of(request) + "/pos/app?pair=" + pairing.code() + "&lang=" + locale.getLanguage();
            // Flash attributes live in the session (in the database): plain values only.
            redirect.addFlashAttribute("pairingCode", pairing.code());
            redirect.addFlashAttribute("pairingExpires", pairing.expires());
            redirect.addFlashAttribute("pairingUrl", url);
            redirect.addFlashAttribute(
                    "pairingQr",
                    "data:image/png;base64,"
                            + Base64.getEncoder().encodeToString(QrCode.of(url).png(6)));
        } catch (InvalidRequestException e) {
            // The message with its arguments, as the page shows it (flash values are kept in the session).
            redirect.addFlashAttribute("pairError", e.messageKey());
            redirect.addFlashAttribute("pairErrorArgs", e.args());
        }
    }

    private static @Nullable String join(String prefix, @Nullable String edition) {
        return edition == null ? null : prefix + " – " + edition;
    }
}
