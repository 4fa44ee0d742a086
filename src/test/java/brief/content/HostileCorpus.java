package brief.content;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hostile briefing files, made when a test runs (one of them is 30 MB): an alias bomb, nesting 50,000 deep,
 * YAML tags that would build a script engine or a URL, duplicate keys, invalid UTF-8, escape sequences, tab
 * indentation and an article path leading out of the allowed folders. Every one must be refused.
 */
public final class HostileCorpus {
    private HostileCorpus() {}

    /** Each file by its name. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            laughs.append(c).append(": &").append(c).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        files.put("billion-laughs.yaml", laughs.toString().getBytes(StandardCharsets.UTF_8));
        files.put("deep.yaml", ("x: " + "[".repeat(50_000) + "]".repeat(50_000)).getBytes(StandardCharsets.UTF_8));
        files.put("huge.yaml", ("lead: '" + "x".repeat(30 * 1024 * 1024) + "'\n").getBytes(StandardCharsets.UTF_8));
        files.put("script-engine.yaml", "id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("url.yaml", "id: !!java.net.URL [\"http://127.0.0.1/\"]\n".getBytes(StandardCharsets.UTF_8));
        files.put("duplicate-keys.yaml", "version: 1\nversion: 1\n".getBytes(StandardCharsets.UTF_8));
        files.put("invalid-utf8.yaml", new byte[] {'i', 'd', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        files.put("escape.yaml", "version: 1\ntitle: \"\\e]52;c;aGVsbG8=\\a\\e[2J\"\n".getBytes(StandardCharsets.UTF_8));
        files.put("tab-indent.yaml", "version: 1\nsource:\n\tpath: x\n".getBytes(StandardCharsets.UTF_8));
        files.put("escape-path.yaml", ("version: 1\nid: x\ntitle: T\nlead: L\nbluf: B\nsource: {path: ../../../etc/passwd, "
                + "title: t, outlet: o, kind: news, perspective: p}\ncards: [{id: c, title: C, topic: t, points: "
                + "[{id: p, text: P, kind: fact, evidence: root}]}]\n").getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
