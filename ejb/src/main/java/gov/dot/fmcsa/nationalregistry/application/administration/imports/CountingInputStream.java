package gov.dot.fmcsa.nationalregistry.application.administration.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.ObjLongConsumer;

/** Counts the bytes and line feeds read through it, and tells a listener after each read. */
final class CountingInputStream extends FilterInputStream {

    private final ObjLongConsumer<Long> listener;
    private long bytes;
    private long lineFeeds;

    /** {@code listener} receives the line feeds and the bytes read so far. */
    CountingInputStream(InputStream in, ObjLongConsumer<Long> listener) {
        super(in);
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(b == '\n' ? 1 : 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        int feeds = 0;
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                feeds++;
            }
        }
        if (n > 0) {
            counted(feeds, n);
        }
        return n;
    }

    private void counted(int feeds, int n) {
        lineFeeds += feeds;
        bytes += n;
        listener.accept(lineFeeds, bytes);
    }
}
