package brief.cli;

import picocli.CommandLine.Option;

/** --seed, for the commands that shuffle what they ask: the same seed asks the same questions, choices in the same order. */
final class Seed {
    @Option(names = "--seed", paramLabel = "N", description = "Shuffle questions and choices reproducibly.")
    Long seed;

    /** The seed given, or one of this moment's. */
    long value() {
        return seed != null ? seed : System.nanoTime();
    }
}
