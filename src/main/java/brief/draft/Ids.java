package brief.draft;

import java.util.HashSet;
import java.util.Set;

/** Ids made from content, unique within one briefing: the same article drafts the same ids. */
final class Ids {
    private final Set<String> used = new HashSet<>();

    String of(String prefix, String text) {
        String base = (prefix.isEmpty() ? "" : prefix + "-") + Words.slug(text, 3);
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }
}
