package ma.tadamon.registry;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An actor's logo (one) and photos (up to {@value #MAX_PHOTOS}). Images are decoded, resized so
 * that a cheap phone on a slow network downloads little (logo 256 px, photos 1024 px on the long
 * side) and re-encoded as JPEG, which also strips whatever else the file carried.
 */
@Service
@Transactional
public class ActorMedia {

    public static final int MAX_PHOTOS = 8;
    public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    public record Image(UUID id, String kind, int width, int height) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ActorMedia(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public UUID upload(UUID actorId, String kind, byte[] content) {
        if (!kind.equals("LOGO") && !kind.equals("PHOTO")) {
            throw new InvalidRequestException("kind", "validation.media.kind");
        }
        if (content.length == 0 || content.length > MAX_UPLOAD_BYTES) {
            throw new InvalidRequestException("file", "validation.media.size", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw new InvalidRequestException("file", "validation.media.notImage");
        }
        if (kind.equals("PHOTO") && photos(actorId).size() >= MAX_PHOTOS) {
            throw new InvalidRequestException("file", "validation.media.tooMany", MAX_PHOTOS);
        }
        BufferedImage resized = resize(image, kind.equals("LOGO") ? 256 : 1024);
        byte[] jpeg = jpeg(resized);
        if (kind.equals("LOGO")) {
            jdbc.sql("delete from registry_actor_media where actor_id = ? and kind = 'LOGO'")
                    .param(actorId)
                    .update();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registry_actor_media (id, actor_id, kind, content_type, width, height, content, uploaded_at)
                        values (?, ?, ?, 'image/jpeg', ?, ?, ?, ?)""")
                .params(
                        id,
                        actorId,
                        kind,
                        resized.getWidth(),
                        resized.getHeight(),
                        jpeg,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        audit.record("UPLOAD_" + kind, "actor", actorId, null, Map.of("media", id, "bytes", jpeg.length));
        return id;
    }

    public void remove(UUID actorId, UUID mediaId) {
        jdbc.sql("delete from registry_actor_media where id = ? and actor_id = ?")
                .params(mediaId, actorId)
                .update();
        audit.record("REMOVE_MEDIA", "actor", actorId, Map.of("media", mediaId), null);
    }

    @Transactional(readOnly = true)
    public Optional<Image> logo(UUID actorId) {
        return list(actorId, "LOGO").stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Image> photos(UUID actorId) {
        return list(actorId, "PHOTO");
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> content(UUID actorId, UUID mediaId) {
        return jdbc.sql("select content from registry_actor_media where id = ? and actor_id = ?")
                .params(mediaId, actorId)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    private List<Image> list(UUID actorId, String kind) {
        return jdbc.sql(
                        "select id, kind, width, height from registry_actor_media where actor_id = ? and kind = ? order by uploaded_at")
                .params(actorId, kind)
                .query((rs, row) -> new Image(
                        rs.getObject("id", UUID.class), rs.getString("kind"), rs.getInt("width"), rs.getInt("height")))
                .list();
    }

    static BufferedImage resize(BufferedImage image, int longSide) {
        double scale = Math.min(1.0, (double) longSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height); // transparent logos on white
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
