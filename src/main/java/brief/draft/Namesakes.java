package brief.draft;

import java.util.List;

/**
 * People of an article who share a surname (Margaret Hollis and her son, David Hollis): which of them a "Mr Hollis"
 * is. Where it says one and the article does not tell which, none is: a quotation given to the wrong Hollis is
 * worse than one given to no one.
 */
final class Namesakes {
    private Namesakes() {}

    /** The people found, named in full, who have this name as their surname. */
    static List<Names.Entity> bearers(Names.Found found, String surname) {
        return found.people().stream().filter(e -> e.name().contains(" ") && e.surname().equals(surname)).toList();
    }

    /** Whether two people or more found have this name as their surname. */
    static boolean shared(Names.Found found, String surname) {
        return bearers(found, surname).size() > 1;
    }

    /**
     * The person of that surname the run stands for: with a "Mr" or "Mrs" before it, the one of them it can be, or
     * null; without, the first of them named, whom the article calls by surname alone ("Hallan" of an obituary).
     */
    static Names.Entity resolve(Names.Found found, Names.Run r, Text.Sentence s) {
        Genders.Gender address = Genders.address(s.tokens(), r.first());
        List<Names.Entity> same = bearers(found, r.name());
        if (address == null) return same.isEmpty() ? null : same.get(0);
        List<Names.Entity> fit = same.stream().filter(e -> found.genderOf(e) == address).toList();
        if (fit.isEmpty()) fit = same.stream().filter(e -> found.genderOf(e) == null).toList();
        return fit.size() == 1 ? fit.get(0) : null;
    }
}
