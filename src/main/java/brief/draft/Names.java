package brief.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** People and organizations the article names, each with the role or description it gives them. */
public final class Names {
    static final Set<String> TITLES = Words.set("president", "minister", "secretary", "chancellor", "governor", "mayor",
            "senator", "sen.", "judge", "justice", "chief", "administrator", "director", "chairman", "chair",
            "chairwoman", "ceo", "coach", "captain", "dr", "dr.", "professor", "prof.", "general", "gen.", "sir", "dame",
            "king", "queen", "prince", "princess", "pope", "commissioner", "inspector", "detective", "sergeant",
            "officer", "councillor", "councilor", "representative", "rep.", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "attorney", "prosecutor", "superintendent", "lord", "lady", "deputy", "vice", "manager",
            "editor", "dean", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "premier", "leader", "head", "founder",
            "striker", "midfielder", "defender", "goalkeeper", "forward", "keeper", "author", "dr", "nurse", "executive",
            "analyst", "economist", "engineer", "architect", "surgeon", "researcher", "scientist", "lawyer", "historian",
            "sheriff", "trooper", "constable", "marshal", "lieutenant", "colonel", "sgt.", "rev.", "reverend", "bishop",
            "rabbi", "imam", "pastor", "councilman", "councilwoman", "alderman", "assemblyman", "assemblywoman",
            "congressman", "congresswoman", "delegate", "legislator", "lawmaker", "trustee", "treasurer", "commander",
            "meteorologist", "forecaster", "firefighter", "paramedic", "physician", "doctor", "teacher", "principal",
            "evacuee", "resident", "volunteer", "survivor", "witness", "neighbour", "neighbor", "farmer", "owner",
            "epidemiologist", "paediatrician", "pediatrician", "coroner", "auditor", "comptroller");
    static final Set<String> ORG_WORDS = Words.set("ministry", "council", "court", "university", "association",
            "party", "inc", "inc.", "ltd", "ltd.", "company", "corp", "corp.", "group", "agency", "administration",
            "department", "institute", "bank", "commission", "committee", "board", "authority", "service", "fc",
            "united", "club", "hospital", "school", "office", "foundation", "union", "bureau", "centre", "center",
            "forum", "organization", "organisation", "trust", "society", "parliament", "congress", "senate",
            "assembly", "police", "government", "customs", "airlines", "airways", "press", "times", "news", "post",
            "journal", "network", "laboratory", "lab", "observatory", "team", "federation", "league", "tribunal",
            "nations", "fund", "reuters", "council's", "co.", "plc", "llc", "rovers", "city", "athletic");
    private static final Set<String> ORG_NOUNS = Words.set("maker", "firm", "company", "giant", "conglomerate", "group",
            "site", "agency", "startup", "start-up", "club", "team", "brand", "manufacturer", "retailer", "bank",
            "network", "broadcaster", "newspaper", "charity", "union", "party", "operator", "carrier", "regulator",
            "insurer", "lab", "laboratory", "developer", "supplier", "chain", "publisher", "provider", "outlet", "side");
    private static final Set<String> PLACE_WORDS = Words.set("north", "south", "east", "west", "republic", "kingdom",
            "states", "island", "islands", "sea", "river", "mount", "lake", "street", "road", "avenue", "park", "square",
            "hall", "bay", "valley", "county", "province", "region", "airport", "station", "bridge", "asia", "europe",
            "africa", "america", "ocean", "pacific", "atlantic", "harbour", "harbor", "coast", "peninsula", "stadium", "falls", "springs", "heights", "beach", "creek", "hills");
    private static final Set<String> CALENDAR = Words.set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

    /** Letters after a name that say an honour or a rank, not who: "Helen Maddox KC", "Ann Lowe MP". */
    private static final Set<String> POST_NOMINALS = Set.of("KC", "QC", "SC", "MP", "MEP", "MSP", "MS", "AM", "OBE",
            "MBE", "CBE", "KBE", "DBE", "PhD", "Jr", "Jr.", "Sr", "Sr.");

