package ma.tadamon.platform;

import io.nayuki.qrcodegen.QrCode.Ecc;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A QR code for a URL, as SVG (for pages and PDFs, sharp at any size) or PNG (for anything that
 * takes only bitmaps). Error correction level M survives a scratched or badly printed label.
 */
public final class QrCode {

    private static final int BORDER = 4;

    private final io.nayuki.qrcodegen.QrCode code;

    private QrCode(io.nayuki.qrcodegen.QrCode code) {
        this.code = code;
    }

    public static QrCode of(String text) {
        return new QrCode(io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.MEDIUM));
    }

    public int modules() {
        return code.size + BORDER * 2;
    }

    public String svg() {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M')
                            .append(x + BORDER)
                            .append(',')
                            .append(y + BORDER)
                            .append("h1v1h-1z");
                }
            }
        }
        int size = modules();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }

    /** @param scale pixels per module */
    public byte[] png(int scale) {
        int size = modules() * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / scale - BORDER;
                int my = y / scale - BORDER;
                boolean dark = mx >= 0 && my >= 0 && mx < code.size && my < code.size && code.getModule(mx, my);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
