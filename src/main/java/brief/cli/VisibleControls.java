package brief.cli;

import brief.content.Safe;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What brief says on stderr, with every control character written as a visible escape: messages quote what the
 * user gave (an id, a path, a --card), and an escape sequence in it must not reach the terminal raw.
 */
final class VisibleControls extends FilterWriter {
    VisibleControls(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(new String(chars, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        StringBuilder visible = new StringBuilder(len);
        for (int i = off; i < off + len; i++) Safe.visible(visible, s.charAt(i), false);
        out.write(visible.toString());
    }
}
