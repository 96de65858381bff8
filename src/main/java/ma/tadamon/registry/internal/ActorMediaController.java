package ma.tadamon.registry.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.ActorMedia;
import ma.tadamon.registry.RegistryAccess;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logo and photos: public to view (cached for long, ids never change), managed by the actor's managers. */
@Controller
class ActorMediaController {

    private final ActorMedia media;
    private final RegistryAccess access;

    ActorMediaController(ActorMedia media, RegistryAccess access) {
        this.media = media;
        this.access = access;
    }

    @GetMapping("/actors/{id}/media/{mediaId}")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable UUID mediaId) {
        byte[] content = media.content(id, mediaId).orElseThrow(() -> new NotFoundException("error.notFound"));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(content);
    }

    @PostMapping("/manage/{id}/media")
    String upload(
            @PathVariable UUID id,
            @RequestParam String kind,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        access.requireManage(id);
        try {
            media.upload(id, kind, file.getBytes());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("mediaError", e.messageKey());
            redirect.addFlashAttribute("mediaErrorArgs", e.args());
        }
        return "redirect:/manage/" + id;
    }

    @PostMapping("/manage/{id}/media/{mediaId}/delete")
    String remove(@PathVariable UUID id, @PathVariable UUID mediaId) {
        access.requireManage(id);
        media.remove(id, mediaId);
        return "redirect:/manage/" + id;
    }
}
