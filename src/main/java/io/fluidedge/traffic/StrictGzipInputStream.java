package io.fluidedge.traffic;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * A gzip stream (RFC 1952) that refuses what {@link java.util.zip.GZIPInputStream} lets pass:
 * bytes after the last member that do not start another member ("trailing garbage", which
 * {@code GZIPInputStream} drops silently), and a member whose CRC-32 or length does not match
 * its data. Concatenated members are read one after the other, as {@code gzip -d} does.
 *
 * <p>Errors are {@link ZipException}s (bad data) or {@link EOFException}s (the file ends inside
 * a member), with the byte offset in the compressed file where it went wrong.
 */
final class StrictGzipInputStream extends InputStream {

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final PushbackInputStream in;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final byte[] input;
  private final byte[] one = new byte[1];
  /** Bytes of {@link #input} last handed to the inflater. */
  private int filled;
  /** Compressed bytes taken from {@link #in} so far (including those handed to the inflater). */
  private long offset;
  private boolean ended;

  /**
   * Reads the first member's header.
   *
   * @param in         the compressed bytes
   * @param bufferSize bytes read from {@code in} at a time
   * @throws IOException if {@code in} does not start with a gzip header
   */
  StrictGzipInputStream(InputStream in, int bufferSize) throws IOException {
    this.in = new PushbackInputStream(in, bufferSize);
    this.input = new byte[bufferSize];
    readHeader();
  }

  @Override
  public int read() throws IOException {
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!ended) {
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new ZipException("corrupt deflate data near byte " + offset + ": " + e.getMessage());
      }
      if (n > 0) {
        crc.update(b, off, n);
        return n;
      }
      if (inflater.finished()) {
        endMember();
      } else if (inflater.needsInput()) {
        int got = in.read(input, 0, input.length);
        if (got < 0) {
          throw new EOFException("the file ends inside compressed data (byte " + offset + ")");
        }
        offset += got;
        filled = got;
        inflater.setInput(input, 0, got);
      } else if (inflater.needsDictionary()) {
        throw new ZipException("deflate data needs a preset dictionary (byte " + offset + ")");
      }
    }
    return -1;
  }

  /** Checks a finished member's trailer, then starts the next member or ends the stream. */
  private void endMember() throws IOException {
    int left = inflater.getRemaining();
    if (left > 0) {
      in.unread(input, filled - left, left);
      offset -= left;
    }
    long trailerAt = offset;
    long expectedCrc = readInt();
    long expectedSize = readInt();
    if (expectedCrc != crc.getValue()) {
      throw new ZipException("CRC-32 mismatch in the gzip trailer at byte " + trailerAt);
    }
    if (expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw new ZipException("length mismatch in the gzip trailer at byte " + trailerAt);
    }
    int next = in.read();
    if (next < 0) {
      ended = true;
      return;
    }
    in.unread(next);
    inflater.reset();
    crc.reset();
    long memberAt = offset;
    try {
      readHeader();
    } catch (ZipException e) {
      throw new ZipException("trailing data after the end of the compressed data at byte "
          + memberAt + " (not another gzip member)");
    }
  }

  private void readHeader() throws IOException {
    long at = offset;
    if (readByte() != 0x1f || readByte() != 0x8b) {
      throw new ZipException("not in gzip format (byte " + at + ")");
    }
    if (readByte() != 8) {
      throw new ZipException("unsupported gzip compression method (byte " + (at + 2) + ")");
    }
    int flags = readByte();
    skip(6); // MTIME, XFL, OS
    if ((flags & FEXTRA) != 0) {
      skip(readByte() | readByte() << 8);
    }
    if ((flags & FNAME) != 0) {
      skipString();
    }
    if ((flags & FCOMMENT) != 0) {
      skipString();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
  }

  private long readInt() throws IOException {
    long v = 0;
    for (int i = 0; i < 4; i++) {
      v |= (long) readByte() << (8 * i);
    }
    return v;
  }

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("the file ends inside a gzip header or trailer (byte " + offset + ")");
    }
    offset++;
    return b;
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      readByte();
    }
  }

  private void skipString() throws IOException {
    while (readByte() != 0) {
      // a zero-terminated file name or comment
    }
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
