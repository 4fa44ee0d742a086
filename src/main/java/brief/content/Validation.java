package brief.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@code brief validate} checks: every briefing file under the paths given. */
public final class Validation {
    private Validation() {}

    /** One file checked: the briefing when it loaded, else its problems. */
    public record Checked(String file, LoadedBriefing briefing, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks files and folders; a folder is the root its briefings' articles must stay within. Two files with one
     * briefing id are an error in the second: progress is kept by id, so one would take the other's.
     */
    public static List<Checked> check(List<Path> paths) {
        List<Checked> out = new ArrayList<>();
        Map<String, String> firstOfId = new HashMap<>();
        for (Checked c : checkEach(paths)) {
            String first = c.briefing() == null ? null : firstOfId.putIfAbsent(c.briefing().briefing().id(), c.file());
            if (first == null || first.equals(c.file())) {
                out.add(c);
            } else {
                out.add(new Checked(c.file(), null, List.of(new Problem(c.file(), 0, 0, "has the briefing id '"
                        + c.briefing().briefing().id() + "' of " + first, "give each briefing an id of its own"))));
            }
        }
        return out;
    }

    private static List<Checked> checkEach(List<Path> paths) {
        BriefingLoader loader = new BriefingLoader();
        List<Checked> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files = Library.briefingFiles(path);
                if (files.isEmpty()) {
                    out.add(new Checked(path.toString(), null,
                            List.of(Problem.at(path.toString(), "has no briefing files (*.yaml, *.yml)"))));
                }
                for (Path file : files) out.add(checkOne(loader, path, file));
            } else if (Files.isRegularFile(path)) {
                Path parent = path.toAbsolutePath().getParent();
                out.add(checkOne(loader, parent, path));
            } else {
                out.add(new Checked(path.toString(), null, List.of(Problem.at(path.toString(), "does not exist"))));
            }
        }
        return out;
    }

    private static Checked checkOne(BriefingLoader loader, Path root, Path file) {
        try {
            LoadedBriefing b = Library.loadFile(loader, root, file);
            return new Checked(Library.display(file), b, List.of());
        } catch (ContentException e) {
            return new Checked(Library.display(file), null, e.problems());
        }
    }
}
