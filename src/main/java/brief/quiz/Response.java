package brief.quiz;

import java.util.List;
import java.util.Map;

/** What a reader answered, one record per kind of answer. */
public sealed interface Response {

    /** A readable rendering of the answer, as it is recorded with the answer. */
    String describe();

    /** One option, by its id. */
    record Pick(String optionId) implements Response {
        public String describe() {
            return optionId;
        }
    }

    /** Several options, by their ids. */
    record Picks(List<String> optionIds) implements Response {
        public Picks {
            optionIds = List.copyOf(optionIds);
        }

        public String describe() {
            return String.join(" ", optionIds);
        }
    }

    record TrueOrFalse(boolean value) implements Response {
        public String describe() {
            return Boolean.toString(value);
        }
    }

    /** Typed text: a cloze gap or a number. */
    record Text(String text) implements Response {
        public String describe() {
            return text;
        }
    }

    /** Item ids in the order the reader put them. */
    record Sequence(List<String> itemIds) implements Response {
        public Sequence {
            itemIds = List.copyOf(itemIds);
        }

        public String describe() {
            return String.join(" ", itemIds);
        }
    }

    /** For each left pair id, the pair id whose right side the reader matched to it. */
    record Pairing(Map<String, String> rightFor) implements Response {
        public Pairing {
            rightFor = Map.copyOf(rightFor);
        }

        public String describe() {
            return String.join(" ", rightFor.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
    }
}
