package brief.schedule;

/**
 * What FSRS knows of one memory.
 *
 * @param stability  days until the chance of recall falls to 90%
 * @param difficulty 1 (easy) to 10 (hard)
 */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability > 0) || Double.isInfinite(stability)) throw new IllegalArgumentException("stability: " + stability);
        if (!(difficulty >= 1 && difficulty <= 10)) throw new IllegalArgumentException("difficulty: " + difficulty);
    }
}
