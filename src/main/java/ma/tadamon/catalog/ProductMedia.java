package ma.tadamon.catalog;

import java.awt.Color;
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
import ma.tadamon.platform.files.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A product's photos (up to {@value #MAX_PHOTOS}), decoded, resized to 1024 px on the long side and
 * re-encoded as JPEG like the registry's actor photos: light on a cheap phone, and whatever else
 * the file carried (location, camera) is dropped. Kept in the database, like the actors' photos.
 */
@Service
@Transactional
public class ProductMedia {

    public static final int MAX_PHOTOS = 6;
    public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
    static final int LONG_SIDE = 1024;

    public record Photo(UUID id, int width, int height) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FileStore files;

    ProductMedia(JdbcClient jdbc, AuditLog audit, FileStore files) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.files = files;
    }

    public UUID upload(UUID productId, byte[] content) {
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
        int count = photos(productId).size();
        if (count >= MAX_PHOTOS) {
            throw new InvalidRequestException("file", "validation.media.tooMany", MAX_PHOTOS);
        }
        BufferedImage resized = resize(image, LONG_SIDE);
        byte[] jpeg = jpeg(resized);
        UUID id = UUID.randomUUID();
        String key = "catalog/products/" + productId + "/" + id + ".jpg";
        files.put(key, jpeg);
        jdbc.sql("""
                        insert into catalog_product_media (id, product_id, content_type, width, height, file_key,
                          sort_order, uploaded_at)
                        values (?, ?, 'image/jpeg', ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        resized.getWidth(),
                        resized.getHeight(),
                        key,
                        count,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        audit.record("UPLOAD_PHOTO", "product", productId, null, Map.of("media", id, "bytes", jpeg.length));
        return id;
    }

    public void remove(UUID productId, UUID mediaId) {
        List<Optional<String>> removed = jdbc.sql(
                        "delete from catalog_product_media where id = ? and product_id = ? returning file_key")
                .params(mediaId, productId)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .list();
        if (!removed.isEmpty()) {
            removed.get(0).ifPresent(files::deleteAfterCommit);
            audit.record("REMOVE_PHOTO", "product", productId, Map.of("media", mediaId), null);
        }
    }

    @Transactional(readOnly = true)
    public List<Photo> photos(UUID productId) {
        return jdbc.sql("select id, width, height from catalog_product_media where product_id = ?"
                        + " order by sort_order, uploaded_at")
                .param(productId)
                .query((rs, row) -> new Photo(rs.getObject("id", UUID.class), rs.getInt("width"), rs.getInt("height")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> content(UUID productId, UUID mediaId) {
        return jdbc.sql("select content, file_key from catalog_product_media where id = ? and product_id = ?")
                .params(mediaId, productId)
                .query((rs, row) -> rs.getString("file_key") != null
                        ? files.get(rs.getString("file_key"))
                        : Optional.ofNullable(rs.getBytes("content")))
                .optional()
                .flatMap(content -> content);
    }

    static BufferedImage resize(BufferedImage image, int longSide) {
        double scale = Math.min(1.0, (double) longSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
