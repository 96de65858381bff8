package ma.tadamon.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, the pagination convention of pages and API alike: zero-based
 * {@code page}, {@code size} items per page, and the total so clients can show "x of y".
 */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }

    /** Clamps user-supplied paging to sane bounds. */
    public static int size(int requested) {
        return Math.max(1, Math.min(MAX_SIZE, requested));
    }

    public static int page(int requested) {
        return Math.max(0, requested);
    }
}
