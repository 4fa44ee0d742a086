package brief.draft;

import brief.model.Briefing;
import java.util.List;
import java.util.Map;

/**
 * A drafted briefing, with what the author should check.
 *
 * @param checks for an item's id, the notes written above it in the file ("labelled claim because of “said”")
 * @param first  the few things to check first, as the command says them
 */
public record Draft(Briefing briefing, Map<String, List<String>> checks, List<String> first) {
    public Draft {
        checks = Map.copyOf(checks);
        first = List.copyOf(first);
    }
}