    /** The verbs of being, having and doing, and the modals, which the tagger rightly calls auxiliaries. */
    private static final Set<String> AUXILIARIES = Words.set("am", "is", "are", "was", "were", "be", "been", "being",
            "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "ought", "need", "dare", "get", "got");

    private Names() {}

    /** Past the letters after a name that say an honour ("KC", "MBE"), from token {@code at}. */
    static int pastPostNominals(List<Text.Token> t, int at) {
        while (at < t.size() && POST_NOMINALS.contains(t.get(at).text())) at++;
        return at;
    }

    /** Back past such letters, from token {@code at} to the name they follow. */
    static int beforePostNominals(List<Text.Token> t, int at) {
        while (at > 0 && POST_NOMINALS.contains(t.get(at).text()) && nameWord(t, at - 1)) at--;
        return at;
    }

    /** A run of name words in one sentence: {@code first..last} token indices, the words before it that describe it. */
    record Run(int sentence, int first, int last, String name, String role, String roleEvidence, boolean titled) {}

    /** A named person or organization, with where the article first says what it is. */
    public record Entity(String name, boolean person, String role, String evidence, List<Integer> mentions) {
        public String surname() {
            String[] parts = name.split(" ");
            return parts[parts.length - 1];
        }
    }

    /** Everyone and everything named, people told apart from organizations and places. */
    public static final class Found {
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        /** For each sentence, the people mentioned in it, in order. */
        private final Map<Integer, List<Entity>> bySentence = new LinkedHashMap<>();
        /** For each sentence, the people named as the subject of a verb in it. */
        private final Map<Integer, List<Entity>> subjects = new LinkedHashMap<>();

        /** For each sentence, a surname of someone found that the tagger did not read as a name. */
        private final Map<Integer, List<Run>> missedRuns = new LinkedHashMap<>();
        /** Whether the article calls each person he or she, where it tells. */
        private Map<Entity, Genders.Gender> genders = new java.util.IdentityHashMap<>();

        /** The people mentioned in a sentence, in order, and those named as the subject of a verb in it. */
        List<Entity> namedIn(int sentence) {
            return bySentence.getOrDefault(sentence, List.of());
        }

        /** The runs of name words of a sentence, with the surnames of people found that the tagger did not see. */
        List<Run> runsOf(Text.Sentence s) {
            List<Run> out = new ArrayList<>(runs(s));
            out.addAll(missedRuns.getOrDefault(s.index(), List.of()));
            return out;
        }

        List<Entity> subjectsOf(int sentence) {
            return subjects.getOrDefault(sentence, List.of());
        }

        /**
         * Who a "she said" after a quotation stands for: the one person the sentence before names when no one is its
         * subject ("For principal Dana Whitfield, 58, …, the vote ends a campaign"), else the last subject named who
         * may be called so: a "he" is not the woman last named, when the article has called her "she" or "Ms".
         */
        public Entity pronounSpeaker(int sentence, String pronoun) {
            Genders.Gender wanted = Genders.of(pronoun);
            List<Entity> named = namedIn(sentence - 1);
            if (subjectsOf(sentence - 1).isEmpty() && named.stream().distinct().count() == 1 && may(named.get(0), wanted)) {
                return named.get(0);
            }
            for (int s = sentence - 1; s >= 0; s--) {
                List<Entity> here = subjectsOf(s);
                for (int i = here.size() - 1; i >= 0; i--) if (may(here.get(i), wanted)) return here.get(i);
            }
            return null;
        }

        Genders.Gender genderOf(Entity e) {
            return genders.get(e);
        }

        /** The person a run of name words stands for; of people who share its surname, the one its "Mr" or "Mrs" says. */
        Entity named(Run r, Text.Sentence s) {
            return !r.name().contains(" ") && Namesakes.shared(this, r.name()) ? Namesakes.resolve(this, r, s) : person(r.name());
        }

        private boolean may(Entity e, Genders.Gender wanted) {
            Genders.Gender known = genders.get(e);
            return wanted == null || known == null || known == wanted;
        }

        /** The people in the order the article names them, a byline's author after those it reports on. */
        public List<Entity> people() {
            List<Entity> out = new ArrayList<>(entities.values().stream().filter(Entity::person).toList());
            out.sort(java.util.Comparator.comparing((Entity e) -> Roles.author(e.role())));
            return out;
        }

        /** The organizations named; a short form of one named in full ("Rovers" of "Ashcombe Rovers") is that one. */
        public List<Entity> organizations() {
            List<Entity> all = entities.values().stream().filter(e -> !e.person()).toList();
            return all.stream().filter(e -> all.stream().noneMatch(o -> o != e && o.name().length() > e.name().length()
                    && (" " + o.name() + " ").contains(" " + e.name() + " "))).toList();
        }

        /** The person a name stands for: the whole name, or a surname or first name of someone already named. */
        public Entity person(String name) {
            if (name == null) return null;
            String n = name.strip();
            for (Entity e : people()) if (e.name().equalsIgnoreCase(n)) return e;
            for (Entity e : people()) if (e.surname().equalsIgnoreCase(n) || e.name().startsWith(n + " ")) return e;
            // "Mayor Lund" is Siri Lund; "Sigrid Hallan" is not Astrid Hallan
            for (Entity e : people()) if (n.endsWith(" " + e.surname()) && titledOnly(n.substring(0, n.length() - e.surname().length()))) return e;
            return null;
        }
    }

    private static boolean titledOnly(String words) {
        for (String w : words.strip().split(" ")) if (!TITLES.contains(w.toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** "Karin Bø of Fjell Securities said": past the organization a person is "of", or {@code after} as it is. */
    private static int pastAffiliation(List<Text.Token> t, int after) {
        if (after + 1 >= t.size() || !t.get(after).lower().equals("of") || !nameWord(t, after + 1)) return after;
        int k = after + 1;
        while (k < t.size() && nameWord(t, k)) k++;
        return k;
    }

    public static Found find(List<Text.Sentence> sentences) {
        Found found = new Found();
        List<Run> runs = new ArrayList<>();
        for (Text.Sentence s : sentences) runs.addAll(runs(s));
        runs.replaceAll(r -> withWhoTheyAre(r, runs));
        Map<String, Integer> surnameUses = new LinkedHashMap<>();
        for (Run r : runs) surnameUses.merge(r.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        List<Run> ordered = new ArrayList<>(runs.stream().filter(r -> r.name().contains(" ")).toList());
        ordered.addAll(runs.stream().filter(r -> !r.name().contains(" ")).toList());
        Set<String> sides = Sides.of(sentences);
        // a surname that two people found share waits until what the article calls each is known
        List<Run> namesakes = new ArrayList<>();
        for (Run r : ordered) {
            String[] parts = r.name().split(" ");
            boolean organization = isOrganization(r, sentences) || sides.contains(parts[parts.length - 1]);
            // "Governor Ellen Park": a title makes a person of a name with a word of places in it
            boolean place = isPlace(parts) && !r.titled();
            if (parts.length == 1 && Namesakes.shared(found, r.name())) {
                namesakes.add(r);
                continue;
            }
            Entity known = found.person(r.name());
            if (known != null && parts.length <= known.name().split(" ").length) {
                mention(found, known, r.sentence(), r, sentences);
                continue;
            }
            if (found.entities.containsKey(r.name())) {
                mention(found, found.entities.get(r.name()), r.sentence(), r, sentences);
                continue;
            }
            if (organization) {
                String what = r.role() != null ? r.role() : "named in the article";
                found.entities.put(r.name(), new Entity(r.name(), false, what,
                        r.roleEvidence() != null ? r.roleEvidence() : r.name(), new ArrayList<>()));
                continue;
            }
            boolean personLike = parts.length >= 2 && parts.length <= 4 && !place
                    && (r.titled() || r.role() != null || usedAlone(parts, surnameUses) || subjectOfReporting(r, sentences));
            if (personLike || (parts.length == 1 && r.titled() && !place)) {
                Entity e = new Entity(r.name(), true, r.role() != null ? r.role() : "named in the article",
                        r.roleEvidence() != null ? r.roleEvidence() : r.name(), new ArrayList<>());
                found.entities.put(r.name(), e);
                mention(found, e, r.sentence(), r, sentences);
            }
        }
        for (Text.Sentence s : sentences) {
            for (Run r : Surnames.missed(s, runs(s), found)) {
                mention(found, found.person(r.name()), s.index(), r, sentences);
                found.missedRuns.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(r);
            }
        }
        found.genders = Genders.learn(sentences, found);
        for (Run r : namesakes) {
            Entity e = Namesakes.resolve(found, r, sentences.get(r.sentence()));
            if (e != null) mention(found, e, r.sentence(), r, sentences);
        }
        return found;
    }

    /** "By Ruth Obi" … "Ruth Obi is a registered nurse": the author's byline run with what the article says of them. */
    private static Run withWhoTheyAre(Run r, List<Run> runs) {
        if (!Roles.author(r.role()) || r.role().contains(",")) return r;
        for (Run other : runs) {
            if (other != r && other.name().equals(r.name()) && other.role() != null) {
                return new Run(r.sentence(), r.first(), r.last(), r.name(), "author, " + other.role(), other.roleEvidence(), r.titled());
            }
        }
        return r;
    }

    private static void mention(Found found, Entity e, int sentence, Run r, List<Text.Sentence> sentences) {
        if (!e.person()) return;
        List<Text.Token> t = sentences.get(sentence).tokens();
        int after = pastPostNominals(t, r.last() + 1);
        // "Ostbahn's chief executive, Mira Sand, said": the name between commas is still the one who speaks
        if (after < t.size() && t.get(after).text().equals(",") && r.first() > 0 && t.get(r.first() - 1).text().equals(",")) after++;
        after = pastAffiliation(t, after);
        while (after < t.size() && t.get(after).is("ADV")) after++;
        int described = Roles.afterDescription(t, r.last());
        boolean verbAfter = after < t.size() && t.get(after).is("VERB", "AUX")
                || described < t.size() && t.get(described).is("VERB", "AUX");
        // "…,” said Ada Brenn": the one named after the verb that reports her is its subject as well
        boolean saidBefore = r.first() > 0 && Words.REPORTING.contains(t.get(r.first() - 1).lower());
        if (verbAfter && !Names.possessive(t.get(r.last())) || saidBefore) {
            found.subjects.computeIfAbsent(sentence, k -> new ArrayList<>()).add(e);
        }
        e.mentions().add(sentence);
        found.bySentence.computeIfAbsent(sentence, k -> new ArrayList<>()).add(e);
    }

    private static boolean usedAlone(String[] parts, Map<String, Integer> uses) {
        return uses.getOrDefault(parts[parts.length - 1].toLowerCase(Locale.ROOT), 0) > 0;
    }

    private static boolean subjectOfReporting(Run r, List<Text.Sentence> sentences) {
        List<Text.Token> t = sentences.get(r.sentence()).tokens();
        int after = pastPostNominals(t, r.last() + 1);
        if (after < t.size() && t.get(after).text().equals(",")) after++;
        after = pastAffiliation(t, after);
        if (after < t.size() && Words.REPORTING.contains(t.get(after).lower())) return true;
        int described = Roles.afterDescription(t, r.last());
        if (described < t.size() && Words.REPORTING.contains(t.get(described).lower())) return true;
        int before = r.first() - 1;
        return before >= 0 && Words.REPORTING.contains(t.get(before).lower());
    }

    private static boolean isPlace(String[] parts) {
        for (String p : parts) if (PLACE_WORDS.contains(p.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static boolean isOrganization(Run r, List<Text.Sentence> sentences) {
        for (String p : r.name().split(" ")) {
            String w = p.toLowerCase(Locale.ROOT);
            if (ORG_WORDS.contains(w)) return true;
        }
        if (r.name().matches("[A-Z]{3,6}") && !r.titled()) return true;
        List<Text.Token> t = sentences.get(r.sentence()).tokens();
        // "Karin Bø of Fjell Securities": what a named person is "of" is where they work
        if (r.first() >= 2 && !r.titled() && t.get(r.first() - 1).lower().equals("of") && nameWord(t, r.first() - 2)
                && !ORG_WORDS.contains(t.get(r.first() - 2).lower())) return true;
        // "Marcus Bell, who leads the drivers' union": what someone does is no kind of organization
        boolean doing = r.roleEvidence() != null && r.roleEvidence().contains(", who ");
        if (r.role() != null && !r.titled() && !doing) {
            // "president of the drivers' union" is a person: what the role is comes before its "of"
            String[] role = r.role().toLowerCase(Locale.ROOT).split(" of | for | at ")[0].split(" ");
            return ORG_NOUNS.contains(role[role.length - 1]);
        }
        return false;
    }

    /** The runs of capitalised name words of a sentence, with a title or description before or after them. */
    static List<Run> runs(Text.Sentence s) {
        List<Text.Token> t = s.tokens();
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!nameWord(t, i) || POST_NOMINALS.contains(t.get(i).text())) continue;
            int j = i;
            while (j + 1 < t.size() && !possessive(t.get(j)) && !POST_NOMINALS.contains(t.get(j + 1).text())) {
                int joined = hyphened(t, j);
                if (joined > 0) {
                    // "Nwosu-Clarke", which the tokenizer splits at its hyphen, is one name
                    j += joined;
                } else if (nameWord(t, j + 1) || (t.get(j + 1).lower().equals("of") && j + 2 < t.size()
                        && nameWord(t, j + 2) && ORG_WORDS.contains(t.get(j).lower()))) {
                    j++;
                } else {
                    break;
                }
            }
            out.add(Roles.run(s, i, j));
            i = j;
        }
        return out;
    }

    /**
     * How many tokens after {@code j} a hyphen joins to it, split as "Osei", "-", "Lund" or as "Osei", "-Lund":
     * 2, 1, or 0 when no hyphen joins a capitalised word there.
     */
    private static int hyphened(List<Text.Token> t, int j) {
        if (j + 1 >= t.size() || t.get(j).end() != t.get(j + 1).start()) return 0;
        String next = t.get(j + 1).text();
        if (next.length() > 1 && next.charAt(0) == '-' && Character.isUpperCase(next.charAt(1))) return 1;
        if (!next.equals("-") || j + 2 >= t.size()) return 0;
        Text.Token after = t.get(j + 2);
        return t.get(j + 1).end() == after.start() && !after.text().isEmpty()
                && Character.isUpperCase(after.text().charAt(0)) ? 2 : 0;
    }

    static boolean nameWord(List<Text.Token> t, int i) {
        Text.Token w = t.get(i);
        String text = w.text();
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || !Character.isLetter(text.charAt(0))) return false;
        String lower = w.lower();
        if (CALENDAR.contains(lower) || Words.FIRST_PERSON.contains(lower) || lower.equals("i")) return false;
        if (w.is("PROPN") || w.tag().startsWith("PROPN") || (possessive(w) && i > 0)) return !(i == 0 && lower.endsWith("ing"));
        // "Adaeze Clarke": a given name the tagger does not know, set before a surname it does; within a sentence,
        // even one it takes for a word of another kind ("Douglas" read as a verb of being)
        boolean givenName = i + 1 < t.size() && t.get(i + 1).is("PROPN") && Character.isUpperCase(t.get(i + 1).text().charAt(0))
                && !Words.STOP.contains(lower) && !ORG_WORDS.contains(lower) && !AUXILIARIES.contains(lower);
        if (w.is("DET", "ADP", "CCONJ", "SCONJ", "AUX", "PUNCT", "NUM", "PART")) return givenName && w.is("AUX") && i > 0;
        if (givenName) return true;
        if (i == 0) return false;
        Text.Token before = t.get(i - 1);
        String b = before.text();
        if (b.length() == 1 && ".!?:\"“".indexOf(b.charAt(0)) >= 0) return false;
        return !Words.STOP.contains(lower) && !w.is("VERB");
    }

    static boolean possessive(Text.Token w) {
        String x = w.text();
        return x.endsWith("'s") || x.endsWith("’s") || x.endsWith("s'") || x.endsWith("s’");
    }

    static int nameEnd(Text.Token w) {
        String x = w.text();
        if (x.endsWith("'s") || x.endsWith("’s")) return w.end() - 2;
        if (x.endsWith("s'") || x.endsWith("s’")) return w.end() - 1;
        return w.end();
    }
}
